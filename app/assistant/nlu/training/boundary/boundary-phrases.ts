import type { MorePhrases } from "../more/more-phrases";

/**
 * Further messages on either side of the line between a product question and one out of scope;
 * the short greetings, goodbyes and complaints that out-of-scope small talk would otherwise absorb;
 * whether the item in view suits a purpose or which of its variants to take beside asking the shop
 * to suggest items; "anyone there?" beside asking for a person; and the shop's own sign-in, store
 * credit, card and courier questions whose twins about other companies are `other`.
 */
export type BoundaryPhrases = Pick<MorePhrases, "product_question" | "other"> &
  Partial<MorePhrases>;
