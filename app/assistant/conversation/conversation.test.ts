import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createTestDatabase, type TestDatabase } from "../../../test/support/database";
import {
  deleteConversation,
  listMessages,
  postShopperMessage,
  recordFeedback,
  startConversation,
} from "./index";
import { aReply, aShopper } from "./test-factories";
import type { Responder } from "./types";
import { aCipherBox } from "../encryption/test-factories";

/** Echoes the turn count in its state, so tests can see that state travels between turns. */
const countingResponder: Responder = async (turn) => {
  const previous =
    typeof turn.state === "object" && turn.state && "turns" in turn.state
      ? Number(turn.state.turns)
      : 0;
  return {
    reply: aReply({
      text: `Answer ${previous + 1} to: ${turn.text}`,
      cards: [
        {
          type: "product",
          productId: "gid://shopify/Product/1",
          handle: "trail-shoe",
          title: "Trail shoe",
          url: "/products/trail-shoe",
          imageUrl: null,
          price: { amount: "89.00", currencyCode: "EUR" },
          variantId: "11",
          variantTitle: "42",
          available: true,
          reason: null,
        },
      ],
      quickReplies: ["Track my order"],
    }),
    state: { turns: previous + 1 },
    understanding: {
      language: "en",
      intent: "shipping_info",
      confidence: 0.9,
      sentiment: "neutral",
      faqEntryId: null,
    },
    answered: true,
  };
};

const box = aCipherBox("k1");

