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
 * - Whether the item in view suits a purpose or a person ("are these good for running", "is it ok
 *   for a beginner") and which of its own variants to take ("the m or the l?", "which size do
 *   you recommend for 1,80 m", "the blue or the black?") are `product_question`; asking the shop
 *   to suggest items ("what do you recommend for running", "gift ideas for my dad", "the pro or
 *   the basic model?") is `recommendation`.
 * - Whether anyone is there ("anyone there?", "are you there?") is `greeting`; a message that
 *   names a person: asking for one or whether one is there ("is there a real person", "am i
 *   talking to a real person or a bot", "someone from your team", "not a bot, a person") is
 *   `human_agent`; what the assistant is or can do ("are you a robot", "are you chatgpt", its
 *   name) is `other`.
 * - Signing in, user names, store credit and points in this shop are `account`; the cards and
 *   wallets it takes are `payment`; its couriers and where it delivers are `shipping_info`. The
 *   same questions about another company (a bank's app, a card's PIN, a carrier's own account) are
 *   `other`.
 */
export interface TrainingSet {
  prefixes: string[];
  intents: Record<Intent, { cores: string[]; phrases: string[] }>;
}
