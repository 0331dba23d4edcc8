import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ZendeskEmulator } from "../../../test/emulators/zendesk";
import { startZendeskEmulator } from "../../../test/emulators/zendesk";
import type { TestDatabase } from "../../../test/support/database";
import { createTestDatabase } from "../../../test/support/database";
import { postShopperMessage, startConversation } from "../conversation";
import { conversationContext } from "../encryption";
import type { Responder, Shopper } from "../conversation";
import { deliverEscalations } from "./deliver-escalations";
import { escalateConversation } from "./escalate-conversation";
import { EscalationSettingsSchema } from "./escalation-settings";
import type { EscalateConversationOptions } from "./escalate-conversation";
import { ADD_COMMENT_JOB, commentReference } from "./queue-shopper-comment";
import { openJobPayload } from "./sealed-rows";
import { createZendeskDesk } from "./zendesk-desk";
import { aCipherBox } from "../encryption/test-factories";

const SHOP = "acme.myshopify.com";
const box = aCipherBox("k1");
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
  // Ahead of the real clock: rows get their runAfter from it when written during the test.
  clock = { now: new Date(Date.now() + 10_000) };
});
afterEach(async () => {
  await emulator.close();
  await db.close();
});

function aShopper(overrides: Partial<Shopper> = {}): Shopper {
  return { shop: SHOP, visitorId: "visitor-aaaaaaaaaaaaaaaaaaaa", customerId: null, ...overrides };
}

const silentResponder: Responder = () =>
  Promise.reject(new Error("a person has this conversation"));
const advance = (ms: number) => {
  clock.now = new Date(clock.now.getTime() + ms);
};

function worker(options: { timeoutMs?: number } = {}) {
  const desk = createZendeskDesk({
    ...account,
    urlTemplate: `${emulator.url}/{subdomain}`,
    timeoutMs: options.timeoutMs ?? 2_000,
  });
  return deliverEscalations({
    prisma: db.prisma,
    box,
    deskFor: async (shop) => (shop === SHOP ? desk : null),
    workerId: "worker-a",
    random: () => 0.5,
    now: () => clock.now,
  });
}

function escalationOptions(
  conversationId: string,
  overrides: Partial<EscalateConversationOptions> = {},
): EscalateConversationOptions {
  return {
    box,
    shop: SHOP,
    conversationId,
    reason: "asked_for_person",
    intent: "human_agent",
    sentiment: null,
    language: "en",
    requester: { name: "Ada", email: "ada@shopper.example" },
    customer: null,
    settings: EscalationSettingsSchema.parse({}),
    ...overrides,
  };
}

/** A conversation with one exchange, handed over. */
async function handedOverConversation() {
  const shopper = aShopper();
  const conversation = await startConversation({ prisma: db.prisma, box, shopper, locale: "en" });
  await db.prisma.message.create({
    data: {
      id: "msg_first",
      shop: SHOP,
      conversationId: conversation.id,
      role: "shopper",
      body: box.seal("Where is order #1001? Call 020 7946 0000", {
        context: conversationContext({ shop: SHOP, conversationId: conversation.id }),
      }),
    },
  });
  const escalation = await db.prisma.$transaction((tx) =>
    escalateConversation(tx, escalationOptions(conversation.id)),
  );
  return { shopper, conversationId: conversation.id, escalation };
}

const say = (shopper: Shopper, conversationId: string, text: string) =>
  postShopperMessage({
    prisma: db.prisma,
    box,
    shopper,
    conversationId,
    text,
    locale: "en",
    page: {},
    respond: silentResponder,
  });

function ticketComments() {
  const [ticket] = [...emulator.account("acme").tickets.values()];
  if (!ticket) throw new Error("no ticket");
  return ticket.comments;
}

describe("escalateConversation", () => {
  it("builds the ticket from the stored, redacted transcript and hands the conversation over", async () => {
    const { conversationId, escalation } = await handedOverConversation();
    expect(escalation).toMatchObject({ status: "pending", created: true });
    expect(
      (await db.prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } })).status,
    ).toBe("handed_off");

    expect(await worker()).toMatchObject({ delivered: 1 });
    const [first] = ticketComments();
    expect(first?.body).toContain("Shopper: Where is order #1001? Call [phone removed]");
    expect(first?.body).toContain("Summary: Where is order #1001?");
  });
});

