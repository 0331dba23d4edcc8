import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test/support/database";
import {
  postShopperMessage,
  startConversation,
  type Responder,
  type Shopper,
} from "../conversation";
import { complianceRequestContext } from "../encryption";
import { openRequesterEmail, requestEscalation } from "../escalation";
import {
  CustomerDataRequestSchema,
  CustomerRedactSchema,
  deleteExpiredConversations,
  exportCustomerData,
  redactCustomer,
  redactShop,
  startRetentionSchedule,
} from "./index";
import { aCipherBox } from "../encryption/test-factories";

const SHOP = "alpha.myshopify.com";
const OTHER_SHOP = "beta.myshopify.com";
const box = aCipherBox("k1");

/** A person whose details must not survive erasure; each field is distinctive enough to find in raw bytes. */
function aPerson(index: number) {
  return {
    customerId: String(7000 + index),
    email: `shopper${index}.zq@example.org`,
    phone: `+1 555 010 ${String(1000 + index)}`,
    name: `Quentin${index} Zebulon`,
    words: `my parcel number ZX${index}Q is late`,
  };
}
type Person = ReturnType<typeof aPerson>;

function aShopper(overrides: Partial<Shopper> = {}): Shopper {
  return {
    shop: SHOP,
    visitorId: `visitor-${crypto.randomUUID().slice(0, 20)}`,
    customerId: null,
    ...overrides,
  };
}

/** Remembers the contact the shopper gave, as the dialogue does for guest order lookups. */
const rememberContact =
  (person: Person): Responder =>
  async () => ({
    reply: {
      text: `Thanks ${person.name}, I will look into it.`,
      language: "en",
      cards: [],
      quickReplies: [],
      handoff: null,
    },
    state: { contact: { email: person.email, phone: person.phone } },
    understanding: {
      language: "en",
      intent: "order_status",
      confidence: 0.4,
      sentiment: "negative",
      faqEntryId: null,
    },
    answered: true,
  });

async function chat(db: TestDatabase, shopper: Shopper, person: Person) {
  const conversation = await startConversation({ prisma: db.prisma, box, shopper, locale: "en" });
  await postShopperMessage({
    prisma: db.prisma,
    box,
    shopper,
    conversationId: conversation.id,
    text: `${person.words}, write to ${person.email}`,
    locale: "en",
    page: {},
    respond: rememberContact(person),
  });
  return conversation.id;
}

/** What a hand-off and analytics keep about a conversation, written the way their code writes it. */
async function keepAround(db: TestDatabase, shop: string, conversationId: string, person: Person) {
  await requestEscalation({
    prisma: db.prisma,
    box,
    shop,
    conversationId,
    reason: "asked_for_person",
    ticket: {
      subject: `Chat with ${person.name}`,
      body: `Shopper: ${person.words}`,
      requester: { name: person.name, email: person.email },
      priority: "normal",
      tags: [],
      externalId: `concierge:${shop}:${conversationId}`,
    },
  });
  const question = await db.prisma.message.findFirstOrThrow({
    where: { shop, conversationId, role: "shopper" },
  });
  await db.prisma.learningQuestion.create({
    data: {
      id: `lq_${question.id}`,
      shop,
      conversationId,
      messageId: question.id,
      text: person.words,
      digest: `digest-${question.id}`,
      reason: "unanswered",
      askedAt: new Date(),
    },
  });
  await db.prisma.conversationSummary.create({
    data: { conversationId, shop, startedAt: new Date(), outcome: "handed_off" },
  });
}

function rawDatabase(db: TestDatabase): string {
  const read = (file: string) => {
    try {
      return readFileSync(file).toString("latin1");
    } catch {
      return "";
    }
  };
  return read(db.file) + read(`${db.file}-wal`);
}

