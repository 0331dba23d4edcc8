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
 * - Discounts, sales, promo codes and coupons are `payment` (what the shopper pays at checkout):
 *   whether the shop offers any (student, first order, bulk, the next sale), how to get or use
 *   one, one that does not work. Whether one item is on sale or what it costs is
 *   `product_question`; returning a sale item is `return_refund`; a refund paid as a voucher is
 *   `return_refund`.
 * - Where or by whom the goods are made (country of origin, handmade, fair trade, materials'
 *   source) is `product_question`, asked of one item or of the whole shop; customs duties and
 *   import taxes on a delivery are `shipping_info`; loyalty points and store credit in the
 *   shopper's account are `account`.
 */
export interface TrainingSet {
  prefixes: string[];
  intents: Record<Intent, { cores: string[]; phrases: string[] }>;
}
