import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  connectZendesk,
  deliverEscalations,
  escalateConversation,
  EscalationSettingsSchema,
} from "../../app/assistant/escalation";
import { createZendeskDesk } from "../../app/assistant/escalation/zendesk-desk";
import {
  createCipherBox,
  parseEncryptionKeys,
  conversationContext,
  createPlainBox,
} from "../../app/assistant/encryption";
import type { ZendeskConnection } from "../../app/assistant/escalation";
import { readKeyring, updateShopSettings, zendeskConnector } from "../../app/assistant/settings";
import { aKeyringText, serveRoute } from "../emulators/zendesk/app-fixtures";
import type { ZendeskEmulator } from "../emulators/zendesk";
import { signWebhook, startZendeskEmulator } from "../emulators/zendesk";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";

/**
 * The Zendesk webhook route, called as Zendesk calls it: connectZendesk installs the webhook and
 * triggers in the emulated account, an agent answers there, and the emulator's signed delivery
 * goes through a loopback server into the route's action.
 */

const SHOP = "acme.myshopify.com";
const account = {
  subdomain: "acme",
  email: "owner@acme.example",
  apiToken: "token-1",
  webhookSigningSecret: "unused",
};

let db: TestDatabase;
let emulator: ZendeskEmulator;
let app: { url: string; close(): Promise<void> };
let counter = 0;
let zendeskConnectionOf: (shop: string) => Promise<ZendeskConnection | null>;

beforeAll(async () => {
  db = await createTestDatabase();
  emulator = await startZendeskEmulator({ accounts: [account] });
  // The route is loaded on first request: the app's modules read the environment when imported.
  app = await serveRoute(async (args) =>
    (await import("../../app/routes/zendesk.webhooks")).action(args),
  );
  process.env.DATABASE_URL = db.url;
  process.env.CONCIERGE_ENCRYPTION_KEYS = aKeyringText();
  ({ zendeskConnectionOf } = await import("../../app/zendesk.server"));
});
afterAll(async () => {
  await app.close();
  await emulator.close();
  await db.close();
});

