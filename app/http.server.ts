import { randomBytes } from "node:crypto";
import { ZodError, type ZodType, type ZodTypeDef } from "zod";
import { Problem, type ProblemCode } from "~/assistant/errors";

const statusOf: Record<ProblemCode, number> = {
  invalid_request: 400,
  unauthorized: 401,
  not_found: 404,
  payload_too_large: 413,
  rate_limited: 429,
  server_error: 500,
};

export const MAX_BODY_BYTES = 16 * 1024;

/** A fresh nonce for one HTML response's inline scripts (128 random bits). */
export function newScriptNonce(): string {
  return randomBytes(16).toString("base64");
}

/** Every JSON answer: never cached (it is one shopper's conversation), never sniffed as HTML. */
export const JSON_API_HEADERS: Readonly<Record<string, string>> = {
  "Content-Type": "application/json; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

export function problemResponse(problem: Problem): Response {
  const headers = new Headers(JSON_API_HEADERS);
  if (problem.retryAfterSeconds) headers.set("Retry-After", String(problem.retryAfterSeconds));
  return new Response(JSON.stringify({ error: { code: problem.code, message: problem.message } }), {
    status: statusOf[problem.code],
    headers,
  });
}

export function jsonResponse(data: unknown, init: ResponseInit = {}): Response {
  // The usual answer (every chat message): the Response copies the headers once.
  if (init.headers === undefined)
    return new Response(JSON.stringify(data), { ...init, headers: JSON_API_HEADERS });
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(JSON_API_HEADERS)) headers.set(name, value);
  return new Response(JSON.stringify(data), { ...init, headers });
}

/**
 * Runs a route body and turns what it throws into the storefront API's error shape. Responses
 * thrown by Shopify's authentication pass through untouched.
 */
export async function answerWithProblems(handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    if (error instanceof Response) throw error;
    if (error instanceof Problem) return problemResponse(error);
    if (error instanceof ZodError) {
      const first = error.issues[0];
      const where = first?.path.length ? `${first.path.join(".")}: ` : "";
      return problemResponse(
        new Problem("invalid_request", `${where}${first?.message ?? "invalid request"}`),
      );
    }
    console.error(
      "Unexpected error in a storefront request",
      error instanceof Error ? error.name : typeof error,
    );
    return problemResponse(
      new Problem("server_error", "Something went wrong on our side. Please try again."),
    );
  }
}

/** Stateless between calls (no streaming), so one decoder serves every request. */
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The request body as text, refused as soon as it passes MAX_BODY_BYTES (whatever Content-Length
 * claims, so a chunked flood is never buffered whole) or when it is not UTF-8.
 */
export async function readBodyText(request: Request): Promise<string> {
  const tooLong = () => new Problem("payload_too_large", "This message is too long.");
  if (Number(request.headers.get("content-length") ?? "0") > MAX_BODY_BYTES) throw tooLong();
  if (!request.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLong();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new Problem("invalid_request", "The request body must be UTF-8 text.");
  }
}

/** Parses JSON text with the given schema; malformed JSON is an invalid_request. */
export function parseJsonText<T>(text: string, schema: ZodType<T, ZodTypeDef, unknown>): T {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Problem("invalid_request", "The request body must be JSON.");
  }
  return schema.parse(body);
}

/** Reads a JSON body of at most MAX_BODY_BYTES and parses it with the given schema. */
export async function readJsonBody<T>(
  request: Request,
  schema: ZodType<T, ZodTypeDef, unknown>,
): Promise<T> {
  return parseJsonText(await readBodyText(request), schema);
}

/**
 * Security headers of every HTML document, added after Shopify's own: the Content-Security-Policy
 * keeps the `frame-ancestors` Shopify set for the embedded admin (or allows only Shopify's admin
 * when it set none) and limits scripts, styles and connections to the app, Shopify's CDN and App
 * Bridge. Inline scripts run only with this response's nonce (Remix's hydration scripts carry it);
 * inline styles stay allowed, since Polaris sets style attributes.
 */
export function addDocumentSecurityHeaders(
  headers: Headers,
  options: { appBridgeUrl?: string | null; nonce: string },
): void {
  const shopifyPolicy = headers.get("Content-Security-Policy") ?? "";
  const frameAncestors =
    /frame-ancestors[^;]*/.exec(shopifyPolicy)?.[0].trim() ??
    "frame-ancestors https://admin.shopify.com https://*.myshopify.com";
  const appBridge = options.appBridgeUrl ? new URL(options.appBridgeUrl).origin : "";
  const shopify = "https://cdn.shopify.com";
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' ${shopify} ${appBridge}`,
    `style-src 'self' 'unsafe-inline' ${shopify}`,
    `img-src 'self' data: ${shopify}`,
    `font-src 'self' data: ${shopify}`,
    `connect-src 'self' https://*.shopify.com https://*.myshopify.com ${appBridge}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self' https://*.myshopify.com https://admin.shopify.com",
    frameAncestors,
  ];
  headers.set(
    "Content-Security-Policy",
    directives.map((directive) => directive.replace(/\s+/g, " ").trim()).join("; "),
  );
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
}
