import * as OpenCC from "opencc-js";
import { hasHan, hasKana, normaliseText } from "./normalise-text";
import { trainingExamples } from "./training/index";
import type { Language } from "./types";
import { LanguageSchema } from "./types";

type LatinLanguage = "en" | "es" | "fr" | "de" | "it" | "pt";
const LATIN_LANGUAGES: LatinLanguage[] = ["en", "es", "fr", "de", "it", "pt"];

/** Words frequent in one language's everyday writing, which short domain phrases may not contain. */
const FUNCTION_WORDS: Record<LatinLanguage, string[]> = {
  en: [
    "the",
    "my",
    "is",
    "you",
    "what",
    "how",
    "where",
    "and",
    "i",
    "it",
    "to",
    "of",
    "with",
    "do",
    "can",
    "please",
    "thanks",
    "hi",
    "when",
    "this",
    "your",
    "have",
    "not",
    "want",
    "order",
    "yes",
    "no",
    "quick",
    "question",
    "cheers",
    "hey",
    "there",
    "will",
    "work",
    "does",
    "are",
    "was",
    "regards",
    "born",
    "account",
  ],
  es: [
    "el",
    "la",
    "los",
    "las",
    "mi",
    "es",
    "que",
    "de",
    "y",
    "por",
    "favor",
    "gracias",
    "hola",
    "cuando",
    "donde",
    "como",
    "quiero",
    "para",
    "con",
    "no",
    "tengo",
    "pedido",
    "esta",
    "un",
    "una",
    "sí",
  ],
  fr: [
    "le",
    "la",
    "les",
    "mon",
    "ma",
    "est",
    "que",
    "de",
    "et",
    "je",
    "vous",
    "merci",
    "bonjour",
    "quand",
    "ou",
    "comment",
    "pour",
    "avec",
    "pas",
    "ne",
    "commande",
    "un",
    "une",
    "oui",
    "non",
    "des",
  ],
  de: [
    "der",
    "die",
    "das",
    "mein",
    "meine",
    "ist",
    "und",
    "ich",
    "sie",
    "wie",
    "wo",
    "wann",
    "bitte",
    "danke",
    "hallo",
    "nicht",
    "mit",
    "fur",
    "ein",
    "eine",
    "bestellung",
    "ja",
    "nein",
    "habe",
    "kann",
    "es",
    "moin",
    "servus",
    "auch",
    "noch",
    "schon",
    "mal",
    "zum",
    "vom",
    "dem",
    "den",
    "auf",
  ],
  it: [
    "il",
    "la",
    "lo",
    "mio",
    "mia",
    "e",
    "che",
    "di",
    "per",
    "grazie",
    "ciao",
    "quando",
    "dove",
    "come",
    "voglio",
    "con",
    "non",
    "ordine",
    "un",
    "una",
    "si",
    "ho",
    "sono",
    "del",
    "della",
    "gli",
    "nel",
    "sul",
    "sull",
    "questo",
    "questa",
    "anche",
    "va",
    "ci",
    "alla",
    "perche",
    "gia",
    "piu",
    "ancora",
    "cosa",
    "fatto",
  ],
  pt: [
    "o",
    "a",
    "os",
    "as",
    "meu",
    "minha",
    "e",
    "que",
    "de",
    "por",
    "obrigado",
    "obrigada",
    "ola",
    "quando",
    "onde",
    "como",
    "quero",
    "para",
    "com",
    "nao",
    "pedido",
    "um",
    "uma",
    "sim",
    "voce",
    "do",
  ],
};

interface LatinModel {
  logProbability: Map<string, Record<LatinLanguage, number>>;
  unseen: Record<LatinLanguage, number>;
  /** The folded words each language uses: its function words and words of at least three of its phrases. */
  words: Record<LatinLanguage, Set<string>>;
}

/** Words and trigrams of the folded text, plus the accented words and letters of the raw text. */
function latinGrams(folded: string, raw: string): string[] {
  const grams: string[] = [];
  for (const word of folded.split(" ")) {
    if (!word || /\d/.test(word)) continue;
    grams.push(`w:${word}`);
    const padded = ` ${word} `;
    for (let start = 0; start + 3 <= padded.length; start += 1)
      grams.push(padded.slice(start, start + 3));
  }
  // Folding drops accents that tell close languages apart: "è" Italian, "é"/"ã" Portuguese, "ñ" Spanish.
  const rawWords = raw
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  for (const word of rawWords) {
    if (!/[^a-z]/.test(word) || !/^\p{Script=Latin}+$/u.test(word)) continue;
    grams.push(`x:${word}`);
    for (const letter of word) if (!/[a-z]/.test(letter)) grams.push(`a:${letter}`);
  }
  return grams;
}

let latinModel: LatinModel | null = null;

