import { LANGUAGES } from "../nlu/types";
import type { FaqEntry } from "./faq-entry";
import { starterFaq } from "./starter-faq";

/** The demo shop's FAQ: it adopted the starter FAQ of every language. */
export function demoShopFaq(): FaqEntry[] {
  return LANGUAGES.flatMap((language) => starterFaq(language));
}
