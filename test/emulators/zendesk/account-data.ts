import { createHash } from "node:crypto";
import type { EmulatedTrigger, EmulatedWebhook } from "./business-rules";

/**
 * In-memory data of one emulated Zendesk account. Shapes follow the Support API's JSON
 * (developer.zendesk.com/api-reference/ticketing/tickets/tickets/): snake_case, numeric ids,
 * ISO timestamps without milliseconds.
 */

export type UserRole = "end-user" | "agent" | "admin";
export type TicketStatus = "new" | "open" | "pending" | "hold" | "solved" | "closed";
export type TicketPriority = "urgent" | "high" | "normal" | "low";
export type TicketType = "problem" | "incident" | "question" | "task";

export interface EmulatedUser {
  id: number;
  name: string;
  email: string | null;
  role: UserRole;
  external_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface EmulatedComment {
  id: number;
  author_id: number;
  body: string;
  html_body: string;
  public: boolean;
  created_at: string;
}

export interface EmulatedTicket {
  id: number;
  external_id: string | null;
  subject: string;
  description: string;
  status: TicketStatus;
  priority: TicketPriority | null;
  type: TicketType | null;
  tags: string[];
  requester_id: number;
  submitter_id: number;
  custom_fields: { id: number; value: unknown }[];
  created_at: string;
  updated_at: string;
  comments: EmulatedComment[];
}

export interface IdempotencyRecord {
  fingerprint: string;
  ticketId: number;
  expiresAt: number;
}

export interface AccountCredentials {
  subdomain: string;
  email: string;
  apiToken: string;
  webhookSigningSecret: string;
}

export interface AccountData extends AccountCredentials {
  users: Map<number, EmulatedUser>;
  tickets: Map<number, EmulatedTicket>;
  idempotencyKeys: Map<string, IdempotencyRecord>;
  /** Search only sees a ticket once it is indexed (Zendesk's search lags behind writes). */
  indexedAt: Map<number, number>;
  /** Set by `configureWebhook` for tests that skip installing a trigger. */
  webhookEndpointUrl: string | null;
  webhooks: Map<string, EmulatedWebhook>;
  triggers: Map<number, EmulatedTrigger>;
  apiUserId: number;
  nextId: () => number;
}

export function isoNow(now = Date.now()): string {
  return new Date(now).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function createAccountData(credentials: AccountCredentials): AccountData {
  let lastId = 0;
  const nextId = () => ++lastId;
  const now = isoNow();
  const apiUser: EmulatedUser = {
    id: nextId(),
    name: "API Owner",
    email: credentials.email,
    role: "admin",
    external_id: null,
    created_at: now,
    updated_at: now,
  };
  return {
    ...credentials,
    users: new Map([[apiUser.id, apiUser]]),
    tickets: new Map(),
    idempotencyKeys: new Map(),
    indexedAt: new Map(),
    webhookEndpointUrl: null,
    webhooks: new Map(),
    triggers: new Map(),
    apiUserId: apiUser.id,
    nextId,
  };
}

export function findUserByEmail(account: AccountData, email: string): EmulatedUser | undefined {
  const wanted = email.trim().toLowerCase();
  for (const user of account.users.values()) {
    if (user.email?.toLowerCase() === wanted) return user;
  }
  return undefined;
}

export function upsertUser(
  account: AccountData,
  input: { name?: string; email?: string; role?: UserRole; external_id?: string | null },
): { user: EmulatedUser; created: boolean } {
  const existing = input.email ? findUserByEmail(account, input.email) : undefined;
  const now = isoNow();
  if (existing) {
    if (input.name) existing.name = input.name;
    if (input.role) existing.role = input.role;
    if (input.external_id !== undefined) existing.external_id = input.external_id;
    existing.updated_at = now;
    return { user: existing, created: false };
  }
  const user: EmulatedUser = {
    id: account.nextId(),
    name: input.name ?? input.email ?? "Unknown",
    email: input.email?.trim().toLowerCase() ?? null,
    role: input.role ?? "end-user",
    external_id: input.external_id ?? null,
    created_at: now,
    updated_at: now,
  };
  account.users.set(user.id, user);
  return { user, created: true };
}

/** Finds the agent by name or adds one: agents in tests are named, not configured. */
export function agentNamed(account: AccountData, name: string): EmulatedUser {
  for (const user of account.users.values()) {
    if (user.role !== "end-user" && user.name === name) return user;
  }
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, ".");
  return upsertUser(account, {
    name,
    email: `${slug}@agents.${account.subdomain}.example`,
    role: "agent",
  }).user;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, "").trim();
}

export function addComment(
  account: AccountData,
  ticket: EmulatedTicket,
  input: { body?: string; html_body?: string; public?: boolean; author_id: number },
): EmulatedComment {
  const body = input.body ?? stripTags(input.html_body ?? "");
  const comment: EmulatedComment = {
    id: account.nextId(),
    author_id: input.author_id,
    body,
    html_body:
      input.html_body ?? `<div class="zd-comment" dir="auto"><p>${escapeHtml(body)}</p></div>`,
    public: input.public ?? true,
    created_at: isoNow(),
  };
  ticket.comments.push(comment);
  ticket.updated_at = comment.created_at;
  return comment;
}

export function baseUrl(origin: string, subdomain: string): string {
  return `${origin}/${subdomain}/api/v2`;
}

export function renderTicket(ticket: EmulatedTicket, apiBase: string) {
  const { comments: _comments, ...fields } = ticket;
  return {
    url: `${apiBase}/tickets/${ticket.id}.json`,
    ...fields,
    raw_subject: ticket.subject,
    via: { channel: "api", source: { from: {}, to: {}, rel: null } },
    assignee_id: null,
    organization_id: null,
    group_id: null,
    collaborator_ids: [],
    follower_ids: [],
    email_cc_ids: [],
    has_incidents: false,
    is_public: ticket.comments.some((comment) => comment.public),
    due_at: null,
    satisfaction_rating: null,
    fields: ticket.custom_fields,
    allow_channelback: false,
    allow_attachments: true,
  };
}

export function renderComment(comment: EmulatedComment) {
  return {
    ...comment,
    type: "Comment",
    plain_body: comment.body,
    attachments: [],
    via: { channel: "api", source: { from: {}, to: {}, rel: null } },
    metadata: {},
  };
}

export function renderUser(user: EmulatedUser, apiBase: string) {
  return {
    url: `${apiBase}/users/${user.id}.json`,
    ...user,
    active: true,
    verified: user.role !== "end-user",
    locale: "en-US",
    time_zone: "UTC",
    phone: null,
    tags: [],
    suspended: false,
  };
}

/** Stable fingerprint of a JSON body: key order must not turn a retry into a "different" request. */
export function fingerprintOf(value: unknown): string {
  const canonical = (input: unknown): unknown => {
    if (Array.isArray(input)) return input.map(canonical);
    if (input && typeof input === "object") {
      return Object.fromEntries(
        Object.keys(input)
          .sort()
          .map((key) => [key, canonical((input as Record<string, unknown>)[key])]),
      );
    }
    return input;
  };
  return createHash("sha256")
    .update(JSON.stringify(canonical(value)))
    .digest("hex");
}
