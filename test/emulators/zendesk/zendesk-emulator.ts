import { createHash, generateKeyPairSync, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT } from "jose";
import { z } from "zod";
import type { AccountCredentials, AccountData, EmulatedTicket, TicketStatus } from "./account-data";
import {
  addComment,
  agentNamed,
  baseUrl,
  createAccountData,
  fingerprintOf,
  isoNow,
  renderComment,
  renderTicket,
  renderUser,
  upsertUser,
} from "./account-data";
import type { Failure, Misbehaviour } from "./misbehaviour";
import { MisbehaviourPlan, MisbehaviourSchema } from "./misbehaviour";
import type { EmulatedWebhook } from "./business-rules";
import {
  newSigningSecret,
  newTrigger,
  newWebhookId,
  notificationsOf,
  placeholderValues,
  renderTemplate,
  renderTrigger,
  renderWebhook,
  triggerFires,
  TriggerInputSchema,
  WebhookInputSchema,
} from "./business-rules";
import type { WebhookDelivery, WebhookEvent } from "./webhooks";
import { deliverWebhook, postWebhook, renderWebhookBody } from "./webhooks";

/**
 * A loopback Zendesk Support API. Every route lives under `/{subdomain}/api/v2/...`, so
 * node-zendesk's `endpointUri` is `${url}/{subdomain}/api/v2` and a fetch transport maps
 * `https://{subdomain}.zendesk.com/...` to `${url}/{subdomain}/...`.
 */

export interface ZendeskEmulatorOptions {
  port?: number;
  accounts?: AccountCredentials[];
  /** Requests per minute per account before a natural 429 (Zendesk's plan limit; default 700). */
  rateLimitPerMinute?: number;
  /** How long a new ticket stays invisible to /search.json (Zendesk's index lags; default 0). */
  searchIndexDelayMs?: number;
  /** Zendesk keeps idempotency keys for two hours. */
  idempotencyTtlMs?: number;
  webhookTimeoutMs?: number;
  /** The sidebar app's id (its public key is served at /apps/{appId}/public_key.pem). */
  appId?: number;
}

export interface SignAppTokenOptions {
  subdomain: string;
  installationId?: number;
  userId?: number;
  location?: string;
  /** Zendesk's tokens live about five minutes. */
  expiresInSeconds?: number;
  now?: Date;
  /** The request the token is for (Zendesk binds it with the qsh claim). */
  method?: string;
  url?: string;
}

export interface ZendeskEmulatorCounters {
  requestsReceived: number;
  ticketsCreated: number;
  idempotencyHits: number;
  failuresInjected: number;
  webhooksDelivered: number;
}

