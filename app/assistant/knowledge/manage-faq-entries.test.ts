import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test/support/database";
import {
  adoptStarterFaq,
  exportFaqEntries,
  importFaqEntries,
  listFaqEntries,
  loadShopKnowledge,
  recordAnswerVote,
  saveFaqEntry,
} from "./index";

const alpha = "alpha.myshopify.com";
const beta = "beta.myshopify.com";

describe("shop knowledge in the database", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.close();
  });

  it("adopts the starter FAQ in one step, only for that shop", async () => {
    expect(await adoptStarterFaq({ prisma: db.prisma, shop: alpha, language: "fr" })).toBe(9);
    expect(await adoptStarterFaq({ prisma: db.prisma, shop: alpha, language: "fr" })).toBe(0);
    expect(await listFaqEntries({ prisma: db.prisma, shop: alpha })).toHaveLength(9);
    expect(await listFaqEntries({ prisma: db.prisma, shop: beta })).toHaveLength(0);
  });

  it("applies a saved entry on the next message", async () => {
    const before = await loadShopKnowledge({ prisma: db.prisma, shop: alpha });
    expect(before.searchFaq({ text: "do you sell gift cards?", language: "en" })).toBeNull();
    await saveFaqEntry({
      prisma: db.prisma,
      shop: alpha,
      entry: { question: "Do you sell gift cards?", answer: "Yes, from $10.", language: "en" },
    });
    const after = await loadShopKnowledge({ prisma: db.prisma, shop: alpha });
    expect(
      after.searchFaq({ text: "do you sell gift cards?", language: "en" })?.score,
    ).toBeGreaterThan(0.8);
    expect((await loadShopKnowledge({ prisma: db.prisma, shop: beta })).entries).toHaveLength(0);
  });

  it("imports nothing from a broken file and everything from a good one, without touching other shops", async () => {
    await saveFaqEntry({
      prisma: db.prisma,
      shop: beta,
      entry: {
        id: "shared-id",
        question: "Beta's question?",
        answer: "Beta's answer.",
        language: "en",
      },
    });
    const broken =
      "id,question,alternatives,answer,language,tags,enabled\nshared-id,Good row?,,Fine.,en,,true\nx,Bad row?,,,en,,true\n";
    expect(
      await importFaqEntries({
        prisma: db.prisma,
        shop: alpha,
        format: "csv",
        content: broken,
        mode: "replace",
      }),
    ).toEqual({ ok: false, errors: [{ line: 3, message: expect.any(String) }] });
    expect(await listFaqEntries({ prisma: db.prisma, shop: alpha })).toHaveLength(0);

    const good =
      "id,question,alternatives,answer,language,tags,enabled\nshared-id,Alpha's question?,,Alpha's answer.,en,,true\n";
    expect(
      await importFaqEntries({
        prisma: db.prisma,
        shop: alpha,
        format: "csv",
        content: good,
        mode: "replace",
      }),
    ).toEqual({ ok: true, imported: 1 });
    expect((await listFaqEntries({ prisma: db.prisma, shop: beta }))[0]?.answer).toBe(
      "Beta's answer.",
    );
    expect(await exportFaqEntries({ prisma: db.prisma, shop: alpha, format: "csv" })).toContain(
      "Alpha's answer.",
    );
  });

  it("lets thumbs up and down change which answer wins for the shop", async () => {
    await saveFaqEntry({
      prisma: db.prisma,
      shop: alpha,
      entry: {
        id: "standard",
        question: "How long does delivery take?",
        answer: "3–5 days.",
        language: "en",
      },
    });
    await saveFaqEntry({
      prisma: db.prisma,
      shop: alpha,
      entry: {
        id: "express",
        question: "How long does express delivery take?",
        answer: "1 day.",
        language: "en",
      },
    });
    const question = "how long does the delivery take with express";
    const before = (await loadShopKnowledge({ prisma: db.prisma, shop: alpha })).searchFaq({
      text: question,
      language: "en",
    });
    expect(before?.entryId).toBe("express");
    for (const messageId of ["m1", "m2", "m3", "m4"]) {
      await recordAnswerVote({
        prisma: db.prisma,
        shop: alpha,
        messageId,
        faqEntryId: "express",
        vote: "down",
      });
      await recordAnswerVote({
        prisma: db.prisma,
        shop: alpha,
        messageId: `${messageId}-up`,
        faqEntryId: "standard",
        vote: "up",
      });
    }
    const after = (await loadShopKnowledge({ prisma: db.prisma, shop: alpha })).searchFaq({
      text: question,
      language: "en",
    });
    expect(after?.entryId).toBe("standard");
  });
});
