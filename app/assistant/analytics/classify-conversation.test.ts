import { describe, expect, it } from "vitest";
import { classifyConversation, type ClassifiedMessage } from "./classify-conversation";

const at = (second: number) => new Date(Date.UTC(2026, 3, 1, 12, 0, second));

function aMessage(overrides: Partial<ClassifiedMessage>): ClassifiedMessage {
  return {
    id: `m${Math.random().toString(36).slice(2)}`,
    role: "shopper",
    body: "",
    intent: null,
    confidence: null,
    language: "en",
    faqEntryId: null,
    answered: null,
    vote: null,
    createdAt: at(0),
    ...overrides,
  };
}

/** A shopper's question about their account, and the assistant's reply to it. */
function accountTurn(reply: Partial<ClassifiedMessage>) {
  const question = aMessage({
    body: "how do I change the email on my account?",
    intent: "account",
    confidence: 0.97,
  });
  const answer = aMessage({
    role: "assistant",
    intent: "account",
    confidence: 0.97,
    createdAt: at(1),
    ...reply,
  });
  return { question, messages: [question, answer] };
}

const classify = (messages: ClassifiedMessage[]) =>
  classifyConversation({
    status: "open",
    escalated: false,
    language: "en",
    messages,
    confidenceThreshold: 0.55,
  });

describe("a confident reply the dialogue said could not help", () => {
  it("queues the question as unanswered and counts the conversation as abandoned", () => {
    const { question, messages } = accountTurn({ answered: false });
    const classified = classify(messages);
    expect(classified.outcome).toBe("abandoned");
    expect(classified.learning).toEqual([
      expect.objectContaining({ messageId: question.id, reason: "unanswered" }),
    ]);
  });

  it("queues an unsure one as low confidence", () => {
    const { messages } = accountTurn({ answered: false, confidence: 0.4 });
    expect(classify(messages).learning).toEqual([
      expect.objectContaining({ reason: "low_confidence" }),
    ]);
  });

  it("leaves a reply that helped, or one stored before replies said so, answered", () => {
    for (const answered of [true, null]) {
      const classified = classify(accountTurn({ answered }).messages);
      expect(classified.outcome).toBe("answered");
      expect(classified.learning).toEqual([]);
    }
  });
});
