/**
 * Hostile requests against every public endpoint of the running app, as fast-check arbitraries,
 * and the checks that must hold for each: no 5xx, nothing written by a refused request, nothing
 * of one shop read with another shop's signature. Shared by test/trust and `npm run bench:trust`.
 */
import Database from "better-sqlite3";
import fc from "fast-check";
import { signAppProxyParams, webhookHmac } from "../emulators/shopify/signatures";
import { signWebhook } from "../emulators/zendesk/webhooks";
import { DEMO_SHOP, type AppStack } from "../support/app-stack";

export const OTHER_SHOP = "intruder-shop.myshopify.com";

export interface HostileRequest {
  endpoint: string;
  kind: string;
  method: "GET" | "POST";
  url: string;
  headers: Record<string, string>;
  body?: Uint8Array | string;
  /** A refused answer is expected: then nothing may change in the database. */
  mustBeRefused: boolean;
  /** Set for a cross-shop or cross-visitor attempt: what of the victim's conversation must not come back. */
  victimMarks?: string[];
}

/** A conversation of the demo shop that the requests try to reach from elsewhere. */
export interface Victim {
  visitorId: string;
  conversationId: string;
  messageId: string;
  secret: string;
}

const SCRIPTS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "<svg/onload=alert(1)>",
  "{{constructor.constructor('alert(1)')()}}",
  "'; DROP TABLE Message; --",
  "\u202e\u0000\uffff",
];

const visitorIdArb = fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/);
const hostileText = fc.oneof(
  fc.constantFrom(...SCRIPTS),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom(...SCRIPTS).map((script) => `${script} where is my order #1001?`),
);
/** Any JSON value at all, for schema-confusion bodies. */
const anyJson = fc.jsonValue({ maxDepth: 4 });
const oversizedText = fc
  .integer({ min: 16 * 1024 + 1, max: 96 * 1024 })
  .map((size) => "x".repeat(size));
const invalidUtf8 = fc
  .uint8Array({ minLength: 1, maxLength: 64 })
  .map(
    (bytes) =>
      new Uint8Array([
        0x7b,
        0x22,
        0x74,
        0x22,
        0x3a,
        0x22,
        0xc3,
        0x28,
        0xff,
        0xfe,
        ...bytes,
        0x22,
        0x7d,
      ]),
  );
const malformedJson = fc.oneof(
  fc.constantFrom(
    "{",
    "[",
    '{"visitorId":',
    "null",
    "nul",
    "\u0000",
    "{}}",
    '{"a":1,}',
    "1e999999",
  ),
  fc.string({ maxLength: 200 }),
);

type Forgery =
  "another secret" | "stale" | "unsigned" | "tampered shop" | "tampered customer" | "future";
const forgeryArb = fc.constantFrom<Forgery>(
  "another secret",
  "stale",
  "unsigned",
  "tampered shop",
  "tampered customer",
  "future",
);

export function signedProxyUrl(
  stack: AppStack,
  path: string,
  options: {
    shop?: string;
    customerId?: string;
    query?: Record<string, string>;
    forgery?: Forgery;
  } = {},
): string {
  const now = Math.floor(Date.now() / 1000);
  const timestamp =
    options.forgery === "stale" ? now - 600 : options.forgery === "future" ? now + 600 : now;
  const params = new URLSearchParams({
    ...options.query,
    shop: options.shop ?? DEMO_SHOP,
    logged_in_customer_id: options.customerId ?? "",
    path_prefix: "/apps/concierge",
    timestamp: String(timestamp),
    // Each request the widget sends is unique; the replay guard refuses an identical one.
    nonce: crypto.randomUUID(),
  });
  if (options.forgery !== "unsigned") {
    params.set(
      "signature",
      signAppProxyParams(
        options.forgery === "another secret" ? "forged-secret" : stack.apiSecret,
        params,
      ),
    );
  }
  if (options.forgery === "tampered shop") params.set("shop", OTHER_SHOP);
  if (options.forgery === "tampered customer") params.set("logged_in_customer_id", "424242");
  return `${stack.appUrl}/proxy/${path}?${params.toString()}`;
}

const json = { "Content-Type": "application/json" };

/** Every App Proxy endpoint with its valid body shape, so forged and hostile variants can be made. */
function proxyEndpoints(victim: Victim) {
  return [
    {
      endpoint: "POST /proxy/conversation",
      path: "conversation",
      body: (visitorId: string, text: string) => ({
        visitorId,
        locale: text.slice(0, 10),
        page: { url: text },
      }),
    },
    {
      endpoint: "POST /proxy/messages",
      path: "messages",
      body: (visitorId: string, text: string) => ({
        visitorId,
        conversationId: victim.conversationId,
        text,
        locale: "en",
        page: { url: text.slice(0, 100) },
      }),
    },
    {
      endpoint: "POST /proxy/feedback",
      path: "feedback",
      body: (visitorId: string) => ({
        visitorId,
        conversationId: victim.conversationId,
        messageId: victim.messageId,
        vote: "down",
      }),
    },
    {
      endpoint: "POST /proxy/conversation/delete",
      path: "conversation/delete",
      body: (visitorId: string) => ({ visitorId, conversationId: victim.conversationId }),
    },
  ] as const;
}

