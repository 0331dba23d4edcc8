/**
 * `npm run bench:escalation`: 500 hand-offs through the outbox to a Zendesk emulator that fails
 * 30% of calls (500s, 429 with Retry-After: 1, timeouts, and timeouts after the ticket was
 * committed). Prints tickets created, duplicates, lost, and hand-off → ticket latency; then the
 * shopper's two later messages per conversation, sent as ticket comments by the same worker:
 * comments added, duplicated, lost, out of order. Target: 500 / 0 / 0 and 1000 / 0 / 0 / 0.
 * Short timeouts and back-off keep the run to well under three minutes.
 */
import { startZendeskEmulator } from "../test/emulators/zendesk/index";
import { createTestDatabase } from "../test/support/database";
import {
  commentReference,
  queueShopperComment,
  requestEscalation,
  startEscalationWorker,
} from "../app/assistant/escalation/index";
import { aCipherBox } from "../app/assistant/encryption/test-factories";
import { createZendeskDesk } from "../app/assistant/escalation/zendesk-desk";
import { quantile } from "./quantile";

const HANDOFFS = 500;
/** BENCH_RATE sets hand-offs per second (default 100). */
const HANDOFFS_PER_SECOND = Number(process.env.BENCH_RATE ?? 100);
/** BENCH_COMMENTS=0 measures ticket delivery alone. */
const COMMENTS_PER_HANDOFF = Number(process.env.BENCH_COMMENTS ?? 2);
const WORKERS = 4;
const SHOP = "bench.myshopify.com";
const account = {
  subdomain: "bench",
  email: "owner@bench.example",
  apiToken: "bench-token",
  webhookSigningSecret: "bench-secret",
};