export interface ZendeskEmulator {
  url: string;
  close(): Promise<void>;
  misbehave(misbehaviour: Misbehaviour): void;
  behaveNormally(): void;
  account(subdomain: string): AccountData;
  /** The API base for node-zendesk's `endpointUri`. */
  endpointUri(subdomain: string): string;
  configureWebhook(options: { subdomain: string; endpointUrl: string | null }): void;
  agentReplies(options: {
    subdomain: string;
    ticketId: number;
    body: string;
    public?: boolean;
    authorName?: string;
  }): Promise<{ commentId: number; delivery: WebhookDelivery | null }>;
  setTicketStatus(options: {
    subdomain: string;
    ticketId: number;
    status: TicketStatus;
    authorName?: string;
  }): Promise<{ delivery: WebhookDelivery | null }>;
  readonly counters: ZendeskEmulatorCounters;
  readonly webhookDeliveries: WebhookDelivery[];
  /** The sidebar app's RSA public key (PEM), as GET /api/v2/apps/{appId}/public_key.pem serves it. */
  readonly appPublicKeyPem: string;
  /** A ZAF JWT as Zendesk signs it for a `signedUrls` app (RS256 with the app's private key). */
  signAppToken(options: SignAppTokenOptions): Promise<string>;
  /**
   * Opens the ticket sidebar like Zendesk does for a signed-URL app: POSTs the app's URL (with
   * `origin` and `app_guid` in the query) and the signed `token` as a form field.
   */
  openSidebar(options: SignAppTokenOptions & { url: string; token?: string }): Promise<Response>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

const notFound = () => new HttpError(404, { error: "RecordNotFound", description: "Not found" });
const invalid = (field: string, description: string) =>
  new HttpError(422, {
    error: "RecordInvalid",
    description: "Record validation errors",
    details: { [field]: [{ description, error: "InvalidValue" }] },
  });

const CommentInputSchema = z.object({
  body: z.string().optional(),
  html_body: z.string().optional(),
  public: z.boolean().optional(),
  author_id: z.number().int().optional(),
});

const PrioritySchema = z.enum(["urgent", "high", "normal", "low"]);
const StatusSchema = z.enum(["new", "open", "pending", "hold", "solved", "closed"]);

const TicketCreateSchema = z.object({
  ticket: z.object({
    subject: z.string().optional(),
    comment: CommentInputSchema.optional(),
    requester: z
      .object({ name: z.string().optional(), email: z.string(), locale_id: z.number().optional() })
      .optional(),
    requester_id: z.number().int().optional(),
    priority: PrioritySchema.nullable().optional(),
    type: z.enum(["problem", "incident", "question", "task"]).nullable().optional(),
    status: StatusSchema.optional(),
    tags: z.array(z.string()).optional(),
    external_id: z.string().nullable().optional(),
    custom_fields: z.array(z.object({ id: z.number().int(), value: z.unknown() })).optional(),
  }),
});

const TicketUpdateSchema = z.object({
  ticket: z.object({
    status: StatusSchema.optional(),
    comment: CommentInputSchema.optional(),
    tags: z.array(z.string()).optional(),
    additional_tags: z.array(z.string()).optional(),
    priority: PrioritySchema.nullable().optional(),
    external_id: z.string().nullable().optional(),
  }),
});

const UserCreateOrUpdateSchema = z.object({
  user: z.object({
    name: z.string().optional(),
    email: z.string(),
    role: z.enum(["end-user", "agent", "admin"]).optional(),
    external_id: z.string().nullable().optional(),
  }),
});

const AgentReplyControlSchema = z.object({
  subdomain: z.string(),
  ticketId: z.number().int(),
  body: z.string(),
  public: z.boolean().optional(),
  authorName: z.string().optional(),
});

interface ParsedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  rawBody: string;
}

function json(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (status === 204) {
    response.writeHead(204, headers);
    response.end();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text).toString(),
    ...headers,
  });
  response.end(text);
}

function parseJson(rawBody: string): unknown {
  try {
    return rawBody ? JSON.parse(rawBody) : {};
  } catch {
    throw new HttpError(400, {
      error: "InvalidJSON",
      description: "The request body is not valid JSON",
    });
  }
}

function parseWith<T>(schema: z.ZodType<T>, rawBody: string): T {
  const result = schema.safeParse(parseJson(rawBody));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw invalid(issue?.path.join(".") || "base", issue?.message ?? "invalid");
  }
  return result.data;
}

