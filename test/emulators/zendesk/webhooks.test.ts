import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ZendeskEmulator, ZendeskWebhookBody } from "./index";
import { startZendeskEmulator } from "./index";
import { basicAuth, buildAccount, buildTicketRequest } from "./test-factories";

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const account = buildAccount();
let emulator: ZendeskEmulator;
let received: Received[];
let receiver: ReturnType<typeof createServer>;
let receiverUrl: string;

beforeEach(async () => {
  received = [];
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", () => resolve()));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/zendesk/webhooks`;
  emulator = await startZendeskEmulator({ accounts: [account] });
});
afterEach(async () => {
  await emulator.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

async function createTicket(): Promise<number> {
  const response = await fetch(`${emulator.endpointUri("acme")}/tickets.json`, {
    method: "POST",
    headers: { authorization: basicAuth(account), "content-type": "application/json" },
    body: JSON.stringify(buildTicketRequest()),
  });
  return ((await response.json()) as { ticket: { id: number } }).ticket.id;
}

describe("webhooks", () => {
  it("GIVEN a configured webhook WHEN an agent replies publicly THEN posts a signed event", async () => {
    emulator.configureWebhook({ subdomain: "acme", endpointUrl: receiverUrl });
    const ticketId = await createTicket();
    const { delivery } = await emulator.agentReplies({
      subdomain: "acme",
      ticketId,
      body: "Your parcel left today.",
      authorName: "Sam",
    });

    expect(delivery?.status).toBe(200);
    expect(received).toHaveLength(1);
    const [hook] = received;
    const timestamp = String(hook?.headers["x-zendesk-webhook-signature-timestamp"]);
    const expected = createHmac("sha256", account.webhookSigningSecret)
      .update(timestamp + hook?.body)
      .digest("base64");
    expect(hook?.headers["x-zendesk-webhook-signature"]).toBe(expected);
    expect(Date.parse(timestamp)).not.toBeNaN();

    const body = JSON.parse(hook?.body ?? "{}") as ZendeskWebhookBody;
    expect(body).toMatchObject({
      event: "ticket.comment_added",
      ticket: {
        id: String(ticketId),
        external_id: "concierge:acme.myshopify.com:conv-1",
        status: "open",
      },
      comment: { body: "Your parcel left today.", author_name: "Sam", author_role: "agent" },
    });
    expect(emulator.counters.webhooksDelivered).toBe(1);
  });

  it("does not fire for an internal note", async () => {
    emulator.configureWebhook({ subdomain: "acme", endpointUrl: receiverUrl });
    const ticketId = await createTicket();
    const { delivery } = await emulator.agentReplies({
      subdomain: "acme",
      ticketId,
      body: "internal",
      public: false,
    });
    expect(delivery).toBeNull();
    expect(received).toHaveLength(0);
  });

  it("fires a status change with the latest public comment", async () => {
    emulator.configureWebhook({ subdomain: "acme", endpointUrl: receiverUrl });
    const ticketId = await createTicket();
    await emulator.agentReplies({ subdomain: "acme", ticketId, body: "Refund sent." });
    await emulator.setTicketStatus({ subdomain: "acme", ticketId, status: "solved" });
    const last = JSON.parse(received.at(-1)?.body ?? "{}") as ZendeskWebhookBody;
    expect(last).toMatchObject({
      event: "ticket.status_changed",
      ticket: { status: "solved" },
      comment: { body: "Refund sent." },
    });
  });

  it("refuses a non-loopback endpoint", async () => {
    emulator.configureWebhook({ subdomain: "acme", endpointUrl: "https://example.com/hook" });
    const ticketId = await createTicket();
    await expect(
      emulator.agentReplies({ subdomain: "acme", ticketId, body: "hi" }),
    ).rejects.toThrow(/loopback/);
  });

  it("adds an agent reply through POST /__control/agent-replies (for the demo)", async () => {
    emulator.configureWebhook({ subdomain: "acme", endpointUrl: receiverUrl });
    const ticketId = await createTicket();
    const response = await fetch(`${emulator.url}/__control/agent-replies`, {
      method: "POST",
      body: JSON.stringify({ subdomain: "acme", ticketId, body: "Hello from the desk" }),
    });
    expect(response.status).toBe(200);
    expect(received).toHaveLength(1);
  });
});
