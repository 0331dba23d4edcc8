import { continueHash, hashText } from "../hash-text";
import type { FeatureTable } from "./feature-table";

/** Letters of folded Latin-script text (`normaliseText` drops accents and turns ß into ss). */
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** Shorter words have too many known words one letter away for a guess to say anything. */
const SHORTEST_WORD = 4;
const LATIN_WORD = /^[a-z]+$/;
/** Kind prefix of word features (`extract-features.ts`). */
export const WORD_PREFIX = "w:";
/** Where every candidate's hash in the feature table begins. */
const WORD_PREFIX_HASH = hashText(WORD_PREFIX);
/**
 * Bits of a filter of the table's words: 2^20 bits (128 KB) stay in the processor's cache, where
 * the table's slots (MBs) do not, and let ~95 % of a word's candidates end there.
 */
const FILTER_BITS = 20;
/** Base of the filter's polynomial hash, which joins a candidate's parts without reading them again. */
const BASE = 31;
const filters = new WeakMap<FeatureTable, Uint32Array>();

/** Polynomial hash of text[from, to), modulo 2^32. */
function rollingHash(text: string, from: number, to: number): number {
  let hash = 0;
  for (let index = from; index < to; index += 1)
    hash = (Math.imul(hash, BASE) + text.charCodeAt(index)) | 0;
  return hash;
}

function filterBit(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - FILTER_BITS);
}

/** One bit per word of the table (its names of kind "w:"), built once per table. */
function wordFilterOf(table: FeatureTable): Uint32Array {
  let filter = filters.get(table);
  if (filter) return filter;
  filter = new Uint32Array(1 << (FILTER_BITS - 5));
  const { names, starts } = table;
  for (let id = 0; id + 1 < starts.length; id += 1) {
    const start = starts[id] ?? 0;
    if (!names.startsWith(WORD_PREFIX, start)) continue;
    const bit = filterBit(
      rollingHash(names, start + WORD_PREFIX.length, (starts[id + 1] ?? 0) - 1),
    );
    filter[bit >>> 5] = (filter[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
  filters.set(table, filter);
  return filter;
}

export interface FindKnownSpellingsOptions {
  /** A folded word the model has not seen. */
  word: string;
  /** The model's feature names. */
  table: FeatureTable;
}

/**
 * The known words one typo away from an unknown Latin-script word: a letter dropped, added,
 * replaced, or two neighbours swapped ("refnd", "reffund", "refumd", "rfeund" → "refund"). Every
 * such word, in a fixed order, so that a typo counts as each of its likely meanings; none for a
 * word of another script or too short to guess. The ~50 candidates per letter are never built
 * as strings (a string each cost about a tenth of a message's understanding): a polynomial hash
 * joined from the word's parts tests each against a filter of the known words, and only the few
 * that pass are hashed and compared in the table.
 */
export function findKnownSpellings(options: FindKnownSpellingsOptions): string[] {
  const { word, table } = options;
  const prefix = WORD_PREFIX;
  if (word.length < SHORTEST_WORD || !LATIN_WORD.test(word)) return [];
  const { names, starts, slots } = table;
  const mask = slots.length - 1;
  const filter = wordFilterOf(table);
  const size = word.length;
  // Polynomial hashes of each beginning and each end of the word, and the powers that join them.
  const heads = new Int32Array(size + 1);
  const tails = new Int32Array(size + 1);
  const powers = new Int32Array(size + 1);
  powers[0] = 1;
  for (let at = 0; at < size; at += 1) {
    heads[at + 1] = (Math.imul(heads[at] ?? 0, BASE) + word.charCodeAt(at)) | 0;
    powers[at + 1] = Math.imul(powers[at] ?? 0, BASE);
  }
  for (let from = size - 1; from >= 0; from -= 1)
    tails[from] =
      (Math.imul(word.charCodeAt(from), powers[size - 1 - from] ?? 0) + (tails[from + 1] ?? 0)) | 0;

  const found: string[] = [];
  // The candidate is word.slice(0, at) + middle + word.slice(from).
  const tryCandidate = (at: number, middle: string, from: number) => {
    let rolling = heads[at] ?? 0;
    for (let index = 0; index < middle.length; index += 1)
      rolling = (Math.imul(rolling, BASE) + middle.charCodeAt(index)) | 0;
    rolling = (Math.imul(rolling, powers[size - from] ?? 0) + (tails[from] ?? 0)) | 0;
    const bit = filterBit(rolling);
    if (((filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return;
    const hash = continueHash(
      continueHash(continueHash(WORD_PREFIX_HASH, word, 0, at), middle),
      word,
      from,
      size,
    );
    const length = prefix.length + at + middle.length + word.length - from;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] ?? 0;
      if (entry === 0) return;
      const start = starts[entry - 1] ?? 0;
      if ((starts[entry] ?? 0) - 1 - start !== length) continue;
      const tail = prefix.length + at + middle.length;
      let same = true;
      for (let index = prefix.length; index < length && same; index += 1) {
        const expected =
          index < prefix.length + at
            ? word.charCodeAt(index - prefix.length)
            : index < tail
              ? middle.charCodeAt(index - prefix.length - at)
              : word.charCodeAt(from + index - tail);
        same = names.charCodeAt(start + index) === expected;
      }
      if (!same || !names.startsWith(prefix, start)) continue;
      const candidate = names.slice(start + prefix.length, start + length);
      if (candidate !== word && !found.includes(candidate)) found.push(candidate);
      return;
    }
  };
  for (let at = 0; at <= word.length; at += 1) {
    if (at < word.length) tryCandidate(at, "", at + 1);
    if (at + 1 < word.length) tryCandidate(at, `${word[at + 1] ?? ""}${word[at] ?? ""}`, at + 2);
    for (const letter of LETTERS) {
      tryCandidate(at, letter, at);
      if (at < word.length && letter !== word[at]) tryCandidate(at, letter, at + 1);
    }
  }
  return found;
}