describe("compliance", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.close();
  });

  it("keeps no shopper's details in plain text, and after customers/redact none of the customer's remain", async () => {
    const jane = aPerson(1);
    const other = aPerson(2);
    const loggedIn = await chat(db, aShopper({ customerId: jane.customerId }), jane);
    const asGuest = await chat(db, aShopper(), jane);
    const othersConversation = await chat(db, aShopper({ customerId: other.customerId }), other);
    await db.prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    expect(rawDatabase(db)).toContain(loggedIn);
    for (const text of [jane.words, jane.email, jane.phone, "my parcel", "Thanks Quentin1"]) {
      expect(rawDatabase(db).includes(text), `${text} in the database file`).toBe(false);
    }
    await keepAround(db, SHOP, loggedIn, jane);
    await keepAround(db, SHOP, othersConversation, other);

    const request = CustomerDataRequestSchema.parse({
      shop_id: 1,
      shop_domain: SHOP,
      customer: { id: Number(jane.customerId), email: jane.email, phone: jane.phone },
      data_request: { id: 99 },
    });
    const exported = await exportCustomerData({ prisma: db.prisma, box, shop: SHOP, request });
    expect(exported.conversations.map((conversation) => conversation.id).sort()).toEqual(
      [loggedIn, asGuest].sort(),
    );
    expect(exported.conversations[0]?.messages[0]?.text).toContain(jane.words);
    const stored = await db.prisma.complianceRequest.findFirstOrThrow({
      where: { topic: "customers/data_request" },
    });
    expect(
      JSON.parse(
        box.open(stored.export!, {
          context: complianceRequestContext({ shop: SHOP, requestId: stored.id }),
        }),
      ),
    ).toEqual(exported);

    await redactCustomer({
      prisma: db.prisma,
      box,
      shop: SHOP,
      request: CustomerRedactSchema.parse({
        shop_id: 1,
        shop_domain: SHOP,
        customer: { id: jane.customerId, email: jane.email, phone: jane.phone },
      }),
    });

    const raw = rawDatabase(db);
    for (const detail of [jane.email, jane.name, jane.words, loggedIn, asGuest])
      expect(raw.includes(detail), `${detail} in the database file`).toBe(false);
    expect(await db.prisma.conversation.findMany({ select: { id: true } })).toEqual([
      { id: othersConversation },
    ]);
    expect(
      await db.prisma.escalation.count({ where: { conversationId: othersConversation } }),
    ).toBe(1);
    expect(await db.prisma.outboxJob.count()).toBe(1);
    expect(await db.prisma.learningQuestion.count()).toBe(1);
    const kept = await db.prisma.escalation.findFirstOrThrow({
      where: { conversationId: othersConversation },
    });
    expect(openRequesterEmail(box, kept), "the other customer's hand-off is kept").toBe(
      other.email,
    );
  });

  it("after shop/redact leaves nothing of the shop but the record that it was erased", async () => {
    const jane = aPerson(3);
    const conversationId = await chat(db, aShopper({ customerId: jane.customerId }), jane);
    await keepAround(db, SHOP, conversationId, jane);
    await db.prisma.auditLog.create({
      data: {
        id: "audit_1",
        shop: SHOP,
        actor: "merchant.zq@example.org",
        action: "transcript.viewed",
        subject: conversationId,
      },
    });
    await db.prisma.session.create({
      data: {
        id: "offline_alpha",
        shop: SHOP,
        state: "",
        accessToken: "shpat_secret_zq",
        email: "merchant.zq@example.org",
      },
    });
    await db.prisma.shop.create({
      data: {
        domain: SHOP,
        settings: JSON.stringify({ greeting: { en: "Hello from Zebulon Goods" } }),
      },
    });
    const survivor = aPerson(4);
    const othersConversation = await chat(
      db,
      aShopper({ shop: OTHER_SHOP, customerId: survivor.customerId }),
      survivor,
    );

    await redactShop({ prisma: db.prisma, shop: SHOP, request: { shop_id: 1, shop_domain: SHOP } });

    const raw = rawDatabase(db);
    for (const detail of [
      jane.email,
      jane.name,
      jane.words,
      conversationId,
      "merchant.zq@example.org",
      "shpat_secret_zq",
      "Zebulon Goods",
    ]) {
      expect(raw.includes(detail), `${detail} in the database file`).toBe(false);
    }
    const remaining = await db.prisma.complianceRequest.findMany({ where: { shop: SHOP } });
    expect(remaining.map((row) => row.topic)).toEqual(["shop/redact"]);
    expect(await db.prisma.conversation.findMany({ select: { id: true } })).toEqual([
      { id: othersConversation },
    ]);
  });

  it("deletes conversations older than each shop's retention, with what was kept about them", async () => {
    const now = new Date("2026-06-01T00:00:00Z");
    const days = (count: number) => new Date(now.getTime() - count * 24 * 60 * 60 * 1000);
    await db.prisma.shop.create({
      data: { domain: SHOP, settings: JSON.stringify({ privacy: { retentionDays: 30 } }) },
    });
    const oldOne = await chat(db, aShopper(), aPerson(5));
    await keepAround(db, SHOP, oldOne, aPerson(5));
    const recent = await chat(db, aShopper(), aPerson(6));
    const otherShopOld = await chat(db, aShopper({ shop: OTHER_SHOP }), aPerson(7));
    await db.prisma.conversation.update({
      where: { id: oldOne },
      data: { lastMessageAt: days(31) },
    });
    await db.prisma.conversation.update({
      where: { id: recent },
      data: { lastMessageAt: days(29) },
    });
    // The other shop keeps the default 365 days.
    await db.prisma.conversation.update({
      where: { id: otherShopOld },
      data: { lastMessageAt: days(200) },
    });

    expect(await deleteExpiredConversations({ prisma: db.prisma, now })).toEqual({ [SHOP]: 1 });
    expect(
      (await db.prisma.conversation.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map(
        ({ id }) => id,
      ),
    ).toEqual([recent, otherShopOld].sort());
    expect(await db.prisma.message.count({ where: { conversationId: oldOne } })).toBe(0);
    expect(await db.prisma.escalation.count()).toBe(0);
    expect(await db.prisma.outboxJob.count()).toBe(0);
    expect(await db.prisma.learningQuestion.count()).toBe(0);
  });

  it("runs retention on a schedule until stopped", async () => {
    await db.prisma.shop.create({
      data: { domain: SHOP, settings: JSON.stringify({ privacy: { retentionDays: 1 } }) },
    });
    const expired = await chat(db, aShopper(), aPerson(8));
    await db.prisma.conversation.update({
      where: { id: expired },
      data: { lastMessageAt: new Date(Date.now() - 3 * 24 * 60 * 60 * 1000) },
    });
    const runs: Record<string, number>[] = [];
    const schedule = startRetentionSchedule({
      prisma: db.prisma,
      firstRunAfterMs: 1,
      intervalMs: 20,
      onRun: (erased) => runs.push(erased),
    });
    await expect.poll(() => runs.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    schedule.stop();
    const settled = runs.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runs.length).toBeLessThanOrEqual(settled + 1);
    expect(runs[0]).toEqual({ [SHOP]: 1 });
    expect(await db.prisma.conversation.count()).toBe(0);
  });
});
