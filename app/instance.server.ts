import { backgroundJobsState, stopBackgroundJobs } from "~/background-jobs.server";
import prisma, { cacheBroadcast } from "~/db.server";
import { checkInstanceHealth, type InstanceHealth } from "~/platform/health";
import { closeRedis } from "~/platform/redis";
import { redis } from "~/redis.server";

/**
 * This app instance as the server entry and the load balancer see it. Nothing that matters lives
 * only here: conversations, jobs and limits are in the database and Redis, so an instance can be
 * stopped at any time, and `stopInstance` makes that quick and clean.
 */
let draining = false;

export function instanceHealth(): Promise<InstanceHealth> {
  return checkInstanceHealth({ prisma, redis, jobs: backgroundJobsState, draining });
}

/** After the server stopped taking requests: finishes the jobs in hand, then closes connections. */
export async function stopInstance(): Promise<void> {
  draining = true;
  await stopBackgroundJobs();
  await cacheBroadcast?.stop();
  if (redis) await closeRedis(redis);
  await prisma.$disconnect();
}

/** Health answers "draining" from now on, so the balancer stops sending traffic here. */
export function startDraining(): void {
  draining = true;
}
