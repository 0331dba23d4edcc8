import * as OpenCC from "opencc-js";
import { hashText } from "../../hash-text";
import { splitClauses, WRAPPER_INTENTS } from "../classify-intent";
import { isCjkCharacter, normaliseText } from "../normalise-text";
import type { Intent, Language } from "../types";
import { INTENTS } from "../types";
import { broadEnglish } from "./broad/en";
import { boundaryGerman } from "./boundary/de";
import { boundaryEnglish } from "./boundary/en";
import { boundarySpanish } from "./boundary/es";
import { boundaryFrench } from "./boundary/fr";
import { boundaryItalian } from "./boundary/it";
import { boundaryJapanese } from "./boundary/ja";
import { boundaryPortuguese } from "./boundary/pt";
import { boundarySimplifiedChinese } from "./boundary/zh-hans";
import { boundaryTraditionalChinese } from "./boundary/zh-hant";
import { everydayGerman } from "./everyday/de";
import { everydayEnglish } from "./everyday/en";
import { everydaySpanish } from "./everyday/es";
import { everydayFrench } from "./everyday/fr";
import { everydayItalian } from "./everyday/it";
import { everydayJapanese } from "./everyday/ja";
import { everydayPortuguese } from "./everyday/pt";
import { everydaySimplifiedChinese } from "./everyday/zh-hans";
import { everydayTraditionalChinese } from "./everyday/zh-hant";
import { german } from "./de";
import { english } from "./en";
import { spanish } from "./es";
import { french } from "./fr";
import { italian } from "./it";
import { japanese } from "./ja";
import { portuguese } from "./pt";
import { kindsGerman } from "./kinds/de";
import { kindsEnglish } from "./kinds/en";
import { kindsSpanish } from "./kinds/es";
import { kindsFrench } from "./kinds/fr";
import { kindsItalian } from "./kinds/it";
import { kindsJapanese } from "./kinds/ja";
import { kindsPortuguese } from "./kinds/pt";
import { kindsSimplifiedChinese } from "./kinds/zh-hans";
import { kindsTraditionalChinese } from "./kinds/zh-hant";
import { moreGerman } from "./more/de";
import { moreEnglish } from "./more/en";
import { moreSpanish } from "./more/es";
import { moreFrench } from "./more/fr";
import { moreItalian } from "./more/it";
import { moreJapanese } from "./more/ja";
import type { MorePhrases } from "./more/more-phrases";
import { morePortuguese } from "./more/pt";
import { moreSimplifiedChinese } from "./more/zh-hans";
import { moreTraditionalChinese } from "./more/zh-hant";
import { productPages } from "./product-pages";
import { regional } from "./regional";
import { REQUEST_WRAPPERS } from "./request-wrappers";
import type { TrainingSet } from "./training-set";
import { waysGerman } from "./ways/de";
import { waysEnglish } from "./ways/en";
import { waysSpanish } from "./ways/es";
import { waysFrench } from "./ways/fr";
import { waysItalian } from "./ways/it";
import { waysJapanese } from "./ways/ja";
import { waysPortuguese } from "./ways/pt";
import { waysSimplifiedChinese } from "./ways/zh-hans";
import { waysTraditionalChinese } from "./ways/zh-hant";
import { world } from "./world";
import { simplifiedChinese } from "./zh-hans";
import { traditionalChinese } from "./zh-hant";

export interface TrainingExample {
  text: string;
  language: Language;
  intent: Intent;
  /** A phrase or core as the team wrote it, not a generated variant: the classifier's neighbours. */
  written?: boolean;
  /**
   * A copy made of a written phrase's own words (inside a request wrapper, or one of its clauses):
   * a second count of its words, not new text.
   */
  wrapped?: boolean;
}

/** How many request prefixes each core is combined with; rotating keeps every prefix in use. */
const PREFIXES_PER_CORE = 8;

/** Decides whether a written phrase or core takes part in training (a development split leaves some out). */
export type KeepPhrase = (phrase: TrainingExample) => boolean;

function expandSet(set: TrainingSet, language: Language, keep: KeepPhrase): TrainingExample[] {
  const examples: TrainingExample[] = [];
  let rotation = 0;
  for (const intent of INTENTS) {
    const { cores, phrases } = set.intents[intent];
    for (const text of phrases)
      if (keep({ text, language, intent }))
        examples.push({ text, language, intent, written: true });
    for (const core of cores) {
      if (!keep({ text: core, language, intent })) {
        rotation += 3;
        continue;
      }
      examples.push({ text: core, language, intent, written: true });
      for (let index = 0; index < Math.min(PREFIXES_PER_CORE, set.prefixes.length); index += 1) {
        const prefix = set.prefixes[(rotation + index) % set.prefixes.length] ?? "";
        examples.push({ text: `${prefix} ${core}`.trim(), language, intent });
      }
      rotation += 3;
    }
  }
  return examples;
}

