import { Queue, Worker } from "bullmq";
import type { Redis } from "ioredis";
import { closeRedis, connectQueueRedis } from "./redis";

/**
 * Recurring work shared by every app instance through one BullMQ queue in Redis: each tick of a
 * schedule becomes one job, done by whichever instance takes it, instead of every instance doing
 * it. A job of an instance that dies is taken again once its lock lapses, so BullMQ runs a job at
 * least once; each job's own effects must be idempotent (the outbox's leases and the ticket's
 * external_id make a ticket's delivery happen once).
 */
export interface RecurringJob {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

export interface JobQueueState {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

export interface JobQueue {
  state(): Promise<JobQueueState>;
  /** Takes no new jobs, waits for the ones in hand, and closes the queue's connections. */
  stop(): Promise<void>;
}

export const JOB_QUEUE_NAME = "concierge";

export function startJobQueue(options: {
  redisUrl: string;
  jobs: RecurringJob[];
  /** How long a job stays an instance's without a sign of life before another takes it. */
  lockMs?: number;
  onError?: (error: unknown, jobName: string) => void;
}): JobQueue {
  const connections: Redis[] = [];
  const connection = () => {
    const redis = connectQueueRedis(options.redisUrl);
    connections.push(redis);
    return redis;
  };
  const queue = new Queue(JOB_QUEUE_NAME, {
    connection: connection(),
    prefix: "concierge:jobs",
  });
  const byName = new Map(options.jobs.map((job) => [job.name, job]));
  const lockMs = options.lockMs ?? 10_000;
  const worker = new Worker(
    JOB_QUEUE_NAME,
    async (job) => {
      const recurring = byName.get(job.name);
      if (recurring) await recurring.run();
    },
    {
      connection: connection(),
      prefix: "concierge:jobs",
      concurrency: options.jobs.length,
      lockDuration: lockMs,
      stalledInterval: Math.max(1_000, Math.round(lockMs / 2)),
      // A stalled job is one whose instance died: taking it again is the point, however often.
      maxStalledCount: 1_000,
    },
  );
  worker.on("failed", (job, error) => options.onError?.(error, job?.name ?? "unknown"));
  worker.on("error", (error) => options.onError?.(error, "worker"));
  queue.on("error", (error) => options.onError?.(error, "queue"));

  const scheduled = Promise.all(
    options.jobs.map((job) =>
      queue.upsertJobScheduler(
        job.name,
        { every: job.everyMs },
        { name: job.name, opts: { removeOnComplete: 100, removeOnFail: 500 } },
      ),
    ),
  ).catch((error: unknown) => options.onError?.(error, "schedule"));

  return {
    async state() {
      const counts = await queue.getJobCounts("waiting", "active", "delayed", "failed");
      return {
        waiting: counts.waiting ?? 0,
        active: counts.active ?? 0,
        delayed: counts.delayed ?? 0,
        failed: counts.failed ?? 0,
      };
    },
    async stop() {
      await scheduled;
      await worker.close();
      await queue.close();
      await Promise.all(connections.map(closeRedis));
    },
  };
}
