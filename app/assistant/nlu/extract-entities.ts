import type { CatalogueName } from "../commerce/types";
import { holdsPhrase, isCjkCharacter, normaliseText } from "./normalise-text";
import type { Entity } from "./types";

/** Words that announce an order number, in every language we read. */
const ORDER_WORDS =
  "order|orders|purchase|pedido|orden|compra|commande|bestellung|auftrag|ordine|acquisto|encomenda|订单号|订单|訂單編號|訂單號碼|訂單|单号|單號|注文番号|注文|ご注文";
/**
 * An order's name: its number, with the prefix or suffix a shop may give its order names
 * ("A1042", "CA-1042", "1042-EU", "SO1042"). Not followed by more of a word or a decimal part
 * ("order 10.50" is a price).
 */
const ORDER_NAME = "((?:[a-z]{1,6}-?)?\\d{3,15}(?:-?[a-z]{1,6})?)(?![a-z\\d-]|[.,]\\d)";
const ORDER_NUMBER = new RegExp(
  `(?:(?:${ORDER_WORDS})\\s*(?:number|no\\.?|nr\\.?|n[°º]|num(?:ero|éro|ber)?|nummer|号|號|番号)?\\s*[:#]?\\s*#?\\s*${ORDER_NAME})|(?:#\\s?${ORDER_NAME})`,
  "giu",
);
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** A run of digits with the separators people type in phone numbers; checked further in code (linear, no backtracking). */
const PHONE = /(?:\+|\()?\d[\d \t().-]{6,22}\d/g;
const BARE_NUMBER =
  /(?<![\d$€£¥.,])\b(\d{4,12})\b(?![\d.,]|\s?(?:€|\$|£|¥|usd|eur|dollars?|euros?|円|元|块|cm|mm|kg|ml|inch|in\b))/giu;

const SIZE_WORDS = "size|taille|talla|tamanho|taglia|größe|grosse|gr\\.|尺码|尺碼|サイズ|号";
const LETTER_SIZE = /(?<![\p{L}\p{N}-])(xxs|xs|s|m|l|xl|xxl|xxxl|2xl|3xl)(?![\p{L}\p{N}-])/giu;
const SIZE_NUMBER = new RegExp(
  `(?:${SIZE_WORDS})\\s*(\\d{1,2}(?:[.,]5)?|xxs|xs|s|m|l|xl|xxl|xxxl)(?![\\d])`,
  "giu",
);
const CJK_SIZE = /(xxs|xs|s|m|l|xl|xxl)\s*(?:码|碼|号|號|サイズ)/giu;
/** "28码", "9サイズ", "24.5サイズ"; not 号, which also follows the day of the month ("28号"). */
const CJK_NUMBER_SIZE = /(?<![\d.])(\d{1,2}(?:\.5)?)\s*(?:码|碼|サイズ)/gu;
/** Shoe and clothing sizes by sizing system, upper case only ("EU 42", "UK 8"; not "send us 10"). */
const SYSTEM_SIZE = /(?<![\p{L}\p{N}])(?:EU|US|UK|FR|IT)\s?(\d{1,2}(?:[.,]5)?)(?![\d.,])/gu;
/** Words that say a long run of digits is a phone number ("我的手机13812345678"). */
const PHONE_WORDS =
  /phone|\btel\b|call|mobile|\bcell|whats ?app|t[ée]l[ée]phone|portable|tel[ée]fono|celular|m[óo]vil|handy|telefon|telem[óo]vel|手机|手機|电话|電話|携帯|ケータイ/iu;

/** Colour words per language → one English name the catalogue's variant options can be matched on. */
const COLOURS: Record<string, string[]> = {
  black: [
    "black",
    "negro",
    "negra",
    "noir",
    "noire",
    "schwarz",
    "nero",
    "nera",
    "preto",
    "preta",
    "黑色",
    "黑",
    "黒",
    "ブラック",
  ],
  white: [
    "white",
    "blanco",
    "blanca",
    "blanc",
    "blanche",
    "weiß",
    "weiss",
    "bianco",
    "bianca",
    "branco",
    "branca",
    "白色",
    "白",
    "ホワイト",
  ],
  red: [
    "red",
    "rojo",
    "roja",
    "rouge",
    "rot",
    "rosso",
    "rossa",
    "vermelho",
    "vermelha",
    "红色",
    "紅色",
    "赤",
    "レッド",
  ],
  blue: ["blue", "azul", "bleu", "bleue", "blau", "blu", "蓝色", "藍色", "青", "ブルー"],
  green: ["green", "verde", "vert", "verte", "grün", "grun", "绿色", "綠色", "緑", "グリーン"],
  yellow: ["yellow", "amarillo", "jaune", "gelb", "giallo", "amarelo", "黄色", "黃色", "イエロー"],
  pink: ["pink", "rosa", "rose", "粉色", "粉紅色", "ピンク"],
  grey: ["grey", "gray", "gris", "grau", "grigio", "cinza", "灰色", "グレー"],
  brown: [
    "brown",
    "marrón",
    "marron",
    "braun",
    "marrone",
    "castanho",
    "棕色",
    "咖啡色",
    "茶色",
    "ブラウン",
  ],
  purple: ["purple", "morado", "violet", "violett", "lila", "viola", "roxo", "紫色", "パープル"],
  orange: ["orange", "naranja", "arancione", "laranja", "橙色", "オレンジ"],
  beige: ["beige", "米色", "ベージュ"],
  navy: ["navy", "marino", "marine", "藏青色", "ネイビー"],
};
const COLOUR_LOOKUP = new Map<string, string>();
for (const [value, words] of Object.entries(COLOURS))
  for (const word of words) COLOUR_LOOKUP.set(normaliseText(word), value);
const LATIN_COLOURS = [...COLOUR_LOOKUP].filter(([word]) => /\p{Script=Latin}/u.test(word));
const CJK_COLOURS = [...COLOUR_LOOKUP].filter(([word]) => !/\p{Script=Latin}/u.test(word));

/** The word of `text` as the shopper typed it ("Bleu", "GRÜN") whose folded form is `folded`. */
function writtenWord(text: string, folded: string): string {
  for (const match of text.matchAll(/[\p{L}\p{M}]+/gu))
    if (normaliseText(match[0]) === folded) return match[0];
  return folded;
}

/** Full-width ASCII ("１０４２", "＃", "：") and the ideographic space as their narrow forms, one for one. */
function narrowed(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (character) =>
    character === "\u3000" ? " " : String.fromCharCode(character.charCodeAt(0) - 0xfee0),
  );
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, "");
}

