import { describe, expect, it } from "vitest";
import { buildShopKnowledge, starterFaq } from "../knowledge/index";
import type { Intent, Language } from "./index";
import {
  detectLanguage,
  detectSentiment,
  extractEntities,
  normaliseText,
  understandMessage,
} from "./index";

const knowledge = buildShopKnowledge([
  ...starterFaq("en"),
  ...starterFaq("zh-Hans"),
  ...starterFaq("fr"),
]);

describe("detectLanguage", () => {
  it.each<[string, Language]>([
    ["订单 #1042 在哪", "zh-Hans"],
    ["訂單 #1042 在哪裡", "zh-Hant"],
    ["注文はいつ届きますか", "ja"],
    ["¿dónde está mi pedido?", "es"],
    ["où est ma commande", "fr"],
    ["wo ist meine Bestellung", "de"],
    ["dov'è il mio ordine", "it"],
    ["cadê meu pedido", "pt"],
    ["where is my order", "en"],
  ])("reads %s as %s", (text, language) => {
    expect(detectLanguage({ text }).language).toBe(language);
  });

  it("lets the storefront locale decide for text with no language of its own", () => {
    expect(detectLanguage({ text: "#1042", locale: "fr-CA" }).language).toBe("fr");
    expect(detectLanguage({ text: "ok", locale: "de" }).language).toBe("de");
    expect(detectLanguage({ text: "你好", locale: "zh-TW" }).language).toBe("zh-Hant");
  });

  it("tells Traditional Chinese by regional words when every character is shared", () => {
    expect(detectLanguage({ text: "安安" }).language).toBe("zh-Hant");
    expect(detectLanguage({ text: "可以超商取货吗" }).language).toBe("zh-Hans");
    expect(detectLanguage({ text: "可以超商取件" }).language).toBe("zh-Hant");
    expect(detectLanguage({ text: "你好" }).language).toBe("zh-Hans");
    expect(detectLanguage({ text: "登入不了" }).language).toBe("zh-Hant");
    expect(detectLanguage({ text: "好的掰掰" }).language).toBe("zh-Hant");
  });

  it("reads kanji-only Japanese by forms and words Chinese does not use", () => {
    expect(detectLanguage({ text: "領収書発行" }).language).toBe("ja");
    expect(detectLanguage({ text: "返品希望" }).language).toBe("ja");
    expect(detectLanguage({ text: "申请退货" }).language).toBe("zh-Hans");
  });

  it("tells close Latin languages apart by the accents folding drops", () => {
    expect(detectLanguage({ text: "è morbido?" }).language).toBe("it");
    expect(detectLanguage({ text: "è resistente?" }).language).toBe("it");
    expect(detectLanguage({ text: "é bonito?" }).language).toBe("pt");
    expect(detectLanguage({ text: "órale" }).language).toBe("es");
  });
});

describe("normaliseText", () => {
  it("folds width, case, accents, emoji and punctuation", () => {
    expect(normaliseText("ＯＲＤＥＲ　＃１０４２！！ Où est-elle? 😡")).toBe(
      "order 1042 ou est elle",
    );
    expect(normaliseText("I don't know, l'adresse")).toBe("i dont know l adresse");
  });
});

describe("understandMessage", () => {
  it.each<[string, Intent]>([
    ["where is my parcel??", "order_status"],
    ["plz cancel my order 1042", "cancel_order"],
    ["I want to send back the shoes", "return_refund"],
    ["do you deliver to canada", "shipping_info"],
    ["my card got declined", "payment"],
    ["I forgot my password", "account"],
    ["let me speak to a human", "human_agent"],
    ["hello there", "greeting"],
    ["thanks a lot, bye", "thanks_goodbye"],
    ["我要退货", "return_refund"],
    ["je voudrais annuler ma commande", "cancel_order"],
    ["wie viel kostet der Versand", "shipping_info"],
    ["what is the capital of italy", "other"],
  ])("understands %s as %s", (text, intent) => {
    expect(understandMessage({ text, knowledge }).intent).toBe(intent);
  });

  it("returns a calibrated confidence with alternatives that sum below one", () => {
    const understanding = understandMessage({ text: "where is my order", knowledge });
    expect(understanding.confidence).toBeGreaterThan(0.5);
    const total =
      understanding.confidence +
      understanding.alternatives.reduce((sum, alternative) => sum + alternative.confidence, 0);
    expect(total).toBeLessThanOrEqual(1.0001);
  });

  it("matches the shop's FAQ beside the intent, in the message's language", () => {
    expect(understandMessage({ text: "what's your return policy?", knowledge }).faq?.entryId).toBe(
      "starter-en-return-policy",
    );
    expect(understandMessage({ text: "运费多少", knowledge }).faq?.entryId).toBe(
      "starter-zh-Hans-shipping-cost",
    );
    expect(
      understandMessage({ text: "quels moyens de paiement acceptez-vous ?", knowledge }).faq
        ?.entryId,
    ).toBe("starter-fr-payment-methods");
  });

  it("keeps the topic when the message only answers the question asked", () => {
    const understanding = understandMessage({
      text: "jo@example.com",
      knowledge,
      context: { previousIntent: "order_status", expecting: "contact", language: "zh-Hans" },
    });
    expect(understanding.intent).toBe("order_status");
    expect(understanding.language).toBe("zh-Hans");
  });
});

