import { deleteExpiredConversations, startRetentionSchedule } from "~/assistant/compliance";
import { deliverEscalations } from "~/assistant/escalation";
import prisma from "~/db.server";
import { cipherBox } from "~/encryption.server";
import { env } from "~/env.server";
import { startJobQueue, type JobQueue, type JobQueueState } from "~/platform/job-queue";
import { escalationWorker, zendeskConnectionOf, zendeskDesk } from "~/zendesk.server";

/** Names only: an error's message may carry a ticket's or a conversation's text. */
const nameOf = (error: unknown) => (error instanceof Error ? error.name : typeof error);

const RETENTION_EVERY_MS = 6 * 60 * 60 * 1000;
const ESCALATIONS_EVERY_MS = 1_000;

interface BackgroundJobs {
  /** The shared queue's counts, or "in-process" when jobs run in this process alone. */
  state(): Promise<JobQueueState | "in-process" | "off">;
  stop(): Promise<void>;
}

declare global {
  // One set of jobs per process, however often the server module is evaluated.
  var conciergeBackgroundJobs: BackgroundJobs | undefined;
}

function sharedQueue(redisUrl: string): JobQueue {
  // The outbox names the claiming worker; the process id tells an operator which instance it is.
  const workerId = `worker-${process.pid}-${crypto.randomUUID().slice(0, 8)}`;
  return startJobQueue({
    redisUrl,
    jobs: [
      ...(env.CONCIERGE_ESCALATION_WORKER === "on"
        ? [
            {
              name: "escalations.deliver",
              everyMs: ESCALATIONS_EVERY_MS,
              run: () =>
                deliverEscalations({
                  prisma,
                  box: cipherBox,
                  workerId,
                  leaseMs: env.CONCIERGE_JOB_LEASE_SECONDS * 1000,
                  deskFor: async (shop) => {
                    const connection = await zendeskConnectionOf(shop);
                    return connection ? zendeskDesk(connection) : null;
                  },
                }),
            },
          ]
        : []),
      {
        name: "conversations.erase-expired",
        everyMs: RETENTION_EVERY_MS,
        run: () => deleteExpiredConversations({ prisma, now: new Date() }),
      },
    ],
    onError: (error, job) => console.error(`Background job ${job} failed`, nameOf(error)),
  });
}

function inProcessJobs(): BackgroundJobs {
  const escalations = env.CONCIERGE_ESCALATION_WORKER === "on" ? escalationWorker() : null;
  const retention = startRetentionSchedule({
    prisma,
    onError: (error) => console.error("Retention run failed", nameOf(error)),
  });
  return {
    state: async () => "in-process",
    async stop() {
      retention.stop();
      await escalations?.stop();
    },
  };
}

/**
 * Work that runs beside the requests: delivering hand-offs to Zendesk (unless another process
 * does) and erasing conversations past each shop's retention. With REDIS_URL the instances share
 * one queue (each tick done once, by any instance); without it this process does it alone (worker 1
 * when the instance runs several workers).
 */
export function startBackgroundJobs(): void {
  if (env.NODE_ENV === "test" || globalThis.conciergeBackgroundJobs) return;
  if (!env.REDIS_URL) {
    // Among several workers of one instance, the first alone runs them (its replacement, if it dies).
    if ((env.CONCIERGE_WORKER_NUMBER ?? 1) !== 1) return;
    globalThis.conciergeBackgroundJobs = inProcessJobs();
    return;
  }
  const queue = sharedQueue(env.REDIS_URL);
  globalThis.conciergeBackgroundJobs = { state: () => queue.state(), stop: () => queue.stop() };
}

export function backgroundJobsState(): Promise<JobQueueState | "in-process" | "off"> {
  return globalThis.conciergeBackgroundJobs?.state() ?? Promise.resolve("off");
}

/** Waits for the jobs in hand to finish and starts no more. */
export async function stopBackgroundJobs(): Promise<void> {
  await globalThis.conciergeBackgroundJobs?.stop();
}