/** Naive Bayes over character trigrams and words, learnt from the training phrases and function words. */
function trainLatinModel(): LatinModel {
  const counts = new Map<string, Record<LatinLanguage, number>>();
  const totals: Record<LatinLanguage, number> = { en: 0, es: 0, fr: 0, de: 0, it: 0, pt: 0 };
  const wordCounts = Object.fromEntries(
    LATIN_LANGUAGES.map((language) => [language, new Map<string, number>()]),
  ) as Record<LatinLanguage, Map<string, number>>;
  const addText = (language: LatinLanguage, text: string, weight: number) => {
    const folded = normaliseText(text);
    for (const word of new Set(folded.split(" ")))
      if (word) wordCounts[language].set(word, (wordCounts[language].get(word) ?? 0) + weight);
    for (const gram of latinGrams(folded, text)) {
      const row = counts.get(gram) ?? { en: 0, es: 0, fr: 0, de: 0, it: 0, pt: 0 };
      row[language] += weight;
      totals[language] += weight;
      counts.set(gram, row);
    }
  };
  for (const example of trainingExamples()) {
    // A wrapped copy would count its phrase's words twice, and a loanword in two phrases is not the language's own.
    if (example.wrapped) continue;
    if ((LATIN_LANGUAGES as string[]).includes(example.language))
      addText(example.language as LatinLanguage, example.text, 1);
  }
  for (const language of LATIN_LANGUAGES)
    for (const word of FUNCTION_WORDS[language]) addText(language, word, 20);
  const vocabulary = counts.size;
  const logProbability = new Map<string, Record<LatinLanguage, number>>();
  for (const [gram, row] of counts) {
    const entry = { en: 0, es: 0, fr: 0, de: 0, it: 0, pt: 0 };
    for (const language of LATIN_LANGUAGES)
      entry[language] = Math.log((row[language] + 0.5) / (totals[language] + 0.5 * vocabulary));
    logProbability.set(gram, entry);
  }
  const unseen = { en: 0, es: 0, fr: 0, de: 0, it: 0, pt: 0 };
  for (const language of LATIN_LANGUAGES)
    unseen[language] = Math.log(0.5 / (totals[language] + 0.5 * vocabulary));
  // A loanword a few shoppers mixed in ("thanks" in two French phrases) is not the language's own.
  const words = Object.fromEntries(
    LATIN_LANGUAGES.map((language) => [
      language,
      new Set([...wordCounts[language]].filter(([, count]) => count >= 3).map(([word]) => word)),
    ]),
  ) as Record<LatinLanguage, Set<string>>;
  return { logProbability, unseen, words };
}

let toTraditional: ((text: string) => string) | null = null;
let toSimplified: ((text: string) => string) | null = null;

/** Simplified or Traditional by which conversion changes the text; shared characters defer to the locale. */
function chineseScript(text: string, localeLanguage: Language | null): "zh-Hans" | "zh-Hant" {
  toTraditional ??= OpenCC.Converter({ from: "cn", to: "tw" });
  toSimplified ??= OpenCC.Converter({ from: "tw", to: "cn" });
  const han = [...text].filter((character) => hasHan(character)).join("");
  const traditional = [...toTraditional(han)];
  const simplified = [...toSimplified(han)];
  let simplifiedOnly = 0;
  let traditionalOnly = 0;
  [...han].forEach((character, index) => {
    if (traditional[index] !== character) simplifiedOnly += 1;
    if (simplified[index] !== character) traditionalOnly += 1;
  });
  if (traditionalOnly > simplifiedOnly) return "zh-Hant";
  if (simplifiedOnly > traditionalOnly) return "zh-Hans";
  if (localeLanguage === "zh-Hant" || localeLanguage === "zh-Hans") return localeLanguage;
  // Characters shared by both scripts: words used in only one region still tell them apart.
  if (TRADITIONAL_REGION_WORDS.test(han) || /[\u3105-\u312f]/.test(text)) return "zh-Hant";
  return "zh-Hans";
}

/**
 * Written with characters both scripts share, yet used in Taiwan or Hong Kong rather than the
 * mainland: Cantonese particles, 超商/宅配/免運 shopping words, 安安 as a greeting, 掰掰/感恩/登入/保固.
 */
const TRADITIONAL_REGION_WORDS =
  /[嘅咗喺冇佢啲嘢哋噉乜咁掰]|唔|係咪|超商|宅配|免運|安安|統編|蝦皮|店到店|超取|感恩|登入|保固|午安|[太超很真]扯/;

/**
 * Kanji forms and words that Japanese writes where Chinese writes others (発 for 发/發, 注文 for
 * 订单): a message in kanji only ("領収書発行", "返品希望") is still Japanese.
 */
const JAPANESE_ONLY_HAN =
  /[発払変円済戻売込様気広楽駅図応覚単価験読帰続経総転軽択歳関県実対]|注文|返品|送料|領収|宛先/;
