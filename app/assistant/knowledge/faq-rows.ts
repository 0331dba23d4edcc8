import type { Prisma, PrismaClient } from "@prisma/client";
import { z } from "zod";
import type { FaqEntry, ParsedFaqEntryInput } from "./faq-entry";
import { FaqEntrySchema } from "./faq-entry";
import { forgetShopKnowledge } from "../shops/shop-cache";

/** A Prisma client or the transaction client handed to `$transaction(async (tx) => …)`. */
export type KnowledgeDatabase = PrismaClient | Prisma.TransactionClient;

const StringListSchema = z.array(z.string());

/** A stored row back to an entry; rows that no longer validate are skipped rather than served. */
export function entryFromRow(row: {
  id: string;
  question: string;
  alternatives: string;
  answer: string;
  language: string;
  tags: string;
  enabled: boolean;
}): FaqEntry | null {
  const parsed = FaqEntrySchema.safeParse({
    ...row,
    alternatives: StringListSchema.safeParse(JSON.parse(row.alternatives)).data ?? [],
    tags: StringListSchema.safeParse(JSON.parse(row.tags)).data ?? [],
  });
  return parsed.success ? parsed.data : null;
}

export function rowFromEntry(shop: string, entry: ParsedFaqEntryInput & { id: string }) {
  return {
    shop,
    id: entry.id,
    question: entry.question,
    alternatives: JSON.stringify(entry.alternatives),
    answer: entry.answer,
    language: entry.language,
    tags: JSON.stringify(entry.tags),
    enabled: entry.enabled,
  };
}

/** Marks the shop's knowledge as changed so every cached index for it is rebuilt on the next message. */
export async function bumpKnowledgeVersion(
  database: KnowledgeDatabase,
  shop: string,
): Promise<void> {
  await database.knowledgeVersion.upsert({
    where: { shop },
    create: { shop, version: 1 },
    update: { version: { increment: 1 } },
  });
  forgetShopKnowledge(shop);
}
