import type { PrismaClient } from "@prisma/client";

/**
 * Counts that an FAQ entry answered a question asked on a product's page. Only the shop, the
 * product and the entry are kept: never the visitor, the customer or the words they wrote.
 */
export async function recordProductQuestion(options: {
  prisma: PrismaClient;
  shop: string;
  productHandle: string;
  faqEntryId: string;
  now?: Date;
}): Promise<void> {
  const { prisma, shop, productHandle, faqEntryId } = options;
  const lastAskedAt = options.now ?? new Date();
  await prisma.productQuestionCount.upsert({
    where: { shop_productHandle_faqEntryId: { shop, productHandle, faqEntryId } },
    create: { shop, productHandle, faqEntryId, count: 1, lastAskedAt },
    update: { count: { increment: 1 }, lastAskedAt },
  });
}
