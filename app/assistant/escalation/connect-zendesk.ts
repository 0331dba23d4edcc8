import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import { createZendeskCall, single } from "./zendesk-desk";

/**
 * Sets up the merchant's Zendesk account so agent replies and status changes come back to the
 * chat: one webhook (connected to triggers, so it can carry ticket events) pointing at
 * `/zendesk/webhooks?shop=…`, and two triggers on tickets tagged `concierge` — a public comment
 * by an agent, and a status change. Safe to run again: what already exists is reused.
 *
 * Trigger bodies are JSON templates; Zendesk renders every placeholder as a string. Placeholders
 * used (developer.zendesk.com placeholders reference; to confirm on a real account):
 * ticket.id, ticket.external_id, ticket.status, ticket.title, ticket.latest_public_comment.{id,
 * value, author.name, created_at}, current_user.name. The author's role is written as "agent"
 * because the trigger's own condition (role is agent) guarantees it.
 */

export interface ConnectZendeskOptions {
  prisma: PrismaClient;
  shop: string;
  connection: { subdomain: string; email: string; apiToken: string };
  /** The app's public URL; the webhook goes to `${appUrl}/zendesk/webhooks?shop=${shop}`. */
  appUrl: string;
  urlTemplate?: string;
  timeoutMs?: number;
}

export type ConnectZendeskResult =
  | { ok: true; webhookId: string; signingSecret: string; triggerIds: string[] }
  /** This Zendesk account already serves another shop: one account, one shop. */
  | { ok: false; problem: "subdomain_taken" };

export const CONCIERGE_TAG = "concierge";
const WEBHOOK_NAME = "Concierge chat";

const WebhookSchema = z.object({ id: z.string(), endpoint: z.string() });
const TriggerSchema = z.object({
  id: z.coerce.string(),
  title: z.string(),
  actions: z.array(z.object({ field: z.string(), value: z.unknown() })),
});
const SigningSecretSchema = z.object({ signing_secret: z.object({ secret: z.string().min(1) }) });

function agentReplyBody(): string {
  return JSON.stringify({
    event: "ticket.comment_added",
    ticket: {
      id: "{{ticket.id}}",
      external_id: "{{ticket.external_id}}",
      status: "{{ticket.status}}",
      subject: "{{ticket.title}}",
    },
    comment: {
      id: "{{ticket.latest_public_comment.id}}",
      body: "{{ticket.latest_public_comment.value}}",
      author_name: "{{ticket.latest_public_comment.author.name}}",
      author_role: "agent",
      created_at: "{{ticket.latest_public_comment.created_at}}",
    },
    current_user: { name: "{{current_user.name}}", role: "agent" },
  });
}

function statusChangeBody(): string {
  return JSON.stringify({
    event: "ticket.status_changed",
    ticket: {
      id: "{{ticket.id}}",
      external_id: "{{ticket.external_id}}",
      status: "{{ticket.status}}",
      subject: "{{ticket.title}}",
    },
    current_user: { name: "{{current_user.name}}", role: "" },
  });
}

/** The triggers the app owns, found again by title. */
function triggerDefinitions(webhookId: string) {
  const ours = [
    { field: "update_type", operator: "is", value: "Change" },
    { field: "current_tags", operator: "includes", value: CONCIERGE_TAG },
  ];
  return [
    {
      title: "Concierge: agent reply to the chat",
      active: true,
      description:
        "Sends public agent replies on chat hand-off tickets back to the shopper's chat.",
      conditions: {
        all: [
          ...ours,
          { field: "comment_is_public", operator: "is", value: "true" },
          { field: "role", operator: "is", value: "agent" },
        ],
        any: [],
      },
      actions: [{ field: "notification_webhook", value: [webhookId, agentReplyBody()] }],
    },
    {
      title: "Concierge: chat ticket status changed",
      active: true,
      description:
        "Tells the chat when a hand-off ticket is solved, so the assistant takes over again.",
      conditions: {
        all: [...ours, { field: "status", operator: "changed", value: null }],
        any: [],
      },
      actions: [{ field: "notification_webhook", value: [webhookId, statusChangeBody()] }],
    },
  ];
}

export function zendeskWebhookUrl(options: { appUrl: string; shop: string }): string {
  const url = new URL("/zendesk/webhooks", options.appUrl);
  url.searchParams.set("shop", options.shop);
  return url.toString();
}

export async function connectZendesk(
  options: ConnectZendeskOptions,
): Promise<ConnectZendeskResult> {
  const { prisma, shop, connection } = options;
  const taken = await prisma.zendeskAccount.findUnique({
    where: { subdomain: connection.subdomain },
  });
  if (taken && taken.shop !== shop) return { ok: false, problem: "subdomain_taken" };

  const call = createZendeskCall({
    ...connection,
    urlTemplate: options.urlTemplate,
    timeoutMs: options.timeoutMs,
  });
  const endpoint = zendeskWebhookUrl({ appUrl: options.appUrl, shop });

  const webhooks = await call(
    (client) => client.webhooks.list(),
    (result) => z.array(WebhookSchema).parse(result),
  );
  const webhookId =
    webhooks.find((webhook) => webhook.endpoint === endpoint)?.id ??
    (await call(
      (client) =>
        client.webhooks.create({
          webhook: {
            name: WEBHOOK_NAME,
            description: `Agent replies and status changes for ${shop}`,
            status: "active",
            endpoint,
            http_method: "POST",
            request_format: "json",
            subscriptions: ["conditional_ticket_events"],
          },
        }),
      (result) => WebhookSchema.parse(single(result)).id,
    ));
  const signingSecret = await call(
    (client) => client.webhooks.getSigningSecret(webhookId),
    (result) => SigningSecretSchema.parse(single(result)).signing_secret.secret,
  );

  const existing = await call(
    (client) => client.triggers.list(),
    (result) => z.array(TriggerSchema).parse(result),
  );
  const triggerIds: string[] = [];
  for (const definition of triggerDefinitions(webhookId)) {
    const found = existing.find(
      (trigger) =>
        trigger.title === definition.title &&
        trigger.actions.some(
          (action) => Array.isArray(action.value) && action.value[0] === webhookId,
        ),
    );
    triggerIds.push(
      found?.id ??
        (await call(
          (client) => client.triggers.create({ trigger: definition }),
          (result) => TriggerSchema.parse(single(result)).id,
        )),
    );
  }

  const data = { shop, webhookId, triggerIds: JSON.stringify(triggerIds) };
  await prisma.$transaction([
    // A shop that moved to another Zendesk account leaves its old link behind: it goes.
    prisma.zendeskAccount.deleteMany({ where: { shop, NOT: { subdomain: connection.subdomain } } }),
    prisma.zendeskAccount.upsert({
      where: { subdomain: connection.subdomain },
      create: { subdomain: connection.subdomain, ...data },
      update: data,
    }),
  ]);
  return { ok: true, webhookId, signingSecret, triggerIds };
}
