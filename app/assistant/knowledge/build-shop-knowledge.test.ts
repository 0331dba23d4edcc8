import { describe, expect, it } from "vitest";
import type { FaqEntry } from "./faq-entry";
import { buildShopKnowledge } from "./build-shop-knowledge";

function faqEntry(id: string, question: string, language: FaqEntry["language"] = "en"): FaqEntry {
  return {
    id,
    question,
    alternatives: [],
    answer: "An answer.",
    language,
    tags: [],
    enabled: true,
  };
}

describe("buildShopKnowledge", () => {
  it("tells apart entries of one intent by the concept the message names", () => {
    // Both entries are shipping questions sharing the same words; only "fees" (cost) and
    // "days" (duration) say which one is meant.
    const knowledge = buildShopKnowledge([
      faqEntry("time", "How long does delivery take?"),
      faqEntry("cost", "How much does delivery cost?"),
    ]);
    expect(knowledge.searchFaq({ text: "delivery fees", language: "en" })?.entryId).toBe("cost");
    expect(knowledge.searchFaq({ text: "delivery days", language: "en" })?.entryId).toBe("time");
  });

  it("matches only entries in the message's language when the shop has that language", () => {
    const knowledge = buildShopKnowledge([
      faqEntry("en-cost", "How much does shipping cost?"),
      faqEntry("fr-cost", "Combien coûtent les frais de port ?", "fr"),
    ]);
    expect(knowledge.searchFaq({ text: "frais de port", language: "fr" })?.entryId).toBe("fr-cost");
  });

  it("scores a message the same however many searches came before it", () => {
    const knowledge = buildShopKnowledge([
      faqEntry("time", "How long does delivery take?"),
      faqEntry("cost", "How much does delivery cost?"),
      faqEntry("returns", "How do I return an item?"),
    ]);
    const first = knowledge.searchFaq({ text: "delivery fees", language: "en" });
    knowledge.searchFaq({ text: "how long for delivery", language: "en" });
    knowledge.searchFaq({ text: "return my delivery", language: "en" });
    expect(knowledge.searchFaq({ text: "delivery fees", language: "en" })).toEqual(first);
  });

  it("ranks entries with the same score in the order the shop wrote them", () => {
    const knowledge = buildShopKnowledge([
      faqEntry("first", "Do you gift wrap?"),
      faqEntry("second", "Do you gift wrap?"),
    ]);
    const match = knowledge.searchFaq({ text: "gift wrap", language: "en" });
    expect(match?.entryId).toBe("first");
    expect(match?.runnersUp.map((runner) => runner.entryId)).toEqual(["second"]);
  });
});