describe("extractEntities", () => {
  it.each([
    ["where is #1042", "1042"],
    ["order 1042 please", "1042"],
    ["订单号 1042 在哪", "1042"],
    ["注文番号1042", "1042"],
    ["Bestellung Nr. 55123", "55123"],
    ["my order is 104233", "104233"],
  ])("finds the order number in %s", (text, value) => {
    expect(extractEntities({ text })).toContainEqual(
      expect.objectContaining({ type: "order_number", value }),
    );
  });

  it("does not take prices or years for order numbers", () => {
    expect(extractEntities({ text: "I paid $1500 for it" })).toEqual([]);
    expect(
      extractEntities({ text: "a gift under 2000 euros" }).filter(
        (entity) => entity.type === "order_number",
      ),
    ).toEqual([]);
  });

  it("finds emails, phones, sizes, colours and catalogue products", () => {
    const catalogue = [
      { handle: "merino-wool-sweater", title: "Merino Wool Sweater", skus: ["MWS-NAV-M"] },
    ];
    const entities = extractEntities({
      text: "Is the merino sweater in navy, size L? I'm jo@example.com, +33 6 12 34 56 78",
      catalogue,
    });
    expect(entities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "email", value: "jo@example.com" }),
        expect.objectContaining({ type: "phone", value: "+33612345678" }),
        expect.objectContaining({ type: "size", value: "L" }),
        expect.objectContaining({ type: "colour", value: "navy" }),
        expect.objectContaining({ type: "product", value: "merino-wool-sweater" }),
      ]),
    );
    expect(extractEntities({ text: "SKU MWS-NAV-M", catalogue })).toContainEqual(
      expect.objectContaining({ type: "sku", handle: "merino-wool-sweater" }),
    );
    expect(extractEntities({ text: "有M码的蓝色吗" })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "size", value: "M" }),
        expect.objectContaining({ type: "colour", value: "blue" }),
      ]),
    );
  });
});

describe("extractEntities in a large catalogue", () => {
  const catalogue = [
    ...Array.from({ length: 300 }, (_, index) => ({
      handle: `candle-${index}`,
      title: `Scented Candle ${index}`,
      skus: [`CAN-${index}`],
    })),
    { handle: "linen-apron", title: "Linen Apron", skus: ["APR-1"] },
    { handle: "glass-jars", title: "Glass Jars", skus: ["JAR-6"] },
  ];

  it("finds products by title, plural or singular words, handle and SKU, in catalogue order", () => {
    const products = (text: string) =>
      extractEntities({ text, catalogue })
        .filter((entity) => entity.type === "product" || entity.type === "sku")
        .map((entity) => `${entity.type}:${entity.value}`);
    expect(products("do you still make the linen aprons")).toEqual(["product:linen-apron"]);
    expect(products("is the glass jar airtight")).toEqual(["product:glass-jars"]);
    expect(products("glass-jars and apr-1")).toEqual(["sku:APR-1", "product:glass-jars"]);
    expect(products("scented candle 7")).toContain("product:candle-7");
  });

  it("finds Chinese and Japanese titles inside unspaced text", () => {
    const cjkCatalogue = [
      ...catalogue,
      { handle: "wool-hat", title: "羊毛帽子", skus: [] },
      { handle: "ski-jacket", title: "スキージャケット", skus: [] },
    ];
    const products = (text: string) =>
      extractEntities({ text, catalogue: cjkCatalogue })
        .filter((entity) => entity.type === "product")
        .map((entity) => entity.value);
    expect(products("羊毛帽子有货吗")).toEqual(["wool-hat"]);
    expect(products("スキージャケットのサイズは？")).toEqual(["ski-jacket"]);
    expect(products("羊毛袜子有货吗")).toEqual([]);
  });
});

describe("detectSentiment", () => {
  it.each([
    ["This is RIDICULOUS, worst service ever!!", "angry"],
    ["气死我了，什么垃圾服务", "angry"],
    ["je suis très déçu de la qualité", "negative"],
    ["it's urgent, I still haven't received my parcel", "anxious"],
    ["thanks, that was perfect", "positive"],
    ["what sizes do you have", "neutral"],
    ["this is so frustrating, nobody answers my emails", "negative"],
    ["ich bin sauer, das ist schon das dritte Mal", "angry"],
    ["estou chateada com o atraso", "negative"],
    ["好烦啊，快递还没到", "negative"],
    ["麻烦你帮我查一下订单", "neutral"],
  ])("reads %s as %s", (text, label) => {
    expect(detectSentiment(text).label).toBe(label);
  });
});
