import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@prisma/client";
import { Prisma as PrismaRuntime } from "@prisma/client";
import { z } from "zod";
import { isUniqueViolation } from "../../platform/database";
import { recordAudit } from "../audit";
import { learningQuestionContext, openStored, type CipherBox } from "../encryption";
import { normaliseText } from "../nlu/normalise-text";
import { redactText } from "../privacy/redact";
import type { FaqEntry, FaqEntryInput } from "./faq-entry";
import { FaqEntryInputSchema } from "./faq-entry";
import { bumpKnowledgeVersion, entryFromRow, rowFromEntry } from "./faq-rows";
import { groupUnansweredQuestions } from "./group-unanswered-questions";

/**
 * The learning queue: shopper turns the assistant could not answer well, grouped by similarity,
 * each group turned into an FAQ entry in one step. The shopper's words are redacted, then sealed;
 * only a keyed digest of their normalised form is stored in the clear, and grouping opens the
 * latest wording of each digest in memory.
 */

export const LearningReasonSchema = z.enum(["unanswered", "low_confidence", "thumbs_down"]);
export type LearningReason = z.infer<typeof LearningReasonSchema>;

/** A turn to queue, as the settling of a conversation or a shopper's thumbs-down finds it. */
export interface LearningCandidate {
  conversationId: string;
  /** The shopper's message: queued once, whichever path finds it first. */
  messageId: string;
  /** The shopper's words as written; redacted and sealed before they are stored. */
  text: string;
  language: string | null;
  intent: string | null;
  confidence: number | null;
  reason: LearningReason;
  askedAt: Date;
}

const MAX_TEXT = 500;

/** Digests are bound to the shop, so the same question in two shops shares nothing. */
const digestContext = (shop: string) => ({ context: `${shop}:learning` });

/** The stored form of a question: redacted, sealed, and digested; null when no words are left. */
function sealedQuestion(box: CipherBox, shop: string, id: string, text: string) {
  const redacted = redactText(text, { redactAddresses: true }).text.trim().slice(0, MAX_TEXT);
  if (!redacted) return null;
  return {
    text: box.seal(redacted, { context: learningQuestionContext({ shop, questionId: id }) }),
    // Punctuation-only questions have no normalised form; they group by what was written.
    digest: box.digest(normaliseText(redacted) || redacted, digestContext(shop)),
  };
}

/**
 * The rows that queue these candidates, leaving out messages already queued and turns with no
 * words left after redaction. The caller writes them (settling does so in its own transaction).
 */
export async function learningQuestionRows(options: {
  prisma: PrismaClient;
  box: CipherBox;
  shop: string;
  candidates: LearningCandidate[];
}): Promise<Prisma.LearningQuestionCreateManyInput[]> {
  const { prisma, box, shop, candidates } = options;
  if (candidates.length === 0) return [];
  const queued = new Set(
    (
      await prisma.learningQuestion.findMany({
        where: { shop, messageId: { in: candidates.map((candidate) => candidate.messageId) } },
        select: { messageId: true },
      })
    ).map((row) => row.messageId),
  );
  const rows: Prisma.LearningQuestionCreateManyInput[] = [];
  for (const candidate of candidates) {
    if (queued.has(candidate.messageId)) continue;
    queued.add(candidate.messageId);
    const id = randomUUID();
    const sealed = sealedQuestion(box, shop, id, candidate.text);
    if (!sealed) continue;
    rows.push({
      id,
      shop,
      conversationId: candidate.conversationId,
      messageId: candidate.messageId,
      ...sealed,
      language: candidate.language,
      intent: candidate.intent,
      confidence: candidate.confidence,
      reason: candidate.reason,
      askedAt: candidate.askedAt,
    });
  }
  return rows;
}

/** Queues turns now (a thumbs-down arrives while, or after, its conversation settles). */
export async function queueLearningQuestions(options: {
  prisma: PrismaClient;
  box: CipherBox;
  shop: string;
  candidates: LearningCandidate[];
}): Promise<{ queued: number }> {
  const rows = await learningQuestionRows(options);
  if (rows.length === 0) return { queued: 0 };
  try {
    const { count } = await options.prisma.learningQuestion.createMany({ data: rows });
    return { queued: count };
  } catch (error) {
    // Settling queued the same message a moment earlier: it is in the queue either way.
    if (isUniqueViolation(error)) return { queued: 0 };
    throw error;
  }
}

