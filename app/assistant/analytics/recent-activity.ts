import type { PrismaClient } from "@prisma/client";

export interface RecentActivity {
  conversations: number;
  shopperMessages: number;
}

/** How much shoppers used the chat since a moment, for the admin home. */
export async function summariseRecentActivity(options: {
  prisma: PrismaClient;
  shop: string;
  since: Date;
}): Promise<RecentActivity> {
  const { prisma, shop, since } = options;
  const [conversations, shopperMessages] = await Promise.all([
    prisma.conversation.count({ where: { shop, createdAt: { gte: since } } }),
    prisma.message.count({ where: { shop, role: "shopper", createdAt: { gte: since } } }),
  ]);
  return { conversations, shopperMessages };
}
