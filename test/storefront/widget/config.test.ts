import { describe, expect, it } from "vitest";
import { parseConfig, readableTextOn } from "../../../widget/config";

const embedConfig = (overrides: Record<string, unknown> = {}) => ({
  shop: "concierge-demo.myshopify.com",
  locale: "fr",
  proxyPath: "/apps/concierge",
  chatSrc: "/assets/concierge-chat-fr.js",
  position: "bottom-left",
  accent: "#ffcc00",
  launcherLabel: "Discutez",
  greeting: "Bonjour",
  consentRequired: true,
  loggedIn: false,
  productHandle: "trail-jacket",
  ...overrides,
});

describe("parseConfig", () => {
  it("keeps the merchant's settings", () => {
    expect(parseConfig(embedConfig())).toMatchObject({
      position: "bottom-left",
      accent: "#ffcc00",
      consentRequired: true,
      productHandle: "trail-jacket",
    });
  });

  it("falls back to safe values for anything unexpected", () => {
    const config = parseConfig(
      embedConfig({
        position: "top",
        accent: "red;background:url(x)",
        consentRequired: "yes",
        productHandle: null,
      }),
    );
    expect(config).toMatchObject({
      position: "bottom-right",
      accent: "#1f5fbf",
      consentRequired: false,
      productHandle: null,
    });
  });

  it("refuses a config without a shop or chat bundle", () => {
    expect(parseConfig(embedConfig({ shop: "" }))).toBeNull();
    expect(parseConfig(embedConfig({ chatSrc: undefined }))).toBeNull();
    expect(parseConfig("nope")).toBeNull();
  });
});

describe("readableTextOn", () => {
  it("puts black text on light accents and white on dark ones", () => {
    expect(readableTextOn("#ffcc00")).toBe("#000000");
    expect(readableTextOn("#1f5fbf")).toBe("#ffffff");
    expect(readableTextOn("#000000")).toBe("#ffffff");
  });
});
