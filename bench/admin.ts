/**
 * `npm run bench:admin`: the analytics dashboard's server work with 100,000 conversations in the
 * shop's database (90 days of a busy shop in Europe/Paris, plus another shop's 10,000). Prints how
 * long the first settling of all conversations takes (done once, as conversations finish), then,
 * for every range the admin offers (7, 30, 90 days), the dashboard loader's work per request —
 * settle (nothing new), dashboard from the daily rollup, learning queue — as median and p95 over
 * 30 runs, and the same dashboard computed directly from the per-conversation summaries, checked
 * equal. Also the one-off rebuild of the rollup after a change of time zone. Target: every range
 * within 300 ms.
 */
import {} from "../app/assistant/encryption";
import { cpus, loadavg } from "node:os";
import Database from "better-sqlite3";
import { createTestDatabase } from "../test/support/database";
import { isDeepStrictEqual } from "node:util";
import {
  addDays,
  alignConversationDays,
  localDateOf,
  settleConversations,
  summariseDashboard,
} from "../app/assistant/analytics/index";
import { listLearningQueue } from "../app/assistant/knowledge/index";
import { updateShopSettings } from "../app/assistant/settings/index";
import {
  conversationRows,
  planConversation,
  type ConversationPlan,
} from "../app/assistant/analytics/test-factories";
import { aCipherBox } from "../app/assistant/encryption/test-factories";
import { quantile } from "./quantile";

const box = aCipherBox("bench");

const SHOP = "bench.myshopify.com";
const OTHER_SHOP = "other.myshopify.com";
const CONVERSATIONS = 100_000;
const DAYS = 90;
const TIME_ZONE = "Europe/Paris";
const RUNS = 30;
const now = new Date();

const INTENTS = [
  "order_status",
  "shipping_info",
  "return_refund",
  "product_question",
  "payment",
  "human_agent",
];
const LANGUAGES = ["en", "en", "en", "fr", "de", "zh-CN"];
const QUESTIONS = [
  "Do you ship to Mars?",
  "Can I pay with crypto?",
  "Is there a student discount?",
  "Do you gift wrap?",
];

/** A deterministic mix: 70% answered, 20% handed off, 10% abandoned. */
function planFor(index: number, shop: string): ConversationPlan {
  const roll = index % 10;
  const outcome = roll < 7 ? "answered" : roll < 9 ? "handed_off" : "abandoned";
  return planConversation({
    id: `${shop}-${index}`,
    shop,
    startedAt: new Date(now.getTime() - 3_600_000 - ((index * 7_919) % (DAYS * 86_400)) * 1_000),
    outcome,
    intent: INTENTS[index % INTENTS.length],
    language: LANGUAGES[index % LANGUAGES.length],
    csat: index % 5 === 0 ? 1 + ((index / 5) % 5) : null,
    firstReplyMs: 300 + (index % 1_700),
    question: outcome === "abandoned" ? QUESTIONS[index % QUESTIONS.length] : "Where is my order?",
  });
}

/** Prisma's stored form of a DateTime in SQLite. */
const stored = (value: unknown) =>
  value instanceof Date ? value.toISOString().replace("Z", "+00:00") : (value ?? null);

/**
 * Bulk load straight into SQLite with the rows the factory describes (the same rows the chat writes);
 * through Prisma one row at a time the load alone would take minutes.
 */
function bulkInsert(file: string, plans: ConversationPlan[]): void {
  const raw = new Database(file);
  const conversation = raw.prepare(
    "INSERT INTO Conversation (id, shop, visitorId, status, language, csat, createdAt, updatedAt, lastMessageAt) VALUES (@id, @shop, @visitorId, @status, @language, @csat, @createdAt, @updatedAt, @lastMessageAt)",
  );
  const message = raw.prepare(
    "INSERT INTO Message (id, shop, conversationId, role, body, intent, confidence, language, faqEntryId, vote, createdAt) VALUES (@id, @shop, @conversationId, @role, @body, @intent, @confidence, @language, @faqEntryId, @vote, @createdAt)",
  );
  const fields = (row: Record<string, unknown>, names: string[]) =>
    Object.fromEntries(names.map((name) => [name, stored(row[name])]));
  raw.transaction(() => {
    for (const plan of plans) {
      const rows = conversationRows(plan);
      conversation.run(
        fields(rows.conversation, [
          "id",
          "shop",
          "visitorId",
          "status",
          "language",
          "csat",
          "createdAt",
          "updatedAt",
          "lastMessageAt",
        ]),
      );
      for (const row of rows.messages) {
        message.run(
          fields(row, [
            "id",
            "shop",
            "conversationId",
            "role",
            "body",
            "intent",
            "confidence",
            "language",
            "faqEntryId",
            "vote",
            "createdAt",
          ]),
        );
      }
    }
  })();
  raw.close();
}