export function hostileProxyRequests(
  stack: AppStack,
  victim: Victim,
): fc.Arbitrary<HostileRequest> {
  const endpoints = proxyEndpoints(victim);
  const endpointArb = fc.constantFrom(...endpoints);
  const post = (
    endpoint: string,
    kind: string,
    url: string,
    body: Uint8Array | string,
    mustBeRefused: boolean,
    extra: Partial<HostileRequest> = {},
  ): HostileRequest => ({
    endpoint,
    kind,
    method: "POST",
    url,
    headers: json,
    body,
    mustBeRefused,
    ...extra,
  });

  const forged = fc
    .tuple(endpointArb, forgeryArb, visitorIdArb, hostileText)
    .map(([target, forgery, visitorId, text]) =>
      // Forged with the victim's own visitor id: a forgery that got through could reach the conversation.
      post(
        target.endpoint,
        `forged (${forgery})`,
        signedProxyUrl(stack, target.path, { forgery }),
        JSON.stringify(target.body(victim.visitorId, text || visitorId)),
        true,
      ),
    );
  const oversized = fc
    .tuple(endpointArb, oversizedText)
    .map(([target, text]) =>
      post(
        target.endpoint,
        "oversized",
        signedProxyUrl(stack, target.path),
        JSON.stringify({ ...target.body(victim.visitorId, "hello"), padding: text }),
        true,
      ),
    );
  const nonUtf8 = fc
    .tuple(endpointArb, invalidUtf8)
    .map(([target, bytes]) =>
      post(target.endpoint, "non-UTF-8", signedProxyUrl(stack, target.path), bytes, true),
    );
  const malformed = fc
    .tuple(endpointArb, malformedJson)
    .map(([target, text]) =>
      post(target.endpoint, "malformed JSON", signedProxyUrl(stack, target.path), text, true),
    );
  const confused = fc
    .tuple(endpointArb, anyJson)
    .map(([target, value]) =>
      post(
        target.endpoint,
        "wrong shape",
        signedProxyUrl(stack, target.path),
        JSON.stringify(value),
        !(value !== null && typeof value === "object" && !Array.isArray(value)),
      ),
    );
  // Another shop's valid signature, with the victim's ids (even its visitor id): must find nothing.
  const crossShop = fc
    .tuple(endpointArb, hostileText)
    .map(([target, text]) =>
      post(
        target.endpoint,
        "cross-shop",
        signedProxyUrl(stack, target.path, { shop: OTHER_SHOP }),
        JSON.stringify(target.body(victim.visitorId, text || "hello")),
        target.path !== "conversation",
        { victimMarks: [victim.secret, victim.conversationId] },
      ),
    );
  // Another visitor of the same shop with the victim's conversation id.
  const crossVisitor = fc
    .tuple(
      endpointArb.filter((target) => target.path !== "conversation"),
      visitorIdArb,
      hostileText,
    )
    .map(([target, visitorId, text]) =>
      post(
        target.endpoint,
        "other visitor",
        signedProxyUrl(stack, target.path),
        JSON.stringify(target.body(visitorId, text || "hi")),
        true,
        { victimMarks: [victim.secret, victim.conversationId] },
      ),
    );
  // Script-bearing but well-formed: accepted as data, answered as JSON.
  const scripted = fc
    .tuple(visitorIdArb, fc.constantFrom(...SCRIPTS))
    .map(([visitorId, script]) =>
      post(
        "POST /proxy/conversation",
        "script-bearing",
        signedProxyUrl(stack, "conversation"),
        JSON.stringify({ visitorId, locale: "en", page: { url: script } }),
        false,
      ),
    );
  const getMessages = fc
    .tuple(
      fc.constantFrom<"cross-shop" | Forgery | "hostile query">(
        "cross-shop",
        "hostile query",
        "another secret",
        "stale",
        "unsigned",
        "tampered customer",
      ),
      hostileText,
    )
    .map(([mode, text]): HostileRequest => {
      const query = {
        visitorId: victim.visitorId,
        conversationId: mode === "hostile query" ? text : victim.conversationId,
        after: mode === "hostile query" ? text : "0",
      };
      const url =
        mode === "cross-shop"
          ? signedProxyUrl(stack, "messages", { shop: OTHER_SHOP, query })
          : mode === "hostile query"
            ? signedProxyUrl(stack, "messages", { query })
            : signedProxyUrl(stack, "messages", { forgery: mode, query });
      return {
        endpoint: "GET /proxy/messages",
        kind: mode,
        method: "GET",
        url,
        headers: {},
        mustBeRefused: true,
        victimMarks: [victim.secret, victim.conversationId],
      };
    });
  return fc.oneof(
    forged,
    oversized,
    nonUtf8,
    malformed,
    confused,
    crossShop,
    crossVisitor,
    scripted,
    getMessages,
  );
}

