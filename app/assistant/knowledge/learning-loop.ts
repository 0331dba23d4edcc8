import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import type { Intent, Language } from "../nlu/types";
import type { FaqEntry } from "./faq-entry";
import { FaqEntryInputSchema } from "./faq-entry";
import { bumpKnowledgeVersion, entryFromRow, rowFromEntry } from "./faq-rows";
import type { QuestionGroup } from "./group-unanswered-questions";
import { groupUnansweredQuestions, questionGroupKey } from "./group-unanswered-questions";

export const UnansweredReasonSchema = z.enum(["low_confidence", "thumbs_down", "no_answer"]);
export type UnansweredReason = z.infer<typeof UnansweredReasonSchema>;

/** Keeps a turn the assistant could not answer well, for the merchant to turn into an FAQ entry. */
export async function recordUnansweredQuestion(options: {
  prisma: PrismaClient;
  shop: string;
  text: string;
  language: Language;
  intent: Intent;
  confidence: number;
  reason: UnansweredReason;
  messageId?: string;
}): Promise<void> {
  await options.prisma.unansweredQuestion.create({
    data: {
      shop: options.shop,
      text: options.text.slice(0, 500),
      language: options.language,
      intent: options.intent,
      confidence: options.confidence,
      reason: options.reason,
      groupKey: questionGroupKey(options.text),
      messageId: options.messageId ?? null,
    },
  });
}

/**
 * A shopper's thumbs up or down on an FAQ answer. Votes shift which answer wins for this shop (see
 * buildShopKnowledge); a thumbs down also files the question for review. One vote per message.
 */
export async function recordAnswerVote(options: {
  prisma: PrismaClient;
  shop: string;
  messageId: string;
  faqEntryId: string;
  vote: "up" | "down";
  question?: { text: string; language: Language; intent: Intent; confidence: number };
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
  if (vote < 0 && options.question) {
    await recordUnansweredQuestion({
      prisma,
      shop,
      ...options.question,
      reason: "thumbs_down",
      messageId,
    });
  }
}

/** Open (not yet answered) questions of the shop, grouped by similarity, largest groups first. */
export async function listUnansweredGroups(options: {
  prisma: PrismaClient;
  shop: string;
  limit?: number;
}): Promise<QuestionGroup[]> {
  const rows = await options.prisma.unansweredQuestion.findMany({
    where: { shop: options.shop, resolvedFaqEntryId: null },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? 2000,
  });
  return groupUnansweredQuestions(
    rows.map((row) => ({ id: row.id, text: row.text, language: row.language })),
  );
}

/**
 * Turns a group of unanswered questions into one FAQ entry in one step: the representative becomes
 * the question, the other distinct wordings its alternatives, and the questions are marked answered.
 */
export async function createFaqFromGroup(options: {
  prisma: PrismaClient;
  shop: string;
  questionIds: string[];
  answer: string;
  question?: string;
  tags?: string[];
}): Promise<FaqEntry> {
  const { prisma, shop } = options;
  return prisma.$transaction(async (tx) => {
    const rows = await tx.unansweredQuestion.findMany({
      where: { shop, id: { in: options.questionIds } },
    });
    const [group] = groupUnansweredQuestions(
      rows.map((row) => ({ id: row.id, text: row.text, language: row.language })),
      { threshold: 0 },
    );
    if (!group) throw new Error("no questions of this shop in the group");
    const question = options.question ?? group.representative;
    const seen = new Set([question.trim().toLowerCase()]);
    const alternatives = group.questions
      .map((item) => item.text.trim())
      .filter((text) => {
        const key = text.toLowerCase();
        if (seen.has(key) || text.length < 2) return false;
        seen.add(key);
        return true;
      })
      .slice(0, 30);
    const entry = FaqEntryInputSchema.parse({
      question,
      alternatives,
      answer: options.answer,
      language: group.language,
      tags: options.tags ?? ["learned"],
    });
    const row = rowFromEntry(shop, { ...entry, id: randomUUID() });
    const stored = await tx.faqEntry.create({ data: row });
    await tx.unansweredQuestion.updateMany({
      where: { shop, id: { in: rows.map((item) => item.id) } },
      data: { resolvedFaqEntryId: stored.id },
    });
    await bumpKnowledgeVersion(tx, shop);
    const saved = entryFromRow(stored);
    if (!saved) throw new Error("created FAQ entry does not validate");
    return saved;
  });
}
