import type { LearningCandidate } from "../knowledge/learning-loop";

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
  /** False when the dialogue said its reply could not help; null before it was recorded. */
  answered: boolean | null;
  vote: string | null;
  createdAt: Date;
}

export interface ConversationClassification {
  outcome: Outcome | typeof EMPTY_OUTCOME;
  intent: string | null;
  language: string | null;
  firstReplyMs: number | null;
  /** The turns to queue for the merchant (the learning queue redacts and seals them). */
  learning: Omit<LearningCandidate, "conversationId">[];
}

/** Small talk does not say what a conversation was about. */
const SMALL_TALK = new Set(["greeting", "thanks_goodbye"]);

/**
 * Why an assistant reply did not answer, or null when it did: no FAQ entry behind it and an
 * intent below the shop's confidence threshold (low confidence), or an unknown intent or a reply
 * the dialogue said could not help ("I don't know" to an account question: unanswered).
 */
export function unansweredReason(
  message: Pick<ClassifiedMessage, "faqEntryId" | "intent" | "confidence" | "answered">,
  confidenceThreshold: number,
): "unanswered" | "low_confidence" | null {
  if (message.faqEntryId) return null;
  if (message.intent === null || message.intent === "other") return "unanswered";
  const confident = (message.confidence ?? 0) >= confidenceThreshold;
  if (message.answered === false && confident) return "unanswered";
  return confident ? null : "low_confidence";
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

  const learning: ConversationClassification["learning"] = [];
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
    const unanswered = unansweredReason(message, confidenceThreshold);
    lastQuestionAnswered = unanswered === null;
    const reason =
      message.vote === "down"
        ? "thumbs_down"
        : unanswered && !SMALL_TALK.has(lastQuestion.intent ?? "")
          ? unanswered
          : null;
    if (reason && !learning.some((candidate) => candidate.messageId === lastQuestion?.id)) {
      learning.push({
        messageId: lastQuestion.id,
        text: lastQuestion.body,
        language: lastQuestion.language,
        intent: lastQuestion.intent,
        confidence: lastQuestion.confidence,
        reason,
        askedAt: lastQuestion.createdAt,
      });
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