/** Languages written with spaces between words, where a dropped or swapped letter is a typo. */
const LATIN_SCRIPT = new Set<Language>(["en", "es", "fr", "de", "it", "pt"]);

/** Drops one letter from the longest word: the commonest typo, so n-grams learn to bridge it. */
function withTypo(text: string): string | null {
  const words = text.split(" ");
  let longest = 0;
  words.forEach((word, index) => {
    if (word.length > (words[longest]?.length ?? 0)) longest = index;
  });
  const word = words[longest] ?? "";
  if (word.length < 6 || !/^\p{L}+$/u.test(word)) return null;
  const cut = Math.floor(word.length / 2);
  words[longest] = word.slice(0, cut) + word.slice(cut + 1);
  return words.join(" ");
}

/**
 * Swaps two neighbouring letters in the middle of the second-longest word (the longest when it is
 * alone): the other common typo, in a word the dropped-letter copy leaves intact, so a misspelt
 * word does not take the whole message's meaning with it.
 */
function withSwappedLetters(text: string): string | null {
  const words = text.split(" ");
  const candidates = words
    .map((word, index) => ({ word, index }))
    .filter(({ word }) => word.length >= 4 && /^\p{L}+$/u.test(word))
    .sort((left, right) => right.word.length - left.word.length);
  const chosen = candidates[1] ?? candidates[0];
  if (!chosen) return null;
  const { word, index } = chosen;
  const at = Math.floor(word.length / 2) - 1;
  words[index] = `${word.slice(0, at)}${word[at + 1] ?? ""}${word[at] ?? ""}${word.slice(at + 2)}`;
  return words.join(" ");
}

/** Greetings and goodbyes are what a wrapper adds, so their own phrases keep their shape. */
const UNWRAPPED = new Set<Intent>(["greeting", "thanks_goodbye"]);

/**
 * Each written phrase of the other intents once inside what shoppers put around a request
 * (`request-wrappers.ts`): before it, after it, or both, chosen by the phrase's hash.
 */
function wrappedCopies(examples: TrainingExample[]): TrainingExample[] {
  return examples.flatMap((example) => {
    if (!example.written || UNWRAPPED.has(example.intent)) return [];
    const { before, after } = REQUEST_WRAPPERS[example.language];
    const hash = hashText(example.text);
    const shape = hash % 3;
    const opening = shape === 1 ? "" : (before[(hash >>> 4) % before.length] ?? "");
    const closing = shape === 0 ? "" : (after[(hash >>> 12) % after.length] ?? "");
    return [
      {
        ...example,
        text: `${opening}${example.text}${closing}`,
        written: undefined,
        wrapped: true,
      },
    ];
  });
}

/** A clause shorter than this is a greeting or goodbye word that single-word phrases already teach. */
const SHORTEST_CLAUSE = { words: 3, cjkCharacters: 4 };

function isLongClause(clause: string): boolean {
  const folded = normaliseText(clause);
  const cjk = [...folded].filter(isCjkCharacter).length;
  if (cjk > 0) return cjk >= SHORTEST_CLAUSE.cjkCharacters;
  return folded.split(" ").length >= SHORTEST_CLAUSE.words;
}

/**
 * Each longer clause of a written greeting, goodbye or complaint of several clauses ("hola, ¿hay
 * alguien que me pueda ayudar?"), alone: `classifyIntent` reads a message's clauses one by one, and
 * a clause of these must read as what it is part of, not as a request.
 */
function clauseCopies(examples: TrainingExample[]): TrainingExample[] {
  return examples.flatMap((example) => {
    if (!example.written || !WRAPPER_INTENTS.has(example.intent)) return [];
    const clauses = splitClauses(example.text);
    if (clauses.length < 2) return [];
    return clauses.filter(isLongClause).map((text) => ({
      text,
      language: example.language,
      intent: example.intent,
      wrapped: true,
    }));
  });
}

/** The eleventh round's phrases of a language: product pages, the world outside, regional speech. */
function eleventhRound(language: Language): Partial<MorePhrases>[] {
  return [productPages[language], world[language], regional[language]];
}

