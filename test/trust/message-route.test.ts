import { request as httpRequest } from "node:http";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppStack, type AppStack } from "../support/app-stack";
import { aVisitorId, postJson, proxyUrl } from "../support/storefront-requests";

/** A raw answer: the bytes as sent, so the test sees whether they were compressed. */
function rawRequest(
  url: string,
  options: { method: string; headers?: Record<string, string>; body?: string },
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}> {
  return new Promise((resolve, reject) => {
    const sending = httpRequest(
      url,
      { method: options.method, headers: options.headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () =>
          resolve({
            status: answer.statusCode ?? 0,
            headers: answer.headers,
            body: Buffer.concat(chunks),
          }),
        );
        answer.on("error", reject);
      },
    );
    sending.on("error", reject);
    sending.end(options.body);
  });
}

/**
 * The chat's message route is answered by server.ts straight from its route module (no Remix
 * matching, compression only where it pays): the same checks and headers must hold there.
 */
describe("the chat message route as the production server answers it", () => {
  let stack: AppStack;
  const visitorId = aVisitorId();
  let conversationId = "";

  beforeAll(async () => {
    stack = await startAppStack();
    await stack.install();
    const opened = await postJson(proxyUrl(stack, "conversation"), {
      visitorId,
      locale: "en",
      page: {},
    });
    conversationId = ((await opened.json()) as { conversation: { id: string } }).conversation.id;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const message = (text: string) => ({ visitorId, conversationId, text, locale: "en", page: {} });

  it("GIVEN a signed message WHEN it is posted THEN the answer is the shopper's JSON, never cached or sniffed", async () => {
    const answer = await postJson(proxyUrl(stack, "messages"), message("how much is shipping?"));
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
    expect(answer.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    const body = (await answer.json()) as { messages: { role: string; text: string }[] };
    expect(body.messages.map((sent) => sent.role)).toEqual(["shopper", "assistant"]);
    expect(body.messages[0]!.text).toBe("how much is shipping?");
  });

  it.each([
    ["signed with another secret", { secret: "not-the-app-secret" }],
    ["unsigned", { unsigned: true }],
    ["signed too long ago", { timestamp: Math.floor(Date.now() / 1000) - 600 }],
  ])(
    "GIVEN a message %s WHEN it is posted or polled THEN it is refused with 400",
    async (_case, forgery) => {
      const posted = await postJson(proxyUrl(stack, "messages", forgery), message("hello"));
      expect(posted.status).toBe(400);
      const polled = await fetch(
        proxyUrl(stack, "messages", { ...forgery, query: { visitorId, conversationId } }),
      );
      expect(polled.status).toBe(400);
    },
  );

  it("refuses a body over 16 KiB with 413, whatever the body claims to be", async () => {
    const answer = await postJson(proxyUrl(stack, "messages"), message("x".repeat(20_000)));
    expect(answer.status).toBe(413);
    const chunked = await rawRequest(proxyUrl(stack, "messages"), {
      method: "POST",
      headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked" },
      body: JSON.stringify(message("y".repeat(40_000))),
    });
    expect(chunked.status).toBe(413);
  });

  it("compresses a long answer for a client that accepts gzip, and leaves a short one as it is", async () => {
    for (const text of ["what is your return policy?", "do you ship to Canada?", "hello"])
      expect((await postJson(proxyUrl(stack, "messages"), message(text))).status).toBe(200);

    const history = await rawRequest(
      proxyUrl(stack, "messages", { query: { visitorId, conversationId, after: "0" } }),
      { method: "GET", headers: { "Accept-Encoding": "gzip" } },
    );
    expect(history.status).toBe(200);
    expect(history.headers["content-encoding"]).toBe("gzip");
    expect(history.headers["cache-control"]).toBe("no-store");
    const listed = JSON.parse(gunzipSync(history.body).toString("utf8")) as { messages: unknown[] };
    expect(listed.messages.length).toBeGreaterThanOrEqual(8);

    const refusal = await rawRequest(proxyUrl(stack, "messages"), {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept-Encoding": "gzip" },
      body: "{",
    });
    expect(refusal.status).toBe(400);
    expect(refusal.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(refusal.body.toString("utf8"))).toMatchObject({
      error: { code: "invalid_request" },
    });
  });

  it("leaves other methods to Remix, which knows the route's loader and action", async () => {
    const head = await rawRequest(
      proxyUrl(stack, "messages", { query: { visitorId, conversationId } }),
      { method: "HEAD" },
    );
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });
});
