/**
 * Starts the Shopify emulator on its own for debugging:
 *   npx tsx test/emulators/shopify/main.ts [--port 4100] [--storefront-port 4101] [--app-url http://127.0.0.1:3000]
 * Credentials come from SHOPIFY_API_KEY / SHOPIFY_API_SECRET (test defaults otherwise).
 */
import { parseArgs } from "node:util";
import { startShopifyEmulator } from "./index";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "0" },
    "storefront-port": { type: "string", default: "0" },
    "app-url": { type: "string", default: "http://127.0.0.1:3000" },
  },
});

const apiKey = process.env.SHOPIFY_API_KEY ?? "test-api-key";
const emulator = await startShopifyEmulator({
  apiKey,
  apiSecret: process.env.SHOPIFY_API_SECRET ?? "test-api-secret",
  appUrl: values["app-url"],
  port: Number(values.port),
  storefrontPort: Number(values["storefront-port"]),
});
const shop = "concierge-demo.myshopify.com";
const token = emulator.seedAccessToken(shop);
console.log(`Shopify emulator      ${emulator.url}`);
console.log(`Storefront            ${emulator.storefrontUrl}`);
console.log(`Embedded admin        ${emulator.url}/${shop}/admin/apps/${apiKey}`);
console.log(`App Bridge stand-in   ${emulator.url}/app-bridge.js`);
console.log(`Admin GraphQL         POST ${emulator.url}/${shop}/admin/api/2025-07/graphql.json`);
console.log(`Offline access token  ${token}`);
console.log(
  `curl -s -X POST -H 'content-type: application/json' -H 'X-Shopify-Access-Token: ${token}' -d '{"query":"{ shop { name } }"}' ${emulator.url}/${shop}/admin/api/2025-07/graphql.json`,
);

const stop = () => {
  void emulator.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
