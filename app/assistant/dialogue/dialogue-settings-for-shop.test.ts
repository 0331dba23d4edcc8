import { describe, expect, it } from "vitest";
import { buildShopKnowledge, starterFaq } from "../knowledge";
import { ShopSettingsSchema } from "../settings";
import type { DialogueState } from "./index";
import { dialogueSettingsForShop, replyToShopper } from "./index";

function shopSettings(handoff: Record<string, unknown> = {}) {
  return ShopSettingsSchema.parse({
    languages: ["en", "zh-CN"],
    defaultLanguage: "en",
    escalation: { handoff },
  });
}

async function replyTo(
  text: string,
  handoff: Record<string, unknown>,
  state: DialogueState | null = null,
) {
  return replyToShopper({
    shop: "alpha.myshopify.com",
    text,
    state,
    customer: null,
    visitorId: "visitor-abcdefghijklmnopqrstuv",
    knowledge: buildShopKnowledge(starterFaq("en")),
    commerce: null,
    orderActions: null,
    desk: {
      connected: true,
      customerEmail: async () => null,
      shopContactEmail: async () => null,
    },
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

  it("derives once per settings object: every chat message asks with the shop's cached settings", () => {
    const cached = shopSettings();
    expect(dialogueSettingsForShop(cached)).toBe(dialogueSettingsForShop(cached));
    const saved = shopSettings({ keywords: ["chargeback"] });
    expect(dialogueSettingsForShop(saved).handoff.keywords).toEqual(["chargeback"]);
  });

  it("hands over when the shopper uses one of the merchant's words, and not otherwise", async () => {
    const withKeyword = await replyTo("I will file a chargeback with my bank", {
      keywords: ["chargeback"],
    });
    expect(withKeyword.state.pendingHandoff?.reason).toBe("keyword");
    const without = await replyTo("I will file a chargeback with my bank", { keywords: [] });
    expect(without.state.pendingHandoff?.reason).not.toBe("keyword");
  });

  it("hands over intents the merchant marked human-only", async () => {
    const marked = await replyTo("I want to return my order", {
      humanOnlyIntents: ["return_refund"],
    });
    expect(marked.state.pendingHandoff).toMatchObject({
      reason: "human_only_intent",
      intent: "return_refund",
    });
    const unmarked = await replyTo("I want to return my order", { humanOnlyIntents: [] });
    expect(unmarked.state.pendingHandoff).toBeNull();
  });

  it("hands over an anxious shopper only when the merchant lists anxiety", async () => {
    const text = "I'm worried my order is lost, I need it for a wedding";
    const anxious = await replyTo(text, { sentiments: ["angry", "anxious"] });
    expect(anxious.state.pendingHandoff).toMatchObject({
      reason: "sentiment",
      sentiment: "anxious",
    });
    const angryOnly = await replyTo(text, { sentiments: ["angry"] });
    expect(angryOnly.state.pendingHandoff).toBeNull();
  });

  it("hands over after the merchant's number of unsure turns in a row", async () => {
    let state: DialogueState | null = null;
    const reasons = [];
    for (const text of [
      "what's the capital of france",
      "who won the football game yesterday",
      "what is the capital of spain",
    ]) {
      state = (await replyTo(text, { lowConfidenceTurns: 3 }, state)).state;
      reasons.push(state.pendingHandoff?.reason ?? null);
    }
    expect(reasons).toEqual([null, null, "low_confidence"]);
  });
});