describe("conversations", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.close();
  });

  it("resumes the same open conversation for a visitor and keeps the dialogue state across turns", async () => {
    const shopper = aShopper();
    const first = await startConversation({ prisma: db.prisma, box, shopper, locale: "en" });
    await postShopperMessage({
      prisma: db.prisma,
      box,
      shopper,
      conversationId: first.id,
      text: "shipping?",
      locale: "en",
      page: {},
      respond: countingResponder,
    });
    const second = await postShopperMessage({
      prisma: db.prisma,
      box,
      shopper,
      conversationId: first.id,
      text: "and to Canada?",
      locale: "en",
      page: {},
      respond: countingResponder,
    });

    expect(second.messages.map((message) => message.text)).toEqual([
      "and to Canada?",
      "Answer 2 to: and to Canada?",
    ]);
    const resumed = await startConversation({ prisma: db.prisma, box, shopper, locale: "en" });
    expect(resumed.id).toBe(first.id);
    expect(resumed.messages).toHaveLength(4);
    expect(resumed.cursor).toBe(second.cursor);
    // What the post answered is what the stored rows give back, card and quick replies included.
    expect(resumed.messages.slice(2)).toEqual(second.messages);
  });

  it("keeps the shopper's message when the responder fails", async () => {
    const shopper = aShopper();
    const conversation = await startConversation({ prisma: db.prisma, box, shopper, locale: "en" });
    const failing: Responder = () => Promise.reject(new Error("upstream down"));
    await expect(
      postShopperMessage({
        prisma: db.prisma,
        box,
        shopper,
        conversationId: conversation.id,
        text: "hello?",
        locale: "en",
        page: {},
        respond: failing,
      }),
    ).rejects.toThrow("upstream down");
    const { messages } = await listMessages({
      prisma: db.prisma,
      box,
      shopper,
      conversationId: conversation.id,
      after: 0,
    });
    expect(messages.map((message) => [message.role, message.text])).toEqual([
      ["shopper", "hello?"],
    ]);
  });

  it("never shows one shop's or one customer's conversation to another", async () => {
    const owner = aShopper({ customerId: "501" });
    const conversation = await startConversation({
      prisma: db.prisma,
      box,
      shopper: owner,
      locale: "en",
    });
    const otherShop = aShopper({ shop: "beta.myshopify.com", customerId: "501" });
    const otherCustomer = aShopper({ customerId: "777" });
    const guestOnSameBrowser = aShopper();
    for (const intruder of [otherShop, otherCustomer, guestOnSameBrowser]) {
      await expect(
        listMessages({
          prisma: db.prisma,
          box,
          shopper: intruder,
          conversationId: conversation.id,
          after: 0,
        }),
      ).rejects.toMatchObject({ code: "not_found" });
    }
    expect(
      (await startConversation({ prisma: db.prisma, box, shopper: otherCustomer, locale: "en" }))
        .id,
    ).not.toBe(conversation.id);
  });

  it("lets a guest conversation continue after the shopper logs in", async () => {
    const guest = aShopper();
    const conversation = await startConversation({
      prisma: db.prisma,
      box,
      shopper: guest,
      locale: "en",
    });
    const loggedIn = await startConversation({
      prisma: db.prisma,
      box,
      shopper: aShopper({ customerId: "42" }),
      locale: "en",
    });
    expect(loggedIn.id).toBe(conversation.id);
  });

  it("stays silent while a person has the conversation", async () => {
    const shopper = aShopper();
    const conversation = await startConversation({ prisma: db.prisma, box, shopper, locale: "en" });
    await db.prisma.conversation.update({
      where: { id: conversation.id },
      data: { status: "handed_off" },
    });
    const result = await postShopperMessage({
      prisma: db.prisma,
      box,
      shopper,
      conversationId: conversation.id,
      text: "still there?",
      locale: "en",
      page: {},
      respond: countingResponder,
    });
    expect(result.messages.map((message) => message.role)).toEqual(["shopper"]);
  });

  it("records votes on answers and CSAT, and deletes a conversation with its messages", async () => {
    const shopper = aShopper();
    const conversation = await startConversation({ prisma: db.prisma, box, shopper, locale: "en" });
    const { messages } = await postShopperMessage({
      prisma: db.prisma,
      box,
      shopper,
      conversationId: conversation.id,
      text: "hi",
      locale: "en",
      page: {},
      respond: countingResponder,
    });
    const answer = messages[1]!;
    await recordFeedback({
      prisma: db.prisma,
      box,
      shopper,
      conversationId: conversation.id,
      feedback: { messageId: answer.id, vote: "down" },
    });
    await recordFeedback({
      prisma: db.prisma,
      box,
      shopper,
      conversationId: conversation.id,
      feedback: { csat: 4 },
    });
    await expect(
      recordFeedback({
        prisma: db.prisma,
        box,
        shopper,
        conversationId: conversation.id,
        feedback: { messageId: messages[0]!.id, vote: "up" },
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await db.prisma.message.findUnique({ where: { id: answer.id } }))?.vote).toBe("down");
    expect(
      (await db.prisma.conversation.findUnique({ where: { id: conversation.id } }))?.csat,
    ).toBe(4);

    await deleteConversation({ prisma: db.prisma, shopper, conversationId: conversation.id });
    expect(await db.prisma.message.count()).toBe(0);
    expect(await db.prisma.conversation.count()).toBe(0);
  });

  it("keeps what shoppers write and the dialogue state sealed in the database file", async () => {
    const shopper = aShopper();
    const conversation = await startConversation({ prisma: db.prisma, box, shopper, locale: "en" });
    const rememberingResponder: Responder = async (turn) => ({
      reply: aReply({ text: `Thanks, we will write to you at ${turn.text.split(" ").at(-1)}` }),
      state: { guestEmail: "jane.roe@example.org" },
      understanding: {
        language: "en",
        intent: "order_status",
        confidence: 0.9,
        sentiment: "neutral",
        faqEntryId: null,
      },
      answered: true,
    });
    const { messages } = await postShopperMessage({
      prisma: db.prisma,
      box,
      shopper,
      conversationId: conversation.id,
      text: "My email is jane.roe@example.org",
      locale: "en",
      page: {},
      respond: rememberingResponder,
    });
    expect(messages.map((message) => message.text)).toEqual([
      "My email is jane.roe@example.org",
      "Thanks, we will write to you at jane.roe@example.org",
    ]);
    const next = await postShopperMessage({
      prisma: db.prisma,
      box,
      shopper,
      conversationId: conversation.id,
      text: "thanks",
      locale: "en",
      page: {},
      respond: countingResponder,
    });
    expect(next.messages).toHaveLength(2);

    await db.prisma.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    const raw =
      readFileSync(db.file).toString("latin1") +
      readFileSync(`${db.file}-wal`, { flag: "a+" }).toString("latin1");
    expect(raw).toContain(conversation.id);
    expect(raw).not.toContain("jane.roe");
    expect(raw).not.toContain("My email is");
  });

  it("refuses a sealed message copied into another shop's conversation", async () => {
    const owner = aShopper();
    const original = await startConversation({
      prisma: db.prisma,
      box,
      shopper: owner,
      locale: "en",
    });
    await postShopperMessage({
      prisma: db.prisma,
      box,
      shopper: owner,
      conversationId: original.id,
      text: "secret words",
      locale: "en",
      page: {},
      respond: countingResponder,
    });
    const intruder = aShopper({ shop: "beta.myshopify.com" });
    const theirs = await startConversation({
      prisma: db.prisma,
      box,
      shopper: intruder,
      locale: "en",
    });
    const stolen = await db.prisma.message.findFirstOrThrow({
      where: { conversationId: original.id, role: "shopper" },
    });
    await db.prisma.message.create({
      data: {
        id: "msg_copied",
        shop: intruder.shop,
        conversationId: theirs.id,
        role: "shopper",
        body: stolen.body,
      },
    });

    await expect(
      listMessages({
        prisma: db.prisma,
        box,
        shopper: intruder,
        conversationId: theirs.id,
        after: 0,
      }),
    ).rejects.toThrow(/does not open/);
  });
});
