import { z } from "zod";
import type { AssistantReply } from "../reply";
import type { Intent, SentimentLabel } from "../nlu/types";
import type { BusinessHours } from "./business-hours";
import { BusinessHoursSchema, isOpen, nextOpening } from "./business-hours";

/**
 * When the assistant hands a conversation to a person, and what it tells the shopper then.
 * The decision is pure: the dialogue passes the turn's understanding and the streak it keeps.
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
  businessHours: BusinessHoursSchema.nullable().default(null),
});
export type HandoffRules = z.infer<typeof HandoffRulesSchema>;

export interface DecideHandoffOptions {
  text: string;
  intent: Intent;
  confidence: number;
  sentiment: { label: SentimentLabel; score: number } | null;
  /** Unsure turns in a row before this one (kept in the dialogue state). */
  lowConfidenceStreak: number;
  /** The email an agent can answer: the verified customer's, or one the guest gave. */
  contactEmail: string | null;
  rules: HandoffRules;
  now: Date;
}

export type ExpectedReply =
  { kind: "soon" } | { kind: "when_open"; opensAt: Date; timeZone: string } | { kind: "unknown" };

export type HandoffDecision =
  | { handoff: false; lowConfidenceStreak: number }
  | { handoff: true; reason: HandoffReason; next: "ask_for_email"; lowConfidenceStreak: number }
  | {
      handoff: true;
      reason: HandoffReason;
      next: "escalate";
      expectedReply: ExpectedReply;
      lowConfidenceStreak: number;
    };

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
  if (options.intent === "human_agent" && options.confidence >= rules.confidenceThreshold)
    return "asked_for_person";
  if (matchesKeyword(options.text, rules.keywords)) return "keyword";
  if (
    rules.humanOnlyIntents.includes(options.intent) &&
    options.confidence >= rules.confidenceThreshold
  )
    return "human_only_intent";
  if (
    options.sentiment &&
    rules.sentiments.includes(options.sentiment.label) &&
    options.sentiment.score >= rules.sentimentScore
  ) {
    return "sentiment";
  }
  if (streak >= rules.lowConfidenceTurns) return "low_confidence";
  return null;
}

export function expectedReplyAt(options: {
  hours: BusinessHours | null;
  now: Date;
}): ExpectedReply {
  if (!options.hours) return { kind: "unknown" };
  if (isOpen({ hours: options.hours, at: options.now })) return { kind: "soon" };
  const opensAt = nextOpening({ hours: options.hours, at: options.now });
  return opensAt
    ? { kind: "when_open", opensAt, timeZone: options.hours.timeZone }
    : { kind: "unknown" };
}

export function decideHandoff(options: DecideHandoffOptions): HandoffDecision {
  const unsure = options.confidence < options.rules.confidenceThreshold;
  const streak = unsure ? options.lowConfidenceStreak + 1 : 0;
  const reason = reasonFor(options, streak);
  if (!reason) return { handoff: false, lowConfidenceStreak: streak };
  // A handed-over conversation starts a fresh streak.
  if (!options.contactEmail)
    return { handoff: true, reason, next: "ask_for_email", lowConfidenceStreak: 0 };
  return {
    handoff: true,
    reason,
    next: "escalate",
    expectedReply: expectedReplyAt({ hours: options.rules.businessHours, now: options.now }),
    lowConfidenceStreak: 0,
  };
}

/**
 * When support opens, written for the shopper's locale in the shop's time zone ("Monday 9:00 AM CET").
 * The dialogue's localised messages wrap it; null when a reply is expected soon or at no known time.
 */
export function formatOpeningTime(options: {
  expected: ExpectedReply;
  locale: string;
}): string | null {
  if (options.expected.kind !== "when_open") return null;
  return new Intl.DateTimeFormat(options.locale, {
    timeZone: options.expected.timeZone,
    weekday: "long",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(options.expected.opensAt);
}
