import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ZendeskEmulator } from "../../../test/emulators/zendesk";
import { startZendeskEmulator } from "../../../test/emulators/zendesk";
import type { NewSupportTicket } from "./support-desk";
import { SupportDeskError } from "./support-desk";
import { createZendeskDesk, zendeskEndpointUri } from "./zendesk-desk";

const account = {
  subdomain: "acme",
  email: "owner@acme.example",
  apiToken: "token-1",
  webhookSigningSecret: "secret",
};
let emulator: ZendeskEmulator;

beforeEach(async () => {
  emulator = await startZendeskEmulator({ accounts: [account] });
});
afterEach(async () => {
  await emulator.close();
});

function desk(overrides: { apiToken?: string; timeoutMs?: number } = {}) {
  return createZendeskDesk({
    subdomain: "acme",
    email: account.email,
    apiToken: overrides.apiToken ?? account.apiToken,
    urlTemplate: `${emulator.url}/{subdomain}`,
    timeoutMs: overrides.timeoutMs ?? 2000,
  });
}

function buildTicket(overrides: Partial<NewSupportTicket> = {}): NewSupportTicket {
  return {
    subject: "Order status — Ada",
    body: "Transcript <script>alert(1)</script>",
    requester: { name: "Ada", email: "ada@shopper.example" },
    priority: "high",
    tags: ["concierge"],
    externalId: "concierge:acme.myshopify.com:conv-1",
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<SupportDeskError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof SupportDeskError))
    throw new Error(`expected a SupportDeskError, got ${String(error)}`);
  return error;
}

describe("zendeskEndpointUri", () => {
  it("uses zendesk.com by default and the template otherwise", () => {
    expect(zendeskEndpointUri({ subdomain: "acme" })).toBe("https://acme.zendesk.com/api/v2");
    expect(
      zendeskEndpointUri({ subdomain: "acme", urlTemplate: "http://127.0.0.1:9/{subdomain}/" }),
    ).toBe("http://127.0.0.1:9/acme/api/v2");
  });

  it("refuses a subdomain that could change the host", () => {
    expect(() => zendeskEndpointUri({ subdomain: "evil.com/x" })).toThrow();
  });
});

describe("ZendeskDesk against the emulator", () => {
  it("tests the connection: ok with good credentials, unauthorized otherwise", async () => {
    expect(await desk().testConnection()).toEqual({ ok: true, agentEmail: account.email });
    expect(await desk({ apiToken: "bad" }).testConnection()).toEqual({
      ok: false,
      problem: "unauthorized",
    });
  });

  it("creates a ticket as plain text with the idempotency key, and finds it by external id", async () => {
    const created = await desk().createTicket({ ticket: buildTicket(), idempotencyKey: "esc-1" });
    expect(created.replayed).toBe(false);
    const stored = emulator.account("acme").tickets.get(Number(created.ticket.id));
    expect(stored?.priority).toBe("high");
    expect(stored?.comments[0]?.public).toBe(false);
    expect(stored?.comments[0]?.html_body).not.toContain("<script>");

    const again = await desk().createTicket({ ticket: buildTicket(), idempotencyKey: "esc-1" });
    expect(again).toEqual({ ticket: created.ticket, replayed: true });
    expect(
      await desk().findTicketByExternalId({ externalId: "concierge:acme.myshopify.com:conv-1" }),
    ).toEqual(created.ticket);
    expect(
      await desk().findTicketByExternalId({ externalId: "concierge:acme.myshopify.com:none" }),
    ).toBeNull();
  });

  it("adds a comment to a ticket", async () => {
    const created = await desk().createTicket({ ticket: buildTicket(), idempotencyKey: "esc-2" });
    await desk().addComment({
      ticketId: created.ticket.id,
      body: "Shopper: any news?",
      public: false,
    });
    expect(emulator.account("acme").tickets.get(Number(created.ticket.id))?.comments).toHaveLength(
      2,
    );
  });

  it("reports a 429 as rate_limited with Retry-After", async () => {
    emulator.misbehave({ rateLimit: { retryAfterSeconds: 3, forNextRequests: 1 } });
    const error = await rejection(
      desk().createTicket({ ticket: buildTicket(), idempotencyKey: "esc-3" }),
    );
    expect(error).toMatchObject({ problem: "rate_limited", retryAfterSeconds: 3, retryable: true });
  });

  it.each([500, 502, 503] as const)("reports a %i as unavailable (retryable)", async (status) => {
    emulator.misbehave({ failNext: { count: 1, status } });
    const error = await rejection(desk().findTicketByExternalId({ externalId: "x" }));
    expect(error).toMatchObject({ problem: "unavailable", retryable: true });
  });

  it("times out a hanging call", async () => {
    emulator.misbehave({ hang: { forNextRequests: 1 } });
    const error = await rejection(
      desk({ timeoutMs: 150 }).findTicketByExternalId({ externalId: "x" }),
    );
    expect(error).toMatchObject({ problem: "timeout", retryable: true });
  });

  it("reports the same key with another body as idempotency_conflict (not retryable)", async () => {
    await desk().createTicket({ ticket: buildTicket(), idempotencyKey: "esc-4" });
    const error = await rejection(
      desk().createTicket({ ticket: buildTicket({ subject: "Other" }), idempotencyKey: "esc-4" }),
    );
    expect(error).toMatchObject({ problem: "idempotency_conflict", retryable: false });
  });
});