const SHOPIFY_WEBHOOKS = [
  { topic: "customers/redact", path: "/webhooks/customers/redact" },
  { topic: "customers/data_request", path: "/webhooks/customers/data_request" },
  { topic: "shop/redact", path: "/webhooks/shop/redact" },
  { topic: "app/uninstalled", path: "/webhooks/app/uninstalled" },
  { topic: "app/scopes_update", path: "/webhooks/app/scopes_update" },
] as const;

export function hostileWebhookRequests(stack: AppStack): fc.Arbitrary<HostileRequest> {
  const hookArb = fc.constantFrom(...SHOPIFY_WEBHOOKS);
  const bodyArb = fc.oneof(
    anyJson.map((value) => JSON.stringify(value)),
    malformedJson,
    fc.constant(
      JSON.stringify({
        shop_id: 1,
        shop_domain: DEMO_SHOP,
        customer: { id: 1 },
        orders_to_redact: [],
      }),
    ),
    oversizedText.map((text) => JSON.stringify({ shop_id: 1, shop_domain: DEMO_SHOP, note: text })),
  );
  const signature = fc.constantFrom("another secret", "tampered body", "missing", "garbage");
  return fc
    .tuple(
      hookArb,
      bodyArb,
      signature,
      fc.constantFrom(DEMO_SHOP, OTHER_SHOP, "<script>.myshopify.com"),
    )
    .map(([hook, body, mode, shop]) => {
      const headers: Record<string, string> = {
        "Content-Type": "application/json",
        "X-Shopify-Topic": hook.topic,
        "X-Shopify-Shop-Domain": shop,
        "X-Shopify-API-Version": "2025-07",
        "X-Shopify-Webhook-Id": crypto.randomUUID(),
        "X-Shopify-Triggered-At": new Date().toISOString(),
        "X-Shopify-Event-Id": crypto.randomUUID(),
      };
      if (mode === "another secret")
        headers["X-Shopify-Hmac-Sha256"] = webhookHmac("forged-secret", body);
      if (mode === "tampered body")
        headers["X-Shopify-Hmac-Sha256"] = webhookHmac(stack.apiSecret, `${body} `);
      if (mode === "garbage") headers["X-Shopify-Hmac-Sha256"] = "<script>";
      return {
        endpoint: `POST ${hook.path}`,
        kind: `forged (${mode})`,
        method: "POST",
        url: `${stack.appUrl}${hook.path}`,
        headers,
        body,
        mustBeRefused: true,
      };
    });
}

export function hostileZendeskRequests(stack: AppStack): fc.Arbitrary<HostileRequest> {
  const webhook = fc
    .tuple(
      fc.oneof(
        anyJson.map((value) => JSON.stringify(value)),
        malformedJson,
      ),
      fc.constantFrom(DEMO_SHOP, OTHER_SHOP, "not a shop", ""),
    )
    .map(([body, shop]): HostileRequest => {
      const timestamp = new Date().toISOString();
      return {
        endpoint: "POST /zendesk/webhooks",
        kind: "forged",
        method: "POST",
        url: `${stack.appUrl}/zendesk/webhooks?shop=${encodeURIComponent(shop)}`,
        headers: {
          "Content-Type": "application/json",
          "X-Zendesk-Webhook-Signature": signWebhook({ secret: "forged-secret", timestamp, body }),
          "X-Zendesk-Webhook-Signature-Timestamp": timestamp,
        },
        body,
        mustBeRefused: true,
      };
    });
  const sidebar = fc
    .tuple(
      fc.oneof(
        fc.constant(""),
        fc.string({ maxLength: 200 }),
        fc.constantFrom("Bearer e30.e30.", "Bearer <script>"),
      ),
      hostileText,
    )
    .map(([authorization, email]): HostileRequest => ({
      endpoint: "GET /zendesk/sidebar-api",
      kind: "forged session",
      method: "GET",
      url: `${stack.appUrl}/zendesk/sidebar-api?email=${encodeURIComponent(email)}&ticketId=1`,
      headers: authorization ? { Authorization: authorization.replace(/[^\t\x20-\x7e]/g, "") } : {},
      mustBeRefused: true,
    }));
  return fc.oneof(webhook, sidebar);
}

