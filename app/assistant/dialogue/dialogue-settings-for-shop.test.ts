import { describe, expect, it } from "vitest";
import { buildShopKnowledge, starterFaq } from "../knowledge";
import { ShopSettingsSchema } from "../settings";
import { dialogueSettingsForShop, replyToShopper } from "./index";

function shopSettings(handoff: Record<string, unknown> = {}) {
  return ShopSettingsSchema.parse({
    languages: ["en", "zh-CN"],
    defaultLanguage: "en",
    escalation: { handoff },
  });
}

async function replyTo(text: string, handoff: Record<string, unknown>) {
  return replyToShopper({
    shop: "alpha.myshopify.com",
    text,
    state: null,
    customer: null,
    visitorId: "visitor-abcdefghijklmnopqrstuv",
    knowledge: buildShopKnowledge(starterFaq("en")),
    commerce: null,
    settings: dialogueSettingsForShop(shopSettings(handoff)),
    now: new Date("2026-06-02T10:00:00Z"),
  });
}

describe("the merchant's hand-off rules in the live dialogue", () => {
  it("maps the shop's languages to the understanding's codes", () => {
    const settings = dialogueSettingsForShop(shopSettings());
    expect(settings.defaultLanguage).toBe("en");
    expect(settings.contentLanguages).toEqual(["en", "zh-Hans"]);
  });

  it("hands over when the shopper uses one of the merchant's words, and not otherwise", async () => {
    const withKeyword = await replyTo("I will file a chargeback with my bank", {
      keywords: ["chargeback"],
    });
    expect(withKeyword.reply.handoff).toEqual({ reason: "keyword" });
    const without = await replyTo("I will file a chargeback with my bank", { keywords: [] });
    expect(without.reply.handoff?.reason).not.toBe("keyword");
  });

  it("hands over intents the merchant marked human-only", async () => {
    const settings = dialogueSettingsForShop(
      shopSettings({ humanOnlyIntents: ["return_refund", "not_an_intent"] }),
    );
    expect(settings.humanOnlyIntents).toEqual(["return_refund"]);
    expect(dialogueSettingsForShop(shopSettings({ lowConfidenceTurns: 4 })).missLimit).toBe(4);
    expect(
      dialogueSettingsForShop(shopSettings({ sentiments: ["anxious"] })).handOffWhenAngry,
    ).toBe(false);
  });
});
