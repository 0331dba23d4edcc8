import { generateKeyPairSync } from "node:crypto";
import { SignJWT, UnsecuredJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ZendeskEmulator } from "../../../test/emulators/zendesk";
import { startZendeskEmulator } from "../../../test/emulators/zendesk";
import { issueSidebarSession, readSidebarSession } from "./sidebar-session";
import { verifyZendeskAppToken } from "./zendesk-app-token";

let emulator: ZendeskEmulator;
beforeAll(async () => {
  emulator = await startZendeskEmulator({
    accounts: ["acme", "globex"].map((subdomain) => ({
      subdomain,
      email: `owner@${subdomain}.example`,
      apiToken: "t",
      webhookSigningSecret: "s",
    })),
  });
});
afterAll(() => emulator.close());

const verify = (token: string | null, now?: Date) =>
  verifyZendeskAppToken({ token, publicKeyPem: emulator.appPublicKeyPem, now });

function claims(overrides: { iss?: string; aud?: string } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: overrides.iss ?? "acme.zendesk.com",
    aud: overrides.aud ?? "https://acme.zendesk.com/api/v2/apps/installations/7.json",
    iat: now,
    exp: now + 300,
  };
}

describe("verifyZendeskAppToken", () => {
  it("accepts Zendesk's signed token and names the account and installation", async () => {
    const token = await emulator.signAppToken({ subdomain: "acme", installationId: 42, userId: 9 });
    expect(await verify(token)).toEqual({
      ok: true,
      subdomain: "acme",
      installationId: "42",
      agent: "https://acme.zendesk.com/api/v2/users/9.json",
    });
  });

  it("refuses a missing or expired token, allowing 30 s of clock skew", async () => {
    expect(await verify(null)).toEqual({ ok: false, problem: "missing_token" });
    const token = await emulator.signAppToken({ subdomain: "acme" });
    expect(await verify(token, new Date(Date.now() + 10 * 60_000))).toEqual({
      ok: false,
      problem: "expired",
    });
    expect((await verify(token, new Date(Date.now() + 320_000))).ok).toBe(true);
  });

  it("refuses tokens that are unsigned, signed by another key, or HMAC-signed with the public key", async () => {
    const unsigned = new UnsecuredJWT(claims()).encode();
    const stranger = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const foreign = await new SignJWT(claims())
      .setProtectedHeader({ alg: "RS256" })
      .sign(stranger.privateKey);
    const confused = await new SignJWT(claims())
      .setProtectedHeader({ alg: "HS256" })
      .sign(new TextEncoder().encode(emulator.appPublicKeyPem));
    for (const token of [unsigned, foreign, confused]) {
      expect(await verify(token)).toEqual({ ok: false, problem: "bad_signature" });
    }
  });

  it("refuses a token whose issuer and audience name different accounts", async () => {
    // Well signed, but by a key of our own: the emulator only signs consistent claims.
    const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const mixed = await new SignJWT(
      claims({ aud: "https://globex.zendesk.com/api/v2/apps/installations/7.json" }),
    )
      .setProtectedHeader({ alg: "RS256" })
      .sign(pair.privateKey);
    const publicKeyPem = pair.publicKey.export({ type: "spki", format: "pem" }).toString();
    expect(await verifyZendeskAppToken({ token: mixed, publicKeyPem })).toEqual({
      ok: false,
      problem: "wrong_account",
    });
  });
});

describe("sidebar sessions", () => {
  const key = new TextEncoder().encode("k".repeat(32));

  it("round-trips the shop and subdomain, and refuses another key or an expired session", async () => {
    const token = await issueSidebarSession({
      key,
      session: { shop: "acme.myshopify.com", subdomain: "acme" },
    });
    expect(await readSidebarSession({ key, authorization: `Bearer ${token}` })).toEqual({
      shop: "acme.myshopify.com",
      subdomain: "acme",
    });
    expect(
      await readSidebarSession({
        key: new TextEncoder().encode("x".repeat(32)),
        authorization: `Bearer ${token}`,
      }),
    ).toBeNull();
    expect(
      await readSidebarSession({
        key,
        authorization: `Bearer ${token}`,
        now: new Date(Date.now() + 2 * 3_600_000),
      }),
    ).toBeNull();
    expect(await readSidebarSession({ key, authorization: token })).toBeNull();
  });
});
