import type { Intent } from "../types";

/**
 * Training phrases written by the team (never copied from evaluation sets). `phrases` are whole
 * messages; `cores` are verb phrases that are also combined with the language's request `prefixes`
 * ("I'd like to" + "cancel my order") so the model sees the many ways people ask for one thing.
 *
 * Labelling rules, in every language (every phrase file follows them):
 * - Subscribing to or unsubscribing from a newsletter, marketing emails or text messages is
 *   `other`, as in the taxonomy's published labelling (../shared/eval-public/README.md, "Mapping":
 *   newsletter_subscription → other; a review → other). The shopper's login, password, profile,
 *   email address and registration are `account`.
 */
export interface TrainingSet {
  prefixes: string[];
  intents: Record<Intent, { cores: string[]; phrases: string[] }>;
}
