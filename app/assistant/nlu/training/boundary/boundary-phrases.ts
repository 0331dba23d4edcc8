import type { MorePhrases } from "../more/more-phrases";

/**
 * Further messages on either side of the line between a product question and one out of scope,
 * and the short greetings, goodbyes and complaints that out-of-scope small talk would otherwise absorb.
 */
export type BoundaryPhrases = Pick<MorePhrases, "product_question" | "other"> &
  Partial<Pick<MorePhrases, "greeting" | "thanks_goodbye" | "complaint">>;