/** Chinese grammar words, which a Japanese message in kanji only would not contain. */
const CHINESE_GRAMMAR = /[的了吗呢吧们們这這个個嗎么麼你我]/;

const LETTER = /\p{L}/gu;
/** Letters written without spaces between words (as `isCjkCharacter`). */
const CJK_LETTER = /(?=\p{L})[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/gu;

/** Maps a storefront locale ("fr-CA", "zh-TW", "pt_BR") to one of our languages, or null. */
export function languageOfLocale(locale: string | undefined | null): Language | null {
  if (!locale) return null;
  const lower = locale.replace("_", "-").toLowerCase();
  if (lower.startsWith("zh")) {
    return /hant|tw|hk|mo/.test(lower) ? "zh-Hant" : "zh-Hans";
  }
  const parsed = LanguageSchema.safeParse(lower.split("-")[0]);
  return parsed.success ? parsed.data : null;
}

/**
 * The language a message is written in. Script decides CJK (kana → Japanese; Han → Chinese, split by
 * script); Latin text is scored by naive Bayes, with the storefront locale as a prior that wins on
 * very short or ambiguous messages ("ok", "#1042").
 */
export function detectLanguage(options: {
  text: string;
  locale?: string | null;
  /** `normaliseText(text)`, when the caller has it already. */
  folded?: string;
}): {
  language: Language;
  confidence: number;
} {
  const localeLanguage = languageOfLocale(options.locale);
  const letterCount = options.text.match(LETTER)?.length ?? 0;
  const cjkCount = options.text.match(CJK_LETTER)?.length ?? 0;
  if (cjkCount > 0 && (cjkCount >= 2 || cjkCount / Math.max(letterCount, 1) > 0.2)) {
    if (hasKana(options.text)) return { language: "ja", confidence: 0.99 };
    if (JAPANESE_ONLY_HAN.test(options.text) && !CHINESE_GRAMMAR.test(options.text))
      return { language: "ja", confidence: 0.9 };
    if (
      localeLanguage === "ja" &&
      !/[们这个吗么妈们說們這麼嗎]/u.test(options.text) &&
      cjkCount <= 4
    )
      return { language: "ja", confidence: 0.6 };
    return { language: chineseScript(options.text, localeLanguage), confidence: 0.95 };
  }

  const grams = latinGrams(
    (options.folded ?? normaliseText(options.text)).replace(/[^\p{Script=Latin}\s]/gu, " "),
    options.text,
  );
  const fallback: Language = localeLanguage ?? "en";
  if (grams.length === 0) return { language: fallback, confidence: 0.5 };
  latinModel ??= trainLatinModel();
  const model = latinModel;
  // One or two words say little on their own, and shoppers borrow words: unless the storefront's
  // locale is in another script, they are read in the locale's language if it uses them ("no" on an
  // English store, "ok" anywhere), else in English if English does ("thanks" on a French store,
  // "email"), else in a language that uses them all ("merci", "hola" anywhere).
  const words = grams.filter((gram) => gram.startsWith("w:")).map((gram) => gram.slice(2));
  const localeLatin = LATIN_LANGUAGES.find((language) => language === localeLanguage);
  let candidates: readonly LatinLanguage[] = LATIN_LANGUAGES;
  if ((localeLatin || !localeLanguage) && words.length > 0 && words.length <= 2) {
    const usedBy = LATIN_LANGUAGES.filter((language) =>
      words.every((word) => model.words[language].has(word)),
    );
    if (localeLatin && usedBy.includes(localeLatin))
      return { language: localeLatin, confidence: 0.6 };
    if (usedBy.includes("en")) return { language: "en", confidence: 0.6 };
    if (usedBy.length > 0) candidates = usedBy;
  }
  const scores = { en: 0, es: 0, fr: 0, de: 0, it: 0, pt: 0 };
  for (const gram of grams) {
    const row = model.logProbability.get(gram);
    for (const language of LATIN_LANGUAGES)
      scores[language] += row ? row[language] : model.unseen[language];
  }
  // The locale is worth a few grams of evidence: decisive for "ok", outweighed by a real sentence.
  if (localeLatin) scores[localeLatin] += 4;
  else scores.en += 1.5;
  const ranked = candidates
    .map((language) => ({ language, score: scores[language] }))
    .sort((left, right) => right.score - left.score);
  const best = ranked[0];
  if (!best) return { language: fallback, confidence: 0.5 };
  const margin = best.score - (ranked[1]?.score ?? best.score - 4);
  const confidence = 1 / (1 + Math.exp(-margin / 2));
  if (localeLanguage && !(localeLanguage in scores) && grams.length < 6)
    return { language: localeLanguage, confidence: 0.5 };
  return { language: best.language, confidence };
}
