import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test/support/database";
import { listAuditLog } from "../audit";
import { createCipherBox, generateEncryptionKey, parseEncryptionKeys } from "../encryption";
import { updateShopSettings } from "../settings";
import {
  answerLearningGroup,
  findConversations,
  listLearningQueue,
  localDateOf,
  localDays,
  readTranscript,
  settleConversations,
  summariseDashboard,
} from "./index";
import { insertConversations, planConversation, type ConversationPlan } from "./test-factories";

const box = createCipherBox(
  parseEncryptionKeys({ CONCIERGE_ENCRYPTION_KEYS: generateEncryptionKey("k1") })!,
);
const SHOP = "alpha.myshopify.com";
const OTHER_SHOP = "beta.myshopify.com";
const PARIS = "Europe/Paris";
const NOW = new Date("2026-04-01T12:00:00Z");

describe("local days", () => {
  it("bounds days by the zone's midnights, 23 hours on the spring DST day", () => {
    const days = localDays({ from: "2026-03-28", to: "2026-03-30", timeZone: PARIS });
    expect(
      days.map((day) => [
        day.date,
        day.start.toISOString(),
        (day.end.getTime() - day.start.getTime()) / 3_600_000,
      ]),
    ).toEqual([
      ["2026-03-28", "2026-03-27T23:00:00.000Z", 24],
      ["2026-03-29", "2026-03-28T23:00:00.000Z", 23],
      ["2026-03-30", "2026-03-29T22:00:00.000Z", 24],
    ]);
    expect(localDateOf(new Date("2026-03-29T22:30:00Z"), PARIS)).toBe("2026-03-30");
    expect(
      localDays({
        from: "2026-11-01",
        to: "2026-11-01",
        timeZone: "America/Sao_Paulo",
      })[0]?.start.toISOString(),
    ).toBe("2026-11-01T03:00:00.000Z");
  });
});

