export { startShopifyEmulator } from "./start-shopify-emulator";
export type {
  DeliverWebhookOptions,
  InstallResult,
  ShopifyEmulator,
  ShopifyEmulatorOptions,
} from "./start-shopify-emulator";
export { createDemoShop } from "./create-demo-shop";
export type { DemoShopOptions } from "./create-demo-shop";
export type * from "./shop-data";
export type { Misbehaviour, RouteKind } from "./misbehaviour";
export type { IssuedAccessToken, StaffUser } from "./oauth";
export type { RenderStorefrontPage, StorefrontPageInput } from "./storefront/serve-storefront";
export type { WebhookTopic } from "./webhooks";
export { buildWebhookPayload } from "./webhooks";
