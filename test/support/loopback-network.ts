/**
 * Preloaded (`node --import`) into the app's server process by the demo and the end-to-end tests,
 * before the app's own modules load: shop and Zendesk traffic goes to the emulators on loopback,
 * and any other outside address is refused. Production code is unchanged; only the network differs.
 */
import { createLoopbackFetch } from "../emulators/transport";

const shopifyEmulatorUrl = process.env.CONCIERGE_SHOPIFY_EMULATOR_URL;
if (!shopifyEmulatorUrl)
  throw new Error("CONCIERGE_SHOPIFY_EMULATOR_URL is required by the loopback network");
const zendeskEmulatorUrl = process.env.CONCIERGE_ZENDESK_EMULATOR_URL;

function routedThroughLoopback(implementation: typeof fetch): typeof fetch {
  return createLoopbackFetch({
    shopifyEmulatorUrl: shopifyEmulatorUrl!,
    zendeskEmulatorUrl,
    fallback: implementation,
  });
}

// The server (server.ts, as remix-serve did) installs its own fetch after loading the app (installGlobals). That changes which
// implementation sends requests, not where they may go: keep routing whatever is installed.
let routed = routedThroughLoopback(globalThis.fetch);
Object.defineProperty(globalThis, "fetch", {
  configurable: true,
  enumerable: true,
  get: () => routed,
  set: (implementation: typeof fetch) => {
    routed = routedThroughLoopback(implementation);
  },
});
