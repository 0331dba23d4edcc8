/**
 * Shop caches across instances: what one instance forgets after a write, every other instance
 * forgets too, through Redis pub/sub (on PostgreSQL there is no file counter to notice it by).
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCacheBroadcast, type CacheBroadcast } from "../../app/platform/cache-broadcast";
import { startThrowawayRedis, type ThrowawayServer } from "../support/throwaway-servers";

async function eventually(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the shop-cache broadcast", () => {
  let server: ThrowawayServer;
  const connections: Redis[] = [];
  const broadcasts: CacheBroadcast[] = [];

  beforeAll(async () => {
    server = await startThrowawayRedis();
  });
  afterAll(async () => {
    await Promise.all(broadcasts.map((broadcast) => broadcast.stop()));
    for (const connection of connections) connection.disconnect();
    await server?.stop();
  });

  function instance(heard: string[]): CacheBroadcast {
    const redis = new Redis(server.url);
    connections.push(redis);
    const broadcast = startCacheBroadcast({ redis, onForeignForget: (key) => heard.push(key) });
    broadcasts.push(broadcast);
    return broadcast;
  }

  it("GIVEN two instances WHEN one forgets a shop THEN the other hears it and the first does not", async () => {
    const heardByA: string[] = [];
    const heardByB: string[] = [];
    const a = instance(heardByA);
    instance(heardByB);
    // Subscriptions are made asynchronously: announce until the other side is listening.
    await eventually(() => {
      a.announce("shop-one.myshopify.com");
      return heardByB.length > 0;
    }, "instance B to hear A");
    expect(new Set(heardByB)).toEqual(new Set(["shop-one.myshopify.com"]));
    expect(heardByA).toEqual([]);
  });
});
