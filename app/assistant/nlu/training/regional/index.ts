import type { Language } from "../../types";
import type { MorePhrases } from "../more/more-phrases";
import { regionalEnglish } from "./en";
import { regionalSpanish } from "./es";
import { regionalFrench } from "./fr";
import { regionalGerman } from "./de";
import { regionalItalian } from "./it";
import { regionalPortuguese } from "./pt";
import { regionalJapanese } from "./ja";
import { regionalSimplifiedChinese } from "./zh-hans";
import { regionalTraditionalChinese } from "./zh-hant";

export const regional: Record<Language, Partial<MorePhrases>> = {
  en: regionalEnglish,
  es: regionalSpanish,
  fr: regionalFrench,
  de: regionalGerman,
  it: regionalItalian,
  pt: regionalPortuguese,
  ja: regionalJapanese,
  "zh-Hans": regionalSimplifiedChinese,
  "zh-Hant": regionalTraditionalChinese,
};
