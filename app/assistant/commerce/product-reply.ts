import { commerceTexts, formatMoney } from "./messages";
import type { ProductFacts } from "./types";

const FACT_KEYS = ["material", "care", "shipping", "sizing"] as const;

/**
 * Facts about one product in the shopper's language: price, which variants are in stock and
 * which are sold out, and the merchant's material / care / shipping / sizing notes.
 */
export function describeProductFacts(options: { facts: ProductFacts; language: string }): string {
  const { facts, language } = options;
  const texts = commerceTexts(language);
  const { card } = facts;
  const lines = [
    `**${card.title}**: ${texts.product.price(formatMoney(card.price.amount, card.price.currencyCode, language))}`,
  ];
  const named = facts.variants.filter((variant) => variant.title !== "Default Title");
  if (named.length === 0) {
    lines.push(card.available ? texts.product.inStock : texts.product.soldOut);
  } else {
    const inStock = named.filter((variant) => variant.available).map((variant) => variant.title);
    const soldOut = named.filter((variant) => !variant.available).map((variant) => variant.title);
    if (inStock.length > 0) lines.push(texts.product.availableIn(inStock.join(", ")));
    if (soldOut.length > 0) lines.push(texts.product.soldOutIn(soldOut.join(", ")));
  }
  for (const key of FACT_KEYS) {
    const value = facts.facts[key];
    if (value) lines.push(texts.product.factLine(texts.product.facts[key], value));
  }
  return lines.join("\n");
}
