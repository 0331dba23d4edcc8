import { isCjkCharacter, normaliseText } from "./normalise-text";

/** A term found in a text: the list it belongs to, and the word the text has for it. */
export interface FoundTerm {
  name: string;
  /** The whole word a Latin stem was found in ("impermeables"), or the CJK term itself. */
  written: string;
}

/**
 * A finder for named lists of terms in the nine languages, matched the way shoppers write: a Latin
 * term (folded, no accents) at the start of a word, so that a stem meets its endings ("impermeab"
 * in "impermeables"); a Chinese or Japanese term anywhere, as those are written without spaces.
 * It returns each list found once, in list order.
 */
export function termFinder(lists: Record<string, string[]>): (text: string) => FoundTerm[] {
  const entries = Object.entries(lists).map(([name, terms]) => ({
    name,
    latin: terms.filter((term) => !isCjkCharacter(term.charAt(0))).map(normaliseText),
    cjk: terms.filter((term) => isCjkCharacter(term.charAt(0))),
  }));
  return (text) => {
    const folded = normaliseText(text);
    const spaced = ` ${folded}`;
    const found: FoundTerm[] = [];
    for (const { name, latin, cjk } of entries) {
      const stem = latin.find((term) => spaced.includes(` ${term}`));
      if (stem !== undefined) {
        const start = spaced.indexOf(` ${stem}`) + 1;
        const end = spaced.indexOf(" ", start + stem.length);
        found.push({ name, written: spaced.slice(start, end < 0 ? undefined : end) });
        continue;
      }
      const term = cjk.find((word) => folded.includes(word));
      if (term !== undefined) found.push({ name, written: term });
    }
    return found;
  };
}
