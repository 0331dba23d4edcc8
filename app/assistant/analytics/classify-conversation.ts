import { normaliseText } from "../nlu";
import { redactText } from "../privacy/redact";

export const OUTCOMES = ["answered", "handed_off", "abandoned"] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** A conversation the shopper opened but never wrote in: not counted anywhere. */
export const EMPTY_OUTCOME = "empty";

export interface ClassifiedMessage {
  id: string;
  role: string;
  body: string;
  intent: string | null;
  confidence: number | null;
  language: string | null;
  faqEntryId: string | null;
  vote: string | null;
  createdAt: Date;
}

export interface LearningCandidate {
  messageId: string;
  text: string;
  groupKey: string;
  language: string | null;
  reason: "unanswered" | "thumbs_down";
  askedAt: Date;
}

export interface ConversationClassification {
  outcome: Outcome | typeof EMPTY_OUTCOME;
  intent: string | null;
  language: string | null;
  firstReplyMs: number | null;
  learning: LearningCandidate[];
}

/** Small talk does not say what a conversation was about. */
const SMALL_TALK = new Set(["greeting", "thanks_goodbye"]);

/** An assistant reply that did not answer: no FAQ entry behind it and an unknown or unsure intent. */
export function isUnanswered(
  message: Pick<ClassifiedMessage, "faqEntryId" | "intent" | "confidence">,
  confidenceThreshold: number,
): boolean {
  if (message.faqEntryId) return false;
  return (
    message.intent === null ||
    message.intent === "other" ||
    (message.confidence ?? 0) < confidenceThreshold
  );
}

/**
 * What became of a finished conversation. Handed off: a person took it (status, escalation or an
 * agent's message). Answered: the assistant's reply to the shopper's last question was an answer.
 * Abandoned: the shopper left with their last question unanswered.
 */
export function classifyConversation(options: {
  status: string;
  escalated: boolean;
  language: string | null;
  messages: ClassifiedMessage[];
  confidenceThreshold: number;
}): ConversationClassification {
  const { messages, confidenceThreshold } = options;
  const shopperMessages = messages.filter((message) => message.role === "shopper");
  const firstShopper = shopperMessages[0];
  if (!firstShopper)
    return {
      outcome: EMPTY_OUTCOME,
      intent: null,
      language: options.language,
      firstReplyMs: null,
      learning: [],
    };

  const firstReply = messages.find(
    (message) =>
      (message.role === "assistant" || message.role === "agent") &&
      message.createdAt >= firstShopper.createdAt,
  );
  const topic =
    shopperMessages.find((message) => message.intent && !SMALL_TALK.has(message.intent)) ??
    firstShopper;

  const learning: LearningCandidate[] = [];
  let lastQuestion: ClassifiedMessage | null = null;
  let lastQuestionAnswered = false;
  for (const message of messages) {
    if (message.role === "shopper") {
      lastQuestion = message;
      lastQuestionAnswered = false;
      continue;
    }
    if (message.role === "agent") lastQuestionAnswered = true;
    if (message.role !== "assistant" || !lastQuestion) continue;
    const unanswered = isUnanswered(message, confidenceThreshold);
    lastQuestionAnswered = !unanswered;
    const reason =
      message.vote === "down"
        ? "thumbs_down"
        : unanswered && !SMALL_TALK.has(lastQuestion.intent ?? "")
          ? "unanswered"
          : null;
    if (reason && !learning.some((candidate) => candidate.messageId === lastQuestion?.id)) {
      const text = redactText(lastQuestion.body, { redactAddresses: true })
        .text.trim()
        .slice(0, 500);
      const groupKey = normaliseText(text);
      if (groupKey) {
        learning.push({
          messageId: lastQuestion.id,
          text,
          groupKey,
          language: lastQuestion.language,
          reason,
          askedAt: lastQuestion.createdAt,
        });
      }
    }
  }

  const handedOff =
    options.escalated ||
    options.status === "handed_off" ||
    messages.some((message) => message.role === "agent");
  const outcome: Outcome = handedOff
    ? "handed_off"
    : lastQuestionAnswered
      ? "answered"
      : "abandoned";
  return {
    outcome,
    intent: topic.intent,
    language: options.language ?? firstShopper.language,
    firstReplyMs: firstReply
      ? firstReply.createdAt.getTime() - firstShopper.createdAt.getTime()
      : null,
    learning,
  };
}
