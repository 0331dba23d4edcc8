import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCommerceAnswers, createGuestAttemptLimits } from "../commerce";
import {
  buildProduct,
  buildVariants,
  startCommerceTestShop,
  type CommerceTestShop,
} from "../commerce/test-factories";
import { buildShopKnowledge, starterFaq } from "../knowledge/index";
import type { ShopperReply } from "./index";
import { DialogueSettingsSchema } from "./index";
import { buildHandoffDesk, playConversation } from "./test-factories";

/** Questions about the product on the page, answered from the Shopify emulator's product data. */

let shop: CommerceTestShop;
beforeAll(async () => {
  shop = await startCommerceTestShop();
});
afterAll(async () => {
  await shop?.close();
});

const desk = buildHandoffDesk({ shopContact: null });

/** A sweater in three sizes and two colours (Navy and Black unless given); M in Navy is sold out. */
function seedSweater(colours = ["Navy", "Black"], soldOut = ["M / Navy"]) {
  const product = buildProduct({
    title: "Harbour Knit Sweater",
    descriptionHtml:
      "<p>Made from soft merino wool in Portugal.</p><p>Warm but breathable, with ribbed cuffs.</p>",
    metafields: [
      {
        namespace: "custom",
        key: "care",
        value: "Hand wash in cold water",
        type: "multi_line_text_field",
      },
    ],
    ...buildVariants({
      options: [
        { name: "Size", values: ["S", "M", "L"] },
        { name: "Color", values: colours },
      ],
      soldOut,
    }),
  });
  shop.data.products.push(product);
  return product;
}

/** One chat on the product's page (or the home page): lines one after another, the state carried through JSON. */
async function chat(
  handle: string | null,
  lines: string[],
  locale?: string,
): Promise<ShopperReply[]> {
  const knowledge = buildShopKnowledge([
    ...starterFaq("en"),
    ...starterFaq("es"),
    ...starterFaq("zh-Hans"),
    ...starterFaq("it"),
  ]);
  const limits = createGuestAttemptLimits();
  return playConversation(lines, (text) => ({
    shop: shop.data.domain,
    text,
    locale,
    page: handle ? { productHandle: handle } : {},
    customer: null,
    visitorId: "visitor-product-answers-01",
    knowledge,
    commerce: createCommerceAnswers({ gateway: shop.gateway(), cache: shop.cache, limits }),
    orderActions: null,
    desk,
    settings: DialogueSettingsSchema.parse({}),
    now: new Date(),
  }));
}

