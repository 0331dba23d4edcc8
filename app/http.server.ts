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

/**
 * A JSON answer of the storefront API as data: a Response for Remix (responseOf), or written
 * straight to Node's response by server.ts's direct path, which skips the Fetch API objects.
 */
export interface JsonAnswer {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: string;
}

export function jsonAnswer(
  data: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): JsonAnswer {
  return {
    status: init.status ?? 200,
    headers: init.headers ? { ...init.headers, ...JSON_API_HEADERS } : JSON_API_HEADERS,
    body: JSON.stringify(data),
  };
}

export function problemAnswer(problem: Problem): JsonAnswer {
  return jsonAnswer(
    { error: { code: problem.code, message: problem.message } },
    {
      status: statusOf[problem.code],
      headers: problem.retryAfterSeconds
        ? { "Retry-After": String(problem.retryAfterSeconds) }
        : undefined,
    },
  );
}

export function responseOf(answer: JsonAnswer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

export function problemResponse(problem: Problem): Response {
  return responseOf(problemAnswer(problem));
}

/**
 * Runs a route body and turns what it throws into the storefront API's error shape. Responses
 * thrown by Shopify's authentication pass through untouched.
 */
export async function answerWithProblems(handle: () => Promise<JsonAnswer>): Promise<JsonAnswer> {
  try {
    return await handle();
  } catch (error) {
    if (error instanceof Response) throw error;
    if (error instanceof Problem) return problemAnswer(error);
    if (error instanceof ZodError) {
      const first = error.issues[0];
      const where = first?.path.length ? `${first.path.join(".")}: ` : "";
      return problemAnswer(
        new Problem("invalid_request", `${where}${first?.message ?? "invalid request"}`),
      );
    }
    console.error(
      "Unexpected error in a storefront request",
      error instanceof Error ? error.name : typeof error,
    );
    return problemAnswer(
      new Problem("server_error", "Something went wrong on our side. Please try again."),
    );
  }
}

/** Stateless between calls (no streaming), so one decoder serves every request. */
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

const tooLong = () => new Problem("payload_too_large", "This message is too long.");

function decodeBody(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new Problem("invalid_request", "The request body must be UTF-8 text.");
  }
}

/**
 * The request body as text, refused as soon as it passes MAX_BODY_BYTES (whatever Content-Length
 * claims, so a chunked flood is never buffered whole) or when it is not UTF-8.
 */
export async function readBodyText(request: Request): Promise<string> {
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
  return decodeBody(bytes);
}

/**
 * What a storefront route reads of its request: the URL, the body as text (at most
 * MAX_BODY_BYTES of UTF-8), and for Shopify's library, on its rare paths, a Fetch API Request.
 */
export interface IncomingCall {
  readonly url: URL;
  text(): Promise<string>;
  request(): Request;
}

export function callOfRequest(request: Request): IncomingCall {
  return { url: new URL(request.url), text: () => readBodyText(request), request: () => request };
}

/** A request as Node's HTTP server took it in (server.ts), its body read up to MAX_BODY_BYTES + 1. */
export interface NodeRequestInput {
  method: "GET" | "POST";
  /** Absolute. */
  url: string;
  /** As sent, repeats included. */
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer> | undefined;
}

/** The call as readBodyText would read it, without building a Request unless one is asked for. */
export function callOfNodeRequest(input: NodeRequestInput): IncomingCall {
  let request: Request | undefined;
  return {
    url: new URL(input.url),
    async text() {
      const body = input.body ?? new Uint8Array();
      const declared = input.headers.find(([name]) => name.toLowerCase() === "content-length");
      if (Number(declared?.[1] ?? "0") > MAX_BODY_BYTES || body.byteLength > MAX_BODY_BYTES)
        throw tooLong();
      return decodeBody(body);
    },
    request: () =>
      (request ??= new Request(input.url, {
        method: input.method,
        headers: input.headers,
        body: input.body,
      })),
  };
}

/** How a storefront route answers: what it reads of the request in, its JSON answer out. */
export type StorefrontAnswer = (call: IncomingCall) => Promise<JsonAnswer>;

/** A route's answer as server.ts's direct path calls it: Node's request in (see server.ts). */
export type DirectAnswer = (input: NodeRequestInput) => Promise<JsonAnswer>;

/** The same answers as a route's Remix loader and action give, for server.ts's direct path. */
export function directRoute(answers: Record<NodeRequestInput["method"], StorefrontAnswer>) {
  return {
    GET: (input) => answers.GET(callOfNodeRequest(input)),
    POST: (input) => answers.POST(callOfNodeRequest(input)),
  } satisfies Record<NodeRequestInput["method"], DirectAnswer>;
}

/** A Remix loader or action that gives a storefront answer. */
export function remixHandler(answer: StorefrontAnswer) {
  return async ({ request }: { request: Request }) =>
    responseOf(await answer(callOfRequest(request)));
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
