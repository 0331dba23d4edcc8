import { describe, expect, it } from "vitest";
import { CommerceError, describeCommerceFailure } from "../commerce";
import type { CommerceAnswers, ProductFacts } from "../commerce/types";
import { buildShopKnowledge, starterFaq } from "../knowledge/index";
import type { OrderCard } from "../reply";
import type { DialogueState, DialogueSettingsInput } from "./index";
import { DialogueSettingsSchema, DialogueStateSchema, replyToShopper } from "./index";

function orderCard(overrides: Partial<OrderCard> = {}): OrderCard {
  return {
    type: "order",
    orderName: "#1042",
    statusLabel: "Shipped",
    status: "shipped",
    processedAt: "2025-05-01T10:00:00Z",
    items: [{ title: "Merino Wool Sweater", quantity: 1 }],
    shipments: [],
    nextStep: null,
    ...overrides,
  };
}

function productFacts(overrides: Partial<ProductFacts> = {}): ProductFacts {
  return {
    card: {
      type: "product",
      productId: "gid://shopify/Product/1",
      handle: "merino-wool-sweater",
      title: "Merino Wool Sweater",
      url: "/products/merino-wool-sweater",
      imageUrl: null,
      price: { amount: "89.00", currencyCode: "USD" },
      variantId: "11",
      variantTitle: "M / Navy",
      available: true,
      reason: null,
    },
    description: "Soft merino.",
    productType: "Sweater",
    vendor: "Demo",
    tags: [],
    options: [{ name: "Size", values: ["S", "M", "L"] }],
    variants: [],
    facts: {},
    ...overrides,
  };
}

/** A minimal stand-in for the commerce port: one guest order (#1042, jo@example.com) and one product. */
function fakeCommerce(
  options: { order?: OrderCard; email?: string } = {},
): CommerceAnswers & { guestLookups: number } {
  const order = options.order ?? orderCard();
  const email = options.email ?? "jo@example.com";
  const commerce = {
    guestLookups: 0,
    async ordersOfCustomer() {
      return [order];
    },
    async orderForGuest(request: Parameters<CommerceAnswers["orderForGuest"]>[0]) {
      commerce.guestLookups += 1;
      const matches =
        `#${request.orderNumber}` === order.orderName && request.contact.email === email;
      return matches
        ? {
            kind: "found" as const,
            order: { ...order, statusLabel: request.language === "en" ? "Shipped" : "已发货" },
          }
        : { kind: "not_found" as const };
    },
    async productFacts(request: { handle: string }) {
      return request.handle === "merino-wool-sweater" ? productFacts() : null;
    },
    async catalogueNames() {
      return [{ handle: "merino-wool-sweater", title: "Merino Wool Sweater", skus: ["MWS-1"] }];
    },
    async recommendProducts() {
      return [productFacts().card];
    },
  };
  return commerce;
}

function settings(overrides: DialogueSettingsInput = {}) {
  return DialogueSettingsSchema.parse({ defaultLanguage: "en", ...overrides });
}

/** Plays shopper lines one after another, carrying the state through JSON as the conversation store does. */
async function converse(
  lines: { text: string; page?: { productHandle?: string } }[],
  setup: {
    commerce?: CommerceAnswers;
    customer?: { id: string } | null;
    settingsInput?: DialogueSettingsInput;
  } = {},
) {
  const knowledge = buildShopKnowledge([...starterFaq("en"), ...starterFaq("zh-Hans")]);
  const commerce = setup.commerce ?? fakeCommerce();
  let state: DialogueState | null = null;
  const turns = [];
  for (const line of lines) {
    const result = await replyToShopper({
      shop: "concierge-demo.myshopify.com",
      text: line.text,
      state,
      page: line.page,
      customer: setup.customer ?? null,
      visitorId: "visitor-abcdefghijklmnopqrstuv",
      knowledge,
      commerce,
      settings: settings(setup.settingsInput),
      now: new Date("2025-06-02T10:00:00Z"),
    });
    state = DialogueStateSchema.parse(JSON.parse(JSON.stringify(result.state)));
    turns.push(result);
  }
  return turns;
}

