import { createHmac } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import type { AdminGateway } from "~/assistant/commerce";
import { createAdminGateway } from "~/assistant/commerce";
import type { EscalationWorker, SupportDesk, ZendeskConnection } from "~/assistant/escalation";
import { createZendeskDesk, startEscalationWorker } from "~/assistant/escalation";
import type { Keyring } from "~/assistant/settings";
import {
  openZendeskConnection,
  readKeyring,
  readShopSettings,
  SealedSecretError,
} from "~/assistant/settings";
import prisma from "~/db.server";
import { cipherBox } from "~/encryption.server";
import { env } from "~/env.server";
import { unauthenticated } from "~/shopify.server";

/**
 * The app's one door to Zendesk. Production talks to https://{subdomain}.zendesk.com; the demo
 * and tests set ZENDESK_URL_TEMPLATE to the emulator (http://127.0.0.1:PORT/{subdomain}).
 */

export const keyring: Keyring | null = readKeyring(env.CONCIERGE_ENCRYPTION_KEYS);
export const zendeskAppPublicKey: string | null = env.ZENDESK_APP_PUBLIC_KEY ?? null;

export function zendeskDesk(connection: ZendeskConnection): SupportDesk {
  return createZendeskDesk({
    subdomain: connection.subdomain,
    email: connection.email,
    apiToken: connection.apiToken,
    urlTemplate: env.ZENDESK_URL_TEMPLATE,
    timeoutMs: 10_000,
  });
}

/** The shop's saved Zendesk connection with its secrets opened; null when absent or unreadable. */
export async function zendeskConnectionOf(shop: string): Promise<ZendeskConnection | null> {
  if (!keyring) return null;
  const settings = await readShopSettings({ prisma, shop });
  try {
    return openZendeskConnection({ settings, keyring });
  } catch (error) {
    if (error instanceof SealedSecretError) return null;
    throw error;
  }
}

/** Signs the sidebar's own session tokens; derived, so it needs no variable of its own. */
export const sidebarSessionKey: Uint8Array = createHmac("sha256", env.SHOPIFY_API_SECRET)
  .update("concierge:zendesk-sidebar-session")
  .digest();

/**
 * The one shop a Zendesk account serves: the shop `connectZendesk` linked it to, as long as that
 * shop's settings still name this subdomain (a merchant who disconnected is no longer served).
 */
export async function shopForZendeskAccount(subdomain: string): Promise<string | null> {
  const link = await prisma.zendeskAccount.findUnique({ where: { subdomain } });
  if (!link) return null;
  const settings = await readShopSettings({ prisma, shop: link.shop });
  return settings.escalation.zendesk?.subdomain === subdomain ? link.shop : null;
}

/** The shop's Admin API through its offline session (refreshed by the Shopify library when due). */
export async function adminGatewayFor(shop: string): Promise<AdminGateway> {
  const { session } = await unauthenticated.admin(shop);
  return createAdminGateway({ shop, accessToken: session.accessToken ?? "", timeoutMs: 8_000 });
}

/** Starts the in-process outbox worker; `connectionFor` reads the shop's saved Zendesk connection. */
export function startZendeskWorker(options: {
  prisma: PrismaClient;
  connectionFor: (shop: string) => Promise<ZendeskConnection | null>;
  onError?: (error: unknown) => void;
}): EscalationWorker {
  return startEscalationWorker({
    prisma: options.prisma,
    box: cipherBox,
    workerId: `worker-${process.pid}-${crypto.randomUUID().slice(0, 8)}`,
    deskFor: async (shop) => {
      const connection = await options.connectionFor(shop);
      return connection ? zendeskDesk(connection) : null;
    },
    onError: options.onError,
  });
}

declare global {
  // One worker per process, however often Vite reloads this module in development.
  var conciergeEscalationWorker: EscalationWorker | undefined;
}

/** The process's escalation worker, started on first call. */
export function escalationWorker(): EscalationWorker {
  globalThis.conciergeEscalationWorker ??= startZendeskWorker({
    prisma,
    connectionFor: zendeskConnectionOf,
    // Names only: an error's message may carry a ticket's text.
    onError: (error) =>
      console.error(
        "Escalation delivery failed",
        error instanceof Error ? error.name : typeof error,
      ),
  });
  return globalThis.conciergeEscalationWorker;
}
