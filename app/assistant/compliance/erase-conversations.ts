import type { PrismaClient } from "@prisma/client";
import { forgetConversations } from "../analytics";

export interface ErasedRows {
  conversations: number;
  messages: number;
  escalations: number;
  outboxJobs: number;
  learningQuestions: number;
}

/**
 * Removes conversations of one shop and everything kept about them: messages, hand-offs to a
 * person and their queued deliveries (which carry the transcript and the requester's email),
 * and the analytics and learning-loop rows that quote the shopper.
 */
export async function eraseConversations(options: {
  prisma: PrismaClient;
  shop: string;
  conversationIds: string[];
}): Promise<ErasedRows> {
  const { prisma, shop, conversationIds } = options;
  if (conversationIds.length === 0) {
    return { conversations: 0, messages: 0, escalations: 0, outboxJobs: 0, learningQuestions: 0 };
  }
  const escalations = await prisma.escalation.findMany({
    where: { shop, conversationId: { in: conversationIds } },
    select: { id: true },
  });
  const learningQuestions = await prisma.learningQuestion.count({
    where: { shop, conversationId: { in: conversationIds } },
  });
  await forgetConversations({ prisma, shop, conversationIds });
  // Jobs are found by the keys the escalation code gives them, so this holds when payloads are sealed.
  const [outboxJobs, escalationRows, messageRows, conversationRows] = await prisma.$transaction([
    prisma.outboxJob.deleteMany({
      where: {
        shop,
        OR: [
          {
            idempotencyKey: {
              in: escalations.map((escalation) => `concierge-escalation-${escalation.id}`),
            },
          },
          { orderKey: { in: conversationIds.map((id) => `comments:${id}`) } },
          ...conversationIds.map((id) => ({ payload: { contains: `"conversationId":"${id}"` } })),
        ],
      },
    }),
    prisma.escalation.deleteMany({ where: { shop, conversationId: { in: conversationIds } } }),
    prisma.message.deleteMany({ where: { shop, conversationId: { in: conversationIds } } }),
    prisma.conversation.deleteMany({ where: { shop, id: { in: conversationIds } } }),
  ]);
  return {
    conversations: conversationRows.count,
    messages: messageRows.count,
    escalations: escalationRows.count,
    outboxJobs: outboxJobs.count,
    learningQuestions,
  };
}
