import type { PrismaClient } from "@prisma/client";
import type { Redis } from "ioredis";
import type { JobQueueState } from "./job-queue";

/**
 * What a load balancer asks before sending an instance traffic: every dependency answers, and the
 * instance is not on its way out. "not_configured" is healthy: the embedded default has no Redis.
 */
export type DependencyState = "up" | "down" | "not_configured";

export interface InstanceHealth {
  status: "ok" | "unavailable" | "draining";
  database: DependencyState;
  redis: DependencyState;
  queue: JobQueueState | "in-process" | "off" | "down";
}

const TIMEOUT_MS = 2_000;

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      const timer = setTimeout(() => reject(new Error("timed out")), ms);
      timer.unref();
    }),
  ]);
}

async function answers(check: () => Promise<unknown>): Promise<DependencyState> {
  try {
    await within(check(), TIMEOUT_MS);
    return "up";
  } catch {
    return "down";
  }
}

export async function checkInstanceHealth(options: {
  prisma: PrismaClient;
  redis: Redis | null;
  jobs: () => Promise<JobQueueState | "in-process" | "off">;
  draining: boolean;
}): Promise<InstanceHealth> {
  const [database, redis, queue] = await Promise.all([
    answers(() => options.prisma.$queryRawUnsafe("SELECT 1")),
    options.redis
      ? answers(() => options.redis!.ping())
      : Promise.resolve("not_configured" as const),
    within(options.jobs(), TIMEOUT_MS).catch(() => "down" as const),
  ]);
  const healthy = database === "up" && redis !== "down" && queue !== "down";
  return {
    status: options.draining ? "draining" : healthy ? "ok" : "unavailable",
    database,
    redis,
    queue,
  };
}
