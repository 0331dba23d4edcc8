import { describe, expect, it } from "vitest";
import type { OrderCard, ProductCard } from "../../../app/assistant/reply";
import {
  MalformedAnswerError,
  parseConversationStart,
  parseMessagePage,
} from "../../../widget/chat/wire";

const orderCard = (overrides: Partial<OrderCard> = {}): OrderCard => ({
  type: "order",
  orderName: "#1001",
  statusLabel: "Shipped",
  status: "shipped",
  processedAt: "2025-05-01T10:00:00Z",
  items: [{ title: "Trail Jacket", quantity: 1 }],
  shipments: [
    {
      carrier: "UPS",
      trackingNumber: "1Z",
      trackingUrl: "https://ups.example/1Z",
      statusLabel: "In transit",
      estimatedDeliveryAt: null,
    },
  ],
  nextStep: null,
  ...overrides,
});
const productCard = (overrides: Partial<ProductCard> = {}): ProductCard => ({
  type: "product",
  productId: "gid://shopify/Product/1",
  handle: "trail-jacket",
  title: "Trail Jacket",
  url: "/products/trail-jacket",
  imageUrl: null,
  price: { amount: "129.00", currencyCode: "EUR" },
  variantId: "4401",
  variantTitle: "M",
  available: true,
  reason: null,
  ...overrides,
});
const message = (overrides: Record<string, unknown> = {}) => ({
  id: "msg_1",
  role: "assistant",
  text: "Hello",
  createdAt: "2025-05-01T10:00:00Z",
  cards: [],
  quickReplies: [],
  authorName: null,
  ...overrides,
});

describe("parseMessagePage", () => {
  it("reads messages with order and product cards", () => {
    const page = parseMessagePage({
      messages: [message({ cards: [orderCard(), productCard()], quickReplies: ["Thanks"] })],
      cursor: "c2",
      status: "handed_off",
    });
    expect(page.status).toBe("handed_off");
    expect(page.messages[0]?.cards).toEqual([orderCard(), productCard()]);
    expect(page.messages[0]?.quickReplies).toEqual(["Thanks"]);
  });

  it("skips card types it does not know", () => {
    const page = parseMessagePage({
      messages: [message({ cards: [{ type: "gift_card" }, productCard()] })],
      cursor: "c",
    });
    expect(page.messages[0]?.cards.map((card) => card.type)).toEqual(["product"]);
  });

  it("rejects answers that do not match the API", () => {
    expect(() => parseMessagePage({ messages: [message({ role: "admin" })], cursor: "c" })).toThrow(
      MalformedAnswerError,
    );
    expect(() => parseMessagePage({ messages: "nope", cursor: "c" })).toThrow(MalformedAnswerError);
    expect(() =>
      parseMessagePage({
        messages: [message({ cards: [orderCard({ status: "lost" as never })] })],
        cursor: "c",
      }),
    ).toThrow(MalformedAnswerError);
    expect(() => parseMessagePage(null)).toThrow(MalformedAnswerError);
  });
});

describe("parseConversationStart", () => {
  it("reads the conversation and the shop's widget settings", () => {
    const start = parseConversationStart({
      conversation: {
        id: "conv_1",
        status: "open",
        language: "fr",
        messages: [message()],
        cursor: "c1",
      },
      settings: { consentRequired: true, voice: false, greeting: "Bonjour" },
    });
    expect(start.conversation.id).toBe("conv_1");
    expect(start.settings).toEqual({ consentRequired: true, voice: false, greeting: "Bonjour" });
    expect(start.suggestions).toEqual([]);
  });

  it("reads the questions offered on a product page", () => {
    const start = parseConversationStart({
      conversation: { id: "conv_1", status: "open", language: "en", messages: [], cursor: "0" },
      suggestions: [
        { faqEntryId: "sizing", question: "How do your sizes fit?" },
        { faqEntryId: "returns", question: "What is your return policy?" },
      ],
    });
    expect(start.suggestions).toEqual(["How do your sizes fit?", "What is your return policy?"]);
    expect(() =>
      parseConversationStart({
        conversation: { id: "conv_1", status: "open", language: "en", messages: [], cursor: "0" },
        suggestions: [{ faqEntryId: "sizing" }],
      }),
    ).toThrow(MalformedAnswerError);
  });
});
