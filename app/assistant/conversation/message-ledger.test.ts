import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createTestDatabase, DATABASE_PROVIDERS } from "../../../test/support/database";
import { freshDatabaseForEachTest } from "../../../test/support/fresh-database";
import { readSqliteDataVersion } from "../../platform/database";
import { conversationContext } from "../encryption";
import { aCipherBox } from "../encryption/test-factories";
import { Problem } from "../errors";
import { recordProductQuestion } from "../proactive";
import { listMessages, postShopperMessage, startConversation } from "./index";
import { newMessageId } from "./message";
import {
  appendLedgerMessages,
  findLedgerConversation,
  listLedgerMessages,
  type NewMessage,
} from "./message-ledger";
import { aReply, aShopper } from "./test-factories";
import type { Responder } from "./types";

const box = aCipherBox("k1");

function aMessage(overrides: Partial<NewMessage> = {}): NewMessage {
  return {
    id: newMessageId(),
    role: "shopper",
    body: "sealed-elsewhere",
    createdAt: new Date("2026-03-04T05:06:07.089Z"),
    ...overrides,
  };
}

const answering: Responder = async (turn) => ({
  reply: aReply({
    text: `About ${turn.text}: 2 days.`,
    language: "de",
    quickReplies: ["Track my order"],
  }),
  state: { turns: 1 },
  understanding: {
    language: "en",
    intent: "shipping_info",
    confidence: 0.875,
    sentiment: "neutral",
    faqEntryId: "faq_1",
  },
  answered: false,
});

