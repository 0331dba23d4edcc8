import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyZendeskWebhook } from "./verify-zendesk-webhook";

const secret = "dGVzdC1zaWduaW5nLXNlY3JldA==";
const body = JSON.stringify({ event: "ticket.comment_added", ticket: { id: "7" } });
const timestamp = "2026-03-04T10:00:00Z";
const sign = (text: string, at = timestamp, key = secret) =>
  createHmac("sha256", key)
    .update(at + text)
    .digest("base64");
const now = new Date("2026-03-04T10:01:00Z");

describe("verifyZendeskWebhook", () => {
  it("GIVEN Zendesk's signature over timestamp + body WHEN verified THEN accepts", () => {
    expect(
      verifyZendeskWebhook({ body, signature: sign(body), timestamp, signingSecret: secret, now }),
    ).toEqual({ ok: true });
  });

  it("GIVEN a changed body, another secret or a garbage signature THEN rejects as bad_signature", () => {
    expect(
      verifyZendeskWebhook({
        body: `${body} `,
        signature: sign(body),
        timestamp,
        signingSecret: secret,
        now,
      }),
    ).toEqual({ ok: false, problem: "bad_signature" });
    expect(
      verifyZendeskWebhook({
        body,
        signature: sign(body, timestamp, "other"),
        timestamp,
        signingSecret: secret,
        now,
      }),
    ).toMatchObject({ problem: "bad_signature" });
    expect(
      verifyZendeskWebhook({ body, signature: "short", timestamp, signingSecret: secret, now }),
    ).toMatchObject({ problem: "bad_signature" });
  });

  it("GIVEN a timestamp signed correctly but replayed later THEN rejects as stale_timestamp", () => {
    const later = new Date("2026-03-04T10:06:00Z");
    expect(
      verifyZendeskWebhook({
        body,
        signature: sign(body),
        timestamp,
        signingSecret: secret,
        now: later,
      }),
    ).toEqual({ ok: false, problem: "stale_timestamp" });
  });

  it("GIVEN a signature made with another timestamp THEN rejects", () => {
    expect(
      verifyZendeskWebhook({
        body,
        signature: sign(body, "2026-03-04T09:59:00Z"),
        timestamp,
        signingSecret: secret,
        now,
      }),
    ).toMatchObject({ problem: "bad_signature" });
  });

  it("GIVEN missing headers or no secret configured THEN rejects", () => {
    expect(
      verifyZendeskWebhook({ body, signature: null, timestamp, signingSecret: secret, now }),
    ).toMatchObject({ problem: "missing_signature" });
    expect(
      verifyZendeskWebhook({
        body,
        signature: sign(body),
        timestamp: null,
        signingSecret: secret,
        now,
      }),
    ).toMatchObject({ problem: "missing_signature" });
    expect(
      verifyZendeskWebhook({
        body,
        signature: sign(body, timestamp, ""),
        timestamp,
        signingSecret: "",
        now,
      }),
    ).toMatchObject({ problem: "missing_signature" });
  });
});