describe("answers about the product in view", () => {
  it("says whether the size and colour asked for are in stock, and what is when they are not", async () => {
    const { handle } = seedSweater();
    const [small, medium, navy, mediumNavy] = await chat(handle, [
      "do you have it in size S?",
      "what about size M?",
      "is it available in navy?",
      "I need it in M and in navy",
    ]);
    expect(small?.reply.text).toBe("Yes, Harbour Knit Sweater in S is in stock.");
    expect(small?.reply.cards[0]).toMatchObject({ type: "product", handle });
    // The card's "Add to cart" adds what was asked: M in the colour in stock, not the first variant.
    expect(medium?.reply.cards[0]).toMatchObject({ variantTitle: "M / Black", available: true });
    expect(medium?.reply.text).toBe(
      "Yes, Harbour Knit Sweater in M is in stock.\n\nIn stock: M / Black.",
    );
    expect(navy?.reply.text).toBe(
      "Yes, Harbour Knit Sweater in Navy is in stock.\n\nIn stock: S / Navy, L / Navy.",
    );
    expect(mediumNavy?.reply.text).toBe(
      "Harbour Knit Sweater in M / Navy is sold out right now.\n\n" +
        "In stock: S / Navy, M / Black, L / Navy.",
    );
  });

  it("says when a size does not exist and lists the ones that do, in Chinese too", async () => {
    const { handle } = seedSweater();
    const [english] = await chat(handle, ["do you have this in XXL?"]);
    expect(english?.reply.text).toBe(
      "Harbour Knit Sweater doesn't come in XXL.\n\nSize: S, M, L.\nColor: Navy, Black.",
    );
    const [chinese] = await chat(handle, ["有黑色的吗？"], "zh-CN");
    expect(chinese?.reply.text).toBe("有的，Harbour Knit Sweater 的 Black 有现货。");
  });

  it("reads a bare colour or size on the product page as about the product, however unsure", async () => {
    const { handle } = seedSweater();
    const turns = await chat(handle, ["how about red?", "what about pink?", "and XXL?"]);
    expect(turns.map((turn) => turn.reply.text.split("\n")[0])).toEqual([
      "Harbour Knit Sweater doesn't come in red.",
      "Harbour Knit Sweater doesn't come in pink.",
      "Harbour Knit Sweater doesn't come in XXL.",
    ]);
    // Answered from the page: no streak of unsure turns, no hand-off.
    expect(turns.map((turn) => turn.reply.handoff)).toEqual([null, null, null]);
    expect(turns[2]?.state.misses).toBe(0);
  });

  it("finds a shop's colour names for a plain colour: Forest for green, Slate for gris", async () => {
    const { handle } = seedSweater(["Forest", "Slate"], []);
    const [green, grey, red] = await chat(handle, [
      "do you have it in green?",
      "¿y en gris?",
      "and in red?",
    ]);
    expect(green?.reply.text).toBe("Yes, Harbour Knit Sweater in Forest is in stock.");
    expect(green?.reply.cards[0]).toMatchObject({ variantTitle: "S / Forest" });
    expect(grey?.reply.text).toContain("Slate");
    expect(red?.reply.text.split("\n")[0]).toBe("Harbour Knit Sweater doesn't come in red.");
  });

  it("knows the shop's own colour names, which are no colour words", async () => {
    const { handle } = seedSweater(["Harbour Fog", "Sea Glass"]);
    const [fog] = await chat(handle, ["do you have the harbour fog one in L?"]);
    expect(fog?.reply.text).toBe("Yes, Harbour Knit Sweater in L / Harbour Fog is in stock.");
    expect(fog?.reply.cards[0]).toMatchObject({ variantTitle: "L / Harbour Fog" });
  });

  it("finds a Chinese shop's own option values inside unspaced Chinese", async () => {
    const { handle } = seedSweater(["雾霾蓝", "燕麦白"], ["M / 雾霾蓝"]);
    const [oat, haze] = await chat(handle, ["燕麦白有L码吗", "雾霾蓝还有货吗"], "zh-CN");
    expect(oat?.reply.text).toBe("有的，Harbour Knit Sweater 的 L / 燕麦白 有现货。");
    expect(oat?.reply.cards[0]).toMatchObject({ variantTitle: "L / 燕麦白" });
    expect(haze?.reply.text).toBe(
      "有的，Harbour Knit Sweater 的 雾霾蓝 有现货。\n\n有现货：S / 雾霾蓝, L / 雾霾蓝。",
    );
  });

  it("quotes the page's sentences and the merchant's facts that answer the question", async () => {
    const { handle } = seedSweater();
    const [origin, care] = await chat(handle, ["where is it made?", "can I machine wash it?"]);
    expect(origin?.reply.text).toBe(
      "Here's what the page for Harbour Knit Sweater says:\n\n" +
        "- Made from soft merino wool in Portugal.",
    );
    expect(origin?.answered).toBe(true);
    expect(care?.reply.text).toContain("- Care: Hand wash in cold water");
  });

  it("answers from an English page in the shopper's language, by the aspect asked about", async () => {
    const { handle } = seedSweater();
    const [care] = await chat(handle, ["¿se puede lavar a máquina?"], "es-ES");
    expect(care?.reply.text).toBe(
      "Esto dice la página de Harbour Knit Sweater:\n\n- Care: Hand wash in cold water",
    );
    const [material] = await chat(handle, ["素材は何ですか？"], "ja-JP");
    expect(material?.reply.text).toContain("- Made from soft merino wool in Portugal.");
    const [fabric] = await chat(handle, ["Aus welchem Stoff ist er?"], "de-DE");
    // German has no content in this shop: the page's answer comes in English, with a note.
    expect(fabric?.reply.text).toContain("(Wir antworten auf Englisch.)");
    expect(fabric?.reply.text).toContain("- Made from soft merino wool in Portugal.");
    expect(fabric?.answered).toBe(true);
  });

  it("meets a word's endings, not a longer word that starts with it", async () => {
    const product = buildProduct({
      title: "Trail Tote",
      descriptionHtml:
        "<p>A gift note comes with every order.</p><p>We wrap every tote in recycled paper.</p>",
    });
    shop.data.products.push(product);
    const [notebook, wrapping] = await chat(product.handle, [
      "will a notebook fit inside?",
      "is wrapping included?",
    ]);
    expect(notebook?.reply.text).toContain("The product page doesn't say more about that.");
    expect(wrapping?.reply.text).toBe(
      "Here's what the page for Trail Tote says:\n\n- We wrap every tote in recycled paper.",
    );
  });

  it("gives price and choices when the page is silent, says so and offers a person", async () => {
    const { handle } = seedSweater();
    // "Cold water" is on the page; "waterproof" is not, and "water" alone is not it.
    const [waterproof] = await chat(handle, ["is it waterproof?"]);
    expect(waterproof?.reply.text).toContain("Harbour Knit Sweater costs $40.00.");
    expect(waterproof?.reply.text).toContain("The product page doesn't say more about that.");
    expect(waterproof?.reply.quickReplies).toEqual(["Talk to a person"]);
    // Unanswered: the learning loop records it for the merchant.
    expect(waterproof?.answered).toBe(false);
  });

  it("answers a price question about the product in view, not the FAQ on shipping costs", async () => {
    const { handle } = seedSweater();
    const [spanish] = await chat(handle, ["¿cuánto cuesta este?"], "es");
    expect(spanish?.reply.text.replace(/\s/g, " ")).toContain(
      "Harbour Knit Sweater cuesta 40,00 US$.",
    );
    expect(spanish?.reply.text).not.toContain("envío");
    // Only a cost, no product word: on the product's page, its price (read as shipping_info alone).
    const [italian] = await chat(handle, ["quanto costa?"], "it");
    expect(italian?.reply.text.replace(/\s/g, " ")).toContain(
      "Harbour Knit Sweater costa 40,00 USD.",
    );
    // A shipping question on the same page still gets the shop's shipping answer.
    const [shipping] = await chat(handle, ["¿cuánto cuesta el envío?"], "es");
    expect(shipping?.reply.text).toContain("envío");
  });
});

