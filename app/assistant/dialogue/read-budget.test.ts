import { describe, expect, it } from "vitest";
import { asksCheaper, readBudget } from "./read-budget";

describe("readBudget", () => {
  it.each([
    ["a backpack under $50", 50],
    ["something for my dad, no more than 80 euros", 80],
    ["$60 or less please", 60],
    ["una mochila por menos de 50 €", 50],
    ["hasta 49,90", 49.9],
    ["une veste à moins de 100 €", 100],
    ["eine Jacke unter 120 Euro", 120],
    ["uno zaino sotto i 40 euro", 40],
    ["até R$ 200", 200],
    ["5000円以下のおすすめ", 5000],
    ["300元以内的背包", 300],
    ["预算300", 300],
  ])("reads %s as at most %d", (text, amount) => {
    expect(readBudget(text)).toBe(amount);
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
