import type { Language } from "../../types";
import type { MorePhrases } from "../more/more-phrases";
import { productPagesEnglish } from "./en";
import { productPagesSpanish } from "./es";
import { productPagesFrench } from "./fr";
import { productPagesGerman } from "./de";
import { productPagesItalian } from "./it";
import { productPagesPortuguese } from "./pt";
import { productPagesJapanese } from "./ja";
import { productPagesSimplifiedChinese } from "./zh-hans";
import { productPagesTraditionalChinese } from "./zh-hant";

export const productPages: Record<Language, Partial<MorePhrases>> = {
  en: productPagesEnglish,
  es: productPagesSpanish,
  fr: productPagesFrench,
  de: productPagesGerman,
  it: productPagesItalian,
  pt: productPagesPortuguese,
  ja: productPagesJapanese,
  "zh-Hans": productPagesSimplifiedChinese,
  "zh-Hant": productPagesTraditionalChinese,
};
