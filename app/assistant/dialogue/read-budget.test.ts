import { describe, expect, it } from "vitest";
import { asksCheaper, readBudget } from "./read-budget";

describe("readBudget", () => {
  it.each([
    ["a backpack under $50", 50, "$"],
    ["something for my dad, no more than 80 euros", 80, "EUR"],
    ["$60 or less please", 60, "$"],
    ["una mochila por menos de 50 €", 50, "EUR"],
    ["hasta 49,90", 49.9, null],
    ["une veste à moins de 100 €", 100, "EUR"],
    ["eine Jacke unter 120 Euro", 120, "EUR"],
    ["uno zaino sotto i 40 euro", 40, "EUR"],
    ["até R$ 200", 200, "BRL"],
    ["5000円以下のおすすめ", 5000, "JPY"],
    ["1万円以下のリュック", 10000, "JPY"],
    ["300元以内的背包", 300, "CNY"],
    ["预算300", 300, null],
    ["under 40 USD", 40, "USD"],
  ])("reads %s as at most %d, in %s", (text, amount, currency) => {
    expect(readBudget(text)).toEqual({ amount, currency });
  });

  it.each([
    "a tent for up to 4 people",
    "a backpack under 2 kg",
    "una tienda para hasta 4 personas",
    "3人用のテント",
    "something that arrives in 3 days",
    "recommend a jacket",
  ])("finds no budget in %s", (text) => {
    expect(readBudget(text)).toBeNull();
  });
});

describe("asksCheaper", () => {
  it.each([
    "anything cheaper?",
    "algo más barato",
    "moins cher ?",
    "etwas Günstigeres?",
    "有更便宜的吗",
  ])("hears %s", (text) => expect(asksCheaper(text)).toBe(true));

  it("does not hear it in an ordinary request", () => {
    expect(asksCheaper("can you recommend a backpack?")).toBe(false);
  });
});
