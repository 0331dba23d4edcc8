import { startRetentionSchedule } from "~/assistant/compliance";
import prisma from "~/db.server";
import { env } from "~/env.server";
import { escalationWorker } from "~/zendesk.server";

declare global {
  // One set of jobs per process, however often the server module is evaluated.
  var conciergeBackgroundJobs: { stop(): void }[] | undefined;
}

/**
 * Work that runs beside the requests: delivering hand-offs to Zendesk (unless another process
 * does) and erasing conversations past each shop's retention.
 */
export function startBackgroundJobs(): void {
  if (env.NODE_ENV === "test" || globalThis.conciergeBackgroundJobs) return;
  if (env.CONCIERGE_ESCALATION_WORKER === "on") escalationWorker();
  globalThis.conciergeBackgroundJobs = [
    startRetentionSchedule({
      prisma,
      onError: (error) =>
        console.error("Retention run failed", error instanceof Error ? error.name : typeof error),
    }),
  ];
}
