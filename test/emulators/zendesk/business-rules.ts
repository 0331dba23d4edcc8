import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { EmulatedComment, EmulatedTicket, EmulatedUser } from "./account-data";
import { isoNow } from "./account-data";

/**
 * Webhooks and ticket triggers, as the Webhooks API (developer.zendesk.com/api-reference/webhooks/
 * webhooks-api/webhooks/) and the Triggers API (…/ticketing/business-rules/triggers/) shape them.
 * A trigger-connected webhook has `subscriptions: ["conditional_ticket_events"]`; a trigger sends
 * to it with the action `{ field: "notification_webhook", value: [webhookId, body] }`, the body a
 * JSON template with placeholders that render as strings (JSON-escaped here).
 */

export const WebhookInputSchema = z.object({
  webhook: z.object({
    name: z.string().min(1),
    status: z.enum(["active", "inactive"]),
    endpoint: z.string().url(),
    http_method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]),
    request_format: z.enum(["json", "xml", "form_encoded"]),
    subscriptions: z.array(z.string()).default([]),
    description: z.string().optional(),
    authentication: z
      .object({
        type: z.string(),
        data: z.record(z.unknown()).optional(),
        add_position: z.string(),
      })
      .optional(),
    custom_headers: z.record(z.string()).optional(),
  }),
});

export interface EmulatedWebhook {
  id: string;
  name: string;
  status: "active" | "inactive";
  endpoint: string;
  http_method: string;
  request_format: string;
  subscriptions: string[];
  description: string | null;
  signingSecret: string;
  created_at: string;
  created_by: string;
}

const ConditionSchema = z.object({
  field: z.string(),
  operator: z.string(),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
});
type Condition = z.infer<typeof ConditionSchema>;

export const TriggerInputSchema = z.object({
  trigger: z.object({
    title: z.string().min(1),
    active: z.boolean().default(true),
    description: z.string().nullable().optional(),
    category_id: z.string().nullable().optional(),
    conditions: z.object({
      all: z.array(ConditionSchema).default([]),
      any: z.array(ConditionSchema).default([]),
    }),
    actions: z.array(z.object({ field: z.string(), value: z.unknown() })).min(1),
  }),
});
export type TriggerInput = z.infer<typeof TriggerInputSchema>["trigger"];

export interface EmulatedTrigger extends TriggerInput {
  id: number;
  position: number;
  created_at: string;
  updated_at: string;
}

/** Zendesk webhook ids are ULIDs (01H…); any 26-character Crockford string will do here. */
export function newWebhookId(): string {
  const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  return `01${[...randomBytes(24)].map((byte) => alphabet[byte % 32]).join("")}`;
}

export function newSigningSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function renderWebhook(webhook: EmulatedWebhook) {
  const { signingSecret: _secret, ...fields } = webhook;
  return { ...fields, updated_at: webhook.created_at, updated_by: webhook.created_by };
}

export function renderTrigger(trigger: EmulatedTrigger, apiBase: string) {
  return {
    url: `${apiBase}/triggers/${trigger.id}.json`,
    ...trigger,
    description: trigger.description ?? null,
    category_id: trigger.category_id ?? null,
    raw_title: trigger.title,
    default: false,
  };
}

/** What happened in the update that the trigger is checked against. */
export interface TicketChange {
  ticket: EmulatedTicket;
  currentUser: EmulatedUser;
  /** A public comment was added in this update. */
  publicComment: boolean;
  statusChanged: boolean;
}

function conditionHolds(condition: Condition, change: TicketChange): boolean {
  const value =
    condition.value === null || condition.value === undefined ? "" : String(condition.value);
  switch (condition.field) {
    case "update_type":
      return condition.operator === "is" && value === "Change";
    case "current_tags": {
      const tags = value.split(/\s+/).filter(Boolean);
      const has = tags.some((tag) => change.ticket.tags.includes(tag));
      return condition.operator === "includes" ? has : !has;
    }
    case "comment_is_public":
      return (
        (condition.operator === "is") ===
        (value === "true" ? change.publicComment : !change.publicComment)
      );
    case "role": {
      const role = change.currentUser.role === "end-user" ? "end_user" : change.currentUser.role;
      const matches = role === value || (value === "agent" && role === "admin");
      return condition.operator === "is" ? matches : !matches;
    }
    case "status":
      if (condition.operator === "changed") return change.statusChanged;
      if (condition.operator === "not_changed") return !change.statusChanged;
      return condition.operator === "is"
        ? change.ticket.status === value
        : change.ticket.status !== value;
    default:
      // A condition this emulator does not know never holds: a trigger relying on it stays silent.
      return false;
  }
}

export function triggerFires(trigger: EmulatedTrigger, change: TicketChange): boolean {
  if (!trigger.active) return false;
  const { all, any } = trigger.conditions;
  return (
    all.every((condition) => conditionHolds(condition, change)) &&
    (any.length === 0 || any.some((condition) => conditionHolds(condition, change)))
  );
}

/** The placeholders this emulator renders; any other renders empty, as an unknown one does in Zendesk. */
export function placeholderValues(options: {
  ticket: EmulatedTicket;
  latestPublicComment: EmulatedComment | undefined;
  commentAuthor: EmulatedUser | undefined;
  currentUser: EmulatedUser;
}): Record<string, string> {
  const { ticket, latestPublicComment: comment } = options;
  return {
    "ticket.id": String(ticket.id),
    "ticket.external_id": ticket.external_id ?? "",
    "ticket.status": ticket.status,
    "ticket.title": ticket.subject,
    "ticket.latest_public_comment.id": comment ? String(comment.id) : "",
    "ticket.latest_public_comment.value": comment?.body ?? "",
    "ticket.latest_public_comment.created_at": comment?.created_at ?? "",
    "ticket.latest_public_comment.author.name": options.commentAuthor?.name ?? "",
    "current_user.name": options.currentUser.name,
    "current_user.email": options.currentUser.email ?? "",
  };
}

/** Fills `{{placeholder}}`s; values are escaped for a JSON string, the template's own quotes stay. */
export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_match, name: string) =>
    JSON.stringify(values[name] ?? "").slice(1, -1),
  );
}

export function notificationsOf(trigger: EmulatedTrigger): { webhookId: string; body: string }[] {
  return trigger.actions.flatMap((action) => {
    if (action.field !== "notification_webhook") return [];
    const parsed = z.tuple([z.string(), z.string()]).safeParse(action.value);
    return parsed.success ? [{ webhookId: parsed.data[0], body: parsed.data[1] }] : [];
  });
}

export function newTrigger(input: TriggerInput, id: number, position: number): EmulatedTrigger {
  const now = isoNow();
  return { ...input, id, position, created_at: now, updated_at: now };
}
