import { describe, expect, it } from "vitest";
import { DATABASE_PROVIDERS } from "../../../test/support/database";
import { freshDatabaseForEachTest } from "../../../test/support/fresh-database";
import { listAuditLog } from "../audit";
import { isSealed } from "../encryption";
import { listLearningQueue, queueLearningQuestions, turnLearningGroupIntoFaq } from "../knowledge";
import { updateShopSettings } from "../settings";
import {
  findConversations,
  forgetConversations,
  localDateOf,
  localDays,
  rateConversation,
  readTranscript,
  settleConversations,
  summariseDashboard,
} from "./index";
import { insertConversations, planConversation, type ConversationPlan } from "./test-factories";
import { aCipherBox } from "../encryption/test-factories";

const box = aCipherBox("k1");
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

describe.each(DATABASE_PROVIDERS)("dashboard on %s", (provider) => {
  const db = freshDatabaseForEachTest(provider);

  const plan = (overrides: Partial<ConversationPlan>) =>
    planConversation({ shop: SHOP, ...overrides });

  async function setTimeZone(timeZone: string) {
    await updateShopSettings({
      prisma: db.prisma,
      shop: SHOP,
      actor: "test",
      keyring: null,
      input: {
        section: "hours",
        timeZone,
        enabled: false,
        week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
        closedDates: [],
      },
    });
  }

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
    await setTimeZone(PARIS);

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

  it("queues unanswered, unsure and thumbs-down turns once, sealed, and one answer takes a group off", async () => {
    const thumbedDown = plan({
      outcome: "answered",
      question: "Can I pay later?",
      thumbsDown: true,
    });
    await insertConversations(db.prisma, [
      plan({ outcome: "abandoned", question: "Do you ship to Mars?" }),
      plan({ outcome: "abandoned", question: "do you ship to mars", language: "en" }),
      plan({
        outcome: "abandoned",
        question: "My card is 4111 1111 1111 1111, why was it refused?",
      }),
      thumbedDown,
      plan({ outcome: "answered", question: "How long does shipping take?" }),
      planConversation({
        shop: OTHER_SHOP,
        outcome: "abandoned",
        question: "Do you ship to Mars?",
      }),
    ]);
    // The shopper's thumbs-down reached the queue before the conversation settled: queued once.
    const question = await db.prisma.message.findFirstOrThrow({
      where: { conversationId: thumbedDown.id, role: "shopper" },
    });
    await queueLearningQuestions({
      prisma: db.prisma,
      box,
      shop: SHOP,
      candidates: [
        {
          conversationId: thumbedDown.id,
          messageId: question.id,
          text: "Can I pay later?",
          language: "en",
          intent: "shipping_info",
          confidence: 0.92,
          reason: "thumbs_down",
          askedAt: question.createdAt,
        },
      ],
    });
    await settleConversations({ prisma: db.prisma, box, shop: SHOP, now: NOW });
    await settleConversations({ prisma: db.prisma, box, shop: OTHER_SHOP, now: NOW });
    expect(await db.prisma.learningQuestion.count({ where: { shop: SHOP } })).toBe(4);
    for (const row of await db.prisma.learningQuestion.findMany())
      expect(isSealed(row.text), row.text).toBe(true);

    const queue = await listLearningQueue({ prisma: db.prisma, box, shop: SHOP });
    expect(queue).toHaveLength(3);
    expect(queue[0]).toMatchObject({ questions: 2, unanswered: 2, thumbsDown: 0, language: "en" });
    // One wording (same normalised text): its latest question stands for it.
    expect(queue[0]?.examples).toHaveLength(1);
    expect(queue[0]?.examples[0]).toMatch(/^do you ship to mars\??$/i);
    expect(queue.find((group) => group.examples[0] === "Can I pay later?")).toMatchObject({
      questions: 1,
      thumbsDown: 1,
      unanswered: 0,
    });
    const card = queue.find((group) => group.examples[0]?.includes("refused"));
    expect(card?.examples[0]).not.toContain("4111");

    const result = await turnLearningGroupIntoFaq({
      prisma: db.prisma,
      shop: SHOP,
      actor: "staff:7",
      digests: queue[0]?.digests ?? [],
      entry: { question: "Do you ship to Mars?", answer: "Not yet.", language: "en" },
    });
    expect(result.resolved).toBe(2);
    expect(result.entry).toMatchObject({ question: "Do you ship to Mars?", tags: ["learned"] });
    const after = await listLearningQueue({ prisma: db.prisma, box, shop: SHOP });
    expect(after.map((group) => group.key)).not.toContain(queue[0]?.key);
    expect(after).toHaveLength(2);
    expect(
      (await listLearningQueue({ prisma: db.prisma, box, shop: OTHER_SHOP })).map(
        (group) => group.examples,
      ),
    ).toEqual([["Do you ship to Mars?"]]);
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

  it("counts each conversation once when two settling runs overlap", async () => {
    await setTimeZone(PARIS);
    await insertConversations(
      db.prisma,
      Array.from({ length: 6 }, (_, index) =>
        plan({ startedAt: new Date(Date.parse("2026-03-28T09:00:00Z") + index * 60_000) }),
      ),
    );
    const settle = () => settleConversations({ prisma: db.prisma, box, shop: SHOP, now: NOW });
    const runs = await Promise.all([settle(), settle()]);
    expect(runs[0].settled + runs[1].settled).toBe(6);
    const dashboard = await summariseDashboard({
      prisma: db.prisma,
      shop: SHOP,
      timeZone: PARIS,
      from: "2026-03-28",
      to: "2026-03-28",
    });
    expect(dashboard.totals.answered).toBe(6);
  });

  describe("daily rollup", () => {
    const OUTCOME_CYCLE = ["answered", "answered", "handed_off", "abandoned", "empty"] as const;
    const INTENT_CYCLE = ["shipping_info", "order_status", "return_refund", "human_agent"];
    const LANGUAGE_CYCLE = ["en", "fr", "zh-CN"];

    /** 120 conversations over ten days, many of them within an hour of some zone's midnight. */
    const plans = Array.from({ length: 120 }, (_, index) =>
      planConversation({
        shop: SHOP,
        startedAt: new Date(
          Date.parse("2026-03-20T00:00:00Z") + index * 2 * 3_600_000 + (index % 7) * 9 * 60_000,
        ),
        outcome: OUTCOME_CYCLE[index % OUTCOME_CYCLE.length],
        intent: INTENT_CYCLE[index % INTENT_CYCLE.length],
        language: LANGUAGE_CYCLE[index % LANGUAGE_CYCLE.length],
        csat: index % 3 === 0 ? 1 + (index % 5) : null,
        firstReplyMs: 400 + ((index * 37) % 900),
      }),
    );

    /** What each local day must show, counted straight from the plans. */
    function expectedDays(
      timeZone: string,
      from: string,
      to: string,
      excluded = new Set<string>(),
    ) {
      return localDays({ from, to, timeZone }).map(({ date }) => {
        const onDay = plans.filter(
          (plan) =>
            !excluded.has(plan.id) &&
            plan.outcome !== "empty" &&
            localDateOf(plan.startedAt, timeZone) === date,
        );
        const count = (outcome: string) => onDay.filter((plan) => plan.outcome === outcome).length;
        return {
          date,
          conversations: onDay.length,
          answered: count("answered"),
          handedOff: count("handed_off"),
          abandoned: count("abandoned"),
        };
      });
    }

    async function bothWays(timeZone: string, from: string, to: string) {
      const options = { prisma: db.prisma, shop: SHOP, timeZone, from, to };
      const rollup = await summariseDashboard(options);
      const direct = await summariseDashboard({ ...options, source: "summaries" });
      return { rollup, direct };
    }

    it("equals the direct computation after settling, late ratings, erasure and a change of time zone", async () => {
      await insertConversations(db.prisma, plans);
      await insertConversations(
        db.prisma,
        plans.slice(0, 10).map((plan) => ({ ...plan, id: `${plan.id}-other`, shop: OTHER_SHOP })),
      );
      await setTimeZone(PARIS);
      await settleConversations({ prisma: db.prisma, box, shop: SHOP, now: NOW, batchSize: 7 });
      const from = "2026-03-19";
      const to = "2026-03-31";

      let { rollup, direct } = await bothWays(PARIS, from, to);
      expect(rollup).toEqual(direct);
      expect(rollup.days).toEqual(expectedDays(PARIS, from, to));
      expect(rollup.totals.conversations).toBe(96);
      expect(rollup.automationRate).toBe(48 / 96);
      expect(await db.prisma.conversationDay.count({ where: { shop: OTHER_SHOP } })).toBe(0);

      // A rating that arrives after the conversation was counted.
      const unrated = plans.find((plan) => plan.csat === null && plan.outcome === "answered")!;
      await rateConversation({
        prisma: db.prisma,
        shop: SHOP,
        conversationId: unrated.id,
        csat: 5,
      });
      const ratedBefore = rollup.csat.responses;
      ({ rollup, direct } = await bothWays(PARIS, from, to));
      expect(rollup).toEqual(direct);
      expect(rollup.csat.responses).toBe(ratedBefore + 1);

      // Erased conversations leave the rollup too.
      const erased = plans.filter((plan) => plan.outcome === "handed_off").slice(0, 3);
      await forgetConversations({
        prisma: db.prisma,
        shop: SHOP,
        conversationIds: erased.map((plan) => plan.id),
      });
      ({ rollup, direct } = await bothWays(PARIS, from, to));
      expect(rollup).toEqual(direct);
      expect(rollup.days).toEqual(
        expectedDays(PARIS, from, to, new Set(erased.map((plan) => plan.id))),
      );

      // The merchant moves the shop to India (+05:30): the next read gives India's days.
      await setTimeZone("Asia/Kolkata");
      ({ rollup, direct } = await bothWays("Asia/Kolkata", from, to));
      expect(rollup).toEqual(direct);
      expect(rollup.days).toEqual(
        expectedDays("Asia/Kolkata", from, to, new Set(erased.map((plan) => plan.id))),
      );
      expect(
        (await db.prisma.analyticsCursor.findUniqueOrThrow({ where: { shop: SHOP } }))
          .rollupTimeZone,
      ).toBe("Asia/Kolkata");
      await settleConversations({ prisma: db.prisma, box, shop: SHOP, now: NOW });
      ({ rollup, direct } = await bothWays("Asia/Kolkata", "2026-03-24", "2026-03-26"));
      expect(rollup).toEqual(direct);

      // Exact medians both ways: a short range (sorted) and the whole history (index walk).
      const gone = new Set(erased.map((plan) => plan.id));
      const medianOf = (from: string, to: string) => {
        const replies = plans
          .filter(
            (plan) =>
              !gone.has(plan.id) &&
              plan.outcome !== "empty" &&
              localDateOf(plan.startedAt, "Asia/Kolkata") >= from &&
              localDateOf(plan.startedAt, "Asia/Kolkata") <= to,
          )
          .map((plan) => plan.firstReplyMs)
          .sort((a, b) => a - b);
        return replies[Math.floor((replies.length - 1) / 2)];
      };
      for (const [from, to] of [
        ["2026-03-25", "2026-03-25"],
        ["2026-03-19", "2026-03-31"],
      ] as const) {
        const { rollup: day } = await bothWays("Asia/Kolkata", from, to);
        expect(day.firstReply.medianMs).toBe(medianOf(from, to));
      }
    });
  });
});
