const FNV_PRIME = 0x01000193;

/**
 * FNV-1a over a text's UTF-16 code units, as an unsigned 32-bit number: fast, stable across
 * processes and releases, and not for secrets. `seed` replaces the standard offset basis where two
 * independent hashes of the same text are wanted.
 */
export function hashText(text: string, seed = 0x811c9dc5): number {
  return continueHash(seed, text);
}

/**
 * `hash` (a hashText) continued over text[from, to): the hash of the two texts joined, without
 * joining them — `continueHash(hashText(a), b)` is `hashText(a + b)`.
 */
export function continueHash(hash: number, text: string, from = 0, to = text.length): number {
  let next = hash;
  for (let index = from; index < to; index += 1)
    next = Math.imul(next ^ text.charCodeAt(index), FNV_PRIME);
  return next >>> 0;
}
