import type { OutboxJob, PrismaClient } from "@prisma/client";
import {
  ADD_COMMENT_JOB,
  AddCommentJobSchema,
  COMMENT_PARK_MS,
  commentOrderKey,
  commentReference,
} from "./queue-shopper-comment";
import type { CipherBox } from "../encryption";
import { CREATE_TICKET_JOB, CreateTicketJobSchema } from "./request-escalation";
import { openJobPayload } from "./sealed-rows";
import type { SupportDesk } from "./support-desk";
import { SupportDeskError } from "./support-desk";

/**
 * The outbox worker. Exactly one ticket per escalation, whatever fails:
 * - a job is claimed with a lease (`lockedUntil`); a worker that dies simply lets it expire and
 *   another worker claims it again;
 * - from the second attempt on, the worker looks the ticket up by external_id before creating
 *   (a previous attempt may have created it and died before recording it);
 * - the create carries the job's Idempotency-Key and the frozen body, so a retry of a create whose
 *   answer was lost is answered by Zendesk from its idempotency record;
 * - failures wait: Retry-After when Zendesk gives one, else exponential back-off with jitter.
 * Every write is guarded by `lockedBy`, so a worker whose lease was taken over changes nothing.
 *
 * The same worker adds the shopper's later messages to the ticket as comments: each waits until
 * the ticket exists and until the comments written before it are delivered (so the agent reads
 * them in order), and a retry first looks for its reference on the ticket (Zendesk has no
 * idempotency key for comments).
 */

const DELIVERED_KINDS = [CREATE_TICKET_JOB, ADD_COMMENT_JOB];
/**
 * Zendesk has no idempotency key for comments, so delivery is at least once: the retry of a
 * comment whose answer was lost first looks for it on the ticket, after this long.
 */
const COMMENT_SETTLE_SECONDS = 5;
const DELIVERIES_IN_FLIGHT = 4;
const WAITING_FOR_EARLIER_COMMENT = "waiting_for_earlier_comment";

export interface RetryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
  /** After this many attempts the job is marked failed (visible, never silently dropped). */
  maxAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 2_000,
  maxDelayMs: 15 * 60_000,
  maxAttempts: 60,
};

export interface DeliverEscalationsOptions {
  prisma: PrismaClient;
  /** Opens the sealed job payloads. */
  box: CipherBox;
  /** The shop's connected desk, or null when the merchant has not connected Zendesk (yet). */
  deskFor: (shop: string) => Promise<SupportDesk | null>;
  workerId: string;
  leaseMs?: number;
  batchSize?: number;
  /**
   * Zendesk calls one pass has in flight at once. Calls share this process's CPU, so a whole batch
   * at once makes every call as slow as all of them together: past the timeout none succeeds.
   */
  deliveriesInFlight?: number;
  retry?: Partial<RetryPolicy>;
  random?: () => number;
  now?: () => Date;
}

export interface DeliveryReport {
  claimed: number;
  delivered: number;
  rescheduled: number;
  failed: number;
}

export function backoffDelayMs(options: {
  attempts: number;
  policy: RetryPolicy;
  random: () => number;
  retryAfterSeconds?: number | null;
}): number {
  const exponential = Math.min(
    options.policy.maxDelayMs,
    options.policy.baseDelayMs * 2 ** Math.max(0, options.attempts - 1),
  );
  // "Equal jitter": never less than half the step, so retries spread out without hammering early.
  const jittered = exponential / 2 + options.random() * (exponential / 2);
  const retryAfterMs = (options.retryAfterSeconds ?? 0) * 1000;
  return Math.round(Math.max(jittered, retryAfterMs));
}

