import { z } from "zod";
import type { Intent, SentimentLabel } from "../nlu/types";
import type { TicketPriority } from "./support-desk";

/**
 * Ticket priority from the merchant's rules. The intent sets the base (an order that may be
 * cancelled or charged twice cannot wait; a product question can); a VIP shopper and an angry or
 * anxious one each raise it one step, up to urgent.
 */

export const PriorityRulesSchema = z.object({
  vipTags: z.array(z.string()).default(["vip"]),
  /** Lifetime spend (shop currency) from which a shopper counts as VIP; null = never by spend. */
  lifetimeValueThreshold: z.number().nonnegative().nullable().default(null),
  urgentIntents: z.array(z.string()).default([]),
  highIntents: z
    .array(z.string())
    .default(["cancel_order", "change_order", "payment", "complaint"]),
  lowIntents: z
    .array(z.string())
    .default(["greeting", "thanks_goodbye", "product_question", "recommendation"]),
  raisingSentiments: z.array(z.string()).default(["angry", "anxious"]),
});
export type PriorityRules = z.infer<typeof PriorityRulesSchema>;

export interface PriorityCustomer {
  tags: string[];
  totalSpent: number;
}

const LADDER: TicketPriority[] = ["low", "normal", "high", "urgent"];

export function isVip(options: {
  customer: PriorityCustomer | null;
  rules: PriorityRules;
}): boolean {
  const { customer, rules } = options;
  if (!customer) return false;
  const vipTags = new Set(rules.vipTags.map((tag) => tag.trim().toLowerCase()));
  if (customer.tags.some((tag) => vipTags.has(tag.trim().toLowerCase()))) return true;
  return (
    rules.lifetimeValueThreshold !== null && customer.totalSpent >= rules.lifetimeValueThreshold
  );
}

export function decidePriority(options: {
  intent: Intent;
  sentiment: SentimentLabel | null;
  customer: PriorityCustomer | null;
  rules: PriorityRules;
}): TicketPriority {
  const { intent, sentiment, rules } = options;
  let step = 1;
  if (rules.urgentIntents.includes(intent)) step = 3;
  else if (rules.highIntents.includes(intent)) step = 2;
  else if (rules.lowIntents.includes(intent)) step = 0;
  if (isVip({ customer: options.customer, rules })) step += 1;
  if (sentiment && rules.raisingSentiments.includes(sentiment)) step += 1;
  return LADDER[Math.min(step, LADDER.length - 1)] ?? "normal";
}
