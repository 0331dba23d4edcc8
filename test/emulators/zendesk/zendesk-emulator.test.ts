import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ZendeskEmulator } from "./index";
import { startZendeskEmulator } from "./index";
import { basicAuth, buildAccount, buildTicketRequest } from "./test-factories";

const account = buildAccount();
let emulator: ZendeskEmulator;

beforeEach(async () => {
  emulator = await startZendeskEmulator({
    accounts: [account, buildAccount({ subdomain: "other", apiToken: "other-token" })],
  });
});
afterEach(async () => {
  await emulator.close();
});

function call(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  return fetch(`${emulator.endpointUri("acme")}${path}`, {
    method: init.method ?? "GET",
    headers: {
      authorization: basicAuth(account),
      "content-type": "application/json",
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

describe("authentication", () => {
  it("GIVEN a wrong token WHEN calling the API THEN answers 401 with Zendesk's error", async () => {
    const response = await call("/users/me.json", {
      headers: { authorization: basicAuth({ ...account, apiToken: "nope" }) },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Couldn't authenticate you" });
  });

  it("GIVEN another account's credentials WHEN calling this account THEN answers 401", async () => {
    const response = await call("/users/me.json", {
      headers: {
        authorization: basicAuth(buildAccount({ subdomain: "other", apiToken: "other-token" })),
      },
    });
    expect(response.status).toBe(401);
  });

  it("answers /users/me with the API owner and rate-limit headers", async () => {
    const response = await call("/users/me.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-rate-limit")).toBe("700");
    expect(response.headers.get("x-rate-limit-remaining")).toBe("699");
    const body = (await response.json()) as { user: { email: string; role: string } };
    expect(body.user).toMatchObject({ email: account.email, role: "admin" });
  });
});

describe("tickets", () => {
  it("creates a ticket with its requester, first comment, tags and external id", async () => {
    const response = await call("/tickets.json", { method: "POST", body: buildTicketRequest() });
    expect(response.status).toBe(201);
    const { ticket } = (await response.json()) as { ticket: Record<string, unknown> };
    expect(ticket).toMatchObject({
      subject: "Where is my order #1001?",
      status: "new",
      priority: "high",
      tags: ["concierge"],
      external_id: "concierge:acme.myshopify.com:conv-1",
      description: "The shopper asked for a person.",
    });
    const requester = await (await call(`/users/${String(ticket.requester_id)}.json`)).json();
    expect(requester).toMatchObject({
      user: { email: "ada@shopper.example", name: "Ada Shopper", role: "end-user" },
    });
    const comments = (await (await call(`/tickets/${String(ticket.id)}/comments.json`)).json()) as {
      comments: { body: string; public: boolean }[];
    };
    expect(comments.comments).toEqual([
      expect.objectContaining({ body: "The shopper asked for a person.", public: false }),
    ]);
    expect(emulator.counters.ticketsCreated).toBe(1);
  });

  it("rejects a ticket without a comment with 422 RecordInvalid", async () => {
    const response = await call("/tickets.json", {
      method: "POST",
      body: buildTicketRequest({ comment: undefined }),
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: "RecordInvalid" });
  });

  it("updates status, tags and adds a comment with PUT", async () => {
    const created = (await (
      await call("/tickets.json", { method: "POST", body: buildTicketRequest() })
    ).json()) as { ticket: { id: number } };
    const response = await call(`/tickets/${created.ticket.id}.json`, {
      method: "PUT",
      body: {
        ticket: {
          status: "open",
          tags: ["vip"],
          comment: { body: "The shopper added: it's urgent", public: false },
        },
      },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ticket: { status: "open", tags: ["vip"] } });
    expect(
      emulator
        .account("acme")
        .tickets.get(created.ticket.id)
        ?.comments.map((comment) => comment.body),
    ).toEqual(["The shopper asked for a person.", "The shopper added: it's urgent"]);
  });

  it("answers 404 RecordNotFound for an unknown ticket", async () => {
    const response = await call("/tickets/999.json");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: "RecordNotFound" });
  });

  it("finds tickets by external_id through /tickets.json and /search.json", async () => {
    await call("/tickets.json", { method: "POST", body: buildTicketRequest() });
    await call("/tickets.json", {
      method: "POST",
      body: buildTicketRequest({ external_id: "concierge:acme.myshopify.com:conv-2" }),
    });

    const listed = (await (
      await call("/tickets.json?external_id=concierge%3Aacme.myshopify.com%3Aconv-2")
    ).json()) as {
      tickets: { external_id: string }[];
    };
    expect(listed.tickets.map((ticket) => ticket.external_id)).toEqual([
      "concierge:acme.myshopify.com:conv-2",
    ]);

    const query = encodeURIComponent("type:ticket external_id:concierge:acme.myshopify.com:conv-1");
    const searched = (await (await call(`/search.json?query=${query}`)).json()) as {
      results: { external_id: string; result_type: string }[];
      count: number;
    };
    expect(searched.count).toBe(1);
    expect(searched.results[0]).toMatchObject({
      external_id: "concierge:acme.myshopify.com:conv-1",
      result_type: "ticket",
    });
  });

  it("keeps a new ticket out of search until it is indexed, like Zendesk's lagging index", async () => {
    await emulator.close();
    emulator = await startZendeskEmulator({ accounts: [account], searchIndexDelayMs: 60_000 });
    await call("/tickets.json", { method: "POST", body: buildTicketRequest() });
    const query = encodeURIComponent("external_id:concierge:acme.myshopify.com:conv-1");
    expect(await (await call(`/search.json?query=${query}`)).json()).toMatchObject({ count: 0 });
    expect(
      await (
        await call("/tickets.json?external_id=concierge%3Aacme.myshopify.com%3Aconv-1")
      ).json(),
    ).toMatchObject({ count: 1 });
  });

  it("keeps accounts apart", async () => {
    await call("/tickets.json", { method: "POST", body: buildTicketRequest() });
    expect(emulator.account("acme").tickets.size).toBe(1);
    expect(emulator.account("other").tickets.size).toBe(0);
  });
});

describe("users", () => {
  it("creates or updates a user by email and finds it by search", async () => {
    const first = await call("/users/create_or_update.json", {
      method: "POST",
      body: { user: { name: "Bo", email: "bo@x.example" } },
    });
    expect(first.status).toBe(201);
    const second = await call("/users/create_or_update.json", {
      method: "POST",
      body: { user: { name: "Bo Renamed", email: "BO@x.example" } },
    });
    expect(second.status).toBe(200);
    const found = (await (await call("/users/search.json?query=bo%40x.example")).json()) as {
      users: { name: string }[];
    };
    expect(found.users.map((user) => user.name)).toEqual(["Bo Renamed"]);
  });
});

describe("idempotency", () => {
  it("GIVEN the same key and body WHEN retried THEN answers the same ticket with x-idempotency-lookup: hit", async () => {
    const headers = { "idempotency-key": "key-1" };
    const first = await call("/tickets.json", {
      method: "POST",
      body: buildTicketRequest(),
      headers,
    });
    const second = await call("/tickets.json", {
      method: "POST",
      body: buildTicketRequest(),
      headers,
    });
    expect(first.headers.get("x-idempotency-lookup")).toBe("miss");
    expect(second.headers.get("x-idempotency-lookup")).toBe("hit");
    const [a, b] = (await Promise.all([first.json(), second.json()])) as {
      ticket: { id: number };
    }[];
    expect(b?.ticket.id).toBe(a?.ticket.id);
    expect(emulator.counters.ticketsCreated).toBe(1);
  });

  it("GIVEN the same key and another body WHEN posted THEN answers 400 IdempotentRequestError", async () => {
    const headers = { "idempotency-key": "key-2" };
    await call("/tickets.json", { method: "POST", body: buildTicketRequest(), headers });
    const response = await call("/tickets.json", {
      method: "POST",
      body: buildTicketRequest({ subject: "changed" }),
      headers,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "IdempotentRequestError" });
    expect(emulator.counters.ticketsCreated).toBe(1);
  });
});

describe("natural rate limit", () => {
  it("answers 429 with Retry-After once the minute's budget is spent", async () => {
    await emulator.close();
    emulator = await startZendeskEmulator({ accounts: [account], rateLimitPerMinute: 2 });
    expect((await call("/users/me.json")).status).toBe(200);
    expect((await call("/users/me.json")).status).toBe(200);
    const limited = await call("/users/me.json");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(limited.headers.get("x-rate-limit-remaining")).toBe("0");
  });
});
