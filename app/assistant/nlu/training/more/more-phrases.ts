import type { Intent } from "../../types";

/** Further whole messages per intent, written for variety (length, tone, typos, slang, mixed languages). */
export type MorePhrases = Record<Intent, string[]>;