const time = async <T>(run: () => Promise<T>): Promise<[number, T]> => {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
};

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => quantile(sorted, q);
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const db = await createTestDatabase();
  try {
    const [insertMs] = await time(async () => {
      bulkInsert(db.file, [
        ...Array.from({ length: CONVERSATIONS }, (_, index) => planFor(index, SHOP)),
        ...Array.from({ length: 10_000 }, (_, index) => planFor(index, OTHER_SHOP)),
      ]);
    });
    console.log(
      `load average ${loadavg()
        .map((load) => load.toFixed(1))
        .join(" ")} on ${cpus().length} cores`,
    );
    console.log(
      `inserted ${CONVERSATIONS} conversations (+10,000 for another shop) in ${(insertMs / 1000).toFixed(1)} s`,
    );

    // The shop's own zone, as the admin's loader reads it from the settings.
    await updateShopSettings({
      prisma: db.prisma,
      shop: SHOP,
      actor: "bench",
      keyring: null,
      input: {
        section: "hours",
        timeZone: TIME_ZONE,
        enabled: false,
        week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
        closedDates: [],
      },
    });
    const [settleMs, settled] = await time(() =>
      settleConversations({ prisma: db.prisma, box, shop: SHOP, now }),
    );
    console.log(
      `first settling: ${settled.settled} conversations in ${(settleMs / 1000).toFixed(1)} s (once, as conversations finish)`,
    );

    const to = localDateOf(now, TIME_ZONE);
    const ranges = {
      "7 days": addDays(to, -6),
      "30 days": addDays(to, -29),
      "90 days": addDays(to, -(DAYS - 1)),
    };
    const parts = {
      settle: [] as number[],
      dashboard: [] as number[],
      learningQueue: [] as number[],
    };
    const loader = async (from: string) => {
      const [settleMs] = await time(() =>
        settleConversations({ prisma: db.prisma, box, shop: SHOP, now }),
      );
      const [dashboardMs, dashboard] = await time(() =>
        summariseDashboard({ prisma: db.prisma, shop: SHOP, timeZone: TIME_ZONE, from, to }),
      );
      const [queueMs] = await time(() => listLearningQueue({ prisma: db.prisma, box, shop: SHOP }));
      parts.settle.push(settleMs);
      parts.dashboard.push(dashboardMs);
      parts.learningQueue.push(queueMs);
      return dashboard;
    };
    const direct = (from: string) =>
      summariseDashboard({
        prisma: db.prisma,
        shop: SHOP,
        timeZone: TIME_ZONE,
        from,
        to,
        source: "summaries",
      });
    let allEqual = true;
    for (const [label, from] of Object.entries(ranges)) {
      await loader(from);
      for (const list of Object.values(parts)) list.length = 0;
      const samples: number[] = [];
      const directSamples: number[] = [];
      let counted = 0;
      let equal = true;
      for (let run = 0; run < RUNS; run += 1) {
        const [ms, dashboard] = await time(() => loader(from));
        samples.push(ms);
        counted = dashboard.totals.conversations;
        const [directMs, computed] = await time(() => direct(from));
        directSamples.push(directMs);
        equal &&= isDeepStrictEqual(dashboard, computed);
      }
      allEqual &&= equal;
      console.log(
        `dashboard loader, ${label} (${counted} conversations counted): ${stats(samples)}`,
      );
      for (const [part, list] of Object.entries(parts)) console.log(`  ${part}: ${stats(list)}`);
      console.log(
        `  direct computation (no rollup): ${stats(directSamples)}; rollup equals direct: ${equal ? "yes" : "NO"}`,
      );
    }
    const [ms, dashboard] = await time(() =>
      summariseDashboard({
        prisma: db.prisma,
        shop: SHOP,
        timeZone: TIME_ZONE,
        from: ranges["90 days"],
        to,
      }),
    );
    console.log(
      `90-day check: automation ${(dashboard.automationRate ?? 0).toFixed(3)} (expected 0.700), hand-off ${(dashboard.handoffRate ?? 0).toFixed(3)} (0.200), abandoned ${(dashboard.abandonRate ?? 0).toFixed(3)} (0.100), single run ${ms.toFixed(1)} ms`,
    );
    const [rebuildMs] = await time(() =>
      alignConversationDays({ prisma: db.prisma, shop: SHOP, timeZone: "Asia/Kolkata" }),
    );
    console.log(
      `time zone changed to Asia/Kolkata: rollup rebuilt once in ${rebuildMs.toFixed(0)} ms (on the first dashboard read after the change)`,
    );
    if (!allEqual) process.exitCode = 1;
  } finally {
    await db.close();
  }
}

await main();