function describe(error: unknown): string {
  if (error instanceof SupportDeskError) return `${error.problem}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

async function claimDueJobs(
  options: Required<Pick<DeliverEscalationsOptions, "prisma" | "workerId">> & {
    now: Date;
    leaseMs: number;
    batchSize: number;
  },
) {
  const { prisma, now } = options;
  const free = { OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] };
  const candidates = await prisma.outboxJob.findMany({
    where: { kind: { in: DELIVERED_KINDS }, doneAt: null, runAfter: { lte: now }, ...free },
    // Tickets first ("zendesk.create_ticket" sorts after "zendesk.add_comment"): a comment can
    // only follow its ticket, and a hand-off without a ticket is what a shopper waits on.
    orderBy: [{ kind: "desc" }, { runAfter: "asc" }, { createdAt: "asc" }],
    take: options.batchSize,
    select: { id: true },
  });
  if (candidates.length === 0) return [];
  // One statement claims the whole batch: a claim per job costs a write (and its transaction) per
  // job, which under a retry storm starves the very calls whose timeouts caused it.
  const lockedUntil = new Date(now.getTime() + options.leaseMs);
  const ids = candidates.map(({ id }) => id);
  await prisma.outboxJob.updateMany({
    where: { id: { in: ids }, doneAt: null, ...free },
    data: { lockedUntil, lockedBy: options.workerId, attempts: { increment: 1 } },
  });
  return prisma.outboxJob.findMany({
    where: { id: { in: ids }, lockedBy: options.workerId, lockedUntil },
  });
}

/** Delivers the jobs due now, once; returns what happened. Call it in a loop (see startEscalationWorker). */
export async function deliverEscalations(
  options: DeliverEscalationsOptions,
): Promise<DeliveryReport> {
  const { prisma, workerId } = options;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const report: DeliveryReport = { claimed: 0, delivered: 0, rescheduled: 0, failed: 0 };
  const deliveriesInFlight = options.deliveriesInFlight ?? DELIVERIES_IN_FLIGHT;

  const jobs = await claimDueJobs({
    prisma,
    workerId,
    now: now(),
    leaseMs: options.leaseMs ?? 60_000,
    batchSize: options.batchSize ?? 20,
  });
  report.claimed = jobs.length;
  const owned = (job: OutboxJob) => ({ id: job.id, lockedBy: workerId, doneAt: null });

  async function fail(job: OutboxJob, reason: string, escalationId: string | null): Promise<void> {
    const at = now();
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.outboxJob.updateMany({
        where: owned(job),
        data: { doneAt: at, failedAt: at, lockedUntil: null, lastError: reason },
      });
      if (count === 1 && escalationId)
        await tx.escalation.updateMany({
          where: { id: escalationId, shop: job.shop },
          data: { status: "failed" },
        });
    });
    report.failed += 1;
  }

  async function reschedule(
    job: OutboxJob,
    reason: string,
    escalationId: string | null,
    retryAfterSeconds: number | null,
  ): Promise<void> {
    if (job.attempts >= policy.maxAttempts)
      return fail(job, `gave up after ${job.attempts} attempts: ${reason}`, escalationId);
    const delay = backoffDelayMs({ attempts: job.attempts, policy, random, retryAfterSeconds });
    await prisma.outboxJob.updateMany({
      where: owned(job),
      data: {
        runAfter: new Date(now().getTime() + delay),
        lockedUntil: null,
        lockedBy: null,
        lastError: reason,
      },
    });
    report.rescheduled += 1;
  }

  /** Puts a job back without spending an attempt: it waits for another job, not for Zendesk. */
  async function waitBehind(job: OutboxJob, reason: string, delayMs: number): Promise<void> {
    await prisma.outboxJob.updateMany({
      where: owned(job),
      data: {
        runAfter: new Date(now().getTime() + delayMs),
        lockedUntil: null,
        lockedBy: null,
        lastError: reason,
        attempts: { decrement: 1 },
      },
    });
    report.rescheduled += 1;
  }

  async function retryOrFail(job: OutboxJob, error: unknown, escalationId: string | null) {
    const retryable =
      error instanceof SupportDeskError && (error.retryable || error.problem === "unauthorized");
    if (retryable) return reschedule(job, describe(error), escalationId, error.retryAfterSeconds);
    return fail(job, describe(error), escalationId);
  }

  async function stillOwned(job: OutboxJob): Promise<boolean> {
    const current = await prisma.outboxJob.findFirst({
      where: { ...owned(job), lockedUntil: { gt: now() } },
      select: { id: true },
    });
    return current !== null;
  }

  function payloadOf(job: OutboxJob): unknown {
    try {
      return openJobPayload(options.box, job);
    } catch {
      // Malformed, tampered, or sealed with a key this process no longer has.
      return null;
    }
  }

  async function deliverComment(job: OutboxJob): Promise<void> {
    const parsed = AddCommentJobSchema.safeParse(payloadOf(job));
    if (!parsed.success) return fail(job, "invalid job payload", null);
    const { escalationId, messageId, body } = parsed.data;

    const escalation = await prisma.escalation.findFirst({
      where: { id: escalationId, shop: job.shop },
    });
    if (!escalation || escalation.status === "failed")
      return fail(job, "the conversation's ticket was never created", null);
    // Parked until the ticket's delivery wakes it (or the park ends, whichever is first).
    if (!escalation.ticketId) return waitBehind(job, "waiting_for_ticket", COMMENT_PARK_MS);
    const earlier = await prisma.outboxJob.findFirst({
      where: {
        shop: job.shop,
        orderKey: job.orderKey,
        doneAt: null,
        OR: [
          { createdAt: { lt: job.createdAt } },
          { createdAt: job.createdAt, id: { lt: job.id } },
        ],
      },
      orderBy: { runAfter: "desc" },
      select: { runAfter: true, lockedUntil: true },
    });
    if (earlier) {
      // Not before the earlier comment's next try, nor while a worker holds it (its delivery wakes
      // this one): polling a comment in flight would spin without spending attempts.
      const wakeAt = Math.max(earlier.runAfter.getTime(), earlier.lockedUntil?.getTime() ?? 0);
      const delay = Math.max(wakeAt - now().getTime(), 0) + policy.baseDelayMs / 4;
      return waitBehind(job, WAITING_FOR_EARLIER_COMMENT, delay);
    }

    const desk = await options.deskFor(job.shop);
    if (!desk) return reschedule(job, "zendesk_not_connected", null, null);
    try {
      const ticketId = escalation.ticketId;
      // Any earlier claim may have sent it (waits do not count as attempts, but leave lastError).
      const triedBefore = job.attempts > 1 || job.lastError !== null;
      const alreadyThere =
        triedBefore &&
        (await desk.findCommentContaining({ ticketId, text: commentReference(messageId) }));
      // Zendesk has no idempotency key for comments: never send on a lease another worker took over.
      if (!alreadyThere && !(await stillOwned(job))) return;
      if (!alreadyThere) await desk.addComment({ ticketId, body, public: false });
      const at = now();
      const { count } = await prisma.outboxJob.updateMany({
        where: owned(job),
        data: { doneAt: at, lockedUntil: null, lastError: null },
      });
      // The conversation's next comment waits for this one: wake it (if this write is lost, it
      // still comes due when this job's lease would have ended).
      if (count === 1)
        await prisma.outboxJob.updateMany({
          where: {
            shop: job.shop,
            orderKey: job.orderKey,
            doneAt: null,
            lastError: WAITING_FOR_EARLIER_COMMENT,
          },
          data: { runAfter: at },
        });
      report.delivered += 1;
    } catch (error) {
      // A write that timed out may still land: give it time to, before the retry looks for it.
      if (error instanceof SupportDeskError && error.problem === "timeout")
        return reschedule(job, describe(error), null, COMMENT_SETTLE_SECONDS);
      return retryOrFail(job, error, null);
    }
  }

  async function deliverTicket(job: OutboxJob): Promise<void> {
    const parsed = CreateTicketJobSchema.safeParse(payloadOf(job));
    if (!parsed.success) return fail(job, "invalid job payload", null);
    const { escalationId, conversationId, ticket } = parsed.data;

    const desk = await options.deskFor(job.shop);
    if (!desk) return reschedule(job, "zendesk_not_connected", escalationId, null);
    try {
      // A first attempt cannot have created anything yet; later ones may have died after Zendesk did.
      const existing =
        job.attempts > 1
          ? await desk.findTicketByExternalId({ externalId: ticket.externalId })
          : null;
      const delivered =
        existing ??
        (await desk.createTicket({ ticket, idempotencyKey: job.idempotencyKey })).ticket;
      const at = now();
      await prisma.$transaction(async (tx) => {
        const { count } = await tx.outboxJob.updateMany({
          where: owned(job),
          data: { doneAt: at, lockedUntil: null, lastError: null },
        });
        if (count === 1) {
          await tx.escalation.updateMany({
            where: { id: escalationId, shop: job.shop },
            data: { status: "delivered", ticketId: delivered.id, deliveredAt: at },
          });
          // The shopper's messages written meanwhile were parked for this ticket: wake them.
          await tx.outboxJob.updateMany({
            where: { shop: job.shop, orderKey: commentOrderKey(conversationId), doneAt: null },
            data: { runAfter: at },
          });
        }
      });
      report.delivered += 1;
    } catch (error) {
      return retryOrFail(job, error, escalationId);
    }
  }

  const queue = [...jobs];
  async function deliverQueued(): Promise<void> {
    for (let job = queue.shift(); job; job = queue.shift()) {
      // A lease that ran out while the job waited here belongs to whichever worker claims it next.
      if (job.lockedUntil && job.lockedUntil <= now()) continue;
      await (job.kind === ADD_COMMENT_JOB ? deliverComment(job) : deliverTicket(job));
    }
  }
  await Promise.all(
    Array.from({ length: Math.min(deliveriesInFlight, jobs.length) }, deliverQueued),
  );
  return report;
}

export interface EscalationWorker {
  /** Runs a pass now instead of waiting for the next poll (after an escalation was requested). */
  wake(): void;
  stop(): Promise<void>;
}

/** Keeps delivering in the background: one pass, then waits for `pollIntervalMs` or a wake-up. */
export function startEscalationWorker(
  options: DeliverEscalationsOptions & {
    pollIntervalMs?: number;
    onError?: (error: unknown) => void;
  },
): EscalationWorker {
  let stopped = false;
  let wakeUp: (() => void) | null = null;
  const pollIntervalMs = options.pollIntervalMs ?? 1_000;

  const loop = (async () => {
    while (!stopped) {
      let report: DeliveryReport | null = null;
      try {
        report = await deliverEscalations(options);
      } catch (error) {
        options.onError?.(error);
      }
      if (stopped) break;
      // A full batch means more may be due: go again without sleeping.
      if (report && report.claimed >= (options.batchSize ?? 20)) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollIntervalMs);
        // Waiting for the next poll never keeps a process alive on its own.
        timer.unref?.();
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = null;
    }
  })();

  return {
    wake: () => wakeUp?.(),
    async stop() {
      stopped = true;
      wakeUp?.();
      await loop;
    },
  };
}
