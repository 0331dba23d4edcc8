import { createClient } from "node-zendesk";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ZendeskEmulator } from "./index";
import { startZendeskEmulator } from "./index";
import { buildAccount, buildTicketRequest } from "./test-factories";

/**
 * The real node-zendesk v6 client, pointed at the emulator with `endpointUri`. Its default
 * transport is cross-fetch; the test hands it the global fetch so the loopback-only guard applies.
 */

const account = buildAccount();
let emulator: ZendeskEmulator;

beforeEach(async () => {
  emulator = await startZendeskEmulator({ accounts: [account] });
});
afterEach(async () => {
  await emulator.close();
});

function client(overrides: { token?: string } = {}) {
  return createClient({
    username: account.email,
    token: overrides.token ?? account.apiToken,
    endpointUri: emulator.endpointUri("acme"),
    throwOriginalException: true,
    transportConfig: {
      transportFn: (uri: string, init: RequestInit) =>
        fetch(uri, { method: init.method, headers: init.headers, body: init.body }),
      responseAdapter: (response: Response) => ({
        json: () => response.json(),
        status: response.status,
        headers: { get: (name: string) => response.headers.get(name) },
        statusText: response.statusText,
      }),
    },
  });
}

describe("node-zendesk against the emulator", () => {
  it("authenticates with users.auth() (/users/me)", async () => {
    const { result } = (await client().users.auth()) as unknown as { result: { email: string } };
    expect(result.email).toBe(account.email);
  });

  it("rejects a bad token with the client's 401 error", async () => {
    await expect(client({ token: "wrong" }).users.auth()).rejects.toMatchObject({
      statusCode: 401,
    });
  });

  it("creates a ticket, shows it, lists it by external_id and searches it", async () => {
    const created = (await client().tickets.create(buildTicketRequest())) as unknown as {
      result: { id: number; external_id: string };
    };
    expect(created.result.external_id).toBe("concierge:acme.myshopify.com:conv-1");

    const shown = (await client().tickets.show(created.result.id)) as unknown as {
      result: { subject: string };
    };
    expect(shown.result.subject).toBe("Where is my order #1001?");

    const listed = (await client().tickets.listWithFilter(
      "external_id",
      "concierge:acme.myshopify.com:conv-1",
    )) as unknown as {
      id: number;
    }[];
    expect(listed.map((ticket) => ticket.id)).toEqual([created.result.id]);

    const searched = (await client().search.query(
      "type:ticket external_id:concierge:acme.myshopify.com:conv-1",
    )) as unknown as {
      result: { id: number }[];
    };
    expect(searched.result.map((ticket) => ticket.id)).toEqual([created.result.id]);
  });

  it("adds a comment with tickets.update and reads it back with getComments", async () => {
    const created = (await client().tickets.create(buildTicketRequest())) as unknown as {
      result: { id: number };
    };
    await client().tickets.update(created.result.id, {
      ticket: { comment: { body: "Follow-up", public: false } },
    });
    const comments = (await client().tickets.getComments(created.result.id)) as unknown as {
      body: string;
    }[];
    expect(comments.map((comment) => comment.body)).toEqual([
      "The shopper asked for a person.",
      "Follow-up",
    ]);
  });

  it("surfaces an injected 503 as an error with its status code", async () => {
    emulator.misbehave({ failNext: { count: 1, status: 503 } });
    await expect(client().users.auth()).rejects.toMatchObject({ statusCode: 503 });
  });
});
