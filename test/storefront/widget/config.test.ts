import { describe, expect, it } from "vitest";
import { parseConfig, readableTextOn, resolveAppearance } from "../../../widget/config";

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
      position: null,
      accent: null,
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

describe("resolveAppearance", () => {
  const app = { position: "bottom-left" as const, accent: "#aa3300" };

  it("takes what the merchant set in the theme editor over the app's default", () => {
    expect(resolveAppearance({ position: "bottom-right", accent: "#ffcc00" }, app)).toEqual({
      position: "bottom-right",
      accent: "#ffcc00",
    });
  });

  it("takes the app's default for whatever the theme editor left unset, setting by setting", () => {
    const config = parseConfig(embedConfig({ position: "app", accent: "" }));
    if (!config) throw new Error("config expected");
    expect(resolveAppearance(config, app)).toEqual(app);
    expect(resolveAppearance({ ...config, accent: "#ffcc00" }, app)).toEqual({
      position: "bottom-left",
      accent: "#ffcc00",
    });
  });

  it("falls back to the built-in look when the app cannot be reached", () => {
    expect(resolveAppearance({ position: null, accent: null }, null)).toEqual({
      position: "bottom-right",
      accent: "#1f5fbf",
    });
  });
});

describe("readableTextOn", () => {
  it("puts black text on light accents and white on dark ones", () => {
    expect(readableTextOn("#ffcc00")).toBe("#000000");
    expect(readableTextOn("#1f5fbf")).toBe("#ffffff");
    expect(readableTextOn("#000000")).toBe("#ffffff");
  });
});
