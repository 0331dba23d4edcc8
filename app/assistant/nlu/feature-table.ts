import { hashText } from "../hash-text";

/**
 * The model's feature names packed into one string and two typed arrays, looked up by an
 * open-addressing hash. A `Map` of ~200,000 names held as many heap objects as names, and every
 * major garbage collection of the app marked them all; these three objects hold the same.
 */
export interface FeatureTable {
  /** Every name, in id order, each followed by "\n" (names are folded text: no line breaks). */
  names: string;
  /** Name `id` is `names.slice(starts[id], starts[id + 1] - 1)`. */
  starts: Int32Array;
  /** Open addressing, linear probing: id + 1 of the name hashed to each slot, 0 for none. */
  slots: Int32Array;
}

const SEPARATOR = "\n";

/** The table of names joined as `FeatureTable.names` (ids follow their order). */
export function featureTableOf(names: string): FeatureTable {
  let count = 0;
  for (let at = names.indexOf(SEPARATOR); at >= 0; at = names.indexOf(SEPARATOR, at + 1))
    count += 1;
  const starts = new Int32Array(count + 1);
  let id = 0;
  for (let at = names.indexOf(SEPARATOR); at >= 0; at = names.indexOf(SEPARATOR, at + 1)) {
    id += 1;
    starts[id] = at + 1;
  }
  // Under half full, so a miss (most of a message's character n-grams) ends after a probe or two.
  let capacity = 1;
  while (capacity < count * 2) capacity *= 2;
  const slots = new Int32Array(capacity);
  const mask = capacity - 1;
  for (let name = 0; name < count; name += 1) {
    const start = starts[name] ?? 0;
    let slot = hashText(names.slice(start, (starts[name + 1] ?? 0) - 1)) & mask;
    while ((slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    slots[slot] = name + 1;
  }
  return { names, starts, slots };
}

/** The table of these names, ids in their order. */
export function packFeatureNames(names: readonly string[]): FeatureTable {
  return featureTableOf(names.map((name) => `${name}${SEPARATOR}`).join(""));
}

/** The id of a feature name, or undefined when the model has not seen it. */
export function featureIdOf(table: FeatureTable, name: string): number | undefined {
  const { names, starts, slots } = table;
  const mask = slots.length - 1;
  for (let slot = hashText(name) & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot] ?? 0;
    if (entry === 0) return undefined;
    const start = starts[entry - 1] ?? 0;
    if ((starts[entry] ?? 0) - 1 - start !== name.length) continue;
    let same = true;
    for (let index = 0; index < name.length && same; index += 1)
      same = names.charCodeAt(start + index) === name.charCodeAt(index);
    if (same) return entry - 1;
  }
}
