import type { Browser } from "playwright-core";
import { buildWidget } from "../../scripts/build-widget";
import { startAppStack, type AppStack } from "../support/app-stack";
import { launchBrowser } from "../support/browser";
import {
  chatStorefrontRenderer,
  serveWidgetAssets,
  type WidgetAssetServer,
} from "./emulator-storefront";
import type { ChatEmbedSettings } from "./render-storefront";

export interface ChatStorefront {
  stack: AppStack;
  browser: Browser;
  /** The widget's assets, served like cdn.shopify.com serves a theme app extension's. */
  assets: WidgetAssetServer;
  close(): Promise<void>;
}

/**
 * The demo shop with the chat on its storefront, as browser tests need it: the widget freshly
 * built, the app installed with the starter FAQ in English and Simplified Chinese, and Chromium.
 */
export async function startChatStorefront(
  options: { embed?: Partial<ChatEmbedSettings> } = {},
): Promise<ChatStorefront> {
  await buildWidget();
  const assets = await serveWidgetAssets();
  const stack = await startAppStack({
    renderStorefrontPage: chatStorefrontRenderer({
      assetBaseUrl: assets.url,
      ...(options.embed ? { settings: options.embed } : {}),
    }),
  });
  await stack.install();
  await stack.adoptStarterFaq(["en", "zh-Hans"]);
  const browser = await launchBrowser();
  return {
    stack,
    browser,
    assets,
    async close() {
      await browser.close();
      await stack.stop();
      await assets.close();
    },
  };
}
