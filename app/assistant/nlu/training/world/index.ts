import type { Language } from "../../types";
import type { MorePhrases } from "../more/more-phrases";
import { worldEnglish } from "./en";
import { worldSpanish } from "./es";
import { worldFrench } from "./fr";
import { worldGerman } from "./de";
import { worldItalian } from "./it";
import { worldPortuguese } from "./pt";
import { worldJapanese } from "./ja";
import { worldSimplifiedChinese } from "./zh-hans";
import { worldTraditionalChinese } from "./zh-hant";

export const world: Record<Language, Partial<MorePhrases>> = {
  en: worldEnglish,
  es: worldSpanish,
  fr: worldFrench,
  de: worldGerman,
  it: worldItalian,
  pt: worldPortuguese,
  ja: worldJapanese,
  "zh-Hans": worldSimplifiedChinese,
  "zh-Hant": worldTraditionalChinese,
};
