/**
 * FNV-1a over a text's UTF-16 code units, as an unsigned 32-bit number: fast, stable across
 * processes and releases, and not for secrets. `seed` replaces the standard offset basis where two
 * independent hashes of the same text are wanted.
 */
export function hashText(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let index = 0; index < text.length; index += 1)
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}