describe("the shopper's later messages", () => {
  it("GIVEN a handed-over conversation WHEN the shopper writes twice THEN both reach the ticket as internal notes, in order, redacted", async () => {
    const { shopper, conversationId } = await handedOverConversation();
    await worker();
    await say(
      shopper,
      conversationId,
      "Any news? My card is 4111 1111 1111 1111, mail ada@shopper.example",
    );
    await say(shopper, conversationId, "Hello?");
    expect(await db.prisma.outboxJob.count({ where: { kind: ADD_COMMENT_JOB } })).toBe(2);

    // Both are due at once; the second waits for the first, without spending an attempt.
    expect(await worker()).toMatchObject({ delivered: 1, rescheduled: 1 });
    advance(60_000);
    expect(await worker()).toMatchObject({ delivered: 1 });

    const notes = ticketComments().slice(1);
    expect(notes.map((note) => note.public)).toEqual([false, false]);
    expect(notes[0]?.body).toContain(
      "Any news? My card is [card number removed], mail ada@shopper.example",
    );
    expect(notes[1]?.body).toContain("Hello?");
    const comments = await db.prisma.outboxJob.findMany({ where: { kind: ADD_COMMENT_JOB } });
    // Sealed at rest: the shopper's words are only readable through the cipher box.
    expect(comments.some((job) => job.payload.includes("Hello?"))).toBe(false);
    const second = comments.find((job) =>
      JSON.stringify(openJobPayload(box, job)).includes("Hello?"),
    );
    expect(second?.attempts).toBe(1);
  });

  it("waits for the ticket when the shopper writes before it exists", async () => {
    const { shopper, conversationId } = await handedOverConversation();
    await say(shopper, conversationId, "I am still here");
    // The comment is parked, not polled: the ticket's delivery wakes it.
    expect(await worker()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await worker()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(ticketComments().map((comment) => comment.body.includes("I am still here"))).toEqual([
      false,
      true,
    ]);
  });

  it("GIVEN another worker holds the first comment WHEN the second comes due THEN it waits out that lease instead of polling, and the first's delivery wakes it", async () => {
    const { shopper, conversationId } = await handedOverConversation();
    await worker();
    const first = await say(shopper, conversationId, "First");
    await say(shopper, conversationId, "Second");
    const firstJob = await db.prisma.outboxJob.findFirstOrThrow({
      where: { kind: ADD_COMMENT_JOB, idempotencyKey: { contains: first.messages[0]!.id } },
    });
    const leaseEnd = new Date(clock.now.getTime() + 30_000);
    await db.prisma.outboxJob.update({
      where: { id: firstJob.id },
      data: { lockedBy: "worker-b", lockedUntil: leaseEnd },
    });

    expect(await worker()).toMatchObject({ claimed: 1, rescheduled: 1 });
    const second = await db.prisma.outboxJob.findFirstOrThrow({
      where: { kind: ADD_COMMENT_JOB, id: { not: firstJob.id } },
    });
    expect(second.runAfter.getTime()).toBeGreaterThanOrEqual(leaseEnd.getTime());

    // The lease ran out: this worker delivers the first, which wakes the second for the next pass.
    advance(31_000);
    expect(await worker()).toMatchObject({ claimed: 2, delivered: 1, rescheduled: 1 });
    expect(await worker()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(ticketComments().map((comment) => comment.body.split("\n")[1])).toEqual([
      expect.anything(),
      "First",
      "Second",
    ]);
  });

  it("does not add a comment twice when Zendesk stored it but the answer was lost", async () => {
    const { shopper, conversationId } = await handedOverConversation();
    await worker();
    const { messages } = await say(shopper, conversationId, "Please hurry");
    emulator.misbehave({ crashAfterCommit: { forNextRequests: 1, answer: "error" } });
    expect(await worker()).toMatchObject({ rescheduled: 1 });
    advance(60_000);
    expect(await worker()).toMatchObject({ delivered: 1 });
    const reference = commentReference(messages[0]!.id);
    expect(ticketComments().filter((comment) => comment.body.includes(reference))).toHaveLength(1);
  });

  it("queues nothing while the assistant still has the conversation", async () => {
    const shopper = aShopper();
    const conversation = await startConversation({ prisma: db.prisma, box, shopper, locale: "en" });
    const answering: Responder = async () => ({
      reply: { text: "Hi", language: "en", cards: [], quickReplies: [], handoff: null },
      state: {},
      understanding: {
        language: "en",
        intent: "greeting",
        confidence: 0.9,
        sentiment: "neutral",
        faqEntryId: null,
      },
      answered: true,
    });
    await postShopperMessage({
      prisma: db.prisma,
      box,
      shopper,
      conversationId: conversation.id,
      text: "hi",
      locale: "en",
      page: {},
      respond: answering,
    });
    expect(await db.prisma.outboxJob.count()).toBe(0);
  });
});
