import type { PrismaClient } from "@prisma/client";
import { announceForgets } from "~/assistant/shops";
import { env, runsAmongWorkers } from "~/env.server";
import { startCacheBroadcast } from "~/platform/cache-broadcast";
import { openDatabase, readSqliteDataVersion } from "~/platform/database";
import { checkpointFileInThread } from "~/platform/wal-checkpoints";
import { checkpointInPrimary, relayForgetsThroughPrimary } from "~/platform/worker-cluster";
import { redis } from "~/redis.server";

declare global {
  // Survives Vite's module reloads in development, so one connection serves the process.
  var conciergeDatabase: PrismaClient | undefined;
}

const prisma = (globalThis.conciergeDatabase ??= openDatabase({
  url: env.DATABASE_URL,
  poolSize: env.DATABASE_POOL_SIZE,
  // Chat messages commit on this connection: WAL checkpoints stall it (platform/wal-checkpoints.ts).
  // Among workers the primary's one thread checkpoints for all of them.
  backgroundCheckpoints: runsAmongWorkers ? checkpointInPrimary : checkpointFileInThread,
}));

// Other instances' forgets (their writes to what shop caches hold) arrive through Redis; without
// Redis, the other workers' of this instance (CONCIERGE_WORKERS > 1) through the primary process.
let foreignForgets = 0;
const countForeignForget = () => (foreignForgets += 1);
export const cacheBroadcast = redis
  ? startCacheBroadcast({ redis, onForeignForget: countForeignForget })
  : null;
if (cacheBroadcast) announceForgets((key) => cacheBroadcast.announce(key));
else if (runsAmongWorkers)
  announceForgets(relayForgetsThroughPrimary({ onForeignForget: countForeignForget }).announce);

/**
 * Moves whenever another process wrote what the shop caches hold: SQLite's `data_version` on the
 * app's own connection (it moves when any other connection commits to the file, never for this
 * process's writes), plus the forgets other instances or workers announce (PostgreSQL has no such
 * counter). Among several workers `data_version` is not read: every sibling's message commit moves
 * it, which would empty every cache on every message. Writes by processes outside the app (scripts)
 * to cached settings, FAQ or sessions are then seen only after a restart.
 */
export function readDataVersion(): number {
  return (runsAmongWorkers ? 0 : (readSqliteDataVersion(prisma) ?? 0)) + foreignForgets;
}

export default prisma;
