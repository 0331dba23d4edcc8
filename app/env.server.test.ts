import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateEncryptionKey } from "./assistant/encryption";
import { parseEnvironment } from "./env.server";

function aValidEnvironment(overrides: Record<string, string | undefined> = {}) {
  return {
    SHOPIFY_API_KEY: "key",
    SHOPIFY_API_SECRET: "secret",
    SHOPIFY_APP_URL: "https://concierge.example.com",
    SCOPES: "read_orders, read_products",
    CONCIERGE_ENCRYPTION_KEYS: generateEncryptionKey("k1"),
    ...overrides,
  };
}

describe("environment", () => {
  it("accepts a complete environment and fills the defaults", () => {
    const parsed = parseEnvironment(aValidEnvironment());
    expect(parsed).toEqual({
      ok: true,
      env: expect.objectContaining({
        SCOPES: ["read_orders", "read_products"],
        DATABASE_URL: "file:./data/concierge.sqlite",
        ZENDESK_URL_TEMPLATE: "https://{subdomain}.zendesk.com",
      }),
    });
  });

  it("names every missing or malformed variable in one message", () => {
    const parsed = parseEnvironment(
      aValidEnvironment({
        SHOPIFY_API_SECRET: undefined,
        SHOPIFY_APP_URL: "not a url",
        ZENDESK_URL_TEMPLATE: "https://x.zendesk.com",
      }),
    );
    expect(parsed.ok).toBe(false);
    const message = parsed.ok ? "" : parsed.message;
    expect(message).toContain("SHOPIFY_API_SECRET is required");
    expect(message).toContain("SHOPIFY_APP_URL must be the app's public URL");
    expect(message).toContain("ZENDESK_URL_TEMPLATE must contain {subdomain}");
    expect(message).not.toContain("SHOPIFY_API_KEY");
  });

  it("requires encryption keys in production, and well-formed ones anywhere", () => {
    const production = parseEnvironment(
      aValidEnvironment({ NODE_ENV: "production", CONCIERGE_ENCRYPTION_KEYS: undefined }),
    );
    expect(production.ok ? "" : production.message).toContain(
      "CONCIERGE_ENCRYPTION_KEYS is required in production",
    );
    expect(
      parseEnvironment(
        aValidEnvironment({ NODE_ENV: "development", CONCIERGE_ENCRYPTION_KEYS: undefined }),
      ).ok,
    ).toBe(true);
    const malformed = parseEnvironment(
      aValidEnvironment({ NODE_ENV: "development", CONCIERGE_ENCRYPTION_KEYS: "k1:short" }),
    );
    expect(malformed.ok ? "" : malformed.message).toContain("CONCIERGE_ENCRYPTION_KEYS");
    expect(malformed.ok ? "" : malformed.message).not.toContain("k1:short");
  });

  it("stops the process at boot with that message", () => {
    const root = path.resolve(import.meta.dirname, "..");
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "-e", 'await import("./app/env.server.ts")'],
      {
        cwd: root,
        env: {
          NODE_ENV: "production",
          PATH: process.env.PATH ?? "",
          SHOPIFY_API_KEY: "key",
          SHOPIFY_APP_URL: "https://a.example",
          SCOPES: "read_orders",
        },
        encoding: "utf8",
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("SHOPIFY_API_SECRET is required");
  });
});
