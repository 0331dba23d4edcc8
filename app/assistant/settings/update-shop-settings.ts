import type { PrismaClient } from "@prisma/client";
import { recordAudit, SECRET_MARK } from "../audit";
import type { Keyring } from "./secret-box";
import { openSecret, sealSecret } from "./secret-box";
import type { FieldErrors, SettingsSection } from "./settings-sections";
import { applySection, parseSectionInput } from "./settings-sections";
import type { ShopSettings } from "./shop-settings";
import { readShopSettings } from "./shop-settings";
import { forgetShopSettings } from "../shops/shop-cache";

export interface UpdateShopSettingsOptions {
  prisma: PrismaClient;
  shop: string;
  /** Who saves, for the audit log. */
  actor: string;
  /** One section's values as the page sent them (validated here). */
  input: unknown;
  /** Seals the Zendesk secrets; null when the app has no encryption key configured. */
  keyring: Keyring | null;
  /** Sets up the shop's Zendesk (webhook and triggers) with the credentials; needed to save that section. */
  connectZendesk?: ZendeskConnector;
}

/** Connects to Zendesk with the merchant's credentials; a problem is a translation key. */
export type ZendeskConnector = (connection: {
  subdomain: string;
  email: string;
  apiToken: string;
}) => Promise<
  | { ok: true; signingSecret: string }
  | { ok: false; field: "subdomain" | "apiToken"; problem: string }
>;

export type UpdateShopSettingsResult =
  | { ok: true; section: SettingsSection; settings: ShopSettings; changed: string[] }
  | { ok: false; section: SettingsSection | null; errors: FieldErrors };

const SECRET_FIELDS = /(apiToken|webhookSigningSecret)$/;

/** A list whose items each name their kind (proactive triggers) reads best item by item. */
function isListByKind(value: unknown[]): value is { kind: string }[] {
  const kinds = value.map((item) =>
    item !== null && typeof item === "object" && "kind" in item ? item.kind : undefined,
  );
  return (
    value.length > 0 &&
    kinds.every((kind) => typeof kind === "string") &&
    new Set(kinds).size === kinds.length
  );
}

/**
 * Every leaf of a settings object as path → JSON text, to name what a save changed. A section that
 * is absent (no Zendesk yet) has no leaves, so connecting it lists its fields, not "null → null".
 */
function flatten(
  value: unknown,
  prefix = "",
  into: Map<string, string> = new Map(),
): Map<string, string> {
  const at = (key: string) => (prefix ? `${prefix}.${key}` : key);
  if (value === null || value === undefined) return into;
  if (Array.isArray(value) && isListByKind(value)) {
    for (const { kind, ...fields } of value) flatten(fields, at(kind), into);
  } else if (typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, at(key), into);
  } else {
    into.set(prefix, JSON.stringify(value));
  }
  return into;
}

function describeChanges(
  before: ShopSettings,
  after: ShopSettings,
): Record<string, { from: unknown; to: unknown }> {
  const old = flatten(before);
  const next = flatten(after);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const path of new Set([...old.keys(), ...next.keys()])) {
    const from = old.get(path);
    const to = next.get(path);
    if (from === to) continue;
    const secret = SECRET_FIELDS.test(path);
    changes[path] = {
      from: secret ? SECRET_MARK : from === undefined ? null : (JSON.parse(from) as unknown),
      to: secret ? SECRET_MARK : to === undefined ? null : (JSON.parse(to) as unknown),
    };
  }
  return changes;
}

/** Validates one settings section, stores the shop's new settings and writes the audit entry together. */
export async function updateShopSettings(
  options: UpdateShopSettingsOptions,
): Promise<UpdateShopSettingsResult> {
  const { prisma, shop } = options;
  const parsed = parseSectionInput(options.input);
  if (!parsed.ok) return parsed;
  const { input } = parsed;
  const before = await readShopSettings({ prisma, shop });

  let sealed = null;
  if (input.section === "zendesk") {
    if (!options.keyring)
      return { ok: false, section: "zendesk", errors: { apiToken: "errors.encryptionKeyMissing" } };
    if (!options.connectZendesk) throw new Error("Saving the Zendesk section needs a connector");
    const keyring = options.keyring;
    const stored = before.escalation.zendesk;
    let apiToken = input.apiToken;
    if (!apiToken && stored) {
      try {
        apiToken = openSecret({ keyring, sealed: stored.apiToken });
      } catch {
        apiToken = "";
      }
    }
    if (!apiToken)
      return { ok: false, section: "zendesk", errors: { apiToken: "errors.apiTokenRequired" } };
    const connected = await options.connectZendesk({
      subdomain: input.subdomain,
      email: input.email,
      apiToken,
    });
    if (!connected.ok)
      return { ok: false, section: "zendesk", errors: { [connected.field]: connected.problem } };
    sealed = {
      apiToken: sealSecret({ keyring, plaintext: apiToken }),
      webhookSigningSecret: sealSecret({ keyring, plaintext: connected.signingSecret }),
    };
  }

  const after = applySection({ settings: before, input, sealed });
  const changes = describeChanges(before, after);
  const settingsText = JSON.stringify(after);
  await prisma.$transaction(async (transaction) => {
    await transaction.shop.upsert({
      where: { domain: shop },
      create: { domain: shop, settings: settingsText },
      update: { settings: settingsText },
    });
    await recordAudit({
      prisma: transaction,
      shop,
      actor: options.actor,
      action: "settings.updated",
      subject: input.section,
      detail: { changes },
    });
  });
  forgetShopSettings(shop);
  return { ok: true, section: input.section, settings: after, changed: Object.keys(changes) };
}
