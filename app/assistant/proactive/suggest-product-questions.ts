import type { PrismaClient } from "@prisma/client";
import { z } from "zod";

export interface ProductQuestion {
  faqEntryId: string;
  /** The entry's question in the shopper's language: sent as-is when the shopper picks it. */
  question: string;
}

/** Tags that say where an entry came from, not what it is about. */
const ORIGIN_TAGS = new Set(["starter", "learned"]);
const TagsSchema = z.array(z.string()).catch([]);

interface Entry {
  id: string;
  question: string;
  language: string;
  topics: string[];
}

function topicsOf(tags: string): string[] {
  let parsed: unknown = [];
  try {
    parsed = JSON.parse(tags);
  } catch {
    // A malformed tag list means no topics.
  }
  return TagsSchema.parse(parsed)
    .map((tag) => tag.trim().toLowerCase())
    .filter((tag) => tag !== "" && !ORIGIN_TAGS.has(tag));
}

/**
 * The FAQ entries most asked about a product, in the shopper's language: those that answered the
 * most questions asked on its page (an entry in another language stands for its counterpart that
 * shares a topic tag), then entries the merchant tagged with the product's handle. None when
 * neither exists: an empty list is better than a guess.
 */
export async function suggestProductQuestions(options: {
  prisma: PrismaClient;
  shop: string;
  productHandle: string;
  /** The FAQ's language code (`en`, `zh-Hans`). */
  language: string;
  limit?: number;
}): Promise<ProductQuestion[]> {
  const { prisma, shop, productHandle, language } = options;
  const limit = options.limit ?? 2;
  const counts = await prisma.productQuestionCount.findMany({
    where: { shop, productHandle },
    orderBy: [{ count: "desc" }, { lastAskedAt: "desc" }],
    take: limit * 5,
    select: { faqEntryId: true },
  });
  const rows = await prisma.faqEntry.findMany({
    where: {
      shop,
      enabled: true,
      OR: [{ language }, { id: { in: counts.map((count) => count.faqEntryId) } }],
    },
    select: { id: true, question: true, language: true, tags: true },
    orderBy: { id: "asc" },
  });
  const entries = new Map<string, Entry>(
    rows.map((row) => [row.id, { ...row, topics: topicsOf(row.tags) }]),
  );
  const inLanguage = [...entries.values()].filter((entry) => entry.language === language);

  const chosen: Entry[] = [];
  const add = (entry: Entry | undefined): void => {
    if (entry && chosen.length < limit && !chosen.some((known) => known.id === entry.id))
      chosen.push(entry);
  };
  for (const { faqEntryId } of counts) {
    const asked = entries.get(faqEntryId);
    if (!asked) continue;
    add(
      asked.language === language
        ? asked
        : inLanguage.find((entry) => entry.topics.some((topic) => asked.topics.includes(topic))),
    );
  }
  const handle = productHandle.toLowerCase();
  for (const entry of inLanguage) if (entry.topics.includes(handle)) add(entry);
  return chosen.map((entry) => ({ faqEntryId: entry.id, question: entry.question }));
}
