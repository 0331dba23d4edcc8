import type { PrismaClient } from "@prisma/client";
import type { AnswerVotes, ShopKnowledge } from "./build-shop-knowledge";
import { buildShopKnowledge } from "./build-shop-knowledge";
import { listFaqEntries } from "./manage-faq-entries";

const cache = new Map<string, { version: number; knowledge: ShopKnowledge }>();

/**
 * The shop's FAQ index, cached per shop and rebuilt when the shop's knowledge version moved, so a
 * saved entry, an import or a vote takes effect on the next message (one small read per message).
 */
export async function loadShopKnowledge(options: {
  prisma: PrismaClient;
  shop: string;
}): Promise<ShopKnowledge> {
  const { prisma, shop } = options;
  const version = (await prisma.knowledgeVersion.findUnique({ where: { shop } }))?.version ?? 0;
  const cached = cache.get(shop);
  if (cached && cached.version === version) return cached.knowledge;

  const [entries, votes] = await Promise.all([
    listFaqEntries({ prisma, shop }),
    prisma.answerVote.groupBy({
      by: ["faqEntryId", "vote"],
      where: { shop },
      _count: { _all: true },
    }),
  ]);
  const tally: Record<string, AnswerVotes> = {};
  for (const row of votes) {
    const entry = (tally[row.faqEntryId] ??= { up: 0, down: 0 });
    if (row.vote > 0) entry.up += row._count._all;
    else entry.down += row._count._all;
  }
  const knowledge = buildShopKnowledge(entries, { votes: tally });
  cache.set(shop, { version, knowledge });
  return knowledge;
}