/**
 * Seals and digests questions carried over from before the queue was sealed (plain text, no
 * digest), so they group with the rest and no plain shopper text stays at rest.
 */
export async function sealCarriedQuestions(options: {
  prisma: PrismaClient;
  box: CipherBox;
  shop: string;
}): Promise<{ sealed: number }> {
  const { prisma, box, shop } = options;
  let sealed = 0;
  for (;;) {
    const rows = await prisma.learningQuestion.findMany({
      where: { shop, digest: null },
      select: { id: true, text: true },
      take: 200,
    });
    if (rows.length === 0) return { sealed };
    const writes = rows.map((row) => {
      const context = { context: learningQuestionContext({ shop, questionId: row.id }) };
      // A carried question is kept even when nothing is left of it: accepted data stays.
      const next = sealedQuestion(box, shop, row.id, openStored(box, row.text, context)) ?? {
        text: box.seal("", context),
        digest: box.digest("", digestContext(shop)),
      };
      return prisma.learningQuestion.updateMany({
        where: { shop, id: row.id, digest: null },
        data: next,
      });
    });
    await prisma.$transaction(writes);
    sealed += rows.length;
  }
}

export interface LearningGroup {
  /** The digest of the group's most asked wording: stable while the group is open. */
  key: string;
  /** Every wording in the group; turning the group into an entry resolves all of them. */
  digests: string[];
  language: string | null;
  questions: number;
  unanswered: number;
  lowConfidence: number;
  thumbsDown: number;
  /** Up to five distinct wordings, most asked first. */
  examples: string[];
  lastAskedAt: string;
}

const Count = z.union([z.bigint(), z.number()]).transform(Number);
const WordingRowSchema = z.object({
  digest: z.string(),
  language: z.string().nullable(),
  questions: Count,
  unanswered: Count,
  lowConfidence: Count,
  thumbsDown: Count,
  lastAskedAt: z.union([z.date(), z.string()]).transform((value) => new Date(value)),
});
const LatestRowSchema = z.object({ id: z.string(), digest: z.string(), text: z.string() });

/** Distinct wordings considered per listing: the most asked ones. */
const MAX_WORDINGS = 300;

/**
 * Open groups of similar questions, largest first. SQL counts each wording (digest); only the
 * latest question of each of the most asked wordings is opened, and those are grouped by
 * similarity in memory, so the cost does not grow with how often a question was asked.
 */
export async function listLearningQueue(options: {
  prisma: PrismaClient;
  box: CipherBox;
  shop: string;
  limit?: number;
}): Promise<LearningGroup[]> {
  const { prisma, box, shop } = options;
  const wordings = z.array(WordingRowSchema).parse(
    await prisma.$queryRaw<unknown[]>`
      SELECT "digest", "language", CAST(COUNT(*) AS INTEGER) AS "questions",
             CAST(SUM(CASE WHEN "reason" = 'unanswered' THEN 1 ELSE 0 END) AS INTEGER) AS "unanswered",
             CAST(SUM(CASE WHEN "reason" = 'low_confidence' THEN 1 ELSE 0 END) AS INTEGER) AS "lowConfidence",
             CAST(SUM(CASE WHEN "reason" = 'thumbs_down' THEN 1 ELSE 0 END) AS INTEGER) AS "thumbsDown",
             MAX("askedAt") AS "lastAskedAt"
      FROM "LearningQuestion"
      WHERE "shop" = ${shop} AND "resolvedAt" IS NULL AND "digest" IS NOT NULL
      GROUP BY "digest", "language"
      ORDER BY "questions" DESC, "lastAskedAt" DESC, "digest"
      LIMIT ${MAX_WORDINGS}`,
  );
  if (wordings.length === 0) return [];
  // Built whole: the PostgreSQL client's tagged template would take PrismaRuntime.join for a parameter.
  const latest = z.array(LatestRowSchema).parse(
    await prisma.$queryRaw<unknown[]>(PrismaRuntime.sql`
      SELECT "id", "digest", "text" FROM (
        SELECT "id", "digest", "text",
               ROW_NUMBER() OVER (PARTITION BY "digest" ORDER BY "askedAt" DESC, "id") AS "position"
        FROM "LearningQuestion"
        WHERE "shop" = ${shop} AND "resolvedAt" IS NULL
          AND "digest" IN (${PrismaRuntime.join(wordings.map((wording) => wording.digest))})
      ) AS "ranked"
      WHERE "position" = 1`),
  );
  const textOf = new Map(
    latest.map((row) => [
      row.digest,
      openStored(box, row.text, {
        context: learningQuestionContext({ shop, questionId: row.id }),
      }),
    ]),
  );
  const byDigest = new Map(wordings.map((wording) => [wording.digest, wording]));
  const similar = groupUnansweredQuestions(
    wordings.map((wording) => ({
      id: wording.digest,
      text: textOf.get(wording.digest) ?? "",
      language: wording.language ?? "",
    })),
  );

  return similar
    .map((group) => {
      const members = group.questions
        .map((question) => byDigest.get(question.id))
        .filter((wording) => wording !== undefined)
        .sort((left, right) => right.questions - left.questions);
      const sum = (pick: (wording: (typeof members)[number]) => number) =>
        members.reduce((total, wording) => total + pick(wording), 0);
      return {
        key: members[0]?.digest ?? group.key,
        digests: members.map((wording) => wording.digest),
        language: members[0]?.language ?? null,
        questions: sum((wording) => wording.questions),
        unanswered: sum((wording) => wording.unanswered),
        lowConfidence: sum((wording) => wording.lowConfidence),
        thumbsDown: sum((wording) => wording.thumbsDown),
        examples: members
          .map((wording) => textOf.get(wording.digest) ?? "")
          .filter(Boolean)
          .slice(0, 5),
        lastAskedAt: new Date(
          Math.max(...members.map((wording) => wording.lastAskedAt.getTime())),
        ).toISOString(),
      };
    })
    .sort((left, right) => right.questions - left.questions || left.key.localeCompare(right.key))
    .slice(0, options.limit ?? 20);
}

