import { conceptsOf } from "./concepts";
import { isCjkCharacter, normaliseText } from "./normalise-text";
import { outsideTheShop } from "./outside-the-shop";

const cjkSegmenter = new Intl.Segmenter("zh", { granularity: "word" });
const japaneseSegmenter = new Intl.Segmenter("ja", { granularity: "word" });
const ALL_HIRAGANA = /^\p{Script=Hiragana}+$/u;
/**
 * Japanese words and n-grams written only in hiragana are mostly particles and endings
 * (「〜はありますか」, 「〜したい」) that every intent shares; content words carry kanji or katakana.
 */
const HIRAGANA_WEIGHT = 0.5;
/** Weight of the two outside-the-shop features (`outside-the-shop.ts`); 1, 2 and 3 measured in 0002. */
const OUTSIDE_WEIGHT = 2;

export interface TextFeatures {
  /** Feature name → weight; names carry a kind prefix (w: word, a: its sorted letters, p: stem, b: bigram, c/j: char n-gram, h: CJK n-gram, k: concept, or a message outside the shop). */
  weights: Map<string, number>;
  /** Words and CJK segments in order, for retrieval and grouping. */
  tokens: string[];
  /** Shop-service concepts the text names (shipping, cost…), shared across languages. */
  concepts: Set<string>;
}

/**
 * Splits normalised text into runs of CJK and non-CJK characters so that "订单 #1042 在哪" and
 * "我想return这个" are segmented by the right rules for each part.
 */
function splitByScript(text: string): { cjk: boolean; run: string }[] {
  const runs: { cjk: boolean; run: string }[] = [];
  for (const character of text) {
    const cjk = isCjkCharacter(character);
    const last = runs[runs.length - 1];
    if (last && last.cjk === cjk) last.run += character;
    else runs.push({ cjk, run: character });
  }
  return runs;
}

/** Turns text into the sparse, L2-normalised features shared by intent and FAQ matching. */
export function extractFeatures(
  text: string,
  options: { japanese?: boolean; folded?: string } = {},
): TextFeatures {
  const normalised = (options.folded ?? normaliseText(text)).replace(/\d+/g, "9");
  const weights = new Map<string, number>();
  const tokens: string[] = [];
  const add = (name: string, weight: number) =>
    weights.set(name, (weights.get(name) ?? 0) + weight);

  for (const { cjk, run } of splitByScript(normalised)) {
    if (cjk) {
      const segmenter = options.japanese ? japaneseSegmenter : cjkSegmenter;
      const scale = (gram: string) =>
        options.japanese && ALL_HIRAGANA.test(gram) ? HIRAGANA_WEIGHT : 1;
      for (const part of segmenter.segment(run)) {
        if (!part.isWordLike) continue;
        tokens.push(part.segment);
        add(`w:${part.segment}`, scale(part.segment));
      }
      const characters = [...run];
      characters.forEach((character, index) => {
        add(`h:${character}`, 0.6 * scale(character));
        const next = characters[index + 1];
        if (!next) return;
        add(`h:${character}${next}`, scale(`${character}${next}`));
        const third = characters[index + 2];
        if (third) add(`h:${character}${next}${third}`, 0.6 * scale(`${character}${next}${third}`));
      });
      continue;
    }
    for (const word of run.split(" ")) if (word) tokens.push(word);
  }

  const latinWords = tokens.filter((token) => !isCjkCharacter([...token][0] ?? ""));
  latinWords.forEach((word, index) => {
    add(`w:${word}`, 1);
    // The word's letters in sorted order: two letters typed the wrong way round ("recieve") keep it.
    if (word.length >= 4) add(`a:${[...word].sort().join("")}`, 0.5);
    if (word.length > 5) add(`p:${word.slice(0, 5)}`, 0.7);
    const next = latinWords[index + 1];
    if (next) add(`b:${word}_${next}`, 0.8);
    const padded = `<${word}>`;
    for (let size = 3; size <= 4; size += 1) {
      for (let start = 0; start + size <= padded.length; start += 1)
        add(`c:${padded.slice(start, start + size)}`, 0.35);
    }
  });
  // Character 5-grams across word boundaries catch inflections and split/merged words ("log in", "login").
  const joined = ` ${latinWords.join(" ")} `;
  for (let start = 0; start + 5 <= joined.length; start += 1)
    add(`j:${joined.slice(start, start + 5)}`, 0.3);
  const concepts = conceptsOf(normalised);
  for (const concept of concepts) add(`k:${concept}`, 1);
  // Shared across languages like the concepts, but kept out of `concepts`: FAQ concept agreement is about shop topics.
  const outside = outsideTheShop({
    folded: normalised,
    words: latinWords,
    cjk: latinWords.length < tokens.length,
  });
  // Twice a concept's weight: one feature among a hundred n-grams barely moved "京东买的东西怎么退".
  if (outside.otherService) add("k:elsewhere", OUTSIDE_WEIGHT);
  if (outside.business) add("k:business", OUTSIDE_WEIGHT);
  if (weights.size === 0) add("w:<empty>", 1);

  let norm = 0;
  for (const value of weights.values()) norm += value * value;
  norm = Math.sqrt(norm);
  for (const [name, value] of weights) weights.set(name, value / norm);
  return { weights, tokens, concepts };
}
