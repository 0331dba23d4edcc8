import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ZendeskEmulator } from "../../../test/emulators/zendesk";
import { startZendeskEmulator } from "../../../test/emulators/zendesk";
import type { TestDatabase } from "../../../test/support/database";
import { createTestDatabase } from "../../../test/support/database";
import { conversationContext } from "../encryption";
import { applyZendeskEvent, parseZendeskWebhookEvent } from "./apply-zendesk-event";
import { deliverEscalations } from "./deliver-escalations";
import { requestEscalation } from "./request-escalation";
import { verifyZendeskWebhook } from "./verify-zendesk-webhook";
import { createZendeskDesk } from "./zendesk-desk";
import { aCipherBox } from "../encryption/test-factories";

const SHOP = "acme.myshopify.com";
const box = aCipherBox("k1");
const account = {
  subdomain: "acme",
  email: "owner@acme.example",
  apiToken: "token-1",
  webhookSigningSecret: "whsec-acme",
};

let db: TestDatabase;
let emulator: ZendeskEmulator;
let receiver: ReturnType<typeof createServer>;
let outcomes: unknown[];

/**
 * A stand-in for the lead's webhook route, in the order the route will follow:
 * verify → parse → apply. It answers 401 on a bad signature, like the real route should.
 */
async function startReceiver(): Promise<string> {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const header = (name: string) => {
        const value = request.headers[name];
        return typeof value === "string" ? value : null;
      };
      const verified = verifyZendeskWebhook({
        body,
        signature: header("x-zendesk-webhook-signature"),
        timestamp: header("x-zendesk-webhook-signature-timestamp"),
        signingSecret: account.webhookSigningSecret,
      });
      const event = verified.ok ? parseZendeskWebhookEvent(body) : null;
      if (!event) {
        response.writeHead(verified.ok ? 400 : 401).end();
        return;
      }
      applyZendeskEvent({ prisma: db.prisma, box, shop: SHOP, event })
        .then((outcome) => {
          outcomes.push(outcome);
          response.writeHead(200).end();
        })
        .catch(() => response.writeHead(500).end());
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", () => resolve()));
  return `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/zendesk/webhooks`;
}

beforeEach(async () => {
  outcomes = [];
  db = await createTestDatabase();
  emulator = await startZendeskEmulator({ accounts: [account] });
  emulator.configureWebhook({ subdomain: "acme", endpointUrl: await startReceiver() });
});
afterEach(async () => {
  await emulator.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
  await db.close();
});

async function escalatedTicket(conversationId = "conv_1"): Promise<number> {
  await db.prisma.conversation.create({
    data: { id: conversationId, shop: SHOP, visitorId: "visitor-1" },
  });
  await requestEscalation({
    prisma: db.prisma,
    box,
    shop: SHOP,
    conversationId,
    reason: "asked_for_person",
    ticket: {
      subject: "Asked for a person",
      body: "Transcript",
      requester: { name: "Ada", email: "ada@shopper.example" },
      priority: "normal",
      tags: [],
      externalId: `concierge:${SHOP}:${conversationId}`,
    },
  });
  const desk = createZendeskDesk({ ...account, urlTemplate: `${emulator.url}/{subdomain}` });
  await deliverEscalations({ prisma: db.prisma, box, deskFor: async () => desk, workerId: "w" });
  const escalation = await db.prisma.escalation.findFirstOrThrow({
    where: { shop: SHOP, conversationId },
  });
  return Number(escalation.ticketId);
}

async function agentMessages(conversationId = "conv_1") {
  const messages = await db.prisma.message.findMany({
    where: { shop: SHOP, conversationId, role: "agent" },
    orderBy: { seq: "asc" },
  });
  // Bodies are sealed at rest; opening them with the conversation's context proves where they belong.
  return messages.map((message) => [
    message.authorName,
    box.open(message.body, { context: conversationContext({ shop: SHOP, conversationId }) }),
  ]);
}

describe("Zendesk events into the conversation", () => {
  it("GIVEN an agent's public reply WHEN the signed webhook arrives THEN the shopper's conversation gets it", async () => {
    const ticketId = await escalatedTicket();
    await emulator.agentReplies({
      subdomain: "acme",
      ticketId,
      body: "Your parcel is at the depot.",
      authorName: "Sam",
    });
    expect(await agentMessages()).toEqual([["Sam", "Your parcel is at the depot."]]);
    expect(outcomes).toEqual([expect.objectContaining({ applied: true, effect: "agent_message" })]);
  });

  it("never forwards internal notes", async () => {
    const ticketId = await escalatedTicket();
    await emulator.agentReplies({
      subdomain: "acme",
      ticketId,
      body: "Customer seems a fraud risk",
      public: false,
    });
    expect(await agentMessages()).toEqual([]);
  });

  it("stores a repeated delivery once", async () => {
    const ticketId = await escalatedTicket();
    await emulator.agentReplies({ subdomain: "acme", ticketId, body: "Hello!" });
    const [delivery] = emulator.webhookDeliveries;
    if (!delivery) throw new Error("no delivery");
    const resend = await fetch(delivery.endpointUrl, {
      method: "POST",
      headers: delivery.headers,
      body: delivery.body,
    });
    expect(resend.status).toBe(200);
    expect(await agentMessages()).toHaveLength(1);
    expect(outcomes.at(-1)).toEqual({ applied: false, reason: "duplicate" });
  });

  it("rejects a forged webhook with 401 and stores nothing", async () => {
    const ticketId = await escalatedTicket();
    await emulator.agentReplies({ subdomain: "acme", ticketId, body: "real" });
    const [delivery] = emulator.webhookDeliveries;
    if (!delivery) throw new Error("no delivery");
    const forged = delivery.body.replace("real", "send your password to evil@example.com");
    const response = await fetch(delivery.endpointUrl, {
      method: "POST",
      headers: delivery.headers,
      body: forged,
    });
    expect(response.status).toBe(401);
    expect(await agentMessages()).toEqual([["Alex Agent", "real"]]);
  });

  it("gives the conversation back to the assistant when the ticket is solved", async () => {
    const ticketId = await escalatedTicket();
    await emulator.setTicketStatus({ subdomain: "acme", ticketId, status: "solved" });
    expect(
      (await db.prisma.conversation.findFirstOrThrow({ where: { id: "conv_1", shop: SHOP } }))
        .status,
    ).toBe("open");
    expect(
      (
        await db.prisma.escalation.findFirstOrThrow({
          where: { shop: SHOP, conversationId: "conv_1" },
        })
      ).status,
    ).toBe("solved");
  });

  it("ignores a ticket that names another shop or another ticket", async () => {
    await escalatedTicket();
    const otherShop = await applyZendeskEvent({
      box,
      prisma: db.prisma,
      shop: SHOP,
      event: {
        event: "ticket.comment_added",
        ticket: { id: "1", external_id: "concierge:other.myshopify.com:conv_1", status: "open" },
        comment: { id: "9", body: "hi", author_name: "x", author_role: "agent" },
      },
    });
    expect(otherShop).toEqual({ applied: false, reason: "not_ours" });
    const otherTicket = await applyZendeskEvent({
      box,
      prisma: db.prisma,
      shop: SHOP,
      event: {
        event: "ticket.comment_added",
        ticket: { id: "999", external_id: `concierge:${SHOP}:conv_1`, status: "open" },
        comment: { id: "9", body: "hi", author_name: "x", author_role: "agent" },
      },
    });
    expect(otherTicket).toEqual({ applied: false, reason: "ticket_mismatch" });
  });
});