/** Splits a search query into `key:value` filters (values may be quoted) and free words. */
function parseSearchQuery(query: string): { filters: [string, string][]; words: string[] } {
  const filters: [string, string][] = [];
  const words: string[] = [];
  for (const token of query.match(/(?:[^\s"]+|"[^"]*")+/g) ?? []) {
    const colon = token.indexOf(":");
    const unquote = (value: string) => value.replace(/^"(.*)"$/, "$1");
    if (colon > 0)
      filters.push([token.slice(0, colon).toLowerCase(), unquote(token.slice(colon + 1))]);
    else words.push(unquote(token).toLowerCase());
  }
  return { filters, words };
}

export async function startZendeskEmulator(
  options: ZendeskEmulatorOptions = {},
): Promise<ZendeskEmulator> {
  const accounts = new Map<string, AccountData>();
  for (const credentials of options.accounts ?? []) {
    accounts.set(credentials.subdomain, createAccountData(credentials));
  }
  const plan = new MisbehaviourPlan();
  const appId = options.appId ?? 100_001;
  const appKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const appPublicKeyPem = appKeys.publicKey.export({ type: "spki", format: "pem" }).toString();
  const counters = {
    requestsReceived: 0,
    ticketsCreated: 0,
    idempotencyHits: 0,
    webhooksDelivered: 0,
  };
  const webhookDeliveries: WebhookDelivery[] = [];
  const rateLimitPerMinute = options.rateLimitPerMinute ?? 700;
  const searchIndexDelayMs = options.searchIndexDelayMs ?? 0;
  const idempotencyTtlMs = options.idempotencyTtlMs ?? 2 * 60 * 60 * 1000;
  const webhookTimeoutMs = options.webhookTimeoutMs ?? 5000;
  const minuteWindows = new Map<string, { startedAt: number; used: number }>();
  const hanging = new Set<ServerResponse>();
  let origin = "";

  function accountFor(subdomain: string): AccountData {
    const account = accounts.get(subdomain);
    if (!account) throw new Error(`No emulated Zendesk account "${subdomain}"`);
    return account;
  }

  function authenticate(account: AccountData, header: string | undefined): void {
    const failure = new HttpError(401, { error: "Couldn't authenticate you" });
    if (!header?.startsWith("Basic ")) throw failure;
    const decoded = Buffer.from(header.slice("Basic ".length), "base64").toString("utf8");
    if (decoded !== `${account.email}/token:${account.apiToken}`) throw failure;
  }

  /** Counts the request in the account's minute window; answers the headers Zendesk sends. */
  function spendRateLimit(subdomain: string): Record<string, string> {
    const now = Date.now();
    let window = minuteWindows.get(subdomain);
    if (!window || now - window.startedAt >= 60_000) {
      window = { startedAt: now, used: 0 };
      minuteWindows.set(subdomain, window);
    }
    window.used += 1;
    const headers = {
      "x-rate-limit": String(rateLimitPerMinute),
      "x-rate-limit-remaining": String(Math.max(0, rateLimitPerMinute - window.used)),
    };
    if (window.used > rateLimitPerMinute) {
      const retryAfter = Math.max(1, Math.ceil((window.startedAt + 60_000 - now) / 1000));
      throw new HttpError(
        429,
        { error: "TooManyRequests" },
        { ...headers, "retry-after": String(retryAfter) },
      );
    }
    return headers;
  }

  function hang(response: ServerResponse): void {
    hanging.add(response);
    response.on("close", () => hanging.delete(response));
  }

  function answerFailure(
    response: ServerResponse,
    failure: Failure,
    headers: Record<string, string>,
  ): void {
    switch (failure.kind) {
      case "hang":
        hang(response);
        return;
      case "rateLimit":
        json(
          response,
          429,
          { error: "TooManyRequests", description: "Rate limit exceeded" },
          {
            ...headers,
            "x-rate-limit-remaining": "0",
            "retry-after": String(failure.retryAfterSeconds),
          },
        );
        return;
      case "error":
        json(
          response,
          failure.status,
          { error: "InternalServerError", description: "Injected failure" },
          headers,
        );
        return;
      case "crashAfterCommit":
        if (failure.answer === "hang") hang(response);
        else
          json(
            response,
            500,
            { error: "InternalServerError", description: "Injected failure after commit" },
            headers,
          );
    }
  }

  function ticketOr404(account: AccountData, id: string | undefined): EmulatedTicket {
    const ticket = account.tickets.get(Number(id));
    if (!ticket) throw notFound();
    return ticket;
  }

  function listOf(key: string, items: unknown[], query: URLSearchParams) {
    // Cursor pagination when asked for (node-zendesk asks with page[size]), offset otherwise.
    if (query.has("page[size]")) {
      return {
        [key]: items,
        meta: { has_more: false, after_cursor: null, before_cursor: null },
        links: { next: null, prev: null },
      };
    }
    return { [key]: items, next_page: null, previous_page: null, count: items.length };
  }

  function createTicket(
    account: AccountData,
    request: ParsedRequest,
  ): { status: number; body: unknown; headers: Record<string, string> } {
    const parsedBody = parseJson(request.rawBody);
    const idempotencyKey = request.headers["idempotency-key"];
    const key = typeof idempotencyKey === "string" && idempotencyKey ? idempotencyKey : null;
    const fingerprint = fingerprintOf(parsedBody);
    const apiBase = baseUrl(origin, account.subdomain);
    if (key) {
      const record = account.idempotencyKeys.get(key);
      if (record && record.expiresAt > Date.now()) {
        if (record.fingerprint !== fingerprint) {
          throw new HttpError(400, {
            error: "IdempotentRequestError",
            description:
              "Request parameters do not match the original request for this idempotency key",
          });
        }
        const ticket = account.tickets.get(record.ticketId);
        if (ticket) {
          counters.idempotencyHits += 1;
          return {
            status: 201,
            body: { ticket: renderTicket(ticket, apiBase) },
            headers: { "x-idempotency-lookup": "hit" },
          };
        }
      }
    }
    const { ticket: input } = parseWith(TicketCreateSchema, request.rawBody);
    const commentText = input.comment?.body ?? input.comment?.html_body;
    if (!commentText?.trim()) throw invalid("base", "Description: cannot be blank");
    let requesterId = input.requester_id ?? account.apiUserId;
    if (input.requester) {
      if (!/^[^\s@]+@[^\s@]+$/.test(input.requester.email))
        throw invalid("requester", "Requester: Email is invalid");
      requesterId = upsertUser(account, {
        name: input.requester.name,
        email: input.requester.email,
      }).user.id;
    } else if (input.requester_id !== undefined && !account.users.has(input.requester_id)) {
      throw invalid("requester_id", "Requester: not found");
    }
    const now = isoNow();
    const ticket: EmulatedTicket = {
      id: account.nextId(),
      external_id: input.external_id ?? null,
      subject: input.subject ?? commentText.slice(0, 80),
      description: "",
      status: input.status ?? "new",
      priority: input.priority ?? null,
      type: input.type ?? null,
      tags: [...new Set(input.tags ?? [])],
      requester_id: requesterId,
      submitter_id: account.apiUserId,
      custom_fields: (input.custom_fields ?? []).map((field) => ({
        id: field.id,
        value: field.value ?? null,
      })),
      created_at: now,
      updated_at: now,
      comments: [],
    };
    const first = addComment(account, ticket, {
      body: input.comment?.body,
      html_body: input.comment?.html_body,
      public: input.comment?.public,
      author_id: input.comment?.author_id ?? requesterId,
    });
    ticket.description = first.body;
    account.tickets.set(ticket.id, ticket);
    account.indexedAt.set(ticket.id, Date.now() + searchIndexDelayMs);
    counters.ticketsCreated += 1;
    if (key)
      account.idempotencyKeys.set(key, {
        fingerprint,
        ticketId: ticket.id,
        expiresAt: Date.now() + idempotencyTtlMs,
      });
    return {
      status: 201,
      body: {
        ticket: renderTicket(ticket, apiBase),
        audit: { id: account.nextId(), ticket_id: ticket.id, created_at: now },
      },
      headers: key
        ? { "x-idempotency-lookup": "miss", location: `${apiBase}/tickets/${ticket.id}.json` }
        : {},
    };
  }

  function updateTicket(account: AccountData, request: ParsedRequest, id: string | undefined) {
    const ticket = ticketOr404(account, id);
    const { ticket: input } = parseWith(TicketUpdateSchema, request.rawBody);
    if (input.comment) {
      const commentText = input.comment.body ?? input.comment.html_body;
      if (!commentText?.trim()) throw invalid("comment", "Comment: cannot be blank");
      addComment(account, ticket, {
        ...input.comment,
        author_id: input.comment.author_id ?? account.apiUserId,
      });
    }
    if (input.status) ticket.status = input.status;
    if (input.priority !== undefined) ticket.priority = input.priority;
    if (input.external_id !== undefined) ticket.external_id = input.external_id;
    if (input.tags) ticket.tags = [...new Set(input.tags)];
    if (input.additional_tags)
      ticket.tags = [...new Set([...ticket.tags, ...input.additional_tags])];
    ticket.updated_at = isoNow();
    return {
      ticket: renderTicket(ticket, baseUrl(origin, account.subdomain)),
      audit: { id: account.nextId(), ticket_id: ticket.id },
    };
  }

  function searchTickets(account: AccountData, query: string) {
    const { filters, words } = parseSearchQuery(query);
    const now = Date.now();
    return [...account.tickets.values()].filter((ticket) => {
      if ((account.indexedAt.get(ticket.id) ?? 0) > now) return false;
      for (const [key, value] of filters) {
        if (key === "type" && value !== "ticket") return false;
        if (key === "external_id" && ticket.external_id !== value) return false;
        if (key === "status" && ticket.status !== value) return false;
        if (key === "tags" && !ticket.tags.includes(value)) return false;
        if (
          key === "requester" &&
          account.users.get(ticket.requester_id)?.email !== value.toLowerCase()
        )
          return false;
      }
      const haystack = `${ticket.subject} ${ticket.description}`.toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
  }

  /** Routes one authenticated API request. */
  function route(
    account: AccountData,
    request: ParsedRequest,
  ): { status: number; body: unknown; headers?: Record<string, string> } {
    const apiBase = baseUrl(origin, account.subdomain);
    const segments = request.path
      .replace(/\.json$/, "")
      .split("/")
      .filter(Boolean);
    const [resource, id, sub] = segments;
    const method = request.method;

    if (resource === "tickets") {
      if (method === "POST" && segments.length === 1) return createTicket(account, request);
      if (method === "GET" && segments.length === 1) {
        const externalId = request.query.get("external_id");
        const tickets = [...account.tickets.values()].filter(
          (ticket) => externalId === null || ticket.external_id === externalId,
        );
        return {
          status: 200,
          body: listOf(
            "tickets",
            tickets.map((ticket) => renderTicket(ticket, apiBase)),
            request.query,
          ),
        };
      }
      if (method === "GET" && segments.length === 2)
        return { status: 200, body: { ticket: renderTicket(ticketOr404(account, id), apiBase) } };
      if (method === "PUT" && segments.length === 2)
        return { status: 200, body: updateTicket(account, request, id) };
      if (method === "GET" && sub === "comments" && segments.length === 3) {
        const comments = ticketOr404(account, id).comments.map(renderComment);
        return { status: 200, body: listOf("comments", comments, request.query) };
      }
    }
    if (resource === "search" && method === "GET" && segments.length === 1) {
      const results = searchTickets(account, request.query.get("query") ?? "").map((ticket) => ({
        ...renderTicket(ticket, apiBase),
        result_type: "ticket",
      }));
      return {
        status: 200,
        body: {
          results,
          facets: null,
          next_page: null,
          previous_page: null,
          count: results.length,
        },
      };
    }
    if (resource === "users") {
      if (method === "GET" && id === "me" && segments.length === 2) {
        const me = account.users.get(account.apiUserId);
        return { status: 200, body: { user: me ? renderUser(me, apiBase) : null } };
      }
      if (method === "GET" && id === "search" && segments.length === 2) {
        const query = (request.query.get("query") ?? request.query.get("email") ?? "")
          .trim()
          .toLowerCase();
        const externalId = request.query.get("external_id");
        const users = [...account.users.values()].filter((user) =>
          externalId !== null
            ? user.external_id === externalId
            : user.email === query || user.name.toLowerCase().includes(query),
        );
        return {
          status: 200,
          body: listOf(
            "users",
            users.map((user) => renderUser(user, apiBase)),
            request.query,
          ),
        };
      }
      if (method === "POST" && id === "create_or_update" && segments.length === 2) {
        const { user: input } = parseWith(UserCreateOrUpdateSchema, request.rawBody);
        const { user, created } = upsertUser(account, input);
        return { status: created ? 201 : 200, body: { user: renderUser(user, apiBase) } };
      }
      if (method === "GET" && segments.length === 2) {
        const user = account.users.get(Number(id));
        if (!user) throw notFound();
        return { status: 200, body: { user: renderUser(user, apiBase) } };
      }
    }
    if (resource === "webhooks") return routeWebhooks(account, request, segments);
    if (resource === "triggers") return routeTriggers(account, request, segments, apiBase);
    throw new HttpError(404, { error: "InvalidEndpoint", description: "Not found" });
  }

  function webhookOr404(account: AccountData, id: string | undefined): EmulatedWebhook {
    const webhook = id ? account.webhooks.get(id) : undefined;
    if (!webhook)
      throw new HttpError(404, {
        errors: [{ code: "WebhookNotFound", title: "Webhook not found" }],
      });
    return webhook;
  }

  /** The Webhooks API: no `.json` suffix, cursor pagination, errors as `{ errors: [...] }`. */
  function routeWebhooks(account: AccountData, request: ParsedRequest, segments: string[]) {
    const [, id, sub] = segments;
    const method = request.method;
    if (method === "GET" && segments.length === 1) {
      return {
        status: 200,
        body: {
          webhooks: [...account.webhooks.values()].map(renderWebhook),
          meta: { has_more: false, after_cursor: null, before_cursor: null },
          links: { next: null, prev: null },
        },
      };
    }
    if (method === "POST" && segments.length === 1) {
      const parsed = WebhookInputSchema.safeParse(parseJson(request.rawBody));
      if (!parsed.success)
        throw new HttpError(400, {
          errors: parsed.error.issues.map((issue) => ({
            code: "InvalidValue",
            title: `${issue.path.join(".")}: ${issue.message}`,
          })),
        });
      const input = parsed.data.webhook;
      const webhook: EmulatedWebhook = {
        id: newWebhookId(),
        name: input.name,
        status: input.status,
        endpoint: input.endpoint,
        http_method: input.http_method,
        request_format: input.request_format,
        subscriptions: input.subscriptions,
        description: input.description ?? null,
        signingSecret: newSigningSecret(),
        created_at: isoNow(),
        created_by: String(account.apiUserId),
      };
      account.webhooks.set(webhook.id, webhook);
      return { status: 201, body: { webhook: renderWebhook(webhook) } };
    }
    if (method === "GET" && segments.length === 2)
      return { status: 200, body: { webhook: renderWebhook(webhookOr404(account, id)) } };
    if (method === "DELETE" && segments.length === 2) {
      webhookOr404(account, id);
      account.webhooks.delete(id ?? "");
      return { status: 204, body: null };
    }
    if (method === "GET" && sub === "signing_secret" && segments.length === 3) {
      const webhook = webhookOr404(account, id);
      return {
        status: 200,
        body: { signing_secret: { algorithm: "SHA256", secret: webhook.signingSecret } },
      };
    }
    throw new HttpError(404, { error: "InvalidEndpoint", description: "Not found" });
  }

  function routeTriggers(
    account: AccountData,
    request: ParsedRequest,
    segments: string[],
    apiBase: string,
  ) {
    const [, id] = segments;
    const method = request.method;
    if (method === "GET" && segments.length === 1) {
      const triggers = [...account.triggers.values()].map((trigger) =>
        renderTrigger(trigger, apiBase),
      );
      return { status: 200, body: listOf("triggers", triggers, request.query) };
    }
    if (method === "POST" && segments.length === 1) {
      const parsed = TriggerInputSchema.safeParse(parseJson(request.rawBody));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw invalid(issue?.path.join(".") || "base", issue?.message ?? "invalid");
      }
      const input = parsed.data.trigger;
      const draft = newTrigger(input, account.nextId(), account.triggers.size + 1);
      for (const notification of notificationsOf(draft)) {
        if (!account.webhooks.has(notification.webhookId))
          throw invalid("actions", `Webhook ${notification.webhookId} does not exist`);
        try {
          JSON.parse(renderTemplate(notification.body, {}));
        } catch {
          throw invalid("actions", "The webhook body is not valid JSON");
        }
      }
      account.triggers.set(draft.id, draft);
      return { status: 201, body: { trigger: renderTrigger(draft, apiBase) } };
    }
    const trigger = account.triggers.get(Number(id));
    if (!trigger) throw notFound();
    if (method === "GET" && segments.length === 2)
      return { status: 200, body: { trigger: renderTrigger(trigger, apiBase) } };
    if (method === "DELETE" && segments.length === 2) {
      account.triggers.delete(trigger.id);
      return { status: 204, body: null };
    }
    throw new HttpError(404, { error: "InvalidEndpoint", description: "Not found" });
  }

  async function readBody(request: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }

  /**
   * Runs the account's triggers against a ticket update, like Zendesk does after every update:
   * each trigger that fires sends its webhook body, rendered. Without installed triggers, the
   * endpoint set by `configureWebhook` gets the app's documented payload.
   */
  async function fireWebhook(
    account: AccountData,
    event: WebhookEvent,
    ticket: EmulatedTicket,
    currentUserId: number,
  ): Promise<WebhookDelivery | null> {
    const latestPublicComment = [...ticket.comments].reverse().find((comment) => comment.public);
    const currentUser = account.users.get(currentUserId);
    if (!currentUser) throw new Error("current user missing");
    const commentAuthor = latestPublicComment
      ? account.users.get(latestPublicComment.author_id)
      : undefined;
    const record = (delivery: WebhookDelivery | null) => {
      if (delivery) {
        webhookDeliveries.push(delivery);
        if (delivery.status !== null && delivery.status < 300) counters.webhooksDelivered += 1;
      }
      return delivery;
    };

    if (account.triggers.size > 0) {
      const change = {
        ticket,
        currentUser,
        publicComment: event === "ticket.comment_added",
        statusChanged: event === "ticket.status_changed",
      };
      const values = placeholderValues({ ticket, latestPublicComment, commentAuthor, currentUser });
      let last: WebhookDelivery | null = null;
      for (const trigger of [...account.triggers.values()].sort(
        (a, b) => a.position - b.position,
      )) {
        if (!triggerFires(trigger, change)) continue;
        for (const notification of notificationsOf(trigger)) {
          const webhook = account.webhooks.get(notification.webhookId);
          if (!webhook || webhook.status !== "active") continue;
          last = record(
            await postWebhook({
              endpointUrl: webhook.endpoint,
              signingSecret: webhook.signingSecret,
              webhookId: webhook.id,
              accountId: account.apiUserId,
              body: renderTemplate(notification.body, values),
              timeoutMs: webhookTimeoutMs,
            }),
          );
        }
      }
      return last;
    }

    return record(
      await deliverWebhook({
        account,
        timeoutMs: webhookTimeoutMs,
        body: renderWebhookBody({ event, ticket, latestPublicComment, commentAuthor, currentUser }),
      }),
    );
  }

  const agentReplies: ZendeskEmulator["agentReplies"] = async (reply) => {
    const account = accountFor(reply.subdomain);
    const ticket = ticketOr404(account, String(reply.ticketId));
    const agent = agentNamed(account, reply.authorName ?? "Alex Agent");
    const comment = addComment(account, ticket, {
      body: reply.body,
      public: reply.public ?? true,
      author_id: agent.id,
    });
    if (ticket.status === "new") ticket.status = "open";
    // The app's trigger fires on public comments only; internal notes never reach the shopper.
    const delivery = comment.public
      ? await fireWebhook(account, "ticket.comment_added", ticket, agent.id)
      : null;
    return { commentId: comment.id, delivery };
  };

  const setTicketStatus: ZendeskEmulator["setTicketStatus"] = async (change) => {
    const account = accountFor(change.subdomain);
    const ticket = ticketOr404(account, String(change.ticketId));
    const agent = agentNamed(account, change.authorName ?? "Alex Agent");
    ticket.status = change.status;
    ticket.updated_at = isoNow();
    return { delivery: await fireWebhook(account, "ticket.status_changed", ticket, agent.id) };
  };

  async function handleControl(request: ParsedRequest, response: ServerResponse): Promise<void> {
    if (request.method !== "POST") throw new HttpError(405, { error: "MethodNotAllowed" });
    if (request.path === "/__control/misbehave") {
      const result = MisbehaviourSchema.safeParse(parseJson(request.rawBody));
      if (!result.success)
        throw new HttpError(400, { error: "InvalidMisbehaviour", details: result.error.issues });
      plan.set(result.data);
      json(response, 200, { ok: true });
      return;
    }
    if (request.path === "/__control/reset") {
      plan.reset();
      json(response, 200, { ok: true });
      return;
    }
    if (request.path === "/__control/agent-replies") {
      const reply = AgentReplyControlSchema.parse(parseJson(request.rawBody));
      json(response, 200, await agentReplies(reply));
      return;
    }
    throw notFound();
  }

  async function handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(incoming.url ?? "/", "http://emulator");
    const request: ParsedRequest = {
      method: incoming.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers: incoming.headers,
      rawBody: await readBody(incoming),
    };
    if (url.pathname.startsWith("/__control/")) return handleControl(request, response);

    const match = /^\/([^/]+)\/api\/v2(\/.*)$/.exec(url.pathname);
    if (!match?.[1] || !match[2])
      throw new HttpError(404, { error: "InvalidEndpoint", description: "Not found" });
    counters.requestsReceived += 1;
    const account = accounts.get(match[1]);
    if (!account)
      throw new HttpError(404, { error: "RecordNotFound", description: "No such account" });
    const apiRequest = { ...request, path: match[2] };

    if (request.method === "GET" && apiRequest.path === `/apps/${appId}/public_key.pem`) {
      authenticate(account, incoming.headers.authorization);
      response.writeHead(200, { "content-type": "application/x-pem-file" });
      response.end(appPublicKeyPem);
      return;
    }

    const isTicketWrite =
      /^\/tickets(\/\d+)?(\.json)?$/.test(apiRequest.path) &&
      (request.method === "POST" || request.method === "PUT");
    const planned = plan.plan({ isTicketWrite });
    if (planned.latencyMs > 0)
      await new Promise((resolve) => setTimeout(resolve, planned.latencyMs));
    const rateHeaders = spendRateLimit(account.subdomain);
    if (planned.before) return answerFailure(response, planned.before, rateHeaders);

    try {
      authenticate(account, incoming.headers.authorization);
      const answer = route(account, apiRequest);
      if (planned.afterCommit) return answerFailure(response, planned.afterCommit, rateHeaders);
      json(response, answer.status, answer.body, { ...rateHeaders, ...answer.headers });
    } catch (error) {
      if (error instanceof HttpError)
        throw new HttpError(error.status, error.body, { ...rateHeaders, ...error.headers });
      throw error;
    }
  }

  async function signAppToken(sign: SignAppTokenOptions): Promise<string> {
    accountFor(sign.subdomain);
    const host = `${sign.subdomain}.zendesk.com`;
    const issuedAt = Math.floor((sign.now ?? new Date()).getTime() / 1000);
    const installationId = sign.installationId ?? 360_000_001;
    // qsh: the request's canonical form, hashed (method & path & sorted query).
    const target = new URL(sign.url ?? "https://app.invalid/");
    const query = [...target.searchParams.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => `${key}=${value}`)
      .join("&");
    const qsh = createHash("sha256")
      .update(`${(sign.method ?? "POST").toUpperCase()}&${target.pathname}&${query}`)
      .digest("hex");
    return new SignJWT({
      qsh,
      context: { product: "support", location: sign.location ?? "ticket_sidebar" },
    })
      .setProtectedHeader({ alg: "RS256", typ: "JWT" })
      .setIssuer(host)
      .setAudience(`https://${host}/api/v2/apps/installations/${installationId}.json`)
      .setSubject(`https://${host}/api/v2/users/${sign.userId ?? 1}.json`)
      .setIssuedAt(issuedAt)
      .setNotBefore(issuedAt)
      .setExpirationTime(issuedAt + (sign.expiresInSeconds ?? 300))
      .sign(appKeys.privateKey);
  }

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      if (response.headersSent) return;
      if (error instanceof HttpError) json(response, error.status, error.body, error.headers);
      else
        json(response, 500, {
          error: "InternalServerError",
          description: error instanceof Error ? error.message : "unknown",
        });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    endpointUri: (subdomain) => baseUrl(origin, subdomain),
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    misbehave: (misbehaviour) => plan.set(misbehaviour),
    behaveNormally: () => plan.reset(),
    account: accountFor,
    configureWebhook({ subdomain, endpointUrl }) {
      accountFor(subdomain).webhookEndpointUrl = endpointUrl;
    },
    agentReplies,
    setTicketStatus,
    get counters() {
      return { ...counters, failuresInjected: plan.failuresInjected };
    },
    webhookDeliveries,
    appPublicKeyPem,
    signAppToken,
    async openSidebar(open) {
      const url = new URL(open.url);
      url.searchParams.set("origin", `https://${open.subdomain}.zendesk.com`);
      url.searchParams.set("app_guid", randomUUID());
      const token =
        open.token ?? (await signAppToken({ ...open, method: "POST", url: url.toString() }));
      return fetch(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ token }).toString(),
        redirect: "manual",
      });
    },
  };
}
