import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ZendeskEmulator } from "../../../test/emulators/zendesk";
import { startZendeskEmulator } from "../../../test/emulators/zendesk";
import type { TestDatabase } from "../../../test/support/database";
import { createTestDatabase } from "../../../test/support/database";
import type { DeliverEscalationsOptions } from "./deliver-escalations";
import {
  backoffDelayMs,
  DEFAULT_RETRY_POLICY,
  deliverEscalations,
  startEscalationWorker,
} from "./deliver-escalations";
import { requestEscalation } from "./request-escalation";
import { aCipherBox } from "../encryption/test-factories";

const box = aCipherBox();
import type { NewSupportTicket } from "./support-desk";
import { createZendeskDesk } from "./zendesk-desk";

const SHOP = "acme.myshopify.com";
const account = {
  subdomain: "acme",
  email: "owner@acme.example",
  apiToken: "token-1",
  webhookSigningSecret: "secret",
};

let db: TestDatabase;
let emulator: ZendeskEmulator;
let clock: { now: Date };

beforeEach(async () => {
  db = await createTestDatabase();
  emulator = await startZendeskEmulator({ accounts: [account] });
  // Starts at the real time: rows get their runAfter from the real clock when written.
  clock = { now: new Date(Date.now() + 1_000) };
});
afterEach(async () => {
  await emulator.close();
  await db.close();
});

function buildTicket(
  conversationId: string,
  overrides: Partial<NewSupportTicket> = {},
): NewSupportTicket {
  return {
    subject: "Asked for a person — Ada",
    body: "Transcript",
    requester: { name: "Ada", email: "ada@shopper.example" },
    priority: "normal",
    tags: ["concierge"],
    externalId: `concierge:${SHOP}:${conversationId}`,
    ...overrides,
  };
}

async function escalate(conversationId = "conv_1") {
  await db.prisma.conversation.create({
    data: { id: conversationId, shop: SHOP, visitorId: "visitor-1" },
  });
  return requestEscalation({
    prisma: db.prisma,
    box,
    shop: SHOP,
    conversationId,
    reason: "asked_for_person",
    ticket: buildTicket(conversationId),
  });
}

function worker(overrides: Partial<DeliverEscalationsOptions> & { timeoutMs?: number } = {}) {
  const desk = createZendeskDesk({
    ...account,
    urlTemplate: `${emulator.url}/{subdomain}`,
    timeoutMs: overrides.timeoutMs ?? 2_000,
  });
  return deliverEscalations({
    prisma: db.prisma,
    box,
    deskFor: async (shop) => (shop === SHOP ? desk : null),
    workerId: "worker-a",
    leaseMs: 30_000,
    random: () => 0.5,
    now: () => clock.now,
    ...overrides,
  });
}

const advance = (ms: number) => {
  clock.now = new Date(clock.now.getTime() + ms);
};

async function jobRow() {
  const [job] = await db.prisma.outboxJob.findMany({ where: { shop: SHOP } });
  if (!job) throw new Error("no job");
  return job;
}

describe("requestEscalation", () => {
  it("stores the escalation, its job and the hand-off together, once per conversation", async () => {
    const first = await escalate();
    expect(first).toMatchObject({ status: "pending", created: true });
    const again = await requestEscalation({
      prisma: db.prisma,
      box,
      shop: SHOP,
      conversationId: "conv_1",
      reason: "sentiment",
      ticket: buildTicket("conv_1"),
    });
    expect(again).toMatchObject({ id: first.id, created: false });
    expect(await db.prisma.outboxJob.count()).toBe(1);
    expect(
      (await db.prisma.conversation.findFirst({ where: { id: "conv_1", shop: SHOP } }))?.status,
    ).toBe("handed_off");
  });
});

