import { describe, expect, it } from "vitest";
import { extractFeatures } from "./extract-features";

describe("extractFeatures for Japanese", () => {
  it("weighs n-grams and words written only in hiragana (particles, endings) half as much", () => {
    const { weights } = extractFeatures("求人はありますか", { japanese: true });
    const content = weights.get("h:求人") ?? 0;
    expect(content).toBeGreaterThan(0);
    expect(weights.get("h:あり")).toBeCloseTo(content / 2, 10);
    expect(weights.get("h:ますか")).toBeCloseTo((0.6 * content) / 2, 10);
    // A gram that mixes kanji and hiragana holds a content word: full weight.
    expect(weights.get("h:人は")).toBeCloseTo(content, 10);
  });

  it("keeps full weight for the same characters read as Chinese text", () => {
    const { weights } = extractFeatures("求人はありますか");
    expect(weights.get("h:あり")).toBeCloseTo(weights.get("h:求人") ?? 0, 10);
  });
});

describe("extractFeatures outside the shop", () => {
  it.each([
    ["how do i cancel my netflix subscription", "k:elsewhere"],
    ["京东买的东西怎么退", "k:elsewhere"],
    ["アマゾンに荷物を返品したい", "k:elsewhere"],
    ["are you hiring?", "k:business"],
    ["卸売りはしていますか", "k:business"],
    ["vendez-vous aux revendeurs en gros ? je suis grossiste", "k:business"],
  ])("marks %s with %s", (text, feature) => {
    expect(extractFeatures(text, { japanese: /[ぁ-ん]/.test(text) }).weights.has(feature)).toBe(
      true,
    );
  });

  it.each([
    "do you ship internationally",
    "what's a good gift for my partner",
    "can I pay with PayPal",
    "能用微信支付吗",
  ])("leaves %s, a shop question, unmarked", (text) => {
    const { weights } = extractFeatures(text);
    expect(weights.has("k:elsewhere") || weights.has("k:business")).toBe(false);
  });
});
