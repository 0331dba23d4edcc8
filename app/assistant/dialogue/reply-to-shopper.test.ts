import { describe, expect, it } from "vitest";
import { CommerceError, describeCommerceFailure } from "../commerce";
import type { CommerceAnswers, ProductFacts } from "../commerce/types";
import { buildShopKnowledge, starterFaq } from "../knowledge/index";
import type { OrderCard } from "../reply";
import type { Language } from "../nlu/types";
import type { DialogueSettingsInput, HandoffDesk } from "./index";
import { DialogueSettingsSchema, replyToShopper } from "./index";
import { buildHandoffDesk, playConversation } from "./test-factories";

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

/** A desk connected to a help desk, or not; the addresses are what the Admin API would answer. */
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
    desk?: HandoffDesk;
    now?: Date;
    /** The shop's starter FAQ languages (English and Simplified Chinese unless given). */
    faqLanguages?: Language[];
  } = {},
) {
  const knowledge = buildShopKnowledge(
    (setup.faqLanguages ?? ["en", "zh-Hans"]).flatMap((language) => starterFaq(language)),
  );
  const commerce = setup.commerce ?? fakeCommerce();
  return playConversation(lines, (line) => ({
    shop: "concierge-demo.myshopify.com",
    text: line.text,
    page: line.page,
    customer: setup.customer ?? null,
    visitorId: "visitor-abcdefghijklmnopqrstuv",
    knowledge,
    commerce,
    orderActions: null,
    desk: setup.desk ?? buildHandoffDesk(),
    settings: settings(setup.settingsInput),
    now: setup.now ?? new Date("2025-06-02T10:00:00Z"),
  }));
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

  it("says where to find the order number when the shopper does not have it, and keeps waiting for it", async () => {
    const [, lost, found] = await converse([
      { text: "where is my order?" },
      { text: "I don't remember the number" },
      { text: "found it, 1042" },
    ]);
    expect(lost?.reply.text).toContain("It's in the confirmation email we sent when you ordered");
    expect(lost?.reply.quickReplies).toEqual(["Talk to a person"]);
    expect(lost?.state.awaiting).toBe("order_number");
    expect(found?.state.awaiting).toBe("contact");
    expect(found?.reply.text).toContain("#1042");
  });

  it('hears "I don\'t know it" with words in between, in German and French, and keeps waiting without handing over', async () => {
    for (const [question, unknown] of [
      ["Wo bleibt meine Bestellung?", "Ich weiß die Nummer leider nicht"],
      ["Où est ma commande ?", "je ne sais vraiment pas"],
    ] as const) {
      const [, lost] = await converse([{ text: question }, { text: unknown }], {
        faqLanguages: ["en", "de", "fr"],
      });
      expect(lost?.reply.handoff).toBeNull();
      expect(lost?.state.awaiting).toBe("order_number");
      expect(lost?.reply.text).toMatch(/#1001/);
      expect(lost?.reply.text).toMatch(/Bestätigungsmail|e-mail de confirmation/);
    }
    // Not every "don't" is about the number: a new question is still answered.
    const [, shipping] = await converse([
      { text: "where is my order?" },
      { text: "do you ship to canada?" },
    ]);
    expect(shipping?.state.awaiting).toBeNull();
  });

  it("asks for the order number in German, Italian and Portuguese rather than answering the FAQ on delivery times", async () => {
    for (const [text, language] of [
      ["Wo ist meine Bestellung?", "de"],
      ["dov'è il mio ordine?", "it"],
      ["cadê meu pedido?", "pt"],
    ] as const) {
      const [turn] = await converse([{ text }], {
        faqLanguages: [language],
        settingsInput: { defaultLanguage: language },
      });
      expect(turn?.state.awaiting, text).toBe("order_number");
      expect(turn?.reply.text, text).toContain("#1001");
    }
  });

  it("opens with a word of empathy when the shopper writes upset, and not on the answers that follow", async () => {
    const [upset, number] = await converse([
      { text: "my order arrived damaged and I'm really upset" },
      { text: "#1001" },
    ]);
    expect(upset?.understanding.sentiment.label).toBe("negative");
    expect(upset?.reply.text).toBe(
      "I'm sorry about that, let's get it sorted.\n\n" +
        "Sure — what is your order number? It looks like #1001 and is in your confirmation email.",
    );
    expect(number?.reply.text).not.toContain("sorry");
    const [calm] = await converse([{ text: "where is my order" }]);
    expect(calm?.reply.text).toMatch(/^Sure — what is your order number\?/);
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

  it("asks which topic is meant when unsure, and a tapped choice answers the first message", async () => {
    // A merchant who wants the assistant surer than it ever is: every message is asked back.
    const settingsInput = { thresholds: { answer: 1, clarify: 0 } };
    const [asked, chosen] = await converse(
      [{ text: "where's my package" }, { text: "Where my order is" }],
      { settingsInput },
    );
    expect(asked?.reply.text).toMatch(/^Just to be sure — do you mean where my order is/);
    expect(asked?.reply.quickReplies[0]).toBe("where my order is");
    expect(asked?.state.clarifying).toMatchObject({ text: "where's my package" });
    expect(chosen?.understanding.intent).toBe("order_status");
    expect(chosen?.state.awaiting).toBe("order_number");
    expect(chosen?.state.clarifying).toBeNull();

    // Anything else typed instead is a new message, read on its own.
    const [, other] = await converse([{ text: "where's my package" }, { text: "hello" }], {
      settingsInput,
    });
    expect(other?.understanding.intent).toBe("greeting");
    expect(other?.state.awaiting).toBeNull();
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
    expect(second?.state.pendingHandoff).toMatchObject({ reason: "low_confidence" });
    expect(second?.state.awaiting).toBe("handoff_email");
    expect(second?.reply.text).toContain("What email address can they reply to?");
  });

  it("hands off at once when a logged-in customer asks for a person, to their verified email", async () => {
    const [turn] = await converse([{ text: "I want to talk to a real person" }], {
      customer: { id: "7001" },
      desk: buildHandoffDesk({ customerEmail: "ada@shopper.example" }),
    });
    expect(turn?.reply.handoff).toEqual({ reason: "asked_for_person" });
    expect(turn?.escalation).toEqual({
      reason: "asked_for_person",
      intent: "human_agent",
      sentiment: "neutral",
      email: "ada@shopper.example",
    });
    expect(turn?.reply.text).toContain("connecting you with a person");
  });

  it("shows a logged-in customer's latest order without asking for anything", async () => {
    const [turn] = await converse([{ text: "has my order shipped yet?" }], {
      customer: { id: "7001" },
    });
    expect(turn?.reply.cards[0]).toMatchObject({ type: "order", orderName: "#1042" });
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

  it("opens with a word of empathy in Chinese", async () => {
    // A merchant who hands over only angry shoppers: a worried one is answered, kindly.
    const [worried] = await converse([{ text: "我的订单怎么还没到，好担心" }], {
      settingsInput: { handoff: { sentiments: ["angry"] } },
    });
    expect(worried?.understanding.sentiment.label).toBe("anxious");
    expect(worried?.reply.text).toMatch(/^理解您的着急，我马上帮您处理。\n\n/);
  });

  it("says where to find the order number in Chinese", async () => {
    const [, lost] = await converse([{ text: "我的订单到哪了" }, { text: "我不记得订单号了" }]);
    expect(lost?.reply.text).toContain("订单号在下单时我们发送的确认邮件中");
    expect(lost?.state.awaiting).toBe("order_number");
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

const weekday = [{ open: "09:00", close: "17:00" }];
const weekdayHours = {
  timeZone: "Europe/Paris",
  week: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
};

describe("replyToShopper, policy", () => {
  it("hands an angry shopper to a person and says when the team will be back, in the shop's time zone", async () => {
    const [turn] = await converse(
      [{ text: "This is RIDICULOUS, worst service ever, where is my parcel!!" }],
      {
        customer: { id: "7001" },
        desk: buildHandoffDesk({ customerEmail: "ada@shopper.example" }),
        settingsInput: { handoff: { businessHours: weekdayHours } },
        // Saturday 7 June 2025, 12:00 in Paris.
        now: new Date("2025-06-07T10:00:00Z"),
      },
    );
    expect(turn?.understanding.sentiment.label).toBe("angry");
    expect(turn?.reply.handoff).toEqual({ reason: "sentiment" });
    expect(turn?.reply.text).toMatch(/expect a reply from Monday, 9:00\sAM GMT\+2\./);
  });

  it("says when the team will be back in Chinese, and nothing about hours while it is open", async () => {
    const handoff = { businessHours: weekdayHours };
    const customer = { id: "7001" };
    const zendesk = buildHandoffDesk({ customerEmail: "ada@shopper.example" });
    const [closed] = await converse([{ text: "我要转人工" }], {
      customer,
      desk: zendesk,
      settingsInput: { handoff },
      now: new Date("2025-06-07T10:00:00Z"),
    });
    expect(closed?.reply.language).toBe("zh-Hans");
    expect(closed?.reply.text).toContain("星期一");
    expect(closed?.reply.text).toContain("预计将于");
    const [open] = await converse([{ text: "我要转人工" }], {
      customer,
      desk: zendesk,
      settingsInput: { handoff },
      now: new Date("2025-06-04T10:00:00Z"),
    });
    expect(open?.escalation).not.toBeNull();
    expect(open?.reply.text).not.toContain("预计");
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
      orderActions: null,
      desk: buildHandoffDesk(),
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

describe("replyToShopper, a guest's email before the ticket", () => {
  it("asks a guest for an email, re-asks for a typo, then hands over what the first turn was about", async () => {
    const [asked, typo, given] = await converse([
      { text: "This is RIDICULOUS, worst service ever, where is my parcel!!" },
      { text: "me@gmail" },
      { text: "sure, it's jo@example.com" },
    ]);
    expect(asked?.escalation).toBeNull();
    expect(asked?.reply.handoff).toBeNull();
    expect(asked?.reply.text).toContain("What email address can they reply to?");
    expect(asked?.state.awaiting).toBe("handoff_email");
    expect(typo?.escalation).toBeNull();
    expect(typo?.reply.text).toContain(
      "\u201cme@gmail\u201d doesn't look like a complete email address",
    );
    expect(typo?.reply.language).toBe("en");
    expect(given?.escalation).toEqual({
      reason: "sentiment",
      intent: "order_status",
      sentiment: "angry",
      email: "jo@example.com",
    });
    expect(given?.reply.handoff).toEqual({ reason: "sentiment" });
    expect(given?.state.handedOff).toBe(true);
  });

  it("asks in Chinese and takes the address in Chinese", async () => {
    const [asked, typo, given] = await converse([
      { text: "我要转人工" },
      { text: "wo@qq" },
      { text: "我的邮箱是 wo@example.cn" },
    ]);
    expect(asked?.reply.text).toContain("请问客服可以回复到哪个邮箱");
    expect(typo?.reply.text).toContain("“wo@qq”看起来不是完整的邮箱地址");
    expect(given?.escalation).toMatchObject({
      reason: "asked_for_person",
      intent: "human_agent",
      email: "wo@example.cn",
    });
    expect(given?.reply.language).toBe("zh-Hans");
  });

  it("uses the email a guest already gave for their order without asking again", async () => {
    const [, , , handed] = await converse([
      { text: "where is my order?" },
      { text: "1042" },
      { text: "jo@example.com" },
      { text: "I want to talk to a real person" },
    ]);
    expect(handed?.escalation).toMatchObject({ email: "jo@example.com" });
  });

  it("makes no ticket when the shopper declines, and drops the hand-off when they change topic", async () => {
    const [, declined] = await converse([
      { text: "I want to talk to a real person" },
      { text: "no thanks" },
    ]);
    expect(declined?.escalation).toBeNull();
    expect(declined?.reply.text).toContain("I haven't passed this on");
    expect(declined?.state.pendingHandoff).toBeNull();
    expect(declined?.reply.quickReplies).toEqual(["Talk to a person"]);

    const [, moved, later] = await converse([
      { text: "I want to talk to a real person" },
      { text: "do you ship internationally?" },
      { text: "jo@example.com" },
    ]);
    expect(moved?.reply.text).toContain("We ship to most countries");
    expect(moved?.state.pendingHandoff).toBeNull();
    expect(later?.escalation).toBeNull();
  });

  it("asks a logged-in customer whose account has no email", async () => {
    const [turn] = await converse([{ text: "I want to talk to a real person" }], {
      customer: { id: "7001" },
      desk: buildHandoffDesk({ customerEmail: null }),
    });
    expect(turn?.escalation).toBeNull();
    expect(turn?.state.awaiting).toBe("handoff_email");
  });
});

describe("replyToShopper, a shop without a help desk", () => {
  it("does not promise a person and gives the shop's contact address", async () => {
    const [turn] = await converse([{ text: "I want to talk to a real person" }], {
      desk: buildHandoffDesk({ connected: false }),
    });
    expect(turn?.escalation).toBeNull();
    expect(turn?.reply.handoff).toBeNull();
    expect(turn?.reply.text).toBe(
      "I can't connect you with a person here in the chat. You can reach the shop by email at help@demo-shop.example.",
    );
    expect(turn?.state.awaiting).toBeNull();
  });

  it("says so neutrally in Chinese when the shop has no contact address", async () => {
    const [turn] = await converse([{ text: "我要转人工" }], {
      desk: buildHandoffDesk({ connected: false, shopContact: null }),
    });
    expect(turn?.reply.text).toBe(
      "抱歉，在聊天中无法为您转接人工客服。请通过店铺网站上的联系方式联系我们。",
    );
    expect(turn?.escalation).toBeNull();
  });
});