/** A language's set with its further phrases appended to each intent's phrases. */
function withMore(set: TrainingSet, ...more: Partial<MorePhrases>[]): TrainingSet {
  const intents = Object.fromEntries(
    INTENTS.map((intent) => [
      intent,
      {
        cores: set.intents[intent].cores,
        phrases: [
          ...set.intents[intent].phrases,
          ...more.flatMap((phrases) => phrases[intent] ?? []),
        ],
      },
    ]),
  ) as TrainingSet["intents"];
  return { prefixes: set.prefixes, intents };
}

const SIMPLIFIED = withMore(
  simplifiedChinese,
  moreSimplifiedChinese,
  everydaySimplifiedChinese,
  boundarySimplifiedChinese,
  kindsSimplifiedChinese,
  waysSimplifiedChinese,
  ...eleventhRound("zh-Hans"),
);

const SETS: [TrainingSet, Language][] = [
  [
    withMore(
      english,
      moreEnglish,
      everydayEnglish,
      broadEnglish,
      boundaryEnglish,
      kindsEnglish,
      waysEnglish,
      ...eleventhRound("en"),
    ),
    "en",
  ],
  [
    withMore(
      spanish,
      moreSpanish,
      everydaySpanish,
      boundarySpanish,
      kindsSpanish,
      waysSpanish,
      ...eleventhRound("es"),
    ),
    "es",
  ],
  [
    withMore(
      french,
      moreFrench,
      everydayFrench,
      boundaryFrench,
      kindsFrench,
      waysFrench,
      ...eleventhRound("fr"),
    ),
    "fr",
  ],
  [
    withMore(
      german,
      moreGerman,
      everydayGerman,
      boundaryGerman,
      kindsGerman,
      waysGerman,
      ...eleventhRound("de"),
    ),
    "de",
  ],
  [
    withMore(
      italian,
      moreItalian,
      everydayItalian,
      boundaryItalian,
      kindsItalian,
      waysItalian,
      ...eleventhRound("it"),
    ),
    "it",
  ],
  [
    withMore(
      portuguese,
      morePortuguese,
      everydayPortuguese,
      boundaryPortuguese,
      kindsPortuguese,
      waysPortuguese,
      ...eleventhRound("pt"),
    ),
    "pt",
  ],
  [
    withMore(
      japanese,
      moreJapanese,
      everydayJapanese,
      boundaryJapanese,
      kindsJapanese,
      waysJapanese,
      ...eleventhRound("ja"),
    ),
    "ja",
  ],
  [SIMPLIFIED, "zh-Hans"],
  [
    withMore(
      traditionalChinese,
      moreTraditionalChinese,
      everydayTraditionalChinese,
      boundaryTraditionalChinese,
      kindsTraditionalChinese,
      waysTraditionalChinese,
      ...eleventhRound("zh-Hant"),
    ),
    "zh-Hant",
  ],
];

/** Every phrase and core as written, before expansion: the units a development split samples. */
export function writtenPhrases(): TrainingExample[] {
  return SETS.flatMap(([set, language]) =>
    INTENTS.flatMap((intent) =>
      [...set.intents[intent].phrases, ...set.intents[intent].cores].map((text) => ({
        text,
        language,
        intent,
      })),
    ),
  );
}

/**
 * Training phrases expanded with prefixes, typos, Simplified→Traditional conversion, request
 * wrappers and the clauses of greetings, goodbyes and complaints.
 */
export function expandTrainingPhrases(keep: KeepPhrase = () => true): TrainingExample[] {
  const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
  const examples = SETS.flatMap(([set, language]) => expandSet(set, language, keep));
  const converted = expandSet(SIMPLIFIED, "zh-Hans", keep).map(({ text, intent }) => ({
    text: toTraditional(text),
    language: "zh-Hant" as const,
    intent,
  }));
  const typos = examples.flatMap((example) => {
    if (!LATIN_SCRIPT.has(example.language)) return [];
    return [withTypo(example.text), withSwappedLetters(example.text)].flatMap((text) =>
      text ? [{ text, language: example.language, intent: example.intent }] : [],
    );
  });
  return [
    ...examples,
    ...converted,
    ...typos,
    ...wrappedCopies(examples),
    ...clauseCopies(examples),
  ];
}

let cached: TrainingExample[] | null = null;

/** All training phrases, expanded, in every language (Traditional Chinese includes the converted Simplified set). */
export function trainingExamples(): TrainingExample[] {
  cached ??= expandTrainingPhrases();
  return cached;
}