describe("replyToShopper, English scripts", () => {
  it("answers about the product page the shopper is on", async () => {
    const [turn] = await converse([
      { text: "how much is this one?", page: { productHandle: "merino-wool-sweater" } },
    ]);
    expect(turn?.reply.text).toContain("$89.00");
    expect(turn?.reply.cards).toEqual([
      expect.objectContaining({ type: "product", handle: "merino-wool-sweater" }),
    ]);
  });

  it("asks for the order number, then the email, then shows the order", async () => {
    const commerce = fakeCommerce();
    const [first, second, third] = await converse(
      [{ text: "where is my order?" }, { text: "1042" }, { text: "it's jo@example.com" }],
      { commerce },
    );
    expect(first?.state.awaiting).toBe("order_number");
    expect(first?.reply.text).toMatch(/order number/i);
    expect(second?.state.awaiting).toBe("contact");
    expect(second?.reply.text).toContain("#1042");
    expect(commerce.guestLookups).toBe(1);
    expect(third?.reply.cards[0]).toMatchObject({ type: "order", orderName: "#1042" });
    expect(third?.reply.text).toContain("Shipped");
    expect(third?.state.awaiting).toBeNull();
  });

  it("follows a topic switch while a slot is missing", async () => {
    const [first, second] = await converse([
      { text: "where's my package" },
      { text: "do you ship internationally?" },
    ]);
    expect(first?.state.awaiting).toBe("order_number");
    expect(second?.state.awaiting).toBeNull();
    expect(second?.understanding.faq?.entryId).toBe("starter-en-international");
    expect(second?.reply.text).toContain("We ship to most countries");
  });

  it("admits it does not know, offers a person, and hands off at the limit", async () => {
    const [first, second] = await converse([
      { text: "what's the capital of france" },
      { text: "who won the football game yesterday" },
    ]);
    expect(first?.reply.text).toContain("I don't know");
    expect(first?.reply.quickReplies).toContain("Talk to a person");
    expect(first?.reply.handoff).toBeNull();
    expect(first?.answered).toBe(false);
    expect(second?.reply.handoff).toEqual({ reason: "low_confidence" });
  });

  it("hands off at once when asked for a person", async () => {
    const [turn] = await converse([{ text: "I want to talk to a real person" }]);
    expect(turn?.reply.handoff).toEqual({ reason: "asked_for_person" });
  });

  it("shows a logged-in customer's latest order without asking for anything", async () => {
    const [turn] = await converse([{ text: "has my order shipped yet?" }], {
      customer: { id: "7001" },
    });
    expect(turn?.reply.cards[0]).toMatchObject({ type: "order", orderName: "#1042" });
  });

  it("uses a merchant's keyword reply", async () => {
    const [turn] = await converse([{ text: "is there a black friday sale?" }], {
      settingsInput: {
        keywordReplies: [
          {
            keywords: ["black friday"],
            reply: { en: "Our Black Friday sale starts on the 28th." },
          },
        ],
      },
    });
    expect(turn?.reply.text).toBe("Our Black Friday sale starts on the 28th.");
  });
});

describe("replyToShopper, Chinese scripts", () => {
  it("answers about the product page in Chinese", async () => {
    const [turn] = await converse([
      { text: "这个多少钱？", page: { productHandle: "merino-wool-sweater" } },
    ]);
    expect(turn?.reply.language).toBe("zh-Hans");
    expect(turn?.reply.text).toContain("价格");
    expect(turn?.reply.cards[0]).toMatchObject({ type: "product" });
  });

  it("fills the order slots in Chinese", async () => {
    const [first, second, third] = await converse([
      { text: "我的订单到哪了" },
      { text: "订单号 1042" },
      { text: "jo@example.com" },
    ]);
    expect(first?.reply.text).toContain("订单号");
    expect(second?.reply.text).toContain("邮箱");
    expect(third?.reply.cards[0]).toMatchObject({ type: "order", orderName: "#1042" });
    expect(third?.reply.language).toBe("zh-Hans");
  });

  it("switches topic to shipping costs in Chinese", async () => {
    const [, second] = await converse([{ text: "查一下我的订单" }, { text: "运费多少？" }]);
    expect(second?.state.awaiting).toBeNull();
    expect(second?.understanding.faq?.entryId).toBe("starter-zh-Hans-shipping-cost");
  });

  it("says it does not know and offers a person in Chinese", async () => {
    const [turn] = await converse([{ text: "给我讲个笑话吧" }]);
    expect(turn?.reply.text).toContain("抱歉");
    expect(turn?.reply.quickReplies).toContain("转人工客服");
  });
});