export interface TrustTally {
  tried: Map<string, number>;
  serverErrors: { endpoint: string; kind: string; status: number }[];
  changedByRefused: { endpoint: string; kind: string; status: number }[];
  acceptedWhenRefusalExpected: { endpoint: string; kind: string; status: number }[];
  crossShopReads: { endpoint: string; kind: string }[];
  unsafeResponses: { endpoint: string; kind: string; problem: string }[];
  /** Requests left without an answer: a hang is reported by its kind, not as a test timeout. */
  unanswered: { endpoint: string; kind: string; bytes: number }[];
}

export function emptyTally(): TrustTally {
  return {
    tried: new Map(),
    serverErrors: [],
    changedByRefused: [],
    acceptedWhenRefusalExpected: [],
    crossShopReads: [],
    unsafeResponses: [],
    unanswered: [],
  };
}

/** Far above any answer's time on a loaded machine (~10 ms each alone, ~250 ms at worst in CI). */
const ANSWER_WITHIN_MS = 10_000;

/**
 * Sends one request and checks it. The database's `data_version` changes when any other
 * connection commits, so reading it before and after a refused request shows whether it wrote.
 */
export async function sendAndCheck(
  request: HostileRequest,
  database: Database.Database,
  tally: TrustTally,
): Promise<void> {
  const version = () => Number(database.pragma("data_version", { simple: true }));
  const before = version();
  let response: Response;
  let text: string;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
      ...(request.body === undefined
        ? {}
        : { body: typeof request.body === "string" ? request.body : Buffer.from(request.body) }),
    });
    text = await response.text();
  } catch (error) {
    if (!(error instanceof DOMException && error.name === "TimeoutError")) throw error;
    tally.tried.set(request.endpoint, (tally.tried.get(request.endpoint) ?? 0) + 1);
    tally.unanswered.push({
      endpoint: request.endpoint,
      kind: request.kind,
      bytes: request.body === undefined ? 0 : Buffer.byteLength(request.body),
    });
    return;
  }
  const changed = version() !== before;
  const where = { endpoint: request.endpoint, kind: request.kind, status: response.status };
  tally.tried.set(request.endpoint, (tally.tried.get(request.endpoint) ?? 0) + 1);
  if (response.status >= 500) tally.serverErrors.push(where);
  const refused = response.status >= 400;
  if (refused && changed) tally.changedByRefused.push(where);
  if (request.mustBeRefused && !refused) tally.acceptedWhenRefusalExpected.push(where);
  // A read is any of the victim's conversation coming back: its id or its words.
  if (request.victimMarks?.some((mark) => text.includes(mark))) tally.crossShopReads.push(where);
  const type = response.headers.get("content-type") ?? "";
  if (text && type.includes("html"))
    tally.unsafeResponses.push({ ...where, problem: "answered HTML" });
  if (type.includes("json") && response.headers.get("cache-control") !== "no-store") {
    tally.unsafeResponses.push({ ...where, problem: "JSON without Cache-Control: no-store" });
  }
}

/** A victim conversation in the demo shop, with a message whose text must never leak. */
export async function createVictim(stack: AppStack): Promise<Victim> {
  const visitorId = `victim-${crypto.randomUUID().replaceAll("-", "").slice(0, 20)}`;
  const started = await fetch(signedProxyUrl(stack, "conversation"), {
    method: "POST",
    headers: json,
    body: JSON.stringify({ visitorId, locale: "en", page: {} }),
  });
  if (!started.ok)
    throw new Error(
      `Starting the victim's conversation failed: ${started.status} ${await started.text()}`,
    );
  const { conversation } = (await started.json()) as { conversation: { id: string } };
  const secret = `victim-secret-${crypto.randomUUID().slice(0, 8)}`;
  const posted = await fetch(signedProxyUrl(stack, "messages"), {
    method: "POST",
    headers: json,
    body: JSON.stringify({
      visitorId,
      conversationId: conversation.id,
      text: `my code is ${secret}`,
      locale: "en",
      page: {},
    }),
  });
  if (!posted.ok)
    throw new Error(`The victim's message failed: ${posted.status} ${await posted.text()}`);
  const { messages } = (await posted.json()) as { messages: { id: string; role: string }[] };
  const answer = messages.find((message) => message.role === "assistant") ?? messages[0]!;
  return { visitorId, conversationId: conversation.id, messageId: answer.id, secret };
}

export function openRawDatabase(stack: AppStack): Database.Database {
  return new Database(stack.databaseUrl.replace(/^file:/, ""), { readonly: true });
}
