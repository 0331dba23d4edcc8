import { z } from "zod";
import type { AssistantReply } from "../reply";
import type { Intent, SentimentLabel } from "../nlu/types";
import { BusinessHoursSchema } from "./business-hours";

/**
 * When the assistant hands a conversation to a person: the one policy the live dialogue follows,
 * read from the merchant's settings. The decision is pure: the dialogue passes the turn's
 * understanding and the streak of unsure turns it keeps in its state.
 */

export type HandoffReason = NonNullable<AssistantReply["handoff"]>["reason"];

export const HandoffRulesSchema = z.object({
  /** Below this intent confidence a turn counts as "unsure". */
  confidenceThreshold: z.number().min(0).max(1).default(0.45),
  /** Consecutive unsure turns before handing over. */
  lowConfidenceTurns: z.number().int().min(1).default(2),
  humanOnlyIntents: z.array(z.string()).default(["complaint"]),
  sentiments: z.array(z.string()).default(["angry", "anxious"]),
  /** Sentiment must be at least this sure to count (0..1). */
  sentimentScore: z.number().min(0).max(1).default(0.6),
  /** The merchant's words that always mean "a person, please" (e.g. "chargeback", "lawyer"). */
  keywords: z.array(z.string()).default([]),
  /** When people answer; null means a reply is promised "soon" at any hour. */
  businessHours: BusinessHoursSchema.nullable().default(null),
});
export type HandoffRules = z.infer<typeof HandoffRulesSchema>;

export interface DecideHandoffOptions {
  text: string;
  intent: Intent;
  confidence: number;
  sentiment: { label: SentimentLabel; score: number };
  /** Unsure turns in a row before this one (kept in the dialogue state). */
  lowConfidenceStreak: number;
  /**
   * The turn answers what the assistant asked (an order number, an email, yes/no): its intent
   * confidence says nothing about being understood, so it neither counts as unsure nor as a topic.
   */
  answersQuestion: boolean;
  /**
   * One of the shop's FAQ entries, or the product in view ("how about red?"), answers the turn,
   * whatever its intent.
   */
  answerFound: boolean;
  rules: HandoffRules;
}

export interface HandoffDecision {
  reason: HandoffReason | null;
  lowConfidenceStreak: number;
}

function normalise(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

function matchesKeyword(text: string, keywords: string[]): boolean {
  const haystack = normalise(text);
  return keywords.some((keyword) => {
    const needle = normalise(keyword).trim();
    if (!needle) return false;
    // Whole words for alphabetic scripts; plain containment for scripts without spaces (ja, zh).
    if (/^[\p{Script=Latin}\p{N}\s'-]+$/u.test(needle)) {
      return new RegExp(
        `(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
        "u",
      ).test(haystack);
    }
    return haystack.includes(needle);
  });
}

function reasonFor(options: DecideHandoffOptions, streak: number): HandoffReason | null {
  const { rules } = options;
  if (matchesKeyword(options.text, rules.keywords)) return "keyword";
  if (
    options.sentiment &&
    rules.sentiments.includes(options.sentiment.label) &&
    options.sentiment.score >= rules.sentimentScore
  ) {
    return "sentiment";
  }
  if (options.answersQuestion) return null;
  if (options.intent === "human_agent" && options.confidence >= rules.confidenceThreshold)
    return "asked_for_person";
  if (
    rules.humanOnlyIntents.includes(options.intent) &&
    options.confidence >= rules.confidenceThreshold
  )
    return "human_only_intent";
  if (streak >= rules.lowConfidenceTurns) return "low_confidence";
  return null;
}

export function decideHandoff(options: DecideHandoffOptions): HandoffDecision {
  // "other" is the understanding being sure it does not know what was meant.
  const unsure =
    !options.answersQuestion &&
    !options.answerFound &&
    (options.intent === "other" || options.confidence < options.rules.confidenceThreshold);
  const streak = unsure ? options.lowConfidenceStreak + 1 : 0;
  const reason = reasonFor(options, streak);
  // A handed-over conversation starts a fresh streak.
  return { reason, lowConfidenceStreak: reason ? 0 : streak };
}