describe("suggestions refined by price", () => {
  const pricesOf = (turn: ShopperReply | undefined) =>
    (turn?.reply.cards ?? []).flatMap((card) =>
      card.type === "product" ? [Number(card.price.amount)] : [],
    );

  it('says the suggestions were the least expensive on "anything cheaper?", then keeps to a budget', async () => {
    for (const price of ["30.00", "60.00", "90.00"])
      shop.data.products.push(
        buildProduct({
          title: `Koa Ukulele ${price}`,
          productType: "Ukuleles",
          tags: ["ukulele"],
          ...buildVariants({ options: [{ name: "Size", values: ["Soprano", "Tenor"] }], price }),
        }),
      );
    const [first, cheaper, budget] = await chat(null, [
      "can you recommend a ukulele?",
      "anything cheaper?",
      "what about under $70?",
    ]);
    // Suggestions for a need come cheapest first.
    expect(pricesOf(first)).toEqual([30, 60, 90]);
    // Nothing of the kind costs less, and nothing else fills in.
    expect(cheaper?.reply.text).toBe(
      "Those are the least expensive I have for that. Would you like to see something else?",
    );
    expect(cheaper?.reply.cards).toEqual([]);
    // Still ukuleles: a refinement does not fill up with whatever else is under the budget.
    expect(pricesOf(budget)).toEqual([30, 60]);
  });

  it("reads a budget in the first request, in Spanish", async () => {
    const [turn] = await chat(null, ["¿me recomiendas una mochila por menos de 90 dólares?"], "es");
    expect(pricesOf(turn).length).toBeGreaterThan(0);
    expect(pricesOf(turn).every((price) => price <= 90)).toBe(true);
  });

  it("says so, rather than read it as dollars, when the budget is in another currency", async () => {
    const [euros] = await chat(null, ["¿me recomiendas una mochila por menos de 90 €?"]);
    const [yuan] = await chat(null, ["推荐一个200元以内的背包"]);
    expect(euros?.reply.text).toMatch(
      /^Nuestros precios están en USD, así que no he aplicado tu presupuesto\./,
    );
    expect(yuan?.reply.text).toMatch(/^本店以 USD 标价，因此未按您的预算筛选。/);
    // Suggestions still come, of what was asked for, whatever their price.
    expect(pricesOf(yuan).length).toBeGreaterThan(0);
    expect(yuan?.reply.cards.map((card) => (card.type === "product" ? card.reason : ""))).toEqual(
      expect.arrayContaining([expect.stringContaining("背包")]),
    );
  });
});
