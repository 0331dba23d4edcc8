import os from "node:os";
import path from "node:path";
import { themeCheckRun } from "@shopify/theme-check-node";
import { describe, expect, it } from "vitest";
import { SUPPORTED_LANGUAGES } from "../../app/assistant/languages";
import { widgetLanguageFor } from "../../widget/languages";
import { EXTENSION_DIR, readChatEmbedBlock, renderStorefrontPage } from "./render-storefront";
import type { RenderStorefrontPageOptions, StorefrontProduct } from "./render-storefront";

const product = (overrides: Partial<StorefrontProduct> = {}): StorefrontProduct => ({
  handle: "trail-jacket",
  title: "Trail Jacket",
  price: "129.00",
  currencyCode: "EUR",
  imageUrl: null,
  variants: [{ id: 4401, title: "M", price: "129.00", available: true }],
  ...overrides,
});
const pageOptions = (
  overrides: Partial<RenderStorefrontPageOptions> = {},
): RenderStorefrontPageOptions => ({
  shop: { permanentDomain: "concierge-demo.myshopify.com", name: "Demo Outfitters" },
  path: "/products/trail-jacket",
  product: product(),
  widget: true,
  assetBaseUrl: "https://cdn.example.test/assets",
  ...overrides,
});

function embedConfig(html: string): Record<string, unknown> {
  const json = /<script type="application\/json" id="concierge-config">([\s\S]*?)<\/script>/.exec(
    html,
  )?.[1];
  if (json === undefined) throw new Error("no concierge config on the page");
  return JSON.parse(json) as Record<string, unknown>;
}

describe("chat embed block", () => {
  it("passes Shopify's theme check with no errors", async () => {
    // Point the docs updater at a local path that does not exist: it falls back to its bundled
    // data instead of reaching raw.githubusercontent.com.
    process.env.SHOPIFY_TLD_ROOT = path.join(os.tmpdir(), "concierge-no-theme-liquid-docs");
    const logged: string[] = [];
    const { offenses } = await themeCheckRun(EXTENSION_DIR, undefined, (message) =>
      logged.push(message),
    );
    expect(offenses.filter((offense) => offense.severity === 0)).toEqual([]);
    expect(offenses).toEqual([]);
  });

  it("is an app embed for the body with the merchant's settings", async () => {
    const { schema } = await readChatEmbedBlock();
    expect(schema.target).toBe("body");
    expect(schema.settings.map((setting) => setting.id).filter(Boolean)).toEqual([
      "position",
      "accent_color",
      "launcher_label",
      "greeting",
      "show_on_home",
      "show_on_product",
      "show_on_collection",
      "show_on_cart",
      "show_on_other",
      "require_consent",
    ]);
  });

  it("hands the loader the shop, locale, customer and product as data", async () => {
    const html = await renderStorefrontPage(
      pageOptions({ locale: "fr", customer: { id: 7, firstName: "Ana" } }),
    );
    expect(embedConfig(html)).toEqual({
      shop: "concierge-demo.myshopify.com",
      locale: "fr",
      proxyPath: "/apps/concierge",
      chatSrc: "https://cdn.example.test/assets/concierge-chat-fr.js",
      // Unset in the theme editor: the app's settings decide (widget/config.ts resolveAppearance).
      position: "app",
      accent: "",
      launcherLabel: "Discutez avec nous",
      dismissLabel: "Fermer",
      greeting: expect.stringContaining("Bonjour") as unknown,
      consentRequired: false,
      loggedIn: true,
      productHandle: "trail-jacket",
    });
    expect(html).toContain(
      '<script src="https://cdn.example.test/assets/concierge-loader.js" defer></script>',
    );
  });

  it("picks the same chat bundle as the widget for every storefront locale", async () => {
    for (const locale of [
      "en",
      "en-GB",
      "zh-CN",
      "zh-TW",
      "zh-HK",
      "es",
      "fr-CA",
      "de",
      "ja",
      "pt-BR",
      "pt-PT",
      "it",
      "ar",
      "nl",
    ]) {
      const config = embedConfig(await renderStorefrontPage(pageOptions({ locale })));
      expect(config.chatSrc, locale).toBe(
        `https://cdn.example.test/assets/concierge-chat-${widgetLanguageFor(locale)}.js`,
      );
    }
    expect(SUPPORTED_LANGUAGES).toHaveLength(9);
  });

  it("uses the merchant's own words safely inside the script tag", async () => {
    const html = await renderStorefrontPage(
      pageOptions({
        settings: {
          greeting: "Hi </script><script>alert(1)</script>",
          launcher_label: "Ask us",
          accent_color: "#ffcc00",
          position: "bottom-left",
        },
      }),
    );
    expect(html).not.toContain("<script>alert(1)");
    expect(embedConfig(html)).toMatchObject({
      greeting: "Hi </script><script>alert(1)</script>",
      launcherLabel: "Ask us",
      accent: "#ffcc00",
      position: "bottom-left",
    });
  });

  it("shows the chat only on the templates the merchant chose, and not at all when switched off", async () => {
    const hiddenOnProducts = await renderStorefrontPage(
      pageOptions({ settings: { show_on_product: false } }),
    );
    expect(hiddenOnProducts).not.toContain("concierge-config");
    const home = await renderStorefrontPage(
      pageOptions({
        path: "/",
        product: null,
        products: [product()],
        settings: { show_on_product: false },
      }),
    );
    expect(embedConfig(home).productHandle).toBeNull();
    const off = await renderStorefrontPage(pageOptions({ widget: false }));
    expect(off).not.toContain("concierge-config");
    expect(off).not.toContain("concierge-loader.js");
  });
});
