import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ZendeskEmulator } from "./index";
import { startZendeskEmulator } from "./index";
import { basicAuth, buildAccount, buildTicketRequest } from "./test-factories";

const account = buildAccount();
let emulator: ZendeskEmulator;

beforeEach(async () => {
  emulator = await startZendeskEmulator({ accounts: [account] });
});
afterEach(async () => {
  await emulator.close();
});

function call(
  path: string,
  init: {
    method?: string;
    body?: unknown;
    signal?: AbortSignal;
    headers?: Record<string, string>;
  } = {},
) {
  return fetch(`${emulator.endpointUri("acme")}${path}`, {
    method: init.method ?? "GET",
    headers: {
      authorization: basicAuth(account),
      "content-type": "application/json",
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: init.signal,
  });
}

const createTicket = (init: { signal?: AbortSignal; headers?: Record<string, string> } = {}) =>
  call("/tickets.json", { method: "POST", body: buildTicketRequest(), ...init });

describe("misbehaviour switches", () => {
  it("latency: delays every answer", async () => {
    emulator.misbehave({ latencyMs: 150 });
    const started = performance.now();
    expect((await call("/users/me.json")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("errorRate: fails the chosen share of requests with the given status", async () => {
    emulator.misbehave({ errorRate: { rate: 1, status: 503 } });
    expect((await call("/users/me.json")).status).toBe(503);
    emulator.misbehave({ errorRate: { rate: 0.5, status: 502 }, seed: 7 });
    const statuses = await Promise.all(
      Array.from({ length: 40 }, async () => (await call("/users/me.json")).status),
    );
    const failed = statuses.filter((status) => status === 502).length;
    expect(failed).toBeGreaterThan(8);
    expect(failed).toBeLessThan(32);
    expect(statuses.every((status) => status === 200 || status === 502)).toBe(true);
  });

  it("errorRate with a mix: draws each failure kind from the list", async () => {
    emulator.misbehave({
      errorRate: {
        rate: 1,
        failures: [
          { kind: "error", status: 500 },
          { kind: "rateLimit", retryAfterSeconds: 1 },
        ],
      },
      seed: 1,
    });
    const statuses = new Set(
      await Promise.all(
        Array.from({ length: 20 }, async () => (await call("/users/me.json")).status),
      ),
    );
    expect(statuses).toEqual(new Set([500, 429]));
  });

  it("rateLimit: answers 429 with Retry-After for the next N requests, then recovers", async () => {
    emulator.misbehave({ rateLimit: { retryAfterSeconds: 7, forNextRequests: 2 } });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const limited = await call("/users/me.json");
      expect(limited.status).toBe(429);
      expect(limited.headers.get("retry-after")).toBe("7");
      expect(limited.headers.get("x-rate-limit-remaining")).toBe("0");
    }
    expect((await call("/users/me.json")).status).toBe(200);
  });

  it("hang: never answers, so only the client's timeout ends the call", async () => {
    emulator.misbehave({ hang: { forNextRequests: 1 } });
    await expect(call("/users/me.json", { signal: AbortSignal.timeout(200) })).rejects.toThrow(
      /abort|timeout/i,
    );
    expect((await call("/users/me.json")).status).toBe(200);
  });

  it("failNext: fails exactly the next N requests", async () => {
    emulator.misbehave({ failNext: { count: 2, status: 500 } });
    expect((await call("/users/me.json")).status).toBe(500);
    expect((await call("/users/me.json")).status).toBe(500);
    expect((await call("/users/me.json")).status).toBe(200);
    expect(emulator.counters.failuresInjected).toBe(2);
  });

  it("crashAfterCommit (error): creates the ticket yet answers 500 — the duplicate trap", async () => {
    emulator.misbehave({ crashAfterCommit: { forNextRequests: 1, answer: "error" } });
    const response = await createTicket({ headers: { "idempotency-key": "trap-1" } });
    expect(response.status).toBe(500);
    expect(emulator.account("acme").tickets.size).toBe(1);
    // A retry with the same key is answered from the idempotency record, not a second ticket.
    const retry = await createTicket({ headers: { "idempotency-key": "trap-1" } });
    expect(retry.status).toBe(201);
    expect(retry.headers.get("x-idempotency-lookup")).toBe("hit");
    expect(emulator.account("acme").tickets.size).toBe(1);
  });

  it("crashAfterCommit (hang): creates the ticket and never answers", async () => {
    emulator.misbehave({ crashAfterCommit: { forNextRequests: 1, answer: "hang" } });
    await expect(createTicket({ signal: AbortSignal.timeout(200) })).rejects.toThrow(
      /abort|timeout/i,
    );
    expect(emulator.counters.ticketsCreated).toBe(1);
  });

  it("crashAfterCommit skips reads: only a ticket write consumes it", async () => {
    emulator.misbehave({ crashAfterCommit: { forNextRequests: 1, answer: "error" } });
    expect((await call("/users/me.json")).status).toBe(200);
    expect((await createTicket()).status).toBe(500);
  });

  it("behaveNormally and POST /__control/reset clear every switch", async () => {
    emulator.misbehave({ errorRate: { rate: 1, status: 500 } });
    emulator.behaveNormally();
    expect((await call("/users/me.json")).status).toBe(200);

    const set = await fetch(`${emulator.url}/__control/misbehave`, {
      method: "POST",
      body: JSON.stringify({ failNext: { count: 5, status: 502 } }),
    });
    expect(set.status).toBe(200);
    expect((await call("/users/me.json")).status).toBe(502);
    await fetch(`${emulator.url}/__control/reset`, { method: "POST" });
    expect((await call("/users/me.json")).status).toBe(200);
  });

  it("rejects an invalid misbehaviour on the control route with 400", async () => {
    const response = await fetch(`${emulator.url}/__control/misbehave`, {
      method: "POST",
      body: JSON.stringify({ errorRate: { rate: 3 } }),
    });
    expect(response.status).toBe(400);
  });
});
