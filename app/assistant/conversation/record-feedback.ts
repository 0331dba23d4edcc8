import type { PrismaClient } from "@prisma/client";
import { rateConversation } from "../analytics";
import { openStored, conversationContext, type CipherBox } from "../encryption";
import { Problem } from "../errors";
import { queueLearningQuestions, recordAnswerVote } from "../knowledge";
import { findConversation } from "./find-conversation";
import type { Shopper } from "./types";

export type Feedback = { messageId: string; vote: "up" | "down" } | { csat: number };

/**
 * A thumb on one assistant answer, or the conversation's CSAT rating. A thumb on an FAQ answer
 * also teaches the shop's knowledge which answer wins, and a thumbs-down files the question that
 * was asked for the merchant's learning queue (once, however it is found).
 */
export async function recordFeedback(options: {
  prisma: PrismaClient;
  box: CipherBox;
  shopper: Shopper;
  conversationId: string;
  feedback: Feedback;
}): Promise<void> {
  const { prisma, box, shopper, conversationId, feedback } = options;
  await findConversation({ prisma, shopper, conversationId });
  if ("csat" in feedback) {
    await rateConversation({ prisma, shop: shopper.shop, conversationId, csat: feedback.csat });
    return;
  }
  const answer = await prisma.message.findFirst({
    where: { shop: shopper.shop, conversationId, id: feedback.messageId, role: "assistant" },
  });
  if (!answer) throw new Problem("not_found", "There is no such answer in this conversation.");
  await prisma.message.update({ where: { seq: answer.seq }, data: { vote: feedback.vote } });
  if (feedback.vote === "down") {
    const question = await prisma.message.findFirst({
      where: { shop: shopper.shop, conversationId, role: "shopper", seq: { lt: answer.seq } },
      orderBy: { seq: "desc" },
    });
    if (question) {
      await queueLearningQuestions({
        prisma,
        box,
        shop: shopper.shop,
        candidates: [
          {
            conversationId,
            messageId: question.id,
            text: openStored(box, question.body, { context: conversationContext(question) }),
            language: question.language,
            intent: question.intent,
            confidence: question.confidence,
            reason: "thumbs_down",
            askedAt: question.createdAt,
          },
        ],
      });
    }
  }
  if (!answer.faqEntryId) return;
  await recordAnswerVote({
    prisma,
    shop: shopper.shop,
    messageId: answer.id,
    faqEntryId: answer.faqEntryId,
    vote: feedback.vote,
  });
}