describe("deliverEscalations", () => {
  it("creates the ticket and records its id", async () => {
    const escalation = await escalate();
    expect(await worker()).toEqual({ claimed: 1, delivered: 1, rescheduled: 0, failed: 0 });
    const stored = await db.prisma.escalation.findUniqueOrThrow({ where: { id: escalation.id } });
    expect(stored.status).toBe("delivered");
    expect(emulator.account("acme").tickets.get(Number(stored.ticketId))?.external_id).toBe(
      `concierge:${SHOP}:conv_1`,
    );
    expect(await worker()).toMatchObject({ claimed: 0 });
  });

  it("retries 500s with back-off and ends with exactly one ticket", async () => {
    await escalate();
    emulator.misbehave({ failNext: { count: 2, status: 500 } });
    expect(await worker()).toMatchObject({ rescheduled: 1 });
    const job = await jobRow();
    expect(job.lastError).toMatch(/unavailable/);
    expect(job.runAfter.getTime()).toBe(
      clock.now.getTime() +
        backoffDelayMs({ attempts: 1, policy: DEFAULT_RETRY_POLICY, random: () => 0.5 }),
    );
    expect(await worker()).toMatchObject({ claimed: 0 });
    advance(60_000);
    expect(await worker()).toMatchObject({ rescheduled: 1 });
    advance(60_000);
    expect(await worker()).toMatchObject({ delivered: 1 });
    expect(emulator.counters.ticketsCreated).toBe(1);
  });

  it("honours Retry-After on a 429", async () => {
    await escalate();
    emulator.misbehave({ rateLimit: { retryAfterSeconds: 120, forNextRequests: 1 } });
    await worker();
    expect((await jobRow()).runAfter.getTime()).toBe(clock.now.getTime() + 120_000);
    advance(119_000);
    expect(await worker()).toMatchObject({ claimed: 0 });
    advance(1_000);
    expect(await worker()).toMatchObject({ delivered: 1 });
  });

  it("times out a hanging Zendesk and retries", async () => {
    await escalate();
    emulator.misbehave({ hang: { forNextRequests: 1 } });
    expect(await worker({ timeoutMs: 200 })).toMatchObject({ rescheduled: 1 });
    expect((await jobRow()).lastError).toMatch(/timeout/);
    advance(60_000);
    expect(await worker({ timeoutMs: 200 })).toMatchObject({ delivered: 1 });
    expect(emulator.counters.ticketsCreated).toBe(1);
  });

  it("does not duplicate when Zendesk created the ticket but the answer was lost", async () => {
    const escalation = await escalate();
    emulator.misbehave({ crashAfterCommit: { forNextRequests: 1, answer: "error" } });
    expect(await worker()).toMatchObject({ rescheduled: 1 });
    expect(emulator.counters.ticketsCreated).toBe(1);
    advance(60_000);
    expect(await worker()).toMatchObject({ delivered: 1 });
    expect(emulator.counters.ticketsCreated).toBe(1);
    const [ticket] = [...emulator.account("acme").tickets.values()];
    expect(
      (await db.prisma.escalation.findUniqueOrThrow({ where: { id: escalation.id } })).ticketId,
    ).toBe(String(ticket?.id));
  });

  it("GIVEN a worker killed mid-delivery WHEN its lease expires THEN another worker finishes with exactly one ticket", async () => {
    const escalation = await escalate();
    emulator.misbehave({ crashAfterCommit: { forNextRequests: 1, answer: "hang" } });
    // Worker A creates the ticket, then never hears back: as good as dead.
    const workerA = worker({ workerId: "worker-a", timeoutMs: 60_000 });
    await expect.poll(() => emulator.counters.ticketsCreated, { timeout: 5_000 }).toBe(1);

    expect(await worker({ workerId: "worker-b" })).toMatchObject({ claimed: 0 });
    advance(31_000);
    expect(await worker({ workerId: "worker-b" })).toMatchObject({ claimed: 1, delivered: 1 });

    // A's connection finally dies; its late failure must not undo B's delivery.
    await emulator.close();
    await workerA;
    emulator = await startZendeskEmulator({ accounts: [account] });
    const job = await jobRow();
    expect(job.doneAt).not.toBeNull();
    expect(job.lockedBy).toBe("worker-b");
    expect(
      (await db.prisma.escalation.findUniqueOrThrow({ where: { id: escalation.id } })).status,
    ).toBe("delivered");
  });

  it("lets two workers share the queue without claiming a job twice", async () => {
    for (let index = 0; index < 10; index += 1) await escalate(`conv_${index}`);
    const [a, b] = await Promise.all([
      worker({ workerId: "a", batchSize: 10 }),
      worker({ workerId: "b", batchSize: 10 }),
    ]);
    expect((a?.claimed ?? 0) + (b?.claimed ?? 0)).toBe(10);
    expect(emulator.counters.ticketsCreated).toBe(10);
  });

  it("keeps a few Zendesk calls in flight however large the batch, so a timeout is Zendesk's, not the batch's", async () => {
    for (let index = 0; index < 12; index += 1) await escalate(`conv_${index}`);
    const desk = createZendeskDesk({ ...account, urlTemplate: `${emulator.url}/{subdomain}` });
    let inFlight = 0;
    let mostInFlight = 0;
    advance(60_000);
    const report = await worker({
      batchSize: 12,
      deskFor: async () => ({
        ...desk,
        async createTicket(request) {
          inFlight += 1;
          mostInFlight = Math.max(mostInFlight, inFlight);
          try {
            return await desk.createTicket(request);
          } finally {
            inFlight -= 1;
          }
        },
      }),
    });
    expect(report).toMatchObject({ claimed: 12, delivered: 12 });
    expect(mostInFlight).toBe(4);
  });

  it("waits while the shop has not connected Zendesk", async () => {
    await escalate();
    expect(await worker({ deskFor: async () => null })).toMatchObject({ rescheduled: 1 });
    expect((await jobRow()).lastError).toBe("zendesk_not_connected");
  });

  it("marks a job failed after the last attempt, never deleting it", async () => {
    const escalation = await escalate();
    emulator.misbehave({ errorRate: { rate: 1, status: 503 } });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await worker({ retry: { maxAttempts: 3 } });
      advance(60_000);
    }
    const job = await jobRow();
    expect(job.failedAt).not.toBeNull();
    expect(job.lastError).toMatch(/gave up after 3 attempts/);
    expect(
      (await db.prisma.escalation.findUniqueOrThrow({ where: { id: escalation.id } })).status,
    ).toBe("failed");
  });
});

