import type { PrismaClient } from "@prisma/client";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { recordAudit } from "../audit";

export interface LearningGroup {
  groupKey: string;
  language: string | null;
  questions: number;
  unanswered: number;
  thumbsDown: number;
  /** Up to five distinct ways shoppers wrote it, most recent first. */
  examples: string[];
  lastAskedAt: string;
}

const Count = z.union([z.bigint(), z.number()]).transform(Number);
const ExampleRowSchema = z.object({
  groupKey: z.string(),
  language: z.string().nullable(),
  text: z.string(),
});
const GroupRowSchema = z.object({
  groupKey: z.string(),
  language: z.string().nullable(),
  questions: Count,
  unanswered: Count,
  lastAskedAt: z.union([z.date(), z.string()]).transform((value) => new Date(value)),
});

/** Open groups of the same question the assistant could not answer well, largest first. */
export async function listLearningQueue(options: {
  prisma: PrismaClient;
  shop: string;
  limit?: number;
}): Promise<LearningGroup[]> {
  const { prisma, shop } = options;
  const rows = z.array(GroupRowSchema).parse(
    await prisma.$queryRaw<unknown[]>`
      SELECT groupKey, language, COUNT(*) AS questions,
             SUM(CASE WHEN reason = 'unanswered' THEN 1 ELSE 0 END) AS unanswered, MAX(askedAt) AS lastAskedAt
      FROM LearningQuestion WHERE shop = ${shop} AND resolvedAt IS NULL
      GROUP BY groupKey, language ORDER BY questions DESC, lastAskedAt DESC LIMIT ${options.limit ?? 20}`,
  );
  if (rows.length === 0) return [];
  // Only each group's five latest distinct wordings leave the database, however often it was asked.
  const examples = z.array(ExampleRowSchema).parse(
    await prisma.$queryRaw<unknown[]>`
      SELECT groupKey, language, text FROM (
        SELECT groupKey, language, text,
               ROW_NUMBER() OVER (PARTITION BY groupKey, language ORDER BY MAX(askedAt) DESC) AS position
        FROM LearningQuestion
        WHERE shop = ${shop} AND resolvedAt IS NULL AND groupKey IN (${Prisma.join(rows.map((row) => row.groupKey))})
        GROUP BY groupKey, language, text)
      WHERE position <= 5 ORDER BY position`,
  );
  return rows.map((row) => ({
    groupKey: row.groupKey,
    language: row.language,
    questions: row.questions,
    unanswered: row.unanswered,
    thumbsDown: row.questions - row.unanswered,
    examples: examples
      .filter((example) => example.groupKey === row.groupKey && example.language === row.language)
      .map((example) => example.text),
    lastAskedAt: row.lastAskedAt.toISOString(),
  }));
}

/** The FAQ entry the merchant writes from a group, in the knowledge domain's input shape. */
export interface TaughtEntry {
  question: string;
  alternatives: string[];
  answer: string;
  language: string;
}

export interface AnswerLearningGroupOptions {
  prisma: PrismaClient;
  shop: string;
  actor: string;
  groupKey: string;
  language: string | null;
  entry: TaughtEntry;
  /** The knowledge domain's save (it validates the entry); returns the new entry's id. */
  saveFaqEntry: (entry: TaughtEntry) => Promise<{ id: string }>;
}

/** Turns a group of unanswered questions into an FAQ entry and takes the group off the queue. */
export async function answerLearningGroup(
  options: AnswerLearningGroupOptions,
): Promise<{ faqEntryId: string; resolved: number }> {
  const { prisma, shop } = options;
  const { id } = await options.saveFaqEntry(options.entry);
  const { count } = await prisma.learningQuestion.updateMany({
    where: { shop, groupKey: options.groupKey, language: options.language, resolvedAt: null },
    data: { resolvedAt: new Date(), faqEntryId: id },
  });
  await recordAudit({
    prisma,
    shop,
    actor: options.actor,
    action: "learning.resolved",
    subject: id,
    detail: { groupKey: options.groupKey, language: options.language, questions: count },
  });
  return { faqEntryId: id, resolved: count };
}