describe("replyToShopper, policy", () => {
  it("hands an angry shopper to a person and says when the team is offline", async () => {
    const [turn] = await converse(
      [{ text: "This is RIDICULOUS, worst service ever, where is my parcel!!" }],
      {
        settingsInput: {
          businessHours: {
            timeZone: "UTC",
            days: [1, 2, 3, 4, 5],
            opens: "13:00",
            closes: "17:00",
          },
        },
      },
    );
    expect(turn?.understanding.sentiment.label).toBe("angry");
    expect(turn?.reply.handoff).toEqual({ reason: "sentiment" });
    expect(turn?.reply.text).toContain("offline");
  });

  it("greets with the merchant's after-purchase scenario reply on the confirmation page", async () => {
    const knowledge = buildShopKnowledge(starterFaq("en"));
    const result = await replyToShopper({
      shop: "concierge-demo.myshopify.com",
      text: "hi",
      state: null,
      page: { afterPurchase: true },
      customer: null,
      visitorId: "visitor-abcdefghijklmnopqrstuv",
      knowledge,
      commerce: null,
      settings: settings({
        scenarioReplies: {
          afterPurchase: { en: "Thanks for your order! Ask me anything about it." },
        },
      }),
      now: new Date("2025-06-02T10:00:00Z"),
    });
    expect(result.reply.text).toBe("Thanks for your order! Ask me anything about it.");
  });
});

describe("replyToShopper, languages", () => {
  it("replies in the shop's default language with a note when it has no content in the shopper's", async () => {
    const [turn] = await converse([{ text: "Wo ist meine Bestellung?" }]);
    expect(turn?.understanding.language).toBe("de");
    expect(turn?.reply.language).toBe("en");
    expect(turn?.reply.text).toContain("(Wir antworten auf Englisch.)");
  });
});

describe("replyToShopper, when the shop's live data fails", () => {
  it.each([
    ["timeout", "en", /taking longer than usual|slow|moment/i],
    ["unauthorized", "zh-Hans", /./],
  ] as const)(
    "answers a %s kindly in the shopper's language and offers a person",
    async (code, language, pattern) => {
      const failing: CommerceAnswers = {
        ...fakeCommerce(),
        async ordersOfCustomer() {
          throw new CommerceError(code, `admin api ${code}`);
        },
      };
      const text = language === "en" ? "Where is my order?" : "我的订单在哪里？";
      const [turn] = await converse([{ text }], { commerce: failing, customer: { id: "42" } });
      expect(turn?.reply.text).toContain(
        describeCommerceFailure({ error: new CommerceError(code, "x"), language }),
      );
      expect(turn?.reply.text).toMatch(pattern);
      expect(turn?.reply.language).toBe(language);
      expect(turn?.answered).toBe(false);
      expect(turn?.reply.quickReplies.length).toBeGreaterThan(0);
    },
  );

  it("still lets other failures surface", async () => {
    const broken: CommerceAnswers = {
      ...fakeCommerce(),
      async ordersOfCustomer() {
        throw new TypeError("a bug");
      },
    };
    await expect(
      converse([{ text: "Where is my order?" }], { commerce: broken, customer: { id: "42" } }),
    ).rejects.toThrow("a bug");
  });
});