describe("startEscalationWorker", () => {
  it("delivers in the background once woken, and stops cleanly", async () => {
    const desk = createZendeskDesk({ ...account, urlTemplate: `${emulator.url}/{subdomain}` });
    const running = startEscalationWorker({
      prisma: db.prisma,
      box,
      deskFor: async () => desk,
      workerId: "bg",
      pollIntervalMs: 60_000,
    });
    const escalation = await escalate();
    running.wake();
    await expect
      .poll(
        async () =>
          (await db.prisma.escalation.findUniqueOrThrow({ where: { id: escalation.id } })).status,
        { timeout: 5_000 },
      )
      .toBe("delivered");
    await running.stop();
  });
});

describe("backoffDelayMs", () => {
  it("doubles per attempt, jitters within the upper half, caps, and never undercuts Retry-After", () => {
    const policy = { baseDelayMs: 1_000, maxDelayMs: 10_000, maxAttempts: 10 };
    expect(backoffDelayMs({ attempts: 1, policy, random: () => 0 })).toBe(500);
    expect(backoffDelayMs({ attempts: 3, policy, random: () => 1 })).toBe(4_000);
    expect(backoffDelayMs({ attempts: 20, policy, random: () => 1 })).toBe(10_000);
    expect(backoffDelayMs({ attempts: 1, policy, random: () => 0, retryAfterSeconds: 7 })).toBe(
      7_000,
    );
  });
});