interface PreparedProduct {
  product: CatalogueName;
  title: string;
  handleWords: string;
  handle: string;
  titleWords: string[];
}

interface PreparedCatalogue {
  products: PreparedProduct[];
  /** Folded words (and upper-case SKUs) → the products that can match a message holding them. */
  byWord: Map<string, number[]>;
  /** Products a message can match without sharing a word with them (no usable title or handle). */
  always: number[];
}

/** Catalogues are reused across messages, so their folded titles and word index are computed once per list. */
const preparedCatalogues = new WeakMap<CatalogueName[], PreparedCatalogue>();
function prepareCatalogue(catalogue: CatalogueName[]): PreparedCatalogue {
  let prepared = preparedCatalogues.get(catalogue);
  if (prepared) return prepared;
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  const index = (key: string, productIndex: number) => {
    const list = byWord.get(key) ?? [];
    if (list[list.length - 1] !== productIndex) list.push(productIndex);
    byWord.set(key, list);
  };
  const products = catalogue.map((product, productIndex) => {
    const title = normaliseText(product.title);
    const handleWords = product.handle.toLowerCase().replace(/-/g, " ");
    const handle = product.handle.toLowerCase();
    const titleWords = title.split(" ").filter((word) => word.length > 2);
    // A whole title or handle inside the message brings all its words along; a partial title
    // brings one of its longer words, singular or plural.
    if (!handleWords.trim() || !handle) always.push(productIndex);
    for (const word of [...title.split(" "), ...handleWords.split(" "), handle])
      if (word) index(`w:${word}`, productIndex);
    // Chinese and Japanese titles sit inside unspaced text: their first two characters find them.
    if (isCjkCharacter(title.charAt(0)) && title.length >= 2)
      index(`h:${title.slice(0, 2)}`, productIndex);
    for (const word of titleWords) {
      index(`w:${word}s`, productIndex);
      if (word.endsWith("s")) index(`w:${word.slice(0, -1)}`, productIndex);
    }
    for (const sku of product.skus)
      if (sku.length >= 3) index(`s:${sku.toUpperCase()}`, productIndex);
    return { product, title, handleWords, handle, titleWords };
  });
  prepared = { products, byWord, always };
  preparedCatalogues.set(catalogue, prepared);
  return prepared;
}

