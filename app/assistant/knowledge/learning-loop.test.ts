import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATABASE_PROVIDERS, type ProviderTestDatabase } from "../../../test/support/database";
import { freshDatabaseForEachTest } from "../../../test/support/fresh-database";
import { settleConversations } from "../analytics";
import { isSealed } from "../encryption";
import {
  listLearningQueue,
  loadShopKnowledge,
  queueLearningQuestions,
  turnLearningGroupIntoFaq,
  type LearningCandidate,
} from "./index";
import { aCipherBox } from "../encryption/test-factories";

const box = aCipherBox("k1");
const alpha = "alpha.myshopify.com";
const beta = "beta.myshopify.com";

let sequence = 0;
function aTurn(text: string, overrides: Partial<LearningCandidate> = {}): LearningCandidate {
  sequence += 1;
  return {
    conversationId: `conv_${sequence}`,
    messageId: `msg_${sequence}`,
    text,
    language: "en",
    intent: "other",
    confidence: 0.2,
    reason: "unanswered",
    askedAt: new Date(Date.UTC(2026, 2, 1, 10, sequence)),
    ...overrides,
  };
}

/** What the database keeps of the queue: the SQLite file's bytes, or every PostgreSQL row as text. */
async function storedQuestions(db: ProviderTestDatabase): Promise<string> {
  if (db.provider === "sqlite") {
    const file = db.url.slice("file:".length);
    return [file, `${file}-wal`]
      .map((name) => (existsSync(name) ? readFileSync(name).toString("latin1") : ""))
      .join("");
  }
  const rows = await db.prisma.$queryRaw<{ row: string }[]>`
    SELECT CAST(q AS TEXT) AS row FROM "LearningQuestion" q`;
  return rows.map((row) => row.row).join("\n");
}

describe.each(DATABASE_PROVIDERS)("the learning queue on %s", (provider) => {
  // The shop's knowledge is cached per process by shop and version: each provider has its own shops.
  const alpha = `alpha-${provider}.myshopify.com`;
  const beta = `beta-${provider}.myshopify.com`;
  const db = freshDatabaseForEachTest(provider);

  it("keeps no plain shopper text at rest, and queues a turn once", async () => {
    const turn = aTurn(
      "Do you deliver to Zorblax Prime? Mail jane@example.org, card 4111 1111 1111 1111",
    );
    await queueLearningQuestions({ prisma: db.prisma, box, shop: alpha, candidates: [turn] });
    await queueLearningQuestions({
      prisma: db.prisma,
      box,
      shop: alpha,
      candidates: [{ ...turn, reason: "thumbs_down" }],
    });

    const rows = await db.prisma.learningQuestion.findMany();
    expect(rows).toHaveLength(1);
    expect(isSealed(rows[0]!.text)).toBe(true);
    const stored = await storedQuestions(db);
    for (const secret of ["Zorblax", "zorblax", "jane@example.org", "4111"])
      expect(stored.includes(secret), secret).toBe(false);
    const [group] = await listLearningQueue({ prisma: db.prisma, box, shop: alpha });
    expect(group?.examples[0]).toContain("Do you deliver to Zorblax Prime?");
    expect(group?.examples[0]).not.toContain("jane@example.org");
    expect(group?.examples[0]).not.toContain("4111");
  });

  it("queues a turn once when two paths queue it at the same moment", async () => {
    const turn = aTurn("do you gift wrap");
    const queue = (reason: LearningCandidate["reason"]) =>
      queueLearningQuestions({
        prisma: db.prisma,
        box,
        shop: alpha,
        candidates: [{ ...turn, reason }],
      });
    const results = await Promise.all([queue("unanswered"), queue("thumbs_down")]);
    expect(results.map((result) => result.queued).sort()).toEqual([0, 1]);
    expect(await db.prisma.learningQuestion.count({ where: { shop: alpha } })).toBe(1);
  });

  it("groups similar questions and turns a group into an FAQ entry in one step", async () => {
    const turns = [
      aTurn("do you sell gift cards"),
      aTurn("can I buy a gift card", { reason: "low_confidence", intent: "product_question" }),
      aTurn("gift cards available?", { reason: "thumbs_down" }),
      aTurn("Do you sell gift cards?"),
      aTurn("is the store open on sundays"),
    ];
    await queueLearningQuestions({ prisma: db.prisma, box, shop: alpha, candidates: turns });
    await queueLearningQuestions({
      prisma: db.prisma,
      box,
      shop: beta,
      candidates: [aTurn("gift card please")],
    });

    const groups = await listLearningQueue({ prisma: db.prisma, box, shop: alpha });
    expect(
      groups.map((group) => [
        group.questions,
        group.unanswered,
        group.lowConfidence,
        group.thumbsDown,
      ]),
    ).toEqual([
      [4, 2, 1, 1],
      [1, 1, 0, 0],
    ]);
    const [giftCards] = groups;
    // "do you sell gift cards" was asked twice in two ways of writing: one wording, counted twice.
    expect(giftCards?.digests).toHaveLength(3);
    expect(giftCards?.examples).toHaveLength(3);

    const { entry, resolved } = await turnLearningGroupIntoFaq({
      prisma: db.prisma,
      shop: alpha,
      actor: "staff:1",
      digests: giftCards?.digests ?? [],
      entry: {
        question: "Do you sell gift cards?",
        alternatives: giftCards?.examples.slice(1) ?? [],
        answer: "Yes, from $10.",
        language: "en",
      },
    });
    expect(resolved).toBe(4);
    expect(
      (await listLearningQueue({ prisma: db.prisma, box, shop: alpha })).map(
        (group) => group.examples,
      ),
    ).toEqual([["is the store open on sundays"]]);
    expect(await listLearningQueue({ prisma: db.prisma, box, shop: beta })).toHaveLength(1);
    const knowledge = await loadShopKnowledge({ prisma: db.prisma, shop: alpha });
    expect(knowledge.searchFaq({ text: "buy gift card", language: "en" })?.entryId).toBe(entry.id);
    // Another shop's wording cannot be resolved from here.
    const [betaGroup] = await listLearningQueue({ prisma: db.prisma, box, shop: beta });
    const crossShop = await turnLearningGroupIntoFaq({
      prisma: db.prisma,
      shop: alpha,
      actor: "staff:1",
      digests: betaGroup?.digests ?? [],
      entry: { question: "Gift card?", answer: "Yes.", language: "en" },
    });
    expect(crossShop.resolved).toBe(0);
  });
});