describe("dashboard", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.close();
  });

  const plan = (overrides: Partial<ConversationPlan>) =>
    planConversation({ shop: SHOP, ...overrides });

  it("shows exactly the rates of conversations generated with known outcomes, by the shop's days", async () => {
    const day28 = new Date("2026-03-28T09:00:00Z");
    const plans = [
      // 28 March (Paris): 2 answered, 1 handed off, 1 never written in.
      plan({ startedAt: day28, outcome: "answered", csat: 5, firstReplyMs: 500 }),
      plan({
        startedAt: day28,
        outcome: "answered",
        firstReplyMs: 700,
        language: "fr",
        intent: "return_refund",
      }),
      plan({
        startedAt: day28,
        outcome: "handed_off",
        intent: "human_agent",
        csat: 2,
        firstReplyMs: 900,
      }),
      plan({ startedAt: day28, outcome: "empty" }),
      // 23:30 UTC on the 28th is 00:30 on the 29th in Paris.
      plan({
        startedAt: new Date("2026-03-28T23:30:00Z"),
        outcome: "answered",
        csat: 4,
        firstReplyMs: 1_100,
      }),
      plan({
        startedAt: new Date("2026-03-29T12:00:00Z"),
        outcome: "answered",
        firstReplyMs: 1_300,
      }),
      plan({
        startedAt: new Date("2026-03-29T13:00:00Z"),
        outcome: "abandoned",
        question: "Do you ship to Mars?",
        firstReplyMs: 1_500,
      }),
      plan({
        startedAt: new Date("2026-03-29T14:00:00Z"),
        outcome: "handed_off",
        intent: "human_agent",
        firstReplyMs: 1_700,
      }),
      // 22:30 UTC on the 29th is 00:30 CEST on the 30th (after the clocks went forward).
      plan({
        startedAt: new Date("2026-03-29T22:30:00Z"),
        outcome: "answered",
        language: "fr",
        intent: "return_refund",
        firstReplyMs: 1_900,
      }),
      plan({
        startedAt: new Date("2026-03-30T08:00:00Z"),
        outcome: "answered",
        firstReplyMs: 2_100,
      }),
      plan({
        startedAt: new Date("2026-03-30T09:00:00Z"),
        outcome: "handed_off",
        intent: "human_agent",
        firstReplyMs: 2_300,
      }),
      // Outside the range, another shop, and a conversation still going: none of them count.
      plan({ startedAt: new Date("2026-03-27T12:00:00Z"), outcome: "abandoned" }),
      planConversation({ shop: OTHER_SHOP, startedAt: day28, outcome: "abandoned" }),
    ];
    await insertConversations(db.prisma, plans);
    await insertConversations(db.prisma, [
      plan({ startedAt: new Date(NOW.getTime() - 60_000), outcome: "answered" }),
    ]);
    await db.prisma.conversation.updateMany({
      where: { shop: SHOP, createdAt: { gt: new Date("2026-03-31T00:00:00Z") } },
      data: { createdAt: new Date("2026-03-30T10:00:00Z") },
    });
    await updateShopSettings({
      prisma: db.prisma,
      shop: SHOP,
      actor: "test",
      keyring: null,
      input: {
        section: "hours",
        timeZone: PARIS,
        enabled: false,
        week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
        closedDates: [],
      },
    });

    expect(
      await settleConversations({ prisma: db.prisma, box, shop: SHOP, now: NOW, batchSize: 4 }),
    ).toEqual({ settled: 12 });
    expect(await settleConversations({ prisma: db.prisma, box, shop: SHOP, now: NOW })).toEqual({
      settled: 0,
    });

    const dashboard = await summariseDashboard({
      prisma: db.prisma,
      shop: SHOP,
      timeZone: PARIS,
      from: "2026-03-28",
      to: "2026-03-30",
    });
    expect(dashboard.days).toEqual([
      { date: "2026-03-28", conversations: 3, answered: 2, handedOff: 1, abandoned: 0 },
      { date: "2026-03-29", conversations: 4, answered: 2, handedOff: 1, abandoned: 1 },
      { date: "2026-03-30", conversations: 3, answered: 2, handedOff: 1, abandoned: 0 },
    ]);
    expect(dashboard.totals).toEqual({
      conversations: 10,
      answered: 6,
      handedOff: 3,
      abandoned: 1,
    });
    expect(dashboard.automationRate).toBe(0.6);
    expect(dashboard.handoffRate).toBe(0.3);
    expect(dashboard.abandonRate).toBe(0.1);
    expect(dashboard.csat).toEqual({ responses: 3, average: 11 / 3, satisfiedRate: 2 / 3 });
    expect(dashboard.firstReply).toEqual({ medianMs: 1_300, averageMs: 1_400 });
    expect(dashboard.topIntents).toEqual([
      { intent: "shipping_info", conversations: 4 },
      { intent: "human_agent", conversations: 3 },
      { intent: "return_refund", conversations: 2 },
      { intent: "other", conversations: 1 },
    ]);
    expect(dashboard.languages).toEqual([
      { language: "en", conversations: 8 },
      { language: "fr", conversations: 2 },
    ]);
    expect(dashboard.inProgress).toBe(1);

    // The next day, the conversation that was still going is counted too (the cursor kept it).
    expect(
      await settleConversations({
        prisma: db.prisma,
        box,
        shop: SHOP,
        now: new Date(NOW.getTime() + 86_400_000),
      }),
    ).toEqual({ settled: 1 });
  });

  it("queues unanswered and thumbs-down questions in groups, and one answer takes a group off", async () => {
    await insertConversations(db.prisma, [
      plan({ outcome: "abandoned", question: "Do you ship to Mars?" }),
      plan({ outcome: "abandoned", question: "do you ship to mars", language: "en" }),
      plan({
        outcome: "abandoned",
        question: "My card is 4111 1111 1111 1111, why was it refused?",
      }),
      plan({ outcome: "answered", question: "Can I pay later?", thumbsDown: true }),
      plan({ outcome: "answered", question: "How long does shipping take?" }),
      planConversation({
        shop: OTHER_SHOP,
        outcome: "abandoned",
        question: "Do you ship to Mars?",
      }),
    ]);
    await settleConversations({ prisma: db.prisma, box, shop: SHOP, now: NOW });
    await settleConversations({ prisma: db.prisma, box, shop: OTHER_SHOP, now: NOW });

    const queue = await listLearningQueue({ prisma: db.prisma, shop: SHOP });
    expect(queue).toHaveLength(3);
    expect(queue[0]).toMatchObject({
      groupKey: "do you ship to mars",
      questions: 2,
      unanswered: 2,
      thumbsDown: 0,
    });
    expect(queue[0]?.examples.sort()).toEqual(["Do you ship to Mars?", "do you ship to mars"]);
    expect(queue.find((group) => group.groupKey === "can i pay later")).toMatchObject({
      thumbsDown: 1,
      unanswered: 0,
    });
    const card = queue.find((group) => group.examples[0]?.includes("refused"));
    expect(card?.examples[0]).not.toContain("4111");

    const saved: unknown[] = [];
    const result = await answerLearningGroup({
      prisma: db.prisma,
      shop: SHOP,
      actor: "staff:7",
      groupKey: "do you ship to mars",
      language: "en",
      entry: {
        question: "Do you ship to Mars?",
        alternatives: ["do you ship to mars"],
        answer: "Not yet.",
        language: "en",
      },
      saveFaqEntry: async (entry) => {
        saved.push(entry);
        return { id: "faq_mars" };
      },
    });
    expect(result).toEqual({ faqEntryId: "faq_mars", resolved: 2 });
    expect(saved).toHaveLength(1);
    expect(
      (await listLearningQueue({ prisma: db.prisma, shop: SHOP })).map((group) => group.groupKey),
    ).not.toContain("do you ship to mars");
    expect(
      (await listLearningQueue({ prisma: db.prisma, shop: OTHER_SHOP })).map(
        (group) => group.groupKey,
      ),
    ).toEqual(["do you ship to mars"]);
    expect(
      (await listAuditLog({ prisma: db.prisma, shop: SHOP, action: "learning.resolved" })).entries,
    ).toHaveLength(1);
  });

  it("filters conversations and records each transcript view, within the shop only", async () => {
    const answered = plan({
      outcome: "answered",
      csat: 5,
      startedAt: new Date("2026-03-10T10:00:00Z"),
    });
    const handedOff = plan({
      outcome: "handed_off",
      intent: "human_agent",
      language: "fr",
      startedAt: new Date("2026-03-11T10:00:00Z"),
    });
    const abandoned = plan({ outcome: "abandoned", startedAt: new Date("2026-03-12T10:00:00Z") });
    const foreign = planConversation({ shop: OTHER_SHOP, outcome: "answered" });
    await insertConversations(db.prisma, [answered, handedOff, abandoned, foreign]);
    await db.prisma.escalation.create({
      data: {
        id: "esc_1",
        shop: SHOP,
        conversationId: handedOff.id,
        status: "delivered",
        reason: "asked_for_person",
        priority: "normal",
        externalId: "x",
        ticketId: "42",
      },
    });
    await settleConversations({ prisma: db.prisma, box, shop: SHOP, now: NOW });

    const find = async (filter: Record<string, unknown>) =>
      (
        await findConversations({
          prisma: db.prisma,
          shop: SHOP,
          timeZone: PARIS,
          filter: { page: 1, ...filter },
        })
      ).conversations.map((row) => row.id);
    expect(await find({})).toEqual([abandoned.id, handedOff.id, answered.id]);
    expect(await find({ outcome: "handed_off" })).toEqual([handedOff.id]);
    expect(await find({ intent: "human_agent" })).toEqual([handedOff.id]);
    expect(await find({ language: "fr" })).toEqual([handedOff.id]);
    expect(await find({ rating: 5 })).toEqual([answered.id]);
    expect(await find({ rating: "unrated" })).toEqual([abandoned.id, handedOff.id]);
    expect(await find({ from: "2026-03-11", to: "2026-03-11" })).toEqual([handedOff.id]);

    const transcript = await readTranscript({
      prisma: db.prisma,
      box,
      shop: SHOP,
      actor: "staff:9",
      conversationId: handedOff.id,
      zendeskSubdomain: "alpha",
    });
    expect(
      transcript?.messages.map((message) => [message.role, message.intent, message.confidence]),
    ).toEqual([
      ["shopper", "human_agent", 0.92],
      ["assistant", "human_agent", 0.92],
    ]);
    expect(transcript?.ticket).toEqual({
      id: "42",
      status: "delivered",
      url: "https://alpha.zendesk.com/agent/tickets/42",
    });
    expect(
      await readTranscript({
        prisma: db.prisma,
        box,
        shop: SHOP,
        actor: "staff:9",
        conversationId: foreign.id,
        zendeskSubdomain: null,
      }),
    ).toBeNull();
    const views = (
      await listAuditLog({ prisma: db.prisma, shop: SHOP, action: "transcript.viewed" })
    ).entries;
    expect(views.map((entry) => [entry.actor, entry.subject])).toEqual([["staff:9", handedOff.id]]);
  });
});
