/**
 * The app at scale: two instances of the built server on one throwaway PostgreSQL and one Redis,
 * the Shopify and Zendesk emulators in front. What one instance takes in, the other delivers; a
 * job survives the death of the instance doing it, done once; one shop never sees another's data.
 */
import type { PrismaClient } from "@prisma/client";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signAppProxyParams } from "../emulators/shopify/signatures";
import { openAppDatabase } from "../support/app-database";
import {
  DEMO_SHOP,
  DEMO_ZENDESK,
  startAppStack,
  type AppInstance,
  type AppStack,
} from "../support/app-stack";
import {
  startThrowawayPostgres,
  startThrowawayRedis,
  type ThrowawayServer,
} from "../support/throwaway-servers";

const VISITOR_WRITES_PER_MINUTE = 6;

let postgres: ThrowawayServer;
let redis: ThrowawayServer;
let stack: AppStack;
let database: PrismaClient;
let a: AppInstance;
let b: AppInstance;

interface ChatMessage {
  id: string;
  role: string;
  text?: string;
  body?: string;
}

/** The URL Shopify's App Proxy calls on one instance, signed as Shopify signs it. */
function proxyUrl(
  instance: AppInstance,
  route: string,
  options: { shop?: string; customerId?: string; query?: Record<string, string> } = {},
): string {
  const params = new URLSearchParams({
    ...options.query,
    shop: options.shop ?? DEMO_SHOP,
    logged_in_customer_id: options.customerId ?? "",
    path_prefix: "/apps/concierge",
    timestamp: String(Math.floor(Date.now() / 1000)),
  });
  params.set("signature", signAppProxyParams(stack.apiSecret, params));
  return `${instance.url}/proxy/${route}?${params.toString()}`;
}

