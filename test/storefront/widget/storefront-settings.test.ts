import { describe, expect, it } from "vitest";
import { parseStorefrontSettings } from "../../../widget/storefront-settings";

describe("parseStorefrontSettings", () => {
  it("reads the appearance defaults and the nudges that are on", () => {
    expect(
      parseStorefrontSettings({
        consentRequired: true,
        appearance: { position: "bottom-left", accent: "#aa3300", voice: true },
        nudgesPerDay: 2,
        triggers: [
          {
            kind: "time_on_page",
            delaySeconds: 20,
            message: "Need a hand?",
            minimumCartValue: null,
          },
          { kind: "cart_value", delaySeconds: 5, message: "Questions?", minimumCartValue: 150 },
        ],
      }),
    ).toEqual({
      consentRequired: true,
      appearance: { position: "bottom-left", accent: "#aa3300" },
      nudgesPerDay: 2,
      triggers: [
        { kind: "time_on_page", delaySeconds: 20, message: "Need a hand?", minimumCartValue: null },
        { kind: "cart_value", delaySeconds: 5, message: "Questions?", minimumCartValue: 150 },
      ],
    });
  });

  it("leaves out whatever does not match, so a bad answer nudges nobody", () => {
    expect(
      parseStorefrontSettings({
        appearance: { position: "top", accent: "red;x" },
        nudgesPerDay: "many",
        triggers: [
          { kind: "popup", delaySeconds: 5, message: "Hi" },
          { kind: "time_on_page", delaySeconds: -1, message: "Hi" },
          { kind: "time_on_page", delaySeconds: 5, message: "  " },
          { kind: "cart_value", delaySeconds: 5, message: "Hi" },
        ],
      }),
    ).toEqual({ consentRequired: false, appearance: {}, nudgesPerDay: 0, triggers: [] });
    expect(parseStorefrontSettings(null).triggers).toEqual([]);
  });
});
