import type { AccountCredentials } from "./account-data";

/** Test data for the Zendesk emulator's own tests: one account, overridable field by field. */
export function buildAccount(overrides: Partial<AccountCredentials> = {}): AccountCredentials {
  return {
    subdomain: "acme",
    email: "owner@acme.example",
    apiToken: "test-api-token",
    webhookSigningSecret: "test-signing-secret",
    ...overrides,
  };
}

export function basicAuth(account: AccountCredentials): string {
  return `Basic ${Buffer.from(`${account.email}/token:${account.apiToken}`).toString("base64")}`;
}

export function buildTicketRequest(overrides: Record<string, unknown> = {}) {
  return {
    ticket: {
      subject: "Where is my order #1001?",
      comment: { body: "The shopper asked for a person.", public: false },
      requester: { name: "Ada Shopper", email: "ada@shopper.example" },
      priority: "high" as const,
      tags: ["concierge"],
      external_id: "concierge:acme.myshopify.com:conv-1",
      ...overrides,
    },
  };
}