async function main(): Promise<void> {
  const db = await createTestDatabase();
  // The plan's own 700/minute limit is lifted: the failures under test are the injected ones.
  const emulator = await startZendeskEmulator({
    accounts: [account],
    rateLimitPerMinute: 1_000_000,
  });
  emulator.misbehave({
    seed: 42,
    errorRate: {
      rate: 0.3,
      failures: [
        { kind: "error", status: 500 },
        { kind: "rateLimit", retryAfterSeconds: 1 },
        { kind: "hang" },
        { kind: "crashAfterCommit", answer: "hang" },
      ],
    },
  });
  const desk = createZendeskDesk({
    ...account,
    urlTemplate: `${emulator.url}/{subdomain}`,
    timeoutMs: 300,
  });
  // Payloads and requester emails are sealed as in production, so sealing is part of the figures.
  const box = aCipherBox();
  const workers = Array.from({ length: WORKERS }, (_, index) =>
    startEscalationWorker({
      prisma: db.prisma,
      box,
      deskFor: async () => desk,
      workerId: `bench-${index}`,
      leaseMs: 5_000,
      batchSize: 25,
      pollIntervalMs: 50,
      retry: { baseDelayMs: 100, maxDelayMs: 2_000, maxAttempts: 1_000 },
      onError: (error) => console.error("worker pass failed:", error),
    }),
  );

  const started = performance.now();
  for (let index = 0; index < HANDOFFS; index += 1) {
    const conversationId = `conv_${index}`;
    await requestEscalation({
      prisma: db.prisma,
      box,
      shop: SHOP,
      conversationId,
      reason: "asked_for_person",
      ticket: {
        subject: `Asked for a person — shopper ${index}`,
        body: `Transcript of conversation ${index}`,
        requester: { name: `Shopper ${index}`, email: `shopper${index}@bench.example` },
        priority: "normal",
        tags: ["concierge"],
        externalId: `concierge:${SHOP}:${conversationId}`,
      },
    });
    // The shopper keeps writing while the ticket is still being created.
    for (let comment = 0; comment < COMMENTS_PER_HANDOFF; comment += 1) {
      await db.prisma.$transaction((tx) =>
        queueShopperComment(tx, {
          box,
          shop: SHOP,
          conversationId,
          messageId: `msg_${index}_${comment}`,
          text: `Follow-up ${comment} from shopper ${index}`,
          at: new Date(),
        }),
      );
    }
    if (index % 10 === 9) workers.forEach((worker) => worker.wake());
    await new Promise((resolve) => setTimeout(resolve, 1000 / HANDOFFS_PER_SECOND));
  }

  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    const pending = await db.prisma.outboxJob.count({ where: { shop: SHOP, doneAt: null } });
    if (pending === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const elapsedSeconds = (performance.now() - started) / 1000;
  await Promise.all(workers.map((worker) => worker.stop()));

  const escalations = await db.prisma.escalation.findMany({ where: { shop: SHOP } });
  const tickets = [...emulator.account("bench").tickets.values()];
  const ticketsByExternalId = new Map<string, number>();
  for (const ticket of tickets)
    ticketsByExternalId.set(
      ticket.external_id ?? "",
      (ticketsByExternalId.get(ticket.external_id ?? "") ?? 0) + 1,
    );
  const duplicates = [...ticketsByExternalId.values()].reduce((sum, count) => sum + (count - 1), 0);
  const lost = escalations.filter(
    (escalation) =>
      !ticketsByExternalId.has(escalation.externalId) || escalation.status !== "delivered",
  ).length;
  const mismatched = escalations.filter((escalation) => {
    const ticket = tickets.find((candidate) => String(candidate.id) === escalation.ticketId);
    return !ticket || ticket.external_id !== escalation.externalId;
  }).length;
  const latencies = escalations
    .filter((escalation) => escalation.deliveredAt)
    .map((escalation) => (escalation.deliveredAt?.getTime() ?? 0) - escalation.createdAt.getTime())
    .sort((a, b) => a - b);
  const jobs = await db.prisma.outboxJob.findMany({
    where: { shop: SHOP },
    select: { attempts: true },
  });
  const counters = emulator.counters;

  let commentsAdded = 0;
  let commentDuplicates = 0;
  let commentsLost = 0;
  let commentsOutOfOrder = 0;
  for (let index = 0; index < HANDOFFS; index += 1) {
    const ticket = tickets.find(
      (candidate) => candidate.external_id === `concierge:${SHOP}:conv_${index}`,
    );
    const bodies = ticket?.comments.map((comment) => comment.body) ?? [];
    const positions: number[] = [];
    for (let comment = 0; comment < COMMENTS_PER_HANDOFF; comment += 1) {
      const reference = commentReference(`msg_${index}_${comment}`);
      const found = bodies.filter((body) => body.includes(reference)).length;
      commentsAdded += Math.min(found, 1);
      commentDuplicates += Math.max(0, found - 1);
      if (found === 0) commentsLost += 1;
      positions.push(bodies.findIndex((body) => body.includes(reference)));
    }
    const delivered = positions.filter((position) => position >= 0);
    if (delivered.some((position, at) => at > 0 && position < (delivered[at - 1] ?? 0)))
      commentsOutOfOrder += 1;
  }

  console.log(
    "Escalation delivery through a Zendesk failing 30% of calls (500 / 429 Retry-After 1 / timeout / timeout after commit)",
  );
  console.log(
    `  hand-offs requested      ${HANDOFFS} (at ${HANDOFFS_PER_SECOND}/s, ${WORKERS} workers)`,
  );
  console.log(`  tickets created          ${tickets.length}`);
  console.log(`  duplicates               ${duplicates}`);
  console.log(`  lost                     ${lost}`);
  console.log(`  wrong ticket recorded    ${mismatched}`);
  console.log(
    `  latency p50 / p99 / max  ${quantile(latencies, 0.5)} ms / ${quantile(latencies, 0.99)} ms / ${latencies.at(-1) ?? 0} ms`,
  );
  console.log(`  attempts per job (max)   ${Math.max(...jobs.map((job) => job.attempts))}`);
  console.log(
    `  API requests / injected  ${counters.requestsReceived} / ${counters.failuresInjected}`,
  );
  console.log(`  idempotency hits         ${counters.idempotencyHits}`);
  console.log(
    `  comments added           ${commentsAdded} of ${HANDOFFS * COMMENTS_PER_HANDOFF} (duplicates ${commentDuplicates}, lost ${commentsLost}, conversations out of order ${commentsOutOfOrder})`,
  );
  console.log(`  wall time                ${elapsedSeconds.toFixed(1)} s`);

  await emulator.close();
  await db.close();
  if (tickets.length !== HANDOFFS || duplicates !== 0 || lost !== 0) process.exitCode = 1;
  if (commentDuplicates !== 0 || commentsLost !== 0 || commentsOutOfOrder !== 0)
    process.exitCode = 1;
}

await main();