export interface TurnLearningGroupIntoFaqOptions {
  prisma: PrismaClient;
  shop: string;
  actor: string;
  /** The group's wordings, as listLearningQueue gave them. */
  digests: string[];
  entry: FaqEntryInput;
}

/**
 * One step from a group to an FAQ entry: the entry is saved and every open question of the
 * group's wordings is marked as answered by it, in one transaction, so the group leaves the queue.
 */
export async function turnLearningGroupIntoFaq(
  options: TurnLearningGroupIntoFaqOptions,
): Promise<{ entry: FaqEntry; resolved: number }> {
  const { prisma, shop } = options;
  const parsed = FaqEntryInputSchema.parse({
    ...options.entry,
    tags: options.entry.tags?.length ? options.entry.tags : ["learned"],
  });
  const row = rowFromEntry(shop, { ...parsed, id: parsed.id ?? randomUUID() });
  const { stored, resolved } = await prisma.$transaction(async (tx) => {
    const stored = await tx.faqEntry.create({ data: row });
    const { count } = await tx.learningQuestion.updateMany({
      where: { shop, digest: { in: options.digests }, resolvedAt: null },
      data: { resolvedAt: new Date(), faqEntryId: stored.id },
    });
    await bumpKnowledgeVersion(tx, shop);
    return { stored, resolved: count };
  });
  const entry = entryFromRow(stored);
  if (!entry) throw new Error("created FAQ entry does not validate");
  await recordAudit({
    prisma,
    shop,
    actor: options.actor,
    action: "learning.resolved",
    subject: entry.id,
    detail: { wordings: options.digests.length, questions: resolved },
  });
  return { entry, resolved };
}

/**
 * A shopper's thumbs up or down on an FAQ answer. Votes shift which answer wins for this shop (see
 * buildShopKnowledge); one vote per message. The learning queue hears of a thumbs-down through
 * queueLearningQuestions.
 */
export async function recordAnswerVote(options: {
  prisma: PrismaClient;
  shop: string;
  messageId: string;
  faqEntryId: string;
  vote: "up" | "down";
}): Promise<void> {
  const { prisma, shop, messageId } = options;
  const vote = options.vote === "up" ? 1 : -1;
  await prisma.$transaction(async (tx) => {
    await tx.answerVote.upsert({
      where: { shop_messageId: { shop, messageId } },
      create: { shop, messageId, faqEntryId: options.faqEntryId, vote },
      update: { vote, faqEntryId: options.faqEntryId },
    });
    await bumpKnowledgeVersion(tx, shop);
  });
}
