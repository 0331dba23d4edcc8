/**
 * Folds a shopper's message to the form every model sees: full-width to half-width (NFKC),
 * lower case, Latin accents dropped, emoji and punctuation turned into spaces, English-style
 * contractions joined ("don't" → "dont", as people also type it) and elisions split ("l'adresse").
 */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .replace(/\b(\p{L})['’]/gu, "$1 ")
    .replace(/['’]/g, "")
    .replace(/\p{Extended_Pictographic}/gu, " ")
    .replace(/[\p{P}\p{S}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u;

/** True for characters written without spaces between words (Chinese, Japanese). */
export function isCjkCharacter(character: string): boolean {
  return HAN.test(character) || KANA.test(character);
}

/**
 * Whether folded text holds a folded phrase: as whole words where words are spaced, anywhere in
 * Chinese and Japanese, which are written without spaces ("羊毛帽子有货吗" holds "羊毛帽子").
 */
export function holdsPhrase(folded: string, phrase: string): boolean {
  if (!phrase) return false;
  return isCjkCharacter(phrase.charAt(0)) || isCjkCharacter(phrase.charAt(phrase.length - 1))
    ? folded.includes(phrase)
    : ` ${folded} `.includes(` ${phrase} `);
}

export function hasKana(text: string): boolean {
  return KANA.test(text);
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}
