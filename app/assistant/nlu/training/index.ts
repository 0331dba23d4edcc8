import * as OpenCC from "opencc-js";
import type { Intent, Language } from "../types";
import { INTENTS } from "../types";
import { german } from "./de";
import { english } from "./en";
import { spanish } from "./es";
import { french } from "./fr";
import { italian } from "./it";
import { japanese } from "./ja";
import { portuguese } from "./pt";
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
import type { TrainingSet } from "./training-set";
import { simplifiedChinese } from "./zh-hans";
import { traditionalChinese } from "./zh-hant";

export interface TrainingExample {
  text: string;
  language: Language;
  intent: Intent;
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
      if (keep({ text, language, intent })) examples.push({ text, language, intent });
    for (const core of cores) {
      if (!keep({ text: core, language, intent })) {
        rotation += 3;
        continue;
      }
      examples.push({ text: core, language, intent });
      for (let index = 0; index < Math.min(PREFIXES_PER_CORE, set.prefixes.length); index += 1) {
        const prefix = set.prefixes[(rotation + index) % set.prefixes.length] ?? "";
        examples.push({ text: `${prefix} ${core}`.trim(), language, intent });
      }
      rotation += 3;
    }
  }
  return examples;
}

/** Drops one letter from the longest word: the commonest typo, so n-grams learn to bridge it. */
function withTypo(text: string): string | null {
  const words = text.split(" ");
  let longest = 0;
  words.forEach((word, index) => {
    if (word.length > (words[longest]?.length ?? 0)) longest = index;
  });
  const word = words[longest] ?? "";
  if (word.length < 6 || !/^[a-z]+$/i.test(word)) return null;
  const cut = Math.floor(word.length / 2);
  words[longest] = word.slice(0, cut) + word.slice(cut + 1);
  return words.join(" ");
}

/** A language's set with its further phrases appended to each intent's phrases. */
function withMore(set: TrainingSet, more: MorePhrases): TrainingSet {
  const intents = Object.fromEntries(
    INTENTS.map((intent) => [
      intent,
      {
        cores: set.intents[intent].cores,
        phrases: [...set.intents[intent].phrases, ...more[intent]],
      },
    ]),
  ) as TrainingSet["intents"];
  return { prefixes: set.prefixes, intents };
}

const SIMPLIFIED = withMore(simplifiedChinese, moreSimplifiedChinese);

const SETS: [TrainingSet, Language][] = [
  [withMore(english, moreEnglish), "en"],
  [withMore(spanish, moreSpanish), "es"],
  [withMore(french, moreFrench), "fr"],
  [withMore(german, moreGerman), "de"],
  [withMore(italian, moreItalian), "it"],
  [withMore(portuguese, morePortuguese), "pt"],
  [withMore(japanese, moreJapanese), "ja"],
  [SIMPLIFIED, "zh-Hans"],
  [withMore(traditionalChinese, moreTraditionalChinese), "zh-Hant"],
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

/** Training phrases expanded with prefixes, typos and Simplified→Traditional conversion. */
export function expandTrainingPhrases(keep: KeepPhrase = () => true): TrainingExample[] {
  const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
  const examples = SETS.flatMap(([set, language]) => expandSet(set, language, keep));
  const converted = expandSet(SIMPLIFIED, "zh-Hans", keep).map((example) => ({
    ...example,
    text: toTraditional(example.text),
    language: "zh-Hant" as const,
  }));
  const typos = examples.flatMap((example) => {
    const text = example.language === "en" ? withTypo(example.text) : null;
    return text ? [{ ...example, text }] : [];
  });
  return [...examples, ...converted, ...typos];
}

let cached: TrainingExample[] | null = null;

/** All training phrases, expanded, in every language (Traditional Chinese includes the converted Simplified set). */
export function trainingExamples(): TrainingExample[] {
  cached ??= expandTrainingPhrases();
  return cached;
}
