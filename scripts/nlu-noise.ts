/**
 * Noise for measuring robustness in `npm run nlu:cv -- --noised`: each held-back phrase is also
 * classified the way a hurried or angry shopper might have typed it (a typo, all caps, a greeting
 * and a bit of story before the request, anger or swearing around it). Deterministic: the digest
 * of the text picks what happens. The wrappers here are kept apart from any wrappers training
 * adds, so the measure is of phrasing the model has not seen.
 */
import { createHash } from "node:crypto";
import type { Intent, Language } from "../app/assistant/nlu/types";

interface Wrappers {
  before: string[];
  after: string[];
}

const WRAPPERS: Record<Language, Wrappers> = {
  en: {
    before: [
      "hi there, hope you're doing well. ",
      "hello, i've shopped with you for years and ",
      "good morning! so i was on your site last night and ",
      "ok this is really pissing me off. ",
      "wtf ",
      "i'm losing my patience here, ",
    ],
    after: [" asap", " thanks in advance!", " i'm fed up", " ffs", " cheers"],
  },
  es: {
    before: [
      "hola buenas, espero que estén bien. ",
      "buenas tardes, soy cliente desde hace tiempo y ",
      "a ver, ",
      "estoy hasta las narices, ",
      "joder ",
    ],
    after: [" gracias de antemano", " urgente", " ya estoy harto", " porfa"],
  },
  fr: {
    before: [
      "bonjour, j'espère que vous allez bien. ",
      "bonsoir, je suis cliente depuis longtemps et ",
      "bon, ",
      "j'en ai marre, ",
      "putain ",
    ],
    after: [" merci d'avance", " c'est urgent", " ras le bol", " svp"],
  },
  de: {
    before: [
      "hallo zusammen, ich hoffe es geht euch gut. ",
      "guten tag, ich kaufe schon lange bei euch und ",
      "also, ",
      "ich bin echt genervt, ",
      "verdammt ",
    ],
    after: [" danke im voraus", " dringend", " so ein mist", " bitte"],
  },
  it: {
    before: [
      "ciao, spero stiate bene. ",
      "buonasera, sono cliente da anni e ",
      "allora, ",
      "sono davvero stufo, ",
      "cavolo ",
    ],
    after: [" grazie in anticipo", " è urgente", " che schifo", " per favore"],
  },
  pt: {
    before: [
      "oi, tudo bem? ",
      "boa tarde, sou cliente há anos e ",
      "então, ",
      "tô muito irritado, ",
      "droga ",
    ],
    after: [" desde já agradeço", " é urgente", " que saco", " por favor"],
  },
  ja: {
    before: [
      "こんにちは、いつもお世話になっております。",
      "すみません、以前から利用しているのですが、",
      "あの、",
      "本当にイライラしてるんですけど、",
    ],
    after: ["。よろしくお願いします", "。至急お願いします", "。もう最悪", "！！"],
  },
  "zh-Hans": {
    before: ["你好，打扰一下，", "您好，我是老顾客了，", "那个，", "真是气死我了，", "靠，"],
    after: ["，谢谢", "，急！", "，烦死了", "，麻烦了"],
  },
  "zh-Hant": {
    before: ["你好，打擾一下，", "您好，我是老客人了，", "那個，", "真的氣死我了，", "靠，"],
    after: ["，謝謝", "，很急！", "，煩死了", "，麻煩了"],
  },
};

const LATIN = new Set<Language>(["en", "es", "fr", "de", "it", "pt"]);
/** Messages that are themselves a greeting or a goodbye keep their shape: a wrapper would change what they are. */
const UNWRAPPED = new Set<Intent>(["greeting", "thanks_goodbye"]);
const NEIGHBOURS: Record<string, string> = {
  a: "s",
  e: "r",
  i: "o",
  o: "p",
  u: "y",
  s: "d",
  n: "m",
  r: "t",
  t: "y",
  l: "k",
  c: "v",
  d: "f",
  m: "n",
  p: "o",
};

function digestOf(text: string): number[] {
  return [...createHash("sha1").update(text).digest()];
}

/** One typo in a word of four or more letters: a letter dropped, doubled, swapped or a neighbouring key. */
function withTypo(text: string, roll: number[]): string {
  const words = text.split(" ");
  const candidates = words.flatMap((word, index) =>
    [...word].length >= 4 && /^\p{L}+$/u.test(word) ? [index] : [],
  );
  if (candidates.length === 0) return text;
  const index = candidates[(roll[1] ?? 0) % candidates.length] ?? 0;
  const letters = [...(words[index] ?? "")];
  const at = 1 + ((roll[2] ?? 0) % (letters.length - 2));
  const letter = letters[at] ?? "";
  switch ((roll[3] ?? 0) % 4) {
    case 0:
      letters.splice(at, 1);
      break;
    case 1:
      letters.splice(at, 0, letter);
      break;
    case 2:
      letters.splice(at, 2, letters[at + 1] ?? "", letter);
      break;
    default:
      letters[at] = NEIGHBOURS[letter.toLowerCase()] ?? letter;
  }
  words[index] = letters.join("");
  return words.join(" ");
}

/** The phrase as a hurried, chatty or angry shopper might type it. */
export function noisedPhrase(text: string, language: Language, intent: Intent): string {
  const roll = digestOf(`${language}\u0000${text}`);
  let noised = LATIN.has(language) && (roll[0] ?? 0) % 10 < 7 ? withTypo(text, roll) : text;
  if (LATIN.has(language) && (roll[4] ?? 0) % 4 === 0) noised = noised.replace(/[.?!¿¡,]/g, "");
  if (!UNWRAPPED.has(intent)) {
    const { before, after } = WRAPPERS[language];
    const shape = (roll[5] ?? 0) % 6;
    if (shape < 3) noised = `${before[(roll[6] ?? 0) % before.length] ?? ""}${noised}`;
    if (shape >= 2 && shape < 5) noised = `${noised}${after[(roll[7] ?? 0) % after.length] ?? ""}`;
  }
  if (LATIN.has(language) && (roll[8] ?? 0) % 5 === 0) noised = noised.toUpperCase();
  return noised;
}
