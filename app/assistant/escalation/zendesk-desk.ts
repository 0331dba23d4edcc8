import nodeZendesk from "node-zendesk";
import type { ZendeskClient } from "node-zendesk";
import { z } from "zod";
import type {
  NewSupportTicket,
  SupportDesk,
  SupportDeskProblem,
  SupportTicketRef,
} from "./support-desk";
import { SupportDeskError } from "./support-desk";

/**
 * The SupportDesk on Zendesk Support, through node-zendesk v6.
 *
 * node-zendesk has no timeout and hides the HTTP status of some failures (a 429 with Retry-After
 * comes back as a resolved value; a 502 is not an error to it). So every call gets its own
 * transport: global fetch with `AbortSignal.timeout`, which also records the raw response, and
 * the outcome is decided from that status, never from what the library returned or threw.
 * The package is CommonJS with no named exports Node can see, hence the default import.
 */

export interface ZendeskDeskOptions {
  subdomain: string;
  email: string;
  apiToken: string;
  /** `https://{subdomain}.zendesk.com` in production; the emulator's `http://127.0.0.1:PORT/{subdomain}` in tests. */
  urlTemplate?: string;
  /** Per HTTP request. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const TicketSchema = z.object({
  id: z.number().int(),
  external_id: z.string().nullable(),
  status: z.string(),
});
type ZendeskTicket = z.infer<typeof TicketSchema>;

const UserSchema = z.object({ id: z.number().int(), email: z.string().nullable() });

/** Single-resource calls resolve to `{ response, result }`; list calls (getAll) to a flat array. */
const SingleResultSchema = z.object({ result: z.unknown() });
export const single = (value: unknown) => SingleResultSchema.parse(value).result;

export interface ZendeskExchange {
  status: number | null;
  retryAfter: string | null;
  idempotencyLookup: string | null;
}

function toRef(ticket: ZendeskTicket): SupportTicketRef {
  return { id: String(ticket.id), externalId: ticket.external_id, status: ticket.status };
}

function problemFor(status: number): SupportDeskProblem {
  if (status === 401 || status === 403) return "unauthorized";
  if (status === 404) return "not_found";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "unavailable";
  return "rejected";
}

export function zendeskEndpointUri(options: { subdomain: string; urlTemplate?: string }): string {
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(options.subdomain))
    throw new Error("Invalid Zendesk subdomain");
  const template = options.urlTemplate ?? "https://{subdomain}.zendesk.com";
  return `${template.replace("{subdomain}", options.subdomain).replace(/\/$/, "")}/api/v2`;
}

export type ZendeskCall = <T>(
  run: (client: ZendeskClient) => Promise<unknown>,
  parse: (result: unknown, exchange: ZendeskExchange) => T,
  customHeaders?: Record<string, string>,
) => Promise<T>;

/**
 * One library call at a time on a fresh client whose transport records the raw answer; failures
 * become SupportDeskErrors decided from the HTTP status. Shared by the desk and the account setup.
 */
