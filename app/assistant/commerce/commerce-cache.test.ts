import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createMemoryCommerceCache } from "./commerce-cache";

const CatalogueSchema = z.array(z.object({ handle: z.string(), skus: z.array(z.string()) }));
const shop = "alpha.myshopify.com";

async function cacheHolding(value: unknown) {
  const cache = createMemoryCommerceCache();
  await cache.set({
    shop,
    key: "catalogue",
    value,
    ttlMs: 60_000,
    tags: ["catalogue"],
    loadStartedAt: 0,
  });
  return cache;
}

describe("the memory commerce cache", () => {
  it("parses an entry once and hands every reader the same frozen reading", async () => {
    const cache = await cacheHolding([{ handle: "tee", skus: ["TEE-1"], extra: "dropped" }]);
    const first = await cache.get({ shop, key: "catalogue", schema: CatalogueSchema });
    const second = await cache.get({ shop, key: "catalogue", schema: CatalogueSchema });
    expect(second).toBe(first);
    expect(first).toEqual([{ handle: "tee", skus: ["TEE-1"] }]);
    expect(() => first!.push({ handle: "hat", skus: [] })).toThrow(TypeError);
    expect(() => first![0]!.skus.push("TEE-2")).toThrow(TypeError);
    expect(await cache.get({ shop, key: "catalogue", schema: CatalogueSchema })).toEqual([
      { handle: "tee", skus: ["TEE-1"] },
    ]);
  });

  it("answers nothing for a value the schema refuses, and nothing to another shop", async () => {
    const cache = await cacheHolding([{ handle: 42 }]);
    expect(await cache.get({ shop, key: "catalogue", schema: CatalogueSchema })).toBeUndefined();
    const other = await cacheHolding([{ handle: "tee", skus: [] }]);
    expect(
      await other.get({ shop: "beta.myshopify.com", key: "catalogue", schema: CatalogueSchema }),
    ).toBeUndefined();
  });
});
