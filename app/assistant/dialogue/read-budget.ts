/**
 * What a shopper says about price when asking for suggestions: a most they want to pay ("under
 * $50", "menos de 50 €", "5000円以下", "预算300元") and whether they want something cheaper than
 * what they were shown ("anything cheaper?", "更便宜的").
 */

const AMOUNT = String.raw`(?:[$€£¥￥]|us\$|r\$|usd|eur|gbp)?\s*(\d{1,6}(?:[.,]\d{1,2})?)(?:\s*(万|萬|千))?`;

/** Words before an amount that make it a ceiling, in the nine languages. */
const CEILING_WORDS = [
  "under",
  "below",
  "less than",
  "no more than",
  "not more than",
  "up to",
  "max",
  "maximum",
  "at most",
  "cheaper than",
  "budget of",
  "budget is",
  "my budget",
  "menos de",
  "por debajo de",
  "hasta",
  "máximo",
  "maximo",
  "como mucho",
  "presupuesto de",
  "moins de",
  "en dessous de",
  "jusqu'à",
  "jusqu’à",
  "budget de",
  "unter",
  "weniger als",
  "bis zu",
  "bis",
  "höchstens",
  "maximal",
  "budget von",
  "sotto i",
  "sotto",
  "meno di",
  "fino a",
  "massimo",
  "al massimo",
  "budget di",
  "até",
  "abaixo de",
  "no máximo",
  "orçamento de",
];
const escaped = CEILING_WORDS.map((words) => words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
const BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${escaped.join("|")})\\s*${AMOUNT}`, "giu");
/** "$50 or less", "50 € max", "5000円以下", "300元以内", "预算300". */
const AFTER = new RegExp(
  `${AMOUNT}\\s*(?:€|euros?|dollars?|d[oó]lares|reais|yuan|元|块|塊|円|ドル|美元|日元)?\\s*(?:or less|max|maximum|tops|以下|以内|以內|まで)`,
  "giu",
);
const CJK_BUDGET =
  /(?:预算|預算|予算)\s*(?:是|は|为|為)?\s*[$€¥￥]?\s*(\d{1,6}(?:[.,]\d{1,2})?)(?:\s*(万|萬|千))?/gu;

/**
 * The currency a budget names, by the signs and words around its amount: an ISO code, "$" for a
 * dollar of any country, "¥" for yen or yuan. None named: the shop's own.
 */
const CURRENCIES: [RegExp, string][] = [
  [/r\$|reais/iu, "BRL"],
  [/us\$|usd|美元|美金|ドル|d[oó]lar(?:es)?|dollars?/iu, "USD"],
  [/€|eur\b|euros?/iu, "EUR"],
  [/£|gbp|pounds?|libras?/iu, "GBP"],
  [/円|日元|日圓|\byen\b/iu, "JPY"],
  [/元|块|塊|人民币|人民幣|yuan|rmb|cny/iu, "CNY"],
  [/[¥￥]/u, "¥"],
  [/\$/u, "$"],
];

function currencyNamed(words: string): string | null {
  for (const [pattern, currency] of CURRENCIES) if (pattern.test(words)) return currency;
  return null;
}

/** The most the shopper wants to pay, and the currency they named for it, if any. */
export interface Budget {
  amount: number;
  currency: string | null;
}

/**
 * A measure, not a price: "under 2 kg", "up to 4 people", "hasta 4 personas", "3人用".
 * Checked on what follows the number.
 */
const UNIT_AFTER =
  /^\s*(?:%|°|kg|g|lbs?|oz|l|ml|cm|mm|m|km|in|inch(?:es)?|ft|feet|w|v|mah|gb|tb|people|persons?|personas|personnes|personen|persone|pessoas|days?|d[ií]as|jours?|tage?n?|giorni|hours?|horas?|heures?|stunden|ore|min|minutes?|years?|a[ñn]os|ans|jahre?n?|anni|liters?|litres?|litros?|litri|grad|degrees?|grados?|人|天|公斤|克|升|公分|厘米|毫升|日|時間|キロ|歳|度|個|个|件)(?![\p{L}])/iu;

const CHEAPER =
  /cheaper|less expensive|lower price|más barat|mas barat|menos car|moins cher|günstiger|billiger|preiswerter|più economic|meno car|安い|便宜|平啲|平d/iu;

const MULTIPLIERS: Record<string, number> = { 万: 10_000, 萬: 10_000, 千: 1_000 };

function amountOf(text: string, multiplier: string | undefined): number {
  // "49,90" and "49.90" are both 49.9; a thousands separator is not expected in a budget this size.
  return Number(text.replace(",", ".")) * (multiplier ? (MULTIPLIERS[multiplier] ?? 1) : 1);
}

/** The most the shopper wants to pay ("1万円以下" is 10,000 yen), when the message says so. */
export function readBudget(text: string): Budget | null {
  const normalised = text.normalize("NFKC");
  for (const pattern of [BEFORE, AFTER, CJK_BUDGET]) {
    for (const match of normalised.matchAll(pattern)) {
      const amount = match[1];
      if (!amount) continue;
      const rest = normalised.slice((match.index ?? 0) + match[0].length);
      if (pattern === BEFORE && UNIT_AFTER.test(rest)) continue;
      const value = amountOf(amount, match[2]);
      if (!Number.isFinite(value) || value <= 0) continue;
      // The sign before the amount, or the word right after it ("50 euros", "300元").
      return { amount: value, currency: currencyNamed(`${match[0]} ${rest.slice(0, 8)}`) };
    }
  }
  return null;
}

/** "Anything cheaper?": the shopper wants less expensive suggestions than the last ones. */
export function asksCheaper(text: string): boolean {
  return CHEAPER.test(text.normalize("NFKC"));
}
