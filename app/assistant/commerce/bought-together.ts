import { z } from "zod";
import type { AdminGateway } from "./admin-gateway";
import { orderBasketsPageQuery } from "./admin-queries";
import type { OrderBasketsPage } from "./admin-queries";
import { numericId } from "./apply-commerce-webhook";
import type { CommerceCache } from "./commerce-cache";
import { readThrough } from "./read-through";
import type { CacheCounts } from "./read-through";

/** Co-occurrence counts mined from the shop's recent orders, per product (numeric ids). */
export const BoughtTogetherSchema = z.object({
  pairs: z.record(z.string(), z.record(z.string(), z.number())),
  /** How many recent orders each product was in: the shop's own popularity. */
  orderCounts: z.record(z.string(), z.number()),
  ordersSeen: z.number(),
});
export type BoughtTogether = z.infer<typeof BoughtTogetherSchema>;

const PAGE_SIZE = 50;

/**
 * Pages through recent orders (50 per page, each page a cost-checked call) and counts which
 * products share a basket. Cached per shop for an hour: a new order barely moves the counts.
 */
export async function mineBoughtTogether(options: {
  gateway: AdminGateway;
  cache: CommerceCache;
  ttlMs: number;
  maxOrders: number;
  counts?: CacheCounts;
}): Promise<BoughtTogether> {
  const { gateway, cache } = options;
  return readThrough({
    cache,
    shop: gateway.shop,
    key: "bought-together",
    schema: BoughtTogetherSchema,
    ttlMs: options.ttlMs,
    counts: options.counts,
    tagsOf: () => [],
    load: async () => {
      const pairs: BoughtTogether["pairs"] = {};
      const orderCounts: BoughtTogether["orderCounts"] = {};
      let ordersSeen = 0;
      let after: string | null = null;
      while (ordersSeen < options.maxOrders) {
        const page: OrderBasketsPage = await gateway.request({
          priority: "background",
          operation: orderBasketsPageQuery,
          variables: { after },
          timeoutMs: 30_000,
        });
        for (const order of page.orders.nodes) {
          ordersSeen += 1;
          const basket = [
            ...new Set(
              order.lineItems.nodes.flatMap((item) =>
                item.product ? [numericId(item.product.id)] : [],
              ),
            ),
          ];
          for (const product of basket) {
            orderCounts[product] = (orderCounts[product] ?? 0) + 1;
            for (const other of basket) {
              if (other === product) continue;
              const row = (pairs[product] ??= {});
              row[other] = (row[other] ?? 0) + 1;
            }
          }
        }
        if (!page.orders.pageInfo.hasNextPage || page.orders.nodes.length < PAGE_SIZE) break;
        after = page.orders.pageInfo.endCursor;
      }
      return { pairs, orderCounts, ordersSeen };
    },
  });
}

/** Products most often in the same basket as `productId`, best first. */
export function boughtWith(mined: BoughtTogether, productId: string): string[] {
  const row = mined.pairs[productId] ?? {};
  return Object.entries(row)
    .sort(([idA, countA], [idB, countB]) => countB - countA || idA.localeCompare(idB))
    .map(([id]) => id);
}

export function mostOrdered(mined: BoughtTogether): string[] {
  return Object.entries(mined.orderCounts)
    .sort(([idA, countA], [idB, countB]) => countB - countA || idA.localeCompare(idB))
    .map(([id]) => id);
}
