import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/** Hex HMAC-SHA256, as Shopify signs OAuth callbacks and App Proxy requests. */
export function hexHmac(secret: string, message: string) {
  return createHmac("sha256", secret).update(message, "utf8").digest("hex");
}

/** Base64 HMAC-SHA256 of a webhook's raw body (`X-Shopify-Hmac-Sha256`). */
export function webhookHmac(secret: string, rawBody: string) {
  return createHmac("sha256", secret).update(rawBody, "utf8").digest("base64");
}

export function safeEqual(a: string, b: string) {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * OAuth callback / admin-link signature: sorted `key=value` pairs, URL-encoded and joined by `&`,
 * without `hmac` (and `signature`). Matches @shopify/shopify-api's `stringifyQueryForAdmin`.
 */
export function signAdminQuery(secret: string, params: Record<string, string>) {
  const search = new URLSearchParams();
  for (const key of Object.keys(params).sort((a, b) => a.localeCompare(b))) {
    if (key === "hmac" || key === "signature") continue;
    search.append(key, params[key] ?? "");
  }
  return hexHmac(secret, search.toString());
}

/**
 * App Proxy signature: drop `signature`, sort keys, `key=value` joined with NO separator, repeated
 * keys' values joined by `,`, hex HMAC-SHA256.
 */
export function signAppProxyParams(secret: string, params: URLSearchParams) {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of params) {
    if (key === "signature") continue;
    grouped.set(key, [...(grouped.get(key) ?? []), value]);
  }
  const message = [...grouped.keys()]
    .sort((a, b) => a.localeCompare(b))
    .map((key) => `${key}=${(grouped.get(key) ?? []).join(",")}`)
    .join("");
  return hexHmac(secret, message);
}

function base64Url(input: string | Buffer) {
  return Buffer.from(input).toString("base64url");
}

export const SessionTokenClaimsSchema = z.object({
  iss: z.string(),
  dest: z.string(),
  aud: z.string(),
  sub: z.string(),
  exp: z.number(),
  nbf: z.number(),
  iat: z.number(),
  jti: z.string(),
  sid: z.string(),
});
export type SessionTokenClaims = z.infer<typeof SessionTokenClaimsSchema>;

const JwtHeaderSchema = z.object({ alg: z.literal("HS256") });

/** An App Bridge session token (HS256 JWT signed with the app's secret). */
export function mintSessionToken(options: {
  apiKey: string;
  apiSecret: string;
  shop: string;
  userId: string;
  lifetimeSeconds?: number;
  nowSeconds?: number;
}) {
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  const claims: SessionTokenClaims = {
    iss: `https://${options.shop}/admin`,
    dest: `https://${options.shop}`,
    aud: options.apiKey,
    sub: options.userId,
    exp: now + (options.lifetimeSeconds ?? 60),
    nbf: now,
    iat: now,
    jti: randomUUID(),
    sid: hexHmac("sid", `${options.shop}:${options.userId}`).slice(0, 32),
  };
  const header = base64Url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = base64Url(JSON.stringify(claims));
  const signature = createHmac("sha256", options.apiSecret)
    .update(`${header}.${payload}`)
    .digest("base64url");
  return `${header}.${payload}.${signature}`;
}

export type SessionTokenCheck =
  { ok: true; claims: SessionTokenClaims } | { ok: false; reason: string };

/** Verifies a session token the way Shopify's token endpoint must: signature, aud, dest, exp/nbf. */
export function verifySessionToken(options: {
  token: string;
  apiKey: string;
  apiSecret: string;
  shop: string;
  clockToleranceSeconds?: number;
}): SessionTokenCheck {
  const parts = options.token.split(".");
  const [header, payload, signature] = parts;
  if (parts.length !== 3 || !header || !payload || !signature)
    return { ok: false, reason: "malformed token" };
  const expected = createHmac("sha256", options.apiSecret)
    .update(`${header}.${payload}`)
    .digest("base64url");
  if (!safeEqual(expected, signature))
    return { ok: false, reason: "signature verification failed" };
  const decode = (part: string): unknown => {
    try {
      return JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    } catch {
      return null;
    }
  };
  if (!JwtHeaderSchema.safeParse(decode(header)).success)
    return { ok: false, reason: "unsupported algorithm" };
  const parsedClaims = SessionTokenClaimsSchema.safeParse(decode(payload));
  if (!parsedClaims.success) return { ok: false, reason: "malformed claims" };
  const claims = parsedClaims.data;
  const now = Math.floor(Date.now() / 1000);
  const tolerance = options.clockToleranceSeconds ?? 10;
  if (claims.aud !== options.apiKey)
    return { ok: false, reason: "audience does not match the client_id" };
  if (claims.dest !== `https://${options.shop}`)
    return { ok: false, reason: "destination does not match the shop" };
  if (claims.exp + tolerance < now) return { ok: false, reason: "token expired" };
  if (claims.nbf - tolerance > now) return { ok: false, reason: "token not yet valid" };
  return { ok: true, claims };
}

/** The `host` parameter: base64 of `{shop}/admin`, unpadded as Shopify sends it. */
export function encodeHost(shop: string) {
  return Buffer.from(`${shop}/admin`).toString("base64").replace(/=+$/, "");
}
