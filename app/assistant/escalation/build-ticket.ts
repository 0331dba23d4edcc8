import type { HandoffReason } from "./decide-handoff";
import type { Intent, SentimentLabel } from "../nlu/types";
import { redactText } from "../privacy/redact";
import type { PriorityRules } from "./priority";
import { decidePriority, isVip } from "./priority";
import type { NewSupportTicket } from "./support-desk";
import { NewSupportTicketSchema } from "./support-desk";

/**
 * The packet an agent receives: who the shopper is (as Shopify verified), why the assistant
 * handed over, and the redacted transcript. Plain text only — Zendesk escapes a plain `body`, so
 * nothing the shopper typed can become markup in the agent's view.
 */

export interface TranscriptLine {
  role: "shopper" | "assistant" | "agent" | "system";
  text: string;
  at: Date;
}

/** A customer as Shopify knows them; present only when the App Proxy signed logged_in_customer_id. */
export interface VerifiedCustomer {
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  tags: string[];
  ordersCount: number;
  totalSpent: { amount: number; currencyCode: string };
  recentOrders: { id: string; name: string }[];
}

export interface BuildTicketOptions {
  shop: string;
  conversationId: string;
  reason: HandoffReason;
  intent: Intent;
  sentiment: SentimentLabel | null;
  language: string;
  summary: string;
  transcript: TranscriptLine[];
  /** Who the agent replies to: the verified customer, or the email a guest gave. */
  requester: { name: string | null; email: string };
  customer: VerifiedCustomer | null;
  priorityRules: PriorityRules;
  redactAddresses: boolean;
}

const SUBJECTS: Record<Intent, string> = {
  order_status: "Order status",
  cancel_order: "Cancel an order",
  change_order: "Change an order",
  return_refund: "Return or refund",
  shipping_info: "Shipping question",
  payment: "Payment problem",
  product_question: "Product question",
  recommendation: "Product advice",
  account: "Account help",
  human_agent: "Asked for a person",
  complaint: "Complaint",
  greeting: "Chat hand-off",
  thanks_goodbye: "Chat hand-off",
  other: "Chat hand-off",
};

const REASONS: Record<HandoffReason, string> = {
  asked_for_person: "the shopper asked for a person",
  low_confidence: "the assistant was unsure twice in a row",
  sentiment: "the shopper sounded upset",
  human_only_intent: "this request needs a person",
  keyword: "a message matched the shop's hand-off keywords",
  limit_reached: "the conversation reached the assistant's limit",
};

const ROLE_LABELS: Record<TranscriptLine["role"], string> = {
  shopper: "Shopper",
  assistant: "Assistant",
  agent: "Agent",
  system: "System",
};

export function externalIdFor(options: { shop: string; conversationId: string }): string {
  return `concierge:${options.shop}:${options.conversationId}`;
}

/** `acme.myshopify.com` → `acme`, the store handle in admin.shopify.com links. */
export function storeHandle(shop: string): string {
  return shop.replace(/\.myshopify\.com$/i, "");
}

/** Control characters (except newlines and tabs) could garble the agent's view; they go. */
function clean(text: string): string {
  return [...text]
    .filter((character) => {
      const code = character.charCodeAt(0);
      return code === 9 || code === 10 || code === 13 || (code >= 32 && code !== 127);
    })
    .join("")
    .trim();
}

function formatMoney(amount: number, currencyCode: string): string {
  return new Intl.NumberFormat("en", { style: "currency", currency: currencyCode }).format(amount);
}

function customerSection(shop: string, customer: VerifiedCustomer, vip: boolean): string[] {
  const admin = `https://admin.shopify.com/store/${storeHandle(shop)}`;
  return [
    `Customer (verified by Shopify)${vip ? " — VIP" : ""}`,
    `Name: ${clean(customer.name ?? "—")}`,
    `Email: ${customer.email ?? "—"}`,
    `Tags: ${customer.tags.length ? customer.tags.map(clean).join(", ") : "—"}`,
    `Orders: ${customer.ordersCount} · Total spent: ${formatMoney(customer.totalSpent.amount, customer.totalSpent.currencyCode)}`,
    `Shopify customer: ${admin}/customers/${encodeURIComponent(customer.id)}`,
    ...customer.recentOrders.map(
      (order) => `Order ${clean(order.name)}: ${admin}/orders/${encodeURIComponent(order.id)}`,
    ),
  ];
}

export function buildTicket(options: BuildTicketOptions): NewSupportTicket {
  const { customer } = options;
  const vip = isVip({
    customer: customer ? { tags: customer.tags, totalSpent: customer.totalSpent.amount } : null,
    rules: options.priorityRules,
  });
  const priority = decidePriority({
    intent: options.intent,
    sentiment: options.sentiment,
    customer: customer ? { tags: customer.tags, totalSpent: customer.totalSpent.amount } : null,
    rules: options.priorityRules,
  });
  const keepEmails = [options.requester.email, customer?.email].filter((email): email is string =>
    Boolean(email),
  );
  const keepPhones = customer?.phone ? [customer.phone] : [];
  const redact = (text: string) =>
    redactText(clean(text), { keepEmails, keepPhones, redactAddresses: options.redactAddresses })
      .text;

  const transcript = options.transcript.map(
    (line) =>
      `[${line.at.toISOString().slice(0, 16).replace("T", " ")} UTC] ${ROLE_LABELS[line.role]}: ${redact(line.text)}`,
  );
  const body = [
    `Concierge hand-off: ${REASONS[options.reason]}.`,
    "",
    `Summary: ${redact(options.summary)}`,
    `Intent: ${options.intent} · Sentiment: ${options.sentiment ?? "unknown"} · Language: ${options.language}`,
    "",
    ...(customer
      ? customerSection(options.shop, customer, vip)
      : ["Guest shopper (not logged in; contact given in the chat)"]),
    "",
    "Transcript (personal data removed)",
    ...transcript,
  ].join("\n");

  const requesterName = options.requester.name ? clean(options.requester.name) : null;
  const subject = `${SUBJECTS[options.intent]}${requesterName ? ` — ${requesterName}` : ""}`.slice(
    0,
    150,
  );
  const tags = [
    "concierge",
    `concierge_${options.reason}`,
    `intent_${options.intent}`,
    ...(options.sentiment ? [`sentiment_${options.sentiment}`] : []),
    `lang_${options.language.toLowerCase().replace(/[^a-z0-9]+/g, "_")}`,
    ...(vip ? ["vip"] : []),
  ];

  return NewSupportTicketSchema.parse({
    subject,
    body,
    requester: { name: requesterName, email: options.requester.email },
    priority,
    tags,
    externalId: externalIdFor(options),
  });
}
