import "@shopify/shopify-api/adapters/node";
import { createSecretKey } from "node:crypto";
import { ApiVersion, LogSeverity, shopifyApi } from "@shopify/shopify-api";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signAppProxyParams } from "../../../test/emulators/shopify/signatures";
import { verifyAppProxySignature } from "./verify-app-proxy-signature";

const SECRET = "app-proxy-test-secret";
const library = shopifyApi({
  apiKey: "app-proxy-test-key",
  apiSecretKey: SECRET,
  scopes: ["write_app_proxy"],
  hostName: "127.0.0.1",
  apiVersion: ApiVersion.July25,
  isEmbeddedApp: true,
  logger: { level: LogSeverity.Error },
});
const secret = createSecretKey(Buffer.from(SECRET, "utf8"));
const now = Date.UTC(2026, 10, 23, 12, 0, 0);

/** What Shopify's library says of these parameters, as `authenticate.public.appProxy` asks it. */
async function libraryAccepts(params: URLSearchParams): Promise<boolean> {
  const realNow = Date.now;
  Date.now = () => now;
  try {
    return await library.utils.validateHmac(Object.fromEntries(params), { signator: "appProxy" });
  } catch {
    return false;
  } finally {
    Date.now = realNow;
  }
}

const extraKey = fc.constantFrom(
  "visitorId",
  "index",
  "hmac",
  "a_b",
  "ab",
  "Zeta",
  "_data",
  "10",
  "9",
  "é",
  "e",
);
const proxyRequest = fc.record({
  extras: fc.array(fc.tuple(extraKey, fc.string({ maxLength: 12 })), { maxLength: 5 }),
  customerId: fc.constantFrom("", "42"),
  skewSeconds: fc.oneof(fc.integer({ min: -90, max: 90 }), fc.integer({ min: -400, max: 400 })),
  forgery: fc.constantFrom("none", "none", "none", "tampered", "other-secret", "unsigned"),
});

type ProxyRequest = typeof proxyRequest extends fc.Arbitrary<infer T> ? T : never;

function signedParams(request: ProxyRequest) {
  const params = new URLSearchParams({
    shop: "alpha.myshopify.com",
    logged_in_customer_id: request.customerId,
    path_prefix: "/apps/concierge",
    timestamp: String(Math.trunc(now / 1000) + request.skewSeconds),
  });
  for (const [key, value] of request.extras) params.append(key, value);
  if (request.forgery === "unsigned") return params;
  const signature = signAppProxyParams(
    request.forgery === "other-secret" ? "another-secret" : SECRET,
    params,
  );
  params.set(
    "signature",
    request.forgery === "tampered"
      ? `${signature.slice(0, -1)}${signature.endsWith("0") ? "1" : "0"}`
      : signature,
  );
  return params;
}

describe("the App Proxy signature check of the message path", () => {
  it("accepts only what Shopify's library accepts, and every ordinary signed request it accepts", async () => {
    const seen = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(proxyRequest, async (request) => {
        const params = signedParams(request);
        const ours = verifyAppProxySignature({ params, secret, now });
        const theirs = await libraryAccepts(params);
        if (ours) expect(theirs).toBe(true);
        const ordinary = request.extras.length === 0 && Math.abs(request.skewSeconds) <= 90;
        if (ordinary && request.forgery === "none") expect(ours).toBe(true);
        seen[ours ? "accepted" : "refused"] += 1;
      }),
      { numRuns: 400 },
    );
    expect(seen.accepted).toBeGreaterThan(50);
    expect(seen.refused).toBeGreaterThan(50);
  });

  it("refuses a signature older or newer than 90 s, and one without a timestamp", () => {
    const params = signedParams({
      extras: [],
      customerId: "",
      skewSeconds: 91,
      forgery: "none",
    });
    expect(verifyAppProxySignature({ params, secret, now })).toBe(false);
    expect(verifyAppProxySignature({ params, secret, now: now + 2000 })).toBe(true);
    params.delete("timestamp");
    expect(verifyAppProxySignature({ params, secret, now })).toBe(false);
  });
});