export function createZendeskCall(options: ZendeskDeskOptions): ZendeskCall {
  const endpointUri = zendeskEndpointUri(options);
  const timeoutMs = options.timeoutMs ?? 10_000;

  return async function call<T>(
    run: (client: ZendeskClient) => Promise<unknown>,
    parse: (result: unknown, exchange: ZendeskExchange) => T,
    customHeaders: Record<string, string> = {},
  ): Promise<T> {
    const exchange: ZendeskExchange = { status: null, retryAfter: null, idempotencyLookup: null };
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const client = nodeZendesk.createClient({
      username: options.email,
      token: options.apiToken,
      endpointUri,
      customHeaders,
      throwOriginalException: true,
      transportConfig: {
        transportFn: async (
          uri: string,
          init: { method: string; headers: Record<string, string>; body?: string },
        ) => {
          const response = await fetchImpl(uri, {
            method: init.method,
            headers: init.headers,
            body: init.body,
            signal: AbortSignal.timeout(timeoutMs),
          });
          exchange.status = response.status;
          exchange.retryAfter = response.headers.get("retry-after");
          exchange.idempotencyLookup = response.headers.get("x-idempotency-lookup");
          return response;
        },
        responseAdapter: (response: Response) => ({
          json: () => response.json(),
          status: response.status,
          headers: { get: (name: string) => response.headers.get(name) },
          statusText: response.statusText,
        }),
      },
    });
    let result: unknown;
    try {
      result = await run(client);
    } catch (error) {
      if (exchange.status === null) {
        const timedOut =
          error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
        throw new SupportDeskError(
          timedOut ? "timeout" : "unavailable",
          timedOut ? "Zendesk did not answer in time" : "Zendesk is unreachable",
        );
      }
      // With throwOriginalException the library's error carries the parsed error body.
      result = error && typeof error === "object" && "result" in error ? error.result : undefined;
    }
    const status = exchange.status ?? 0;
    if (status >= 400 || status === 0) {
      const retryAfter = Number(exchange.retryAfter);
      const problem =
        status === 400 && JSON.stringify(result ?? "").includes("IdempotentRequestError")
          ? "idempotency_conflict"
          : problemFor(status);
      throw new SupportDeskError(
        problem,
        `Zendesk answered ${status}`,
        Number.isFinite(retryAfter) && exchange.retryAfter !== null ? retryAfter : null,
      );
    }
    try {
      return parse(result, exchange);
    } catch {
      throw new SupportDeskError("unavailable", "Zendesk answered with an unexpected shape");
    }
  };
}

export function createZendeskDesk(options: ZendeskDeskOptions): SupportDesk {
  const call = createZendeskCall(options);

  return {
    findTicketByExternalId({ externalId }) {
      return call(
        (client) => client.tickets.listWithFilter("external_id", externalId),
        (result) => {
          const tickets = z.array(TicketSchema).parse(result);
          const match = tickets.find((ticket) => ticket.external_id === externalId);
          return match ? toRef(match) : null;
        },
      );
    },

    createTicket({ ticket, idempotencyKey }) {
      return call(
        (client) =>
          client.tickets.create({ ticket: toZendeskTicket(ticket) } as Parameters<
            ZendeskClient["tickets"]["create"]
          >[0]),
        (result, exchange) => ({
          ticket: toRef(TicketSchema.parse(single(result))),
          replayed: exchange.idempotencyLookup === "hit",
        }),
        { "Idempotency-Key": idempotencyKey },
      );
    },

    async addComment({ ticketId, body, public: isPublic }) {
      await call(
        (client) =>
          client.tickets.update(Number(ticketId), {
            ticket: { comment: { body, public: isPublic } },
          } as Parameters<ZendeskClient["tickets"]["update"]>[1]),
        (result) => TicketSchema.parse(single(result)),
      );
    },

    findCommentContaining({ ticketId, text }) {
      return call(
        (client) => client.tickets.getComments(Number(ticketId)),
        (result) =>
          z
            .array(z.object({ body: z.string() }))
            .parse(result)
            .some((comment) => comment.body.includes(text)),
      );
    },

    async testConnection() {
      try {
        const user = await call(
          (client) => client.users.auth(),
          (result) => UserSchema.parse(single(result)),
        );
        return { ok: true as const, agentEmail: user.email ?? "" };
      } catch (error) {
        if (error instanceof SupportDeskError)
          return { ok: false as const, problem: error.problem };
        throw error;
      }
    },
  };
}

/** Plain `body` only: Zendesk escapes it for display, so nothing a shopper typed can become HTML. */
function toZendeskTicket(ticket: NewSupportTicket) {
  return {
    subject: ticket.subject,
    comment: { body: ticket.body, public: false },
    requester: {
      name: ticket.requester.name ?? ticket.requester.email,
      email: ticket.requester.email,
    },
    priority: ticket.priority,
    tags: ticket.tags,
    external_id: ticket.externalId,
  };
}
