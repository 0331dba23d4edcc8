import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test/support/database";
import { saveFaqEntry } from "./assistant/knowledge";
import { loadShopKnowledge } from "./assistant/knowledge/load-shop-knowledge";
import { confirmOnboardingStep, readShopSettings } from "./assistant/settings";
import {
  announceForgets,
  createShopCache,
  forgetShop,
  shopKnowledgeCache,
  shopSettingsCache,
} from "./assistant/shops";

const SHOP = "cache-shop.myshopify.com";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe("a shop cache", () => {
  it("loads once for concurrent readers and again only after forget", async () => {
    const cache = createShopCache<number>();
    let loads = 0;
    const load = async () => (loads += 1);
    expect(await Promise.all([cache.read(SHOP, load), cache.read(SHOP, load)])).toEqual([1, 1]);
    expect(await cache.read(SHOP, load)).toBe(1);
    cache.forget(SHOP);
    expect(await cache.read(SHOP, load)).toBe(2);
  });

  it("does not keep what a load read before a forget", async () => {
    const cache = createShopCache<string>();
    const slow = deferred<string>();
    const reading = cache.read(SHOP, () => slow.promise);
    cache.forget(SHOP);
    slow.resolve("before the write");
    await reading;
    expect(await cache.read(SHOP, async () => "after the write")).toBe("after the write");
  });

  it("forgets a whole shop in every cache and tells other instances once", async () => {
    const announced: string[] = [];
    announceForgets((key) => announced.push(key));
    try {
      const settings = createShopCache<number>();
      const knowledge = createShopCache<number>();
      await settings.read(SHOP, async () => 1);
      await knowledge.read(SHOP, async () => 1);
      forgetShop(SHOP);
      expect(await settings.read(SHOP, async () => 2)).toBe(2);
      expect(await knowledge.read(SHOP, async () => 2)).toBe(2);
      expect(announced).toEqual([SHOP]);
    } finally {
      announceForgets(() => undefined);
    }
  });

  it("does not keep a failed load", async () => {
    const cache = createShopCache<string>();
    await expect(cache.read(SHOP, () => Promise.reject(new Error("down")))).rejects.toThrow();
    expect(await cache.read(SHOP, async () => "up")).toBe("up");
  });
});

describe("the shop caches of the message path", () => {
  let db: TestDatabase;
  let appDatabase: { default: PrismaClient };

  beforeAll(async () => {
    db = await createTestDatabase();
    // The app's own connection, as in production, on the test's file.
    process.env.DATABASE_URL = db.url;
    appDatabase = await import("./db.server");
    await import("./shop-cache.server");
    await appDatabase.default.$queryRawUnsafe("SELECT 1");
  });

  afterAll(async () => {
    await appDatabase.default.$disconnect();
    await db.close();
  });

  const settingsNow = () =>
    shopSettingsCache.read(SHOP, () =>
      readShopSettings({ prisma: appDatabase.default, shop: SHOP }),
    );
  const knowledgeNow = () =>
    shopKnowledgeCache.read(SHOP, () =>
      loadShopKnowledge({ prisma: appDatabase.default, shop: SHOP }),
    );

  it("sees this process's settings change on the next read", async () => {
    expect((await settingsNow()).onboarding.embedConfirmedAt).toBeFalsy();
    await confirmOnboardingStep({
      prisma: appDatabase.default,
      shop: SHOP,
      actor: "staff:1",
      step: "embed",
    });
    expect((await settingsNow()).onboarding.embedConfirmedAt).toBeTruthy();
  });

  it("sees this process's FAQ change on the next read", async () => {
    const before = await knowledgeNow();
    await saveFaqEntry({
      prisma: appDatabase.default,
      shop: SHOP,
      entry: { question: "Do you gift wrap?", answer: "Yes, for free.", language: "en" },
    });
    const after = await knowledgeNow();
    expect(after).not.toBe(before);
    expect(JSON.stringify(after)).toContain("gift wrap");
  });

  it("keeps what it holds across this process's own writes to other rows", async () => {
    const cached = await settingsNow();
    await appDatabase.default.conversation.create({
      data: { id: "conv_cache", shop: SHOP, visitorId: "cache-visitor-0123456789" },
    });
    expect(await settingsNow()).toBe(cached);
  });

  it("sees another process's write on the next read", async () => {
    const cached = await settingsNow();
    expect(await settingsNow()).toBe(cached);
    // Another connection to the same file, as a script or a second process writes.
    await saveFaqEntry({
      prisma: db.prisma,
      shop: SHOP,
      entry: { question: "Do you ship to Mars?", answer: "Not yet.", language: "en" },
    });
    // A real process's write reaches this one as I/O, on a later turn of the event loop, which
    // is when `data_version` is read again (database.ts); here it is awaited in the same turn.
    await new Promise((resolve) => setImmediate(resolve));
    expect(await settingsNow()).not.toBe(cached);
    expect(JSON.stringify(await knowledgeNow())).toContain("Mars");
  });
});