/** Connects the shop's Zendesk the way the settings page saves it (which runs connectZendesk). */
async function connect() {
  const saved = await updateShopSettings({
    prisma: db.prisma,
    shop: SHOP,
    actor: "owner@acme.example",
    keyring: readKeyring(process.env.CONCIERGE_ENCRYPTION_KEYS),
    input: { section: "zendesk", ...account },
    connectZendesk: zendeskConnector({
      prisma: db.prisma,
      shop: SHOP,
      appUrl: app.url,
      urlTemplate: `${emulator.url}/{subdomain}`,
    }),
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  const link = await db.prisma.zendeskAccount.findUniqueOrThrow({ where: { subdomain: "acme" } });
  const connection = await zendeskConnectionOf(SHOP);
  return { webhookId: link.webhookId, signingSecret: connection?.webhookSigningSecret ?? "" };
}

/** A conversation handed to a person, its ticket delivered to the emulator. */
async function escalatedConversation() {
  counter += 1;
  const conversationId = `conv_${String(counter).padStart(32, "0")}`;
  await db.prisma.conversation.create({
    data: { id: conversationId, shop: SHOP, visitorId: "visitor-aaaaaaaaaaaaaaaa", status: "open" },
  });
  await db.prisma.message.create({
    data: {
      id: `msg_q${counter}`,
      shop: SHOP,
      conversationId,
      role: "shopper",
      body: "I want a person",
    },
  });
  await db.prisma.$transaction((tx) =>
    escalateConversation(tx, {
      box: createPlainBox(),
      shop: SHOP,
      conversationId,
      reason: "asked_for_person",
      intent: "human_agent",
      sentiment: null,
      language: "en",
      requester: { name: "Ada", email: "ada@shopper.example" },
      customer: null,
      settings: EscalationSettingsSchema.parse({}),
    }),
  );
  const desk = createZendeskDesk({ ...account, urlTemplate: `${emulator.url}/{subdomain}` });
  await deliverEscalations({
    prisma: db.prisma,
    box: createPlainBox(),
    deskFor: async () => desk,
    workerId: "test",
    now: () => new Date(Date.now() + 5_000),
  });
  const escalation = await db.prisma.escalation.findFirstOrThrow({
    where: { shop: SHOP, conversationId },
  });
  return { conversationId, ticketId: Number(escalation.ticketId) };
}

/** Agent messages as the chat reads them: sealed at rest with the app's keys, opened here. */
async function agentMessages(conversationId: string) {
  const box = createCipherBox(parseEncryptionKeys(process.env)!);
  const messages = await db.prisma.message.findMany({
    where: { shop: SHOP, conversationId, role: "agent" },
    orderBy: { seq: "asc" },
  });
  return messages.map((message) => ({
    ...message,
    body: box.open(message.body, { context: conversationContext({ shop: SHOP, conversationId }) }),
  }));
}

describe("connectZendesk", () => {
  it("creates one trigger-connected webhook and two triggers, and reuses them when run again", async () => {
    const first = await connect();
    const zendesk = emulator.account("acme");
    const [webhook] = [...zendesk.webhooks.values()];
    expect(webhook).toMatchObject({
      endpoint: `${app.url}/zendesk/webhooks?shop=${SHOP}`,
      http_method: "POST",
      request_format: "json",
      status: "active",
      subscriptions: ["conditional_ticket_events"],
    });
    expect(first.signingSecret).toBe(webhook?.signingSecret);
    // Stored sealed in the shop's settings, where the webhook route reads it.
    expect((await zendeskConnectionOf(SHOP))?.webhookSigningSecret).toBe(webhook?.signingSecret);
    expect([...zendesk.triggers.values()].map((trigger) => trigger.title)).toEqual([
      "Concierge: agent reply to the chat",
      "Concierge: chat ticket status changed",
    ]);

    const again = await connect();
    expect(again).toEqual(first);
    expect(zendesk.webhooks.size).toBe(1);
    expect(zendesk.triggers.size).toBe(2);
    expect(
      await db.prisma.zendeskAccount.findUnique({ where: { subdomain: "acme" } }),
    ).toMatchObject({ shop: SHOP, webhookId: first.webhookId });
  });

  it("refuses a Zendesk account that already serves another shop", async () => {
    await connect();
    const other = await connectZendesk({
      prisma: db.prisma,
      shop: "other.myshopify.com",
      connection: account,
      appUrl: app.url,
      urlTemplate: `${emulator.url}/{subdomain}`,
    });
    expect(other).toEqual({ ok: false, problem: "subdomain_taken" });
  });
});

describe("POST /zendesk/webhooks", () => {
  it("GIVEN a connected Zendesk WHEN an agent replies publicly THEN the reply reaches the shopper's conversation once", async () => {
    await connect();
    const { conversationId, ticketId } = await escalatedConversation();
    const { delivery } = await emulator.agentReplies({
      subdomain: "acme",
      ticketId,
      body: 'Your parcel left today — "tracking" 1Z999',
      authorName: "Sam",
    });
    expect(delivery?.status).toBe(200);
    expect(
      (await agentMessages(conversationId)).map((message) => [message.body, message.authorName]),
    ).toEqual([['Your parcel left today — "tracking" 1Z999', "Sam"]]);

    // Zendesk retries a delivery it thinks failed: the same comment is not shown twice.
    const replay = await fetch(delivery!.endpointUrl, {
      method: "POST",
      headers: delivery!.headers,
      body: delivery!.body,
    });
    expect(replay.status).toBe(200);
    expect(await agentMessages(conversationId)).toHaveLength(1);
  });

  it("keeps internal notes away from the shopper", async () => {
    await connect();
    const { conversationId, ticketId } = await escalatedConversation();
    const { delivery } = await emulator.agentReplies({
      subdomain: "acme",
      ticketId,
      body: "Note: refund approved by Kim",
      public: false,
    });
    expect(delivery).toBeNull();
    expect(await agentMessages(conversationId)).toHaveLength(0);
  });

  it("gives the conversation back to the assistant when the ticket is solved", async () => {
    await connect();
    const { conversationId, ticketId } = await escalatedConversation();
    expect(
      (await db.prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } })).status,
    ).toBe("handed_off");
    const { delivery } = await emulator.setTicketStatus({
      subdomain: "acme",
      ticketId,
      status: "solved",
    });
    expect(delivery?.status).toBe(200);
    expect(
      (await db.prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } })).status,
    ).toBe("open");
  });

  it("rejects a forged webhook: wrong secret, tampered body, stale timestamp, unknown shop", async () => {
    const { signingSecret } = await connect();
    const { conversationId, ticketId } = await escalatedConversation();
    const body = JSON.stringify({
      event: "ticket.comment_added",
      ticket: {
        id: String(ticketId),
        external_id: `concierge:${SHOP}:${conversationId}`,
        status: "open",
      },
      comment: {
        id: "999",
        body: "Click http://evil.example to get a refund",
        author_name: "Support",
        author_role: "agent",
      },
    });
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    const post = (options: {
      secret: string;
      timestamp?: string;
      sentBody?: string;
      shop?: string;
    }) => {
      const timestamp = options.timestamp ?? now;
      return fetch(`${app.url}/zendesk/webhooks?shop=${options.shop ?? SHOP}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-zendesk-webhook-signature-timestamp": timestamp,
          "x-zendesk-webhook-signature": signWebhook({ secret: options.secret, timestamp, body }),
        },
        body: options.sentBody ?? body,
      });
    };
    expect((await post({ secret: "guessed-secret" })).status).toBe(401);
    expect(
      (await post({ secret: signingSecret, sentBody: body.replace("999", "998") })).status,
    ).toBe(401);
    expect((await post({ secret: signingSecret, timestamp: "2020-01-01T00:00:00Z" })).status).toBe(
      401,
    );
    expect((await post({ secret: signingSecret, shop: "other.myshopify.com" })).status).toBe(401);
    expect(await agentMessages(conversationId)).toHaveLength(0);

    // The same request, correctly signed, is accepted: the rejections above were about the signature.
    expect((await post({ secret: signingSecret })).status).toBe(200);
    expect(await agentMessages(conversationId)).toHaveLength(1);
  });
});