function catalogueEntities(text: string, folded: string, catalogue: CatalogueName[]): Entity[] {
  const words = new Set(folded.split(" "));
  const spaced = ` ${folded} `;
  const rawTokens = new Set(text.toUpperCase().split(/[^\p{L}\p{N}_-]+/u));
  const { products, byWord, always } = prepareCatalogue(catalogue);
  const candidates = new Set(always);
  for (const word of words)
    for (const productIndex of byWord.get(`w:${word}`) ?? []) candidates.add(productIndex);
  for (const token of rawTokens)
    for (const productIndex of byWord.get(`s:${token}`) ?? []) candidates.add(productIndex);
  for (let start = 0; start + 1 < folded.length; start += 1)
    if (isCjkCharacter(folded.charAt(start)))
      for (const productIndex of byWord.get(`h:${folded.slice(start, start + 2)}`) ?? [])
        candidates.add(productIndex);
  const found: Entity[] = [];
  for (const productIndex of [...candidates].sort((left, right) => left - right)) {
    const prepared = products[productIndex];
    if (!prepared) continue;
    const { product, title, handleWords, handle, titleWords } = prepared;
    if (
      (title.length >= 3 && spaced.includes(` ${title} `)) ||
      (isCjkCharacter(title.charAt(0)) && title.length >= 2 && holdsPhrase(folded, title)) ||
      spaced.includes(` ${handleWords} `) ||
      spaced.includes(` ${handle} `)
    ) {
      found.push({
        type: "product",
        value: product.handle,
        text: product.title,
        title: product.title,
      });
      continue;
    }
    // Most of a multi-word title is enough ("the merino sweater" for "Merino Wool Sweater").
    if (titleWords.length >= 2) {
      const present = titleWords.filter(
        (word) =>
          words.has(word) ||
          words.has(`${word}s`) ||
          (word.endsWith("s") && words.has(word.slice(0, -1))),
      );
      if (present.length / titleWords.length >= 0.66)
        found.push({
          type: "product",
          value: product.handle,
          text: present.join(" "),
          title: product.title,
        });
    }
    for (const sku of product.skus) {
      if (sku.length >= 3 && rawTokens.has(sku.toUpperCase()))
        found.push({ type: "sku", value: sku, text: sku, handle: product.handle });
    }
  }
  return found;
}

/**
 * Order numbers (#1042, "order 1042", 订单号 1042, a bare 4+ digit number) and names with a shop's
 * prefix or suffix after an order word or "#" ("#CA-1042", "order 1042-EU"), emails, phone numbers,
 * catalogue products and SKUs, sizes and colours. Numbers that are prices or measures are not orders.
 */