describe("the migration to one learning queue", () => {
  const migrations = path.resolve(import.meta.dirname, "../../../prisma/migrations");
  const ONE_QUEUE = "one_learning_queue_daily_rollup";
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), "concierge-migration-"));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it("carries every question of both old queues over, linked to its conversation, and seals them", async () => {
    const names = readdirSync(migrations, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const at = names.findIndex((name) => name.endsWith(ONE_QUEUE));
    const sql = (name: string) =>
      readFileSync(path.join(migrations, name, "migration.sql"), "utf8");
    const file = path.join(folder, "before.sqlite");
    const raw = new Database(file);
    for (const name of names.slice(0, at)) raw.exec(sql(name));

    const iso = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, "0")}:00.000+00:00`;
    raw.exec(`
      INSERT INTO Conversation (id, shop, visitorId, createdAt, updatedAt, lastMessageAt, csat) VALUES
        ('c1', '${alpha}', 'v1', '${iso(0)}', '${iso(5)}', '${iso(5)}', 4),
        ('c2', '${alpha}', 'v2', '${iso(10)}', '${iso(15)}', '${iso(15)}', NULL);
      INSERT INTO Message (id, shop, conversationId, role, body, createdAt) VALUES
        ('q1', '${alpha}', 'c1', 'shopper', 'do you sell gift cards', '${iso(1)}'),
        ('a1', '${alpha}', 'c1', 'assistant', 'Sorry?', '${iso(1)}'),
        ('q2', '${alpha}', 'c2', 'shopper', 'gift cards?', '${iso(11)}'),
        ('a2', '${alpha}', 'c2', 'assistant', 'We sell cards.', '${iso(11)}');
      INSERT INTO ConversationSummary (conversationId, shop, startedAt, outcome) VALUES
        ('c1', '${alpha}', '${iso(0)}', 'abandoned');
      INSERT INTO LearningQuestion (id, shop, conversationId, messageId, text, groupKey, language, reason, askedAt) VALUES
        ('lq1', '${alpha}', 'c1', 'q1', 'do you sell gift cards', 'do you sell gift cards', 'en', 'unanswered', '${iso(1)}');
      INSERT INTO UnansweredQuestion (id, shop, text, language, intent, confidence, reason, groupKey, messageId, resolvedFaqEntryId, createdAt) VALUES
        ('u1', '${alpha}', 'do you sell gift cards', 'en', 'other', 0.2, 'no_answer', 'gift sell', NULL, NULL, '${iso(1)}'),
        ('u2', '${alpha}', 'gift cards?', 'en', 'product_question', 0.8, 'thumbs_down', 'cards gift', 'a2', NULL, '${iso(12)}'),
        ('u3', '${beta}', 'store open sunday', 'en', 'other', 0.1, 'low_confidence', 'open store sunday', NULL, 'faq_hours', '${iso(20)}');
    `);
    raw.exec(sql(names[at]!));
    for (const name of names.slice(at + 1)) raw.exec(sql(name));
    expect(
      raw.prepare("SELECT name FROM sqlite_master WHERE name = 'UnansweredQuestion'").all(),
    ).toEqual([]);
    raw.close();

    const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}` }) });
    try {
      const rows = await prisma.learningQuestion.findMany({ orderBy: { id: "asc" } });
      expect(
        rows.map((row) => [
          row.id,
          row.shop,
          row.conversationId,
          row.messageId,
          row.reason,
          row.intent,
          row.faqEntryId,
        ]),
      ).toEqual([
        ["carried_u2", alpha, "c2", "q2", "thumbs_down", "product_question", null],
        ["carried_u3", beta, null, null, "low_confidence", "other", "faq_hours"],
        // The question settling had filed takes the carried intent instead of a duplicate.
        ["lq1", alpha, "c1", "q1", "unanswered", "other", null],
      ]);
      expect(
        (await prisma.conversationSummary.findUniqueOrThrow({ where: { conversationId: "c1" } }))
          .csat,
      ).toBe(4);

      await settleConversations({
        prisma,
        box,
        shop: alpha,
        now: new Date("2026-03-02T00:00:00Z"),
      });
      for (const row of await prisma.learningQuestion.findMany({ where: { shop: alpha } }))
        expect(isSealed(row.text)).toBe(true);
      const groups = await listLearningQueue({ prisma, box, shop: alpha });
      expect(groups.map((group) => group.questions)).toEqual([2]);
    } finally {
      await prisma.$disconnect();
    }
  });
});
