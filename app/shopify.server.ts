import "@shopify/shopify-app-remix/adapters/node";
import {
  ApiVersion,
  AppDistribution,
  LogSeverity,
  shopifyApp,
} from "@shopify/shopify-app-remix/server";
import { PrismaSessionStorage } from "@shopify/shopify-app-session-storage-prisma";
import { installShop } from "~/assistant/shops";
import prisma from "~/db.server";
import { env } from "~/env.server";
import { cacheOfflineSessions } from "~/shop-cache.server";

export const apiVersion = ApiVersion.July25;

// Shopify's library writes an info line for every App Proxy request it authenticates: at
// storefront rates that is a line per chat message. Its warnings and errors stay;
// LOG_LEVEL=debug shows everything it says.
const librarySeverity: Record<typeof env.LOG_LEVEL, LogSeverity> = {
  debug: LogSeverity.Debug,
  info: LogSeverity.Warning,
  warn: LogSeverity.Warning,
  error: LogSeverity.Error,
  silent: LogSeverity.Error,
};

const shopify = shopifyApp({
  apiKey: env.SHOPIFY_API_KEY,
  apiSecretKey: env.SHOPIFY_API_SECRET,
  apiVersion,
  scopes: env.SCOPES,
  appUrl: env.SHOPIFY_APP_URL,
  authPathPrefix: "/auth",
  sessionStorage: cacheOfflineSessions(new PrismaSessionStorage(prisma)),
  distribution: AppDistribution.AppStore,
  logger: { level: librarySeverity[env.LOG_LEVEL] },
  hooks: {
    afterAuth: async ({ session }) => {
      await installShop({ prisma, shop: session.shop });
    },
  },
  future: { unstable_newEmbeddedAuthStrategy: true, expiringOfflineAccessTokens: true },
  ...(env.SHOP_CUSTOM_DOMAIN ? { customShopDomains: [env.SHOP_CUSTOM_DOMAIN] } : {}),
});

export default shopify;
export const addDocumentResponseHeaders = shopify.addDocumentResponseHeaders;
export const authenticate = shopify.authenticate;
export const unauthenticated = shopify.unauthenticated;
export const login = shopify.login;
export const sessionStorage = shopify.sessionStorage;
