import type { PrismaClient } from "@prisma/client";
import { recordAudit } from "../audit";
import {
  connectZendesk,
  createZendeskDesk,
  SupportDeskError,
  type SupportDeskProblem,
  type ZendeskConnection,
} from "../escalation";
import type { ZendeskConnector } from "./update-shop-settings";
import type { Keyring } from "./secret-box";
import { openSecret, SealedSecretError } from "./secret-box";
import { createCipherBox, parseEncryptionKeys } from "../encryption";
import type { ShopSettings } from "./shop-settings";
import { readShopSettings } from "./shop-settings";

/** The keyring from `CONCIERGE_ENCRYPTION_KEYS`; null when unset, an error naming the problem when malformed. */
export function readKeyring(value: string | undefined): Keyring | null {
  const keys = parseEncryptionKeys({ CONCIERGE_ENCRYPTION_KEYS: value });
  return keys ? createCipherBox(keys) : null;
}

/** What the settings page may show about the connection: never the secrets themselves. */
export interface ZendeskConnectionView {
  subdomain: string;
  email: string;
  hasApiToken: boolean;
  hasSigningSecret: boolean;
}

export function viewZendeskConnection(settings: ShopSettings): ZendeskConnectionView | null {
  const zendesk = settings.escalation.zendesk;
  if (!zendesk) return null;
  return {
    subdomain: zendesk.subdomain,
    email: zendesk.email,
    hasApiToken: zendesk.apiToken.length > 0,
    hasSigningSecret: zendesk.webhookSigningSecret.length > 0,
  };
}

/** The shop's Zendesk connection with its secrets opened, for the escalation worker and webhooks. */
export function openZendeskConnection(options: {
  settings: ShopSettings;
  keyring: Keyring;
}): ZendeskConnection | null {
  const zendesk = options.settings.escalation.zendesk;
  if (!zendesk) return null;
  return {
    subdomain: zendesk.subdomain,
    email: zendesk.email,
    apiToken: openSecret({ keyring: options.keyring, sealed: zendesk.apiToken }),
    webhookSigningSecret: openSecret({
      keyring: options.keyring,
      sealed: zendesk.webhookSigningSecret,
    }),
  };
}

export type ZendeskConnectionTest =
  | { ok: true; agentEmail: string }
  | {
      ok: false;
      problem:
        SupportDeskProblem | "not_connected" | "encryption_key_missing" | "secret_unreadable";
    };

export interface TestZendeskConnectionOptions {
  prisma: PrismaClient;
  shop: string;
  actor: string;
  keyring: Keyring | null;
  /** `https://{subdomain}.zendesk.com` in production; the emulator in tests and the demo. */
  urlTemplate: string;
  timeoutMs?: number;
}

/** Signs in to the shop's Zendesk with the stored credentials, and records that it was tried. */
export async function testZendeskConnection(
  options: TestZendeskConnectionOptions,
): Promise<ZendeskConnectionTest> {
  const result = await attempt(options);
  await recordAudit({
    prisma: options.prisma,
    shop: options.shop,
    actor: options.actor,
    action: "zendesk.tested",
    subject: "zendesk",
    detail: result.ok ? { ok: true } : { ok: false, problem: result.problem },
  });
  return result;
}

async function attempt(options: TestZendeskConnectionOptions): Promise<ZendeskConnectionTest> {
  if (!options.keyring) return { ok: false, problem: "encryption_key_missing" };
  const settings = await readShopSettings({ prisma: options.prisma, shop: options.shop });
  let connection: ZendeskConnection | null;
  try {
    connection = openZendeskConnection({ settings, keyring: options.keyring });
  } catch (error) {
    if (error instanceof SealedSecretError) return { ok: false, problem: "secret_unreadable" };
    throw error;
  }
  if (!connection) return { ok: false, problem: "not_connected" };
  const desk = createZendeskDesk({
    subdomain: connection.subdomain,
    email: connection.email,
    apiToken: connection.apiToken,
    urlTemplate: options.urlTemplate,
    timeoutMs: options.timeoutMs ?? 8_000,
  });
  return desk.testConnection();
}

/**
 * The connector the settings page saves Zendesk with: it signs in and sets up the webhook and
 * triggers that bring agent replies back (escalation's connectZendesk), so a wrong token is
 * refused at save time with Zendesk's own answer.
 */
export function zendeskConnector(options: {
  prisma: PrismaClient;
  shop: string;
  appUrl: string;
  urlTemplate: string;
  timeoutMs?: number;
}): ZendeskConnector {
  return async (connection) => {
    try {
      const result = await connectZendesk({
        prisma: options.prisma,
        shop: options.shop,
        connection,
        appUrl: options.appUrl,
        urlTemplate: options.urlTemplate,
        timeoutMs: options.timeoutMs ?? 8_000,
      });
      if (!result.ok) return { ok: false, field: "subdomain", problem: "errors.subdomainTaken" };
      return { ok: true, signingSecret: result.signingSecret };
    } catch (error) {
      if (error instanceof SupportDeskError) {
        return {
          ok: false,
          field: error.problem === "not_found" ? "subdomain" : "apiToken",
          problem: `settings.zendesk.problems.${error.problem}`,
        };
      }
      throw error;
    }
  };
}