describe.each(DATABASE_PROVIDERS)("message ledger on %s", (provider) => {
  const db = freshDatabaseForEachTest(provider);

  async function aConversation(shopper = aShopper()) {
    return startConversation({ prisma: db.prisma, box, shopper, locale: "en" });
  }

  it("stores a turn that reads back through Prisma exactly as Prisma would have written it", async () => {
    const shopper = aShopper();
    const conversation = await aConversation(shopper);
    const before = new Date();
    const turn = await postShopperMessage({
      prisma: db.prisma,
      box,
      shopper,
      conversationId: conversation.id,
      text: "shipping to Berlin?",
      locale: "en",
      page: {},
      respond: answering,
    });

    const rows = await db.prisma.message.findMany({
      where: { shop: shopper.shop, conversationId: conversation.id },
      orderBy: { seq: "asc" },
    });
    expect(rows.map((row) => [row.role, row.intent, row.confidence, row.language])).toEqual([
      ["shopper", "shipping_info", 0.875, "en"],
      ["assistant", "shipping_info", 0.875, "de"],
    ]);
    expect(rows.map((row) => row.answered)).toEqual([null, false]);
    expect(rows[1]).toMatchObject({
      faqEntryId: "faq_1",
      sentiment: "neutral",
      quickReplies: JSON.stringify(["Track my order"]),
      authorName: null,
      vote: null,
    });
    expect(rows.map((row) => row.createdAt.toISOString())).toEqual(
      turn.messages.map((message) => message.createdAt),
    );
    expect(rows[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1);
    expect(turn.cursor).toBe(String(rows[1]!.seq));

    const stored = await db.prisma.conversation.findUniqueOrThrow({
      where: { id: conversation.id },
    });
    expect(stored.language).toBe("de");
    expect(stored.lastMessageAt.toISOString()).toBe(turn.messages[1]!.createdAt);
    expect(stored.updatedAt.getTime()).toBeGreaterThanOrEqual(stored.createdAt.getTime());
    expect(stored.dialogueState).not.toContain("turns");

    // What Prisma wrote (the agent's reply) and what the ledger wrote read back the same way.
    await db.prisma.message.create({
      data: {
        id: newMessageId(),
        shop: shopper.shop,
        conversationId: conversation.id,
        role: "agent",
        body: box.seal("Hi, Anna here", {
          context: conversationContext({ shop: shopper.shop, conversationId: conversation.id }),
        }),
        authorName: "Anna",
      },
    });
    const prismaRows = await db.prisma.message.findMany({
      where: { shop: shopper.shop, conversationId: conversation.id },
      orderBy: { seq: "asc" },
      select: {
        seq: true,
        id: true,
        shop: true,
        conversationId: true,
        role: true,
        body: true,
        cards: true,
        quickReplies: true,
        authorName: true,
        createdAt: true,
      },
    });
    const ledgerRows = await listLedgerMessages({
      prisma: db.prisma,
      shop: shopper.shop,
      conversationId: conversation.id,
      after: 0,
      limit: 100,
    });
    expect(ledgerRows).toEqual(prismaRows);
  });

  it("keeps every read and write inside the shop and the visitor", async () => {
    const shopper = aShopper();
    const conversation = await aConversation(shopper);
    const ledger = { prisma: db.prisma, conversationId: conversation.id };

    expect(
      await findLedgerConversation({ ...ledger, shop: shopper.shop, visitorId: shopper.visitorId }),
    ).toMatchObject({ id: conversation.id, status: "open", customerId: null });
    expect(
      await findLedgerConversation({
        ...ledger,
        shop: "beta.myshopify.com",
        visitorId: shopper.visitorId,
      }),
    ).toBeNull();
    expect(
      await findLedgerConversation({
        ...ledger,
        shop: shopper.shop,
        visitorId: "visitor-someone-else",
      }),
    ).toBeNull();

    await expect(
      appendLedgerMessages({ ...ledger, shop: "beta.myshopify.com", messages: [aMessage()] }),
    ).rejects.toBeInstanceOf(Problem);
    await appendLedgerMessages({ ...ledger, shop: shopper.shop, messages: [aMessage()] });
    expect(
      await listLedgerMessages({ ...ledger, shop: "beta.myshopify.com", after: 0, limit: 10 }),
    ).toEqual([]);
    expect(await db.prisma.message.count({ where: { conversationId: conversation.id } })).toBe(1);
  });

  it("writes nothing when the conversation is gone", async () => {
    const shopper = aShopper();
    const conversation = await aConversation(shopper);
    await db.prisma.conversation.delete({ where: { id: conversation.id } });

    await expect(
      appendLedgerMessages({
        prisma: db.prisma,
        shop: shopper.shop,
        conversationId: conversation.id,
        messages: [aMessage(), aMessage({ role: "assistant" })],
        answer: { dialogueState: "sealed", language: "en" },
      }),
    ).rejects.toThrow("This conversation does not exist.");
    expect(await db.prisma.message.count()).toBe(0);
  });

  it("commits concurrent turns on their own: one that fails midway leaves nothing behind", async () => {
    const shoppers = ["a", "b", "c"].map((letter) =>
      aShopper({ visitorId: `visitor-ledger-${letter.repeat(8)}` }),
    );
    const conversations = await Promise.all(shoppers.map((shopper) => aConversation(shopper)));
    const taken = aMessage();
    await appendLedgerMessages({
      prisma: db.prisma,
      shop: "alpha.myshopify.com",
      conversationId: conversations[0]!.id,
      messages: [taken],
    });

    // The middle turn updates its conversation, then its second message's id is refused.
    const outcomes = await Promise.allSettled(
      conversations.map((conversation, index) =>
        appendLedgerMessages({
          prisma: db.prisma,
          shop: "alpha.myshopify.com",
          conversationId: conversation.id,
          messages: [aMessage(), index === 1 ? taken : aMessage({ role: "assistant" })],
          answer: { dialogueState: "sealed", language: "fr" },
        }),
      ),
    );

    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      "fulfilled",
      "rejected",
      "fulfilled",
    ]);
    const counts = await Promise.all(
      conversations.map((conversation) =>
        db.prisma.message.count({ where: { conversationId: conversation.id } }),
      ),
    );
    expect(counts).toEqual([3, 0, 2]);
    const languages = await db.prisma.conversation.findMany({
      where: { id: { in: conversations.map((conversation) => conversation.id) } },
      select: { id: true, language: true, dialogueState: true },
    });
    expect(languages.find((row) => row.id === conversations[1]!.id)).toMatchObject({
      language: "en",
      dialogueState: null,
    });
  });

  it("keeps a turn stored while a Prisma transaction on the same database rolls back", async () => {
    const shopper = aShopper();
    const conversation = await aConversation(shopper);
    let storing: Promise<unknown> | undefined;

    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.conversation.update({ where: { id: conversation.id }, data: { outcome: "x" } });
        storing = postShopperMessage({
          prisma: db.prisma,
          box,
          shopper,
          conversationId: conversation.id,
          text: "still there?",
          locale: "en",
          page: {},
          respond: answering,
        });
        await new Promise((resolve) => setTimeout(resolve, 30));
        throw new Error("the other request failed");
      }),
    ).rejects.toThrow("the other request failed");
    await storing;

    const polled = await listMessages({
      prisma: db.prisma,
      box,
      shopper,
      conversationId: conversation.id,
      after: 0,
    });
    expect(polled.messages.map((message) => message.text)).toEqual([
      "still there?",
      "About still there?: 2 days.",
    ]);
    const stored = await db.prisma.conversation.findUniqueOrThrow({
      where: { id: conversation.id },
    });
    expect(stored.outcome).toBeNull();
    expect(stored.language).toBe("de");
  });

  it("counts product questions in the same rows Prisma reads", async () => {
    const at = new Date("2026-05-06T07:08:09.010Z");
    const question = { prisma: db.prisma, shop: "alpha.myshopify.com", productHandle: "boot" };
    await recordProductQuestion({ ...question, faqEntryId: "faq_1", now: new Date(0) });
    await recordProductQuestion({ ...question, faqEntryId: "faq_1", now: at });
    await recordProductQuestion({
      ...question,
      shop: "beta.myshopify.com",
      faqEntryId: "faq_1",
      now: at,
    });

    expect(
      await db.prisma.productQuestionCount.findMany({ where: { shop: question.shop } }),
    ).toEqual([
      {
        shop: question.shop,
        productHandle: "boot",
        faqEntryId: "faq_1",
        count: 2,
        lastAskedAt: at,
      },
    ]);
  });
});

