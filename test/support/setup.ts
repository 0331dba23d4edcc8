/**
 * Runs before every test file: a complete test environment, and a network that reaches only
 * loopback. A test that wants Shopify or Zendesk starts an emulator and routes to it explicitly.
 */
const testEnvironment: Record<string, string> = {
  NODE_ENV: "test",
  SHOPIFY_API_KEY: "test-api-key",
  SHOPIFY_API_SECRET: "test-api-secret",
  SHOPIFY_APP_URL: "http://127.0.0.1:9",
  SCOPES: "read_customers,read_orders,read_products,write_app_proxy,write_orders,write_returns",
  DATABASE_URL: "file:./data/test-unused.sqlite",
  LOG_LEVEL: "silent",
};
for (const [name, value] of Object.entries(testEnvironment)) process.env[name] ??= value;

const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);
const realFetch = globalThis.fetch;

globalThis.fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!loopbackHosts.has(url.hostname)) {
    throw new Error(`Tests may not reach ${url.origin}: route it to an emulator on loopback.`);
  }
  return realFetch(input, init);
};
