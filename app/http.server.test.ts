import { describe, expect, it } from "vitest";
import { Problem } from "./assistant/errors";
import {
  answerWithProblems,
  callOfNodeRequest,
  callOfRequest,
  directRoute,
  jsonAnswer,
  MAX_BODY_BYTES,
  responseOf,
  type IncomingCall,
  type NodeRequestInput,
} from "./http.server";

const URL_TEXT = "http://app.example/proxy/messages?shop=a.myshopify.com&signature=abc";

/** A POST as server.ts hands it over: its body read up to one byte past the limit. */
function aNodePost(body: Uint8Array<ArrayBuffer>, contentLength?: string): NodeRequestInput {
  return {
    method: "POST",
    url: URL_TEXT,
    headers: [
      ["Host", "app.example"],
      ["Content-Type", "application/json"],
      ["Content-Length", contentLength ?? String(body.byteLength)],
    ],
    body,
  };
}

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

/** The same request as the Fetch API carries it to a Remix loader or action. */
function aFetchPost(body: Uint8Array<ArrayBuffer>): Request {
  return new Request(URL_TEXT, { method: "POST", body });
}

/** What reading the call's body gives: its text, or the problem's code. */
async function bodyOutcome(call: IncomingCall): Promise<string> {
  try {
    return await call.text();
  } catch (error) {
    if (error instanceof Problem) return `problem ${error.code}`;
    throw error;
  }
}

describe("a storefront call from Node's request (server.ts's direct path)", () => {
  it("reads what the Fetch API request reads: text, the URL, and the same refusals", async () => {
    const bodies = [
      utf8(JSON.stringify({ text: "你好 ça va ?" })),
      new Uint8Array(0),
      utf8("x".repeat(MAX_BODY_BYTES)),
      utf8("x".repeat(MAX_BODY_BYTES + 1)),
      new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    ];
    const outcomes: [string, string][] = [];
    for (const body of bodies) {
      outcomes.push([
        await bodyOutcome(callOfNodeRequest(aNodePost(body))),
        await bodyOutcome(callOfRequest(aFetchPost(body))),
      ]);
    }
    expect(outcomes.map(([direct]) => direct)).toEqual([
      '{"text":"你好 ça va ?"}',
      "",
      "x".repeat(MAX_BODY_BYTES),
      "problem payload_too_large",
      "problem invalid_request",
    ]);
    for (const [direct, fetched] of outcomes) expect(direct).toBe(fetched);
    const call = callOfNodeRequest(aNodePost(utf8("{}")));
    expect(call.url.pathname).toBe("/proxy/messages");
    expect(call.url.searchParams.get("shop")).toBe("a.myshopify.com");
  });

  it("refuses a body whose declared length is over the limit, whatever arrived", async () => {
    const call = callOfNodeRequest(aNodePost(utf8("{}"), String(MAX_BODY_BYTES + 1)));
    expect(await bodyOutcome(call)).toBe("problem payload_too_large");
  });

  it("builds a Fetch API request only when Shopify's library asks for one, with the same URL, headers and body", async () => {
    const call = callOfNodeRequest(aNodePost(utf8('{"a":1}')));
    const request = call.request();
    expect(call.request()).toBe(request);
    expect(request.url).toBe(URL_TEXT);
    expect(request.method).toBe("POST");
    expect(request.headers.get("content-type")).toBe("application/json");
    expect(await request.text()).toBe('{"a":1}');
  });
});

describe("a direct route", () => {
  it("answers Node's request with the route's JSON answer, problems in the API's error shape", async () => {
    const route = directRoute({
      GET: async (call) => jsonAnswer({ shop: call.url.searchParams.get("shop") }),
      POST: (call) =>
        answerWithProblems(async () => {
          const body = JSON.parse(await call.text()) as { n: number };
          if (body.n < 0) throw new Problem("rate_limited", "Slow down.", 7);
          return jsonAnswer({ doubled: body.n * 2 });
        }),
    });
    const read = await route.GET({
      ...aNodePost(new Uint8Array(0)),
      method: "GET",
      body: undefined,
    });
    expect(read.body).toBe('{"shop":"a.myshopify.com"}');
    const ok = await route.POST(aNodePost(utf8('{"n":21}')));
    expect(ok).toMatchObject({ status: 200, body: '{"doubled":42}' });
    expect(ok.headers["Cache-Control"]).toBe("no-store");

    const refused = await route.POST(aNodePost(utf8('{"n":-1}')));
    expect(refused.status).toBe(429);
    expect(refused.headers["Retry-After"]).toBe("7");
    expect(JSON.parse(refused.body)).toEqual({
      error: { code: "rate_limited", message: "Slow down." },
    });
    // Remix gets the same answer as a Response.
    const response = responseOf(refused);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.text()).toBe(refused.body);
  });
});
