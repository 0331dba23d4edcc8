import type { Language } from "../../nlu/types";
import type { DialogueMessages } from "./catalogue";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { ja } from "./ja";
import { pt } from "./pt";
import { zhHans } from "./zh-hans";
import { zhHant } from "./zh-hant";

export type { DialogueMessages } from "./catalogue";

const CATALOGUES: Record<Language, DialogueMessages> = {
  en,
  es,
  fr,
  de,
  it,
  pt,
  ja,
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
};

/** Each language's name in each language, for the "we reply in …" note. */
const LANGUAGE_NAMES: Record<Language, Record<Language, string>> = {
  en: {
    en: "English",
    es: "inglés",
    fr: "anglais",
    de: "Englisch",
    it: "inglese",
    pt: "inglês",
    ja: "英語",
    "zh-Hans": "英语",
    "zh-Hant": "英文",
  },
  es: {
    en: "Spanish",
    es: "español",
    fr: "espagnol",
    de: "Spanisch",
    it: "spagnolo",
    pt: "espanhol",
    ja: "スペイン語",
    "zh-Hans": "西班牙语",
    "zh-Hant": "西班牙文",
  },
  fr: {
    en: "French",
    es: "francés",
    fr: "français",
    de: "Französisch",
    it: "francese",
    pt: "francês",
    ja: "フランス語",
    "zh-Hans": "法语",
    "zh-Hant": "法文",
  },
  de: {
    en: "German",
    es: "alemán",
    fr: "allemand",
    de: "Deutsch",
    it: "tedesco",
    pt: "alemão",
    ja: "ドイツ語",
    "zh-Hans": "德语",
    "zh-Hant": "德文",
  },
  it: {
    en: "Italian",
    es: "italiano",
    fr: "italien",
    de: "Italienisch",
    it: "italiano",
    pt: "italiano",
    ja: "イタリア語",
    "zh-Hans": "意大利语",
    "zh-Hant": "義大利文",
  },
  pt: {
    en: "Portuguese",
    es: "portugués",
    fr: "portugais",
    de: "Portugiesisch",
    it: "portoghese",
    pt: "português",
    ja: "ポルトガル語",
    "zh-Hans": "葡萄牙语",
    "zh-Hant": "葡萄牙文",
  },
  ja: {
    en: "Japanese",
    es: "japonés",
    fr: "japonais",
    de: "Japanisch",
    it: "giapponese",
    pt: "japonês",
    ja: "日本語",
    "zh-Hans": "日语",
    "zh-Hant": "日文",
  },
  "zh-Hans": {
    en: "Chinese",
    es: "chino",
    fr: "chinois",
    de: "Chinesisch",
    it: "cinese",
    pt: "chinês",
    ja: "中国語",
    "zh-Hans": "简体中文",
    "zh-Hant": "簡體中文",
  },
  "zh-Hant": {
    en: "Chinese",
    es: "chino",
    fr: "chinois",
    de: "Chinesisch",
    it: "cinese",
    pt: "chinês",
    ja: "中国語",
    "zh-Hans": "繁体中文",
    "zh-Hant": "繁體中文",
  },
};

export function messagesFor(language: Language): DialogueMessages {
  return CATALOGUES[language];
}

/** "(We reply in English.)" written in the shopper's language, naming the shop's language. */
export function languageNote(options: {
  shopperLanguage: Language;
  replyLanguage: Language;
}): string {
  const name = LANGUAGE_NAMES[options.replyLanguage][options.shopperLanguage];
  return fillMessage(messagesFor(options.shopperLanguage).languageNote, { language: name });
}

/** Fills `{name}` slots; unknown slots stay visible so a missing value is noticed in review. */
export function fillMessage(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}
