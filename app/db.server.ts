import type { PrismaClient } from "@prisma/client";
import { announceForgets } from "~/assistant/shops";
import { env } from "~/env.server";
import { startCacheBroadcast } from "~/platform/cache-broadcast";
import { openDatabase, readSqliteDataVersion } from "~/platform/database";
import { redis } from "~/redis.server";

declare global {
  // Survives Vite's module reloads in development, so one connection serves the process.
  var conciergeDatabase: PrismaClient | undefined;
}

const prisma = (globalThis.conciergeDatabase ??= openDatabase({
  url: env.DATABASE_URL,
  poolSize: env.DATABASE_POOL_SIZE,
}));

// Other instances' forgets (their writes to what shop caches hold) arrive through Redis.
let foreignForgets = 0;
export const cacheBroadcast = redis
  ? startCacheBroadcast({ redis, onForeignForget: () => (foreignForgets += 1) })
  : null;
if (cacheBroadcast) announceForgets((key) => cacheBroadcast.announce(key));

/**
 * Moves whenever another process wrote what the shop caches hold: SQLite's `data_version` on the
 * app's own connection (it moves when any other connection commits to the file, never for this
 * process's writes), plus the forgets other instances broadcast (PostgreSQL has no such counter).
 */
export function readDataVersion(): number {
  return (readSqliteDataVersion(prisma) ?? 0) + foreignForgets;
}

export default prisma;
