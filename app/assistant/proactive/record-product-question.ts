import type { PrismaClient } from "@prisma/client";
import { preparedSqlOf } from "../../platform/prepared-sql";

// Asked on product pages with every answered message: a prepared statement, not a Prisma upsert.
const COUNT_PRODUCT_QUESTION = `INSERT INTO "ProductQuestionCount"
  ("shop", "productHandle", "faqEntryId", "count", "lastAskedAt") VALUES (?, ?, ?, 1, ?)
  ON CONFLICT ("shop", "productHandle", "faqEntryId")
  DO UPDATE SET "count" = "ProductQuestionCount"."count" + 1, "lastAskedAt" = excluded."lastAskedAt"`;

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
  const sql = await preparedSqlOf(prisma);
  await sql.write([
    {
      sql: COUNT_PRODUCT_QUESTION,
      params: [shop, productHandle, faqEntryId, options.now ?? new Date()],
    },
  ]);
}
