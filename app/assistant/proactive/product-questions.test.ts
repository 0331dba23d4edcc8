import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test/support/database";
import { adoptStarterFaq } from "../knowledge";
import { recordProductQuestion } from "./record-product-question";
import { suggestProductQuestions } from "./suggest-product-questions";

const ALPHA = "alpha.myshopify.com";
const BETA = "beta.myshopify.com";

describe("the FAQ entries most asked about a product", () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase();
    for (const shop of [ALPHA, BETA])
      for (const language of ["en", "zh-Hans"] as const)
        await adoptStarterFaq({ prisma: database.prisma, shop, language });
  });
  afterEach(() => database.close());

  const suggest = (shop: string, language = "en") =>
    suggestProductQuestions({
      prisma: database.prisma,
      shop,
      productHandle: "trail-jacket",
      language,
    });

  const ask = async (shop: string, productHandle: string, faqEntryId: string, times: number) => {
    for (let turn = 0; turn < times; turn++)
      await recordProductQuestion({ prisma: database.prisma, shop, productHandle, faqEntryId });
  };

  it("are the two that answered most questions on that product's page", async () => {
    await ask(ALPHA, "trail-jacket", "starter-en-sizing", 3);
    await ask(ALPHA, "trail-jacket", "starter-en-return-policy", 2);
    await ask(ALPHA, "trail-jacket", "starter-en-shipping-time", 1);
    await ask(ALPHA, "camp-stove", "starter-en-shipping-time", 9);

    const suggested = await suggest(ALPHA);
    expect(suggested).toEqual([
      { faqEntryId: "starter-en-sizing", question: "How do your sizes fit?" },
      { faqEntryId: "starter-en-return-policy", question: "What is your return policy?" },
    ]);
  });

  it("come in the shopper's language, counted across languages by topic", async () => {
    await ask(ALPHA, "trail-jacket", "starter-en-sizing", 3);
    const [first] = await suggest(ALPHA, "zh-Hans");
    expect(first?.faqEntryId).toBe("starter-zh-Hans-sizing");
  });

  it("never count another shop's questions, and keep nothing about who asked", async () => {
    await ask(BETA, "trail-jacket", "starter-en-sizing", 5);
    expect(await suggest(ALPHA)).toEqual([]);
    const rows = await database.prisma.productQuestionCount.findMany();
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
      ["count", "faqEntryId", "lastAskedAt", "productHandle", "shop"].sort(),
    );
  });

  it("fall back to entries the merchant tagged with the product when nobody asked yet", async () => {
    await database.prisma.faqEntry.create({
      data: {
        shop: ALPHA,
        id: "jacket-waterproof",
        question: "Is the trail jacket waterproof?",
        answer: "Yes, 10,000 mm.",
        language: "en",
        tags: JSON.stringify(["trail-jacket"]),
      },
    });
    expect(await suggest(ALPHA)).toEqual([
      { faqEntryId: "jacket-waterproof", question: "Is the trail jacket waterproof?" },
    ]);
  });

  it("skip entries the merchant switched off", async () => {
    await ask(ALPHA, "trail-jacket", "starter-en-sizing", 3);
    await database.prisma.faqEntry.update({
      where: { shop_id: { shop: ALPHA, id: "starter-en-sizing" } },
      data: { enabled: false },
    });
    expect(await suggest(ALPHA)).toEqual([]);
  });
});
