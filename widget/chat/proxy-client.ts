/**
 * The widget's only way out: /apps/concierge/* on the shop's own domain, which Shopify signs
 * and forwards to the app. Every failure becomes a ChatRequestError the UI can explain.
 */
import { MalformedAnswerError, parseConversationStart, parseMessagePage } from "./wire";
import type { ConversationStart, MessagePage } from "./wire";

export type ChatErrorKind =
  "offline" | "rate_limited" | "server_error" | "too_large" | "invalid" | "malformed" | "not_found";

export class ChatRequestError extends Error {
  constructor(
    readonly kind: ChatErrorKind,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(kind);
  }
}

export interface PageContext {
  url: string;
  productHandle?: string;
  cartToken?: string;
}

export const MAX_MESSAGE_LENGTH = 2000;
const MAX_BODY_BYTES = 16 * 1024;
const TIMEOUT_MS = 15_000;

export interface ProxyClient {
  startConversation(body: {
    visitorId: string;
    locale: string;
    page: PageContext;
    consent?: boolean;
  }): Promise<ConversationStart>;
  sendMessage(body: {
    visitorId: string;
    conversationId: string;
    text: string;
    locale: string;
    page: PageContext;
  }): Promise<MessagePage>;
  fetchMessages(query: {
    visitorId: string;
    conversationId: string;
    after: string;
  }): Promise<MessagePage>;
  sendFeedback(
    body: { visitorId: string; conversationId: string } & (
      { messageId: string; vote: "up" | "down" } | { csat: number }
    ),
  ): Promise<void>;
  deleteConversation(body: { visitorId: string; conversationId: string }): Promise<void>;
}

/** A function, not an inline check: the compiler would otherwise assume onLine cannot change. */
function isOffline(): boolean {
  return navigator.onLine === false;
}

function errorKindFor(status: number, code: unknown): ChatErrorKind {
  if (status === 429 || code === "rate_limited") return "rate_limited";
  if (status === 413 || code === "payload_too_large") return "too_large";
  if (status === 404) return "not_found";
  if (status >= 400 && status < 500) return "invalid";
  return "server_error";
}

export function createProxyClient(options: { proxyPath: string }): ProxyClient {
  const base = options.proxyPath.replace(/\/$/, "");

  async function call(method: "GET" | "POST", path: string, body?: unknown): Promise<unknown> {
    let payload: string | undefined;
    if (body !== undefined) {
      // Shopify signs only the query (to the second); a random id tells two tabs' identical requests
      // apart from a replayed one, which the app refuses.
      payload = JSON.stringify({ ...(body as object), requestId: crypto.randomUUID() });
      if (new TextEncoder().encode(payload).length > MAX_BODY_BYTES)
        throw new ChatRequestError("too_large");
    }
    if (isOffline()) throw new ChatRequestError("offline");
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(base + path, {
        method,
        headers:
          payload === undefined
            ? { Accept: "application/json" }
            : { Accept: "application/json", "Content-Type": "application/json" },
        body: payload,
        credentials: "same-origin",
        signal: controller.signal,
      });
    } catch {
      throw new ChatRequestError(isOffline() ? "offline" : "server_error");
    } finally {
      clearTimeout(timer);
    }
    let answer: unknown = null;
    try {
      answer = await response.json();
    } catch {
      if (response.ok) throw new ChatRequestError("malformed");
    }
    if (!response.ok) {
      const code =
        typeof answer === "object" && answer !== null && "error" in answer
          ? (answer.error as { code?: unknown } | null)?.code
          : undefined;
      const retryAfter = Number(response.headers.get("Retry-After"));
      throw new ChatRequestError(
        errorKindFor(response.status, code),
        Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
      );
    }
    return answer;
  }

  function parsed<T>(parse: (value: unknown) => T): (value: unknown) => T {
    return (value) => {
      try {
        return parse(value);
      } catch (error) {
        if (error instanceof MalformedAnswerError) throw new ChatRequestError("malformed");
        throw error;
      }
    };
  }

  return {
    startConversation: (body) =>
      call("POST", "/conversation", body).then(parsed(parseConversationStart)),
    sendMessage: (body) => call("POST", "/messages", body).then(parsed(parseMessagePage)),
    fetchMessages: (query) =>
      call("GET", `/messages?${new URLSearchParams(query).toString()}`).then(
        parsed(parseMessagePage),
      ),
    sendFeedback: async (body) => {
      await call("POST", "/feedback", body);
    },
    deleteConversation: async (body) => {
      await call("POST", "/conversation/delete", body);
    },
  };
}
