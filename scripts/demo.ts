/**
 * The local demo: the built app on SQLite, the Shopify emulator with the demo shop installed,
 * the Zendesk emulator, and the demo storefront with the chat. Prints the URLs to open.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import stringWidth from "string-width";
import { generateEncryptionKey } from "../app/assistant/encryption";
import { customerDisplayName } from "../test/emulators/shopify/admin-graphql/views";
import { chatStorefrontRenderer, serveWidgetAssets } from "../test/storefront/emulator-storefront";
import { DEMO_SHOP, startAppStack } from "../test/support/app-stack";

const root = path.resolve(import.meta.dirname, "..");
const dataDirectory = process.env.DEMO_DATA_DIR ?? path.join(root, "data");
mkdirSync(dataDirectory, { recursive: true });

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

// The demo's conversations are encrypted at rest like a real shop's; the key stays beside the data.
const keyFile = path.join(dataDirectory, "demo-encryption-key");
if (!existsSync(keyFile)) writeFileSync(keyFile, generateEncryptionKey("demo"), { mode: 0o600 });
const encryptionKeys = readFileSync(keyFile, "utf8").trim();

// Shopify serves a theme extension's assets from its CDN; the demo plays that part on loopback.
const widgetAssets = await serveWidgetAssets();
const stack = await startAppStack({
  databaseFile: path.join(dataDirectory, "demo.sqlite"),
  ports: {
    app: port("DEMO_APP_PORT", 3000),
    shopify: port("DEMO_SHOPIFY_PORT", 3100),
    storefront: port("DEMO_STOREFRONT_PORT", 3101),
    zendesk: port("DEMO_ZENDESK_PORT", 3200),
  },
  appOutput: "inherit",
  encryptionKeys,
  renderStorefrontPage: chatStorefrontRenderer({ assetBaseUrl: widgetAssets.url }),
});
await stack.install();
await stack.adoptStarterFaq(["en", "zh-Hans", "zh-Hant", "es", "fr", "de", "ja", "pt", "it"]);
await stack.connectZendesk();

const customers = stack.shopify.shop(DEMO_SHOP).customers.slice(0, 3);
// 王芳 takes four columns in a terminal, not two: pad by what the eye sees so the URLs line up.
const padToColumns = (text: string, columns: number) =>
  text + " ".repeat(Math.max(0, columns - stringWidth(text)));
console.log(`
Concierge demo is running.

  Admin (embedded app, as a merchant):  ${stack.adminUrl}
  Storefront with the chat (guest):     ${stack.storefrontUrl}/
${customers.map((customer) => `  Storefront as ${padToColumns(customerDisplayName(customer), 22)} ${stack.storefrontUrl}/account/login?customer_id=${customer.id}&return_to=/`).join("\n")}
  Zendesk emulator (tickets):            ${stack.zendesk.url}/concierge-demo/api/v2/tickets.json
    (basic auth agent@concierge-demo.example/token:demo-zendesk-token; answer a ticket with
     POST ${stack.zendesk.url}/__control/agent-replies {"subdomain","ticketId","body"})
  App server:                            ${stack.appUrl}

Press Ctrl-C to stop.
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await stack.stop();
  await widgetAssets.close();
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