function post(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

const aVisitorId = () => crypto.randomUUID().replaceAll("-", "").slice(0, 22);

async function startConversation(
  instance: AppInstance,
  shopper: { visitorId: string; customerId?: string },
): Promise<string> {
  const response = await post(proxyUrl(instance, "conversation", shopper), {
    visitorId: shopper.visitorId,
    locale: "en",
    page: {},
  });
  expect(response.status).toBe(200);
  const { conversation } = (await response.json()) as { conversation: { id: string } };
  return conversation.id;
}

function say(
  instance: AppInstance,
  shopper: { visitorId: string; customerId?: string; conversationId: string },
  text: string,
): Promise<Response> {
  return post(proxyUrl(instance, "messages", shopper), {
    visitorId: shopper.visitorId,
    conversationId: shopper.conversationId,
    text,
    locale: "en",
    page: {},
  });
}

async function messagesOn(
  instance: AppInstance,
  shopper: { visitorId: string; customerId?: string; conversationId: string },
  options: { shop?: string } = {},
): Promise<Response> {
  return fetch(
    proxyUrl(instance, "messages", {
      ...shopper,
      ...options,
      query: { visitorId: shopper.visitorId, conversationId: shopper.conversationId, after: "0" },
    }),
  );
}

async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 45_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${what}\n${stack.appLog().slice(-3000)}`);
}

function loggedInCustomer(): string {
  const customer = stack.shopify.shop(DEMO_SHOP).customers.find((candidate) => candidate.email);
  if (!customer) throw new Error("the demo shop has no customer with an email");
  return String(customer.id);
}

const ticketsWithExternalId = (externalId: string) =>
  [...stack.zendesk.account(DEMO_ZENDESK.subdomain).tickets.values()].filter(
    (ticket) => ticket.external_id === externalId,
  );

// Starting an instance (and restarting one) takes seconds on a busy machine.
describe("two app instances on PostgreSQL and Redis", { timeout: 60_000 }, () => {
  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startThrowawayPostgres(), startThrowawayRedis()]);
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query("CREATE DATABASE concierge");
    await admin.end();
    stack = await startAppStack({
      databaseUrl: postgres.url.replace(/\/postgres$/, "/concierge"),
      redisUrl: redis.url,
      instances: 2,
      environment: {
        // An instance that dies hands its outbox job over quickly.
        CONCIERGE_JOB_LEASE_SECONDS: "5",
        CONCIERGE_RATE_LIMIT_VISITOR_WRITES: String(VISITOR_WRITES_PER_MINUTE),
      },
    });
    [a, b] = stack.instances as [AppInstance, AppInstance];
    await stack.install();
    await stack.adoptStarterFaq(["en"]);
    await stack.connectZendesk();
    database = openAppDatabase(stack.databaseUrl);
  }, 180_000);

  afterAll(async () => {
    await database?.$disconnect();
    await stack?.stop();
    await Promise.all([postgres?.stop(), redis?.stop()]);
  });

  it("GIVEN a shopper on instance B WHEN they write through A and an agent replies through A's webhook THEN B delivers both", async () => {
    const shopper = { visitorId: aVisitorId(), customerId: loggedInCustomer() };
    const conversationId = await startConversation(b, shopper);
    const chat = { ...shopper, conversationId };

    expect((await say(a, chat, "how much is shipping?")).status).toBe(200);
    const seenOnB = (await (await messagesOn(b, chat)).json()) as { messages: ChatMessage[] };
    expect(seenOnB.messages.map((message) => message.role)).toEqual(["shopper", "assistant"]);

    expect((await say(a, chat, "I want to talk to a real person please")).status).toBe(200);
    const escalation = await eventually(
      () =>
        database.escalation.findFirst({
          where: { shop: DEMO_SHOP, conversationId, ticketId: { not: null } },
        }),
      "the ticket",
    );

    const agentText = "Hi, this is Dana. I have your order open and will sort it out now.";
    const { delivery } = await stack.zendesk.agentReplies({
      subdomain: DEMO_ZENDESK.subdomain,
      ticketId: Number(escalation.ticketId),
      body: agentText,
      public: true,
      authorName: "Dana",
    });
    expect(delivery?.endpointUrl.startsWith(a.url)).toBe(true);
    expect(delivery?.status).toBe(200);

    const reply = await eventually(async () => {
      const { messages } = (await (await messagesOn(b, chat)).json()) as {
        messages: ChatMessage[];
      };
      return messages.find((message) => JSON.stringify(message).includes(agentText));
    }, "the agent's reply on instance B");
    expect(reply.role).toBe("agent");
  });

  it("GIVEN an instance dies (kill -9) while delivering a ticket THEN the other instance finishes it and Zendesk has exactly one ticket", async () => {
    const shopper = { visitorId: aVisitorId(), customerId: loggedInCustomer() };
    const conversationId = await startConversation(a, shopper);
    const created = stack.zendesk.counters.ticketsCreated;
    // Zendesk stores the next ticket, then never answers: the instance holding the job hangs.
    stack.zendesk.misbehave({ crashAfterCommit: { forNextRequests: 1, answer: "hang" } });
    expect(
      (await say(b, { ...shopper, conversationId }, "I want to talk to a real person please"))
        .status,
    ).toBe(200);

    await eventually(
      async () => stack.zendesk.counters.ticketsCreated === created + 1,
      "Zendesk to store the ticket",
    );
    const claimed = await database.outboxJob.findFirstOrThrow({
      where: {
        shop: DEMO_SHOP,
        kind: "zendesk.create_ticket",
        doneAt: null,
        lockedBy: { not: null },
      },
      orderBy: { createdAt: "desc" },
    });
    const pid = Number(/^worker-(\d+)-/.exec(claimed.lockedBy ?? "")?.[1]);
    const holder = [a, b].find((instance) => instance.pid() === pid);
    if (!holder) throw new Error(`no instance has pid ${pid} (${claimed.lockedBy})`);
    const survivor = holder === a ? b : a;
    await holder.kill();
    stack.zendesk.behaveNormally();

    const escalation = await eventually(
      () =>
        database.escalation.findFirst({
          where: { shop: DEMO_SHOP, conversationId, status: "delivered" },
        }),
      "the surviving instance to record the ticket",
    );
    const job = await database.outboxJob.findUniqueOrThrow({ where: { id: claimed.id } });
    expect(job.lockedBy).not.toBe(claimed.lockedBy);
    expect(job.lockedBy).toMatch(new RegExp(`^worker-${survivor.pid()}-`));
    expect(ticketsWithExternalId(escalation.externalId)).toHaveLength(1);
    expect(stack.zendesk.counters.ticketsCreated).toBe(created + 1);

    await holder.start();
  }, 180_000);

  it("GIVEN another shop's signed request THEN no instance shows it this shop's conversation", async () => {
    const shopper = { visitorId: aVisitorId() };
    const conversationId = await startConversation(a, shopper);
    const chat = { ...shopper, conversationId };
    expect((await say(a, chat, "what is your return policy?")).status).toBe(200);

    for (const [index, instance] of [a, b].entries()) {
      const own = await messagesOn(instance, chat);
      expect(own.status).toBe(200);
      const foreign = await messagesOn(instance, chat, { shop: "another-shop.myshopify.com" });
      expect(foreign.status).toBe(404);
      expect(await foreign.text()).not.toContain("return");
      const write = await post(
        proxyUrl(instance, "messages", { shop: "another-shop.myshopify.com" }),
        // A different text per instance: the same signed request twice would be refused as a replay.
        {
          visitorId: shopper.visitorId,
          conversationId,
          text: `hello ${index}`,
          locale: "en",
          page: {},
        },
      );
      expect(write.status).toBe(404);
    }
    const stored = await database.message.count({ where: { conversationId } });
    expect(await database.message.count({ where: { conversationId, shop: DEMO_SHOP } })).toBe(
      stored,
    );
  });

  it("GIVEN a visitor writing to both instances THEN one budget counts them, and a request replayed on the other instance is refused", async () => {
    const shopper = { visitorId: aVisitorId() };
    const conversationId = await startConversation(a, shopper);
    const chat = { ...shopper, conversationId };
    // Starting the conversation was the first write.
    const statuses: number[] = [];
    for (let index = 1; index < VISITOR_WRITES_PER_MINUTE + 1; index += 1)
      statuses.push((await say(index % 2 === 0 ? a : b, chat, `hello ${index}`)).status);
    expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);

    const other = { visitorId: aVisitorId() };
    const url = proxyUrl(a, "conversation");
    const body = { visitorId: other.visitorId, locale: "en", page: {} };
    expect((await post(url, body)).status).toBe(200);
    const replay = await post(url.replace(a.url, b.url), body);
    expect(replay.status).toBe(400);
  });

  it("GIVEN SIGTERM while an instance is delivering a ticket THEN it finishes the delivery, stops cleanly, and nothing is done twice", async () => {
    const shopper = { visitorId: aVisitorId(), customerId: loggedInCustomer() };
    const conversationId = await startConversation(a, shopper);
    const created = stack.zendesk.counters.ticketsCreated;
    // Slow enough to stop the instance mid-delivery, well inside the job's lease (5 s): a lease that
    // lapsed during the call would hand the job to the other instance, which is another test.
    stack.zendesk.misbehave({ latencyMs: 1_500 });
    expect(
      (await say(a, { ...shopper, conversationId }, "I want to talk to a real person please"))
        .status,
    ).toBe(200);
    const claimed = await eventually(
      () =>
        database.outboxJob.findFirst({
          where: {
            shop: DEMO_SHOP,
            kind: "zendesk.create_ticket",
            doneAt: null,
            lockedBy: { not: null },
          },
        }),
      "an instance to claim the ticket's job",
    );
    const pid = Number(/^worker-(\d+)-/.exec(claimed.lockedBy ?? "")?.[1]);
    const holder = [a, b].find((instance) => instance.pid() === pid);
    if (!holder) throw new Error(`no instance has pid ${pid}`);
    await holder.stop();
    stack.zendesk.behaveNormally();

    expect(holder.log()).toMatch(/SIGTERM: draining[\s\S]*Stopped/);
    const job = await database.outboxJob.findUniqueOrThrow({ where: { id: claimed.id } });
    expect(job.doneAt).not.toBeNull();
    expect(job.lockedBy === null || job.lockedBy === claimed.lockedBy).toBe(true);
    expect(job.attempts).toBe(1);
    expect(stack.zendesk.counters.ticketsCreated).toBe(created + 1);
    await holder.start();
  }, 180_000);

  it("reports health: 200 with the queue's counts, 503 when Redis is gone", async () => {
    for (const instance of [a, b]) {
      const response = await fetch(`${instance.url}/healthz`);
      expect(response.status).toBe(200);
      const health = (await response.json()) as Record<string, unknown>;
      expect(health).toMatchObject({ status: "ok", database: "up", redis: "up" });
      expect(health.queue).toEqual(expect.objectContaining({ failed: expect.any(Number) }));
    }
    await redis.stop();
    const response = await fetch(`${b.url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable", redis: "down" });
  });
});