export function extractEntities(options: {
  text: string;
  catalogue?: CatalogueName[];
  /** `normaliseText(text)`, when the caller has it already. */
  folded?: string;
}): Entity[] {
  // Patterns read full-width digits and signs as ASCII ("订单１０４２", "＃1042"); one code unit for
  // one, so a match's position also points at what the shopper wrote, which `quoted` returns.
  const written = options.text;
  const text = narrowed(written);
  const quoted = (match: RegExpMatchArray) =>
    written.slice(match.index, (match.index ?? 0) + match[0].length).trim();
  const entities: Entity[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) =>
    taken.some(([from, to]) => start < to && end > from);

  for (const match of text.matchAll(EMAIL)) {
    entities.push({ type: "email", value: match[0].toLowerCase(), text: quoted(match) });
    taken.push([match.index, match.index + match[0].length]);
  }
  for (const match of text.matchAll(ORDER_NUMBER)) {
    const name = match[1] ?? match[2];
    if (!name || overlaps(match.index, match.index + match[0].length)) continue;
    entities.push({ type: "order_number", value: name.toUpperCase(), text: quoted(match) });
    taken.push([match.index, match.index + match[0].length]);
  }
  const saysPhone = PHONE_WORDS.test(text);
  for (const match of text.matchAll(PHONE)) {
    const digits = digitsOf(match[0]);
    if (
      digits.length < 8 ||
      digits.length > 15 ||
      overlaps(match.index, match.index + match[0].length)
    )
      continue;
    if (/\d{5,}[ .-]\d{5,}/.test(match[0])) continue;
    // A long run without separators or "+" is more likely an order or tracking number than a
    // phone, unless the shopper says it is one.
    if (!/[\s.+()-]/.test(match[0].trim()) && !match[0].startsWith("+") && !saysPhone) continue;
    entities.push({
      type: "phone",
      value: match[0].trim().startsWith("+") ? `+${digits}` : digits,
      text: quoted(match),
    });
    taken.push([match.index, match.index + match[0].length]);
  }
  if (!entities.some((entity) => entity.type === "order_number")) {
    for (const match of text.matchAll(BARE_NUMBER)) {
      const number = match[1];
      if (!number || overlaps(match.index, match.index + match[0].length)) continue;
      if (
        /^(19|20)\d\d$/.test(number) &&
        /\b(in|since|from|en|em|im|年)\s*$/iu.test(text.slice(0, match.index))
      )
        continue;
      entities.push({ type: "order_number", value: number, text: quoted(match) });
      taken.push([match.index, match.index + match[0].length]);
      break;
    }
  }

  // Each value once, with the words the shopper wrote for it first.
  const sizes = new Map<string, string>();
  const addSize = (value: string, words: string) => {
    if (!sizes.has(value)) sizes.set(value, words);
  };
  for (const match of text.matchAll(SIZE_NUMBER))
    if (match[1]) addSize(match[1].toUpperCase().replace(",", "."), quoted(match));
  for (const match of text.matchAll(CJK_SIZE))
    if (match[1]) addSize(match[1].toUpperCase(), quoted(match));
  for (const match of text.matchAll(CJK_NUMBER_SIZE))
    if (match[1]) addSize(match[1], quoted(match));
  for (const match of text.matchAll(SYSTEM_SIZE))
    if (match[1]) addSize(match[1].replace(",", "."), quoted(match));
  for (const match of text.matchAll(LETTER_SIZE)) {
    const value = match[1] ?? "";
    // Lone "s", "m" and "l" are sizes only in upper case ("in M"), not the "s" of "it's".
    if (value.length === 1 && value !== value.toUpperCase()) continue;
    addSize(value.toUpperCase(), quoted(match));
  }
  for (const [value, words] of sizes) entities.push({ type: "size", value, text: words });

  const folded = options.folded ?? normaliseText(text);
  const foldedWords = new Set(folded.split(" "));
  const colours = new Map<string, string>();
  for (const [word, value] of LATIN_COLOURS)
    if (foldedWords.has(word) && !colours.has(value))
      colours.set(value, writtenWord(written, word));
  for (const [word, value] of CJK_COLOURS)
    if (folded.includes(word) && !colours.has(value)) colours.set(value, word);
  for (const [value, words] of colours) entities.push({ type: "colour", value, text: words });

  if (options.catalogue?.length)
    entities.push(...catalogueEntities(text, folded, options.catalogue));
  return entities;
}