describe("message ledger on a SQLite file", () => {
  it("stores dates in the text Prisma's adapter writes, on Prisma's own connection", async () => {
    const db = await createTestDatabase();
    try {
      const shopper = aShopper();
      const conversation = await startConversation({
        prisma: db.prisma,
        box,
        shopper,
        locale: "en",
      });
      await appendLedgerMessages({
        prisma: db.prisma,
        shop: shopper.shop,
        conversationId: conversation.id,
        messages: [aMessage()],
      });
      await db.prisma.message.create({
        data: { ...aMessage(), shop: shopper.shop, conversationId: conversation.id },
      });
      const raw = new Database(db.file, { readonly: true });
      const dataVersion = () => Number(raw.pragma("data_version", { simple: true }));
      const dates = raw
        .prepare(`SELECT "createdAt" FROM "Message" ORDER BY "seq"`)
        .pluck()
        .all() as string[];
      expect(dates).toEqual(["2026-03-04T05:06:07.089+00:00", "2026-03-04T05:06:07.089+00:00"]);
      const touched = raw
        .prepare(`SELECT "lastMessageAt" FROM "Conversation" WHERE "id" = ?`)
        .pluck()
        .get(conversation.id);
      expect(touched).toBe("2026-03-04T05:06:07.089+00:00");

      // Prisma's connection sees the ledger's writes as its own (data_version does not move).
      const seen = readSqliteDataVersion(db.prisma);
      const before = dataVersion();
      await appendLedgerMessages({
        prisma: db.prisma,
        shop: shopper.shop,
        conversationId: conversation.id,
        messages: [aMessage()],
      });
      expect(readSqliteDataVersion(db.prisma)).toBe(seen);
      expect(dataVersion()).not.toBe(before);
      raw.close();
    } finally {
      await db.close();
    }
  });
});
