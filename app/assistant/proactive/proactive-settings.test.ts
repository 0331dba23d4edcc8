import { describe, expect, it } from "vitest";
import { applySection, parseSectionInput, ShopSettingsSchema } from "../settings";

const trigger = (overrides: Record<string, unknown> = {}) => ({
  kind: "time_on_page",
  enabled: false,
  delaySeconds: 30,
  message: "",
  minimumCartValue: null,
  ...overrides,
});

describe("the merchant's proactive settings", () => {
  it("are all off for a new shop", () => {
    const { proactive } = ShopSettingsSchema.parse({});
    expect(proactive.orderStatus).toBe(false);
    expect(proactive.productQuestions).toBe(false);
    expect(proactive.triggers.every((entry) => !entry.enabled)).toBe(true);
    expect(proactive.triggers.map((entry) => entry.kind)).toContain("cart_value");
  });

  it("save the order status, product questions, daily cap and a cart-value trigger", () => {
    const parsed = parseSectionInput({
      section: "proactive",
      orderStatus: true,
      productQuestions: true,
      nudgesPerDay: 3,
      triggers: [
        trigger({
          kind: "cart_value",
          enabled: true,
          delaySeconds: 5,
          message: "Any questions about your order?",
          minimumCartValue: 120,
        }),
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const saved = applySection({
      settings: ShopSettingsSchema.parse({}),
      input: parsed.input,
      sealed: null,
    });
    expect(saved.proactive).toMatchObject({
      orderStatus: true,
      productQuestions: true,
      nudgesPerDay: 3,
      triggers: [{ kind: "cart_value", enabled: true, minimumCartValue: 120 }],
    });
  });

  it("refuse a cart-value trigger without a value, and a daily cap out of range", () => {
    const noValue = parseSectionInput({
      section: "proactive",
      triggers: [trigger({ kind: "cart_value", enabled: true, message: "Hi" })],
    });
    expect(noValue).toMatchObject({ ok: false, errors: { triggers: "errors.minimumCartValue" } });
    const negative = parseSectionInput({
      section: "proactive",
      triggers: [trigger({ kind: "cart_value", minimumCartValue: -5 })],
    });
    expect(negative).toMatchObject({
      ok: false,
      errors: { "triggers.0.minimumCartValue": "errors.minimumCartValue" },
    });
    expect(
      parseSectionInput({ section: "proactive", triggers: [], nudgesPerDay: 0 }),
    ).toMatchObject({ ok: false, errors: { nudgesPerDay: "errors.nudgesPerDay" } });
  });
});
