import { describe, expect, it } from "vitest";
import type { BuildTicketOptions, VerifiedCustomer } from "./build-ticket";
import { buildTicket } from "./build-ticket";
import { PriorityRulesSchema } from "./priority";

function buildCustomer(overrides: Partial<VerifiedCustomer> = {}): VerifiedCustomer {
  return {
    id: "7001",
    name: "Ada Lovelace",
    email: "ada@shopper.example",
    phone: "+44 20 7946 0958",
    tags: ["VIP", "newsletter"],
    ordersCount: 12,
    totalSpent: { amount: 1834.5, currencyCode: "EUR" },
    recentOrders: [{ id: "5001", name: "#1042" }],
    ...overrides,
  };
}

function buildOptions(overrides: Partial<BuildTicketOptions> = {}): BuildTicketOptions {
  return {
    shop: "acme.myshopify.com",
    conversationId: "conv_1",
    reason: "asked_for_person",
    intent: "order_status",
    sentiment: "angry",
    language: "fr",
    summary: "Order #1042 has not arrived.",
    transcript: [
      {
        role: "shopper",
        text: "Où est ma commande #1042 ? Ma carte 4111 1111 1111 1111",
        at: new Date("2026-03-04T10:00:00Z"),
      },
      { role: "assistant", text: "It shipped on Monday.", at: new Date("2026-03-04T10:00:02Z") },
      {
        role: "shopper",
        text: "<script>alert('x')</script> write to bob@friend.example, 12 rue de la Paix",
        at: new Date("2026-03-04T10:01:00Z"),
      },
    ],
    requester: { name: "Ada Lovelace", email: "ada@shopper.example" },
    customer: buildCustomer(),
    priorityRules: PriorityRulesSchema.parse({}),
    redactAddresses: true,
    ...overrides,
  };
}

describe("buildTicket", () => {
  it("names the ticket by intent and requester and keys it by shop and conversation", () => {
    const ticket = buildTicket(buildOptions());
    expect(ticket.subject).toBe("Order status — Ada Lovelace");
    expect(ticket.externalId).toBe("concierge:acme.myshopify.com:conv_1");
    expect(ticket.requester).toEqual({ name: "Ada Lovelace", email: "ada@shopper.example" });
  });

  it("puts summary, intent, sentiment, language and verified customer links in the body", () => {
    const { body } = buildTicket(buildOptions());
    expect(body).toContain("Summary: Order #1042 has not arrived.");
    expect(body).toContain("Intent: order_status · Sentiment: angry · Language: fr");
    expect(body).toContain("Customer (verified by Shopify) — VIP");
    expect(body).toContain("Orders: 12 · Total spent: €1,834.50");
    expect(body).toContain("https://admin.shopify.com/store/acme/customers/7001");
    expect(body).toContain("Order #1042: https://admin.shopify.com/store/acme/orders/5001");
  });

  it("redacts the transcript: card numbers, third-party emails, addresses when asked", () => {
    const { body } = buildTicket(buildOptions());
    expect(body).not.toContain("4111");
    expect(body).toContain("[card number removed]");
    expect(body).not.toContain("bob@friend.example");
    expect(body).not.toContain("rue de la Paix");
    expect(buildTicket(buildOptions({ redactAddresses: false })).body).toContain(
      "12 rue de la Paix",
    );
  });

  it("keeps what the shopper typed as plain text (no HTML is ever sent)", () => {
    const ticket = buildTicket(buildOptions());
    expect(ticket).not.toHaveProperty("htmlBody");
    expect(ticket.body).toContain("Shopper: <script>alert('x')</script>");
  });

  it("derives priority and tags from the rules", () => {
    const vipAngry = buildTicket(buildOptions());
    expect(vipAngry.priority).toBe("urgent");
    expect(vipAngry.tags).toEqual([
      "concierge",
      "concierge_asked_for_person",
      "intent_order_status",
      "sentiment_angry",
      "lang_fr",
      "vip",
    ]);
    const guest = buildTicket(
      buildOptions({ customer: null, sentiment: "neutral", intent: "product_question" }),
    );
    expect(guest.priority).toBe("low");
    expect(guest.body).toContain("Guest shopper");
  });
});

describe("buildTicket cleaning", () => {
  it("drops control characters that would garble the agent's view", () => {
    const ticket = buildTicket(buildOptions({ summary: "late\u0000 order\u001b[31m" }));
    expect(ticket.body).toContain("Summary: late order[31m");
  });
});
