import { describe, expect, it } from "vitest";
import { ShopSettingsSchema } from "../settings";
import { describeStorefrontSettings } from "./describe-storefront-settings";

describe("what the storefront learns of the proactive settings", () => {
  it("is nothing switched on for a new shop", () => {
    const described = describeStorefrontSettings({
      settings: ShopSettingsSchema.parse({}),
      greeting: null,
    });
    expect(described.triggers).toEqual([]);
    expect(described.appearance).toEqual({
      voice: true,
      position: "bottom-right",
      accent: "#1f5fbf",
    });
  });

  it("carries only the triggers that are on, with their message and cart threshold", () => {
    const settings = ShopSettingsSchema.parse({
      widget: { position: "bottom-left", accent: "#aa3300" },
      proactive: {
        nudgesPerDay: 3,
        triggers: [
          { kind: "time_on_page", enabled: true, delaySeconds: 20, message: "Need a hand?" },
          { kind: "exit_intent", enabled: false, delaySeconds: 3, message: "Wait!" },
          {
            kind: "cart_value",
            enabled: true,
            delaySeconds: 5,
            message: "Questions about your order?",
            minimumCartValue: 150,
          },
        ],
      },
    });
    const described = describeStorefrontSettings({ settings, greeting: "Hi" });
    expect(described).toMatchObject({ nudgesPerDay: 3, greeting: "Hi", consentRequired: false });
    expect(described.appearance.position).toBe("bottom-left");
    expect(described.triggers).toEqual([
      { kind: "time_on_page", delaySeconds: 20, message: "Need a hand?", minimumCartValue: null },
      {
        kind: "cart_value",
        delaySeconds: 5,
        message: "Questions about your order?",
        minimumCartValue: 150,
      },
    ]);
  });
});
