import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startZendeskEmulator, type ZendeskEmulator } from "../../../test/emulators/zendesk";
import { createTestDatabase, type TestDatabase } from "../../../test/support/database";
import { listAuditLog } from "../audit";
import {
  isSealed,
  openSecret,
  readKeyring,
  readShopSettings,
  sealSecret,
  SealedSecretError,
  testZendeskConnection,
  updateShopSettings,
  viewZendeskConnection,
  zendeskConnector,
} from "./index";

const SHOP = "alpha.myshopify.com";
const OTHER_SHOP = "beta.myshopify.com";

function aKeyText(id = "k1"): string {
  return `${id}:${randomBytes(32).toString("base64")}`;
}

function aZendeskSection(overrides: Record<string, unknown> = {}) {
  return {
    section: "zendesk",
    subdomain: "alpha-support",
    email: "agent@alpha.example",
    apiToken: "zendesk-token-1",
    ...overrides,
  };
}

describe("secret box", () => {
  it("seals with the newest key, opens with any key still on the ring, and refuses tampering", () => {
    const oldKey = aKeyText("old");
    const keyring = readKeyring(oldKey)!;
    const sealed = sealSecret({ keyring, plaintext: "token-xyz" });
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain("token-xyz");

    const rotated = readKeyring(`${aKeyText("new")},${oldKey}`)!;
    expect(openSecret({ keyring: rotated, sealed })).toBe("token-xyz");
    expect(sealSecret({ keyring: rotated, plaintext: "x" }).startsWith("v1.new.")).toBe(true);

    const parts = sealed.split(".");
    const flipped = [...parts.slice(0, 4), Buffer.from("token-xyZ").toString("base64url")].join(
      ".",
    );
    expect(() => openSecret({ keyring, sealed: flipped })).toThrow(SealedSecretError);
    expect(() => openSecret({ keyring: readKeyring(aKeyText("old"))!, sealed })).toThrow(
      SealedSecretError,
    );
  });

  it("reads the key variable strictly", () => {
    expect(readKeyring(undefined)).toBeNull();
    expect(() => readKeyring("k1:c2hvcnQ=")).toThrow(/32 bytes/);
    expect(() => readKeyring(`${aKeyText("a")},${aKeyText("a")}`)).toThrow(/unique/);
  });
});

describe("updateShopSettings", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
    await db.prisma.shop.create({ data: { domain: SHOP } });
    await db.prisma.shop.create({ data: { domain: OTHER_SHOP } });
  });
  afterEach(async () => {
    await db.close();
  });

  const save = (input: unknown, keyring = readKeyring(aKeyText())) =>
    updateShopSettings({ prisma: db.prisma, shop: SHOP, actor: "staff:42", input, keyring });

  it("keeps the storefront's fields and defaults for a new shop", async () => {
    const settings = await readShopSettings({ prisma: db.prisma, shop: SHOP });
    expect(settings).toMatchObject({
      languages: ["en"],
      defaultLanguage: "en",
      greeting: {},
      privacy: { consentRequired: false, retentionDays: 365, redactPii: true },
      widget: { voice: true },
      timeZone: "UTC",
    });
  });

  it("saves each section, only for its shop, and writes what changed to the audit log", async () => {
    const sections = [
      { section: "languages", languages: ["en", "fr"], defaultLanguage: "fr" },
      { section: "greeting", greeting: { en: "Hi!", fr: "Bonjour !" }, tone: "formal" },
      {
        section: "hours",
        timeZone: "Europe/Paris",
        enabled: true,
        week: {
          mon: [{ open: "09:00", close: "17:00" }],
          tue: [],
          wed: [],
          thu: [],
          fri: [],
          sat: [],
          sun: [],
        },
        closedDates: ["2026-12-25"],
      },
      {
        section: "handoff",
        keywords: ["chargeback"],
        humanOnlyIntents: ["complaint"],
        confidenceThreshold: 0.5,
        vipTags: ["vip", "wholesale"],
        lifetimeValueThreshold: 1000,
        urgentIntents: ["payment"],
        highIntents: ["cancel_order"],
      },
      {
        section: "proactive",
        triggers: [{ kind: "exit_intent", enabled: true, delaySeconds: 3, message: "Need help?" }],
      },
      {
        section: "orderActions",
        cancelUnfulfilled: true,
        returns: { enabled: true, windowDays: 14 },
      },
      { section: "widget", voice: false, position: "bottom-left", accent: "#AA3300" },
      {
        section: "privacy",
        consentRequired: true,
        retentionDays: 90,
        redactPii: true,
        redactAddresses: true,
      },
    ];
    for (const input of sections) expect(await save(input)).toMatchObject({ ok: true });

    const settings = await readShopSettings({ prisma: db.prisma, shop: SHOP });
    expect(settings).toMatchObject({
      languages: ["en", "fr"],
      defaultLanguage: "fr",
      greeting: { en: "Hi!", fr: "Bonjour !" },
      tone: "formal",
      timeZone: "Europe/Paris",
      orderActions: { cancelUnfulfilled: true, returns: { enabled: true, windowDays: 14 } },
      widget: { voice: false, position: "bottom-left", accent: "#aa3300" },
      privacy: { consentRequired: true, retentionDays: 90 },
    });
    expect(settings.escalation.handoff).toMatchObject({
      keywords: ["chargeback"],
      confidenceThreshold: 0.5,
    });
    expect(settings.escalation.handoff.businessHours).toMatchObject({
      timeZone: "Europe/Paris",
      closedDates: ["2026-12-25"],
    });
    expect(settings.escalation.priority).toMatchObject({
      vipTags: ["vip", "wholesale"],
      lifetimeValueThreshold: 1000,
    });
    expect(settings.escalation.redactAddresses).toBe(true);
    expect(await readShopSettings({ prisma: db.prisma, shop: OTHER_SHOP })).toMatchObject({
      languages: ["en"],
      timeZone: "UTC",
    });

    const { entries } = await listAuditLog({ prisma: db.prisma, shop: SHOP });
    expect(entries).toHaveLength(sections.length);
    const privacy = entries.find((entry) => entry.subject === "privacy");
    expect(privacy?.detail).toMatchObject({
      changes: { "privacy.retentionDays": { from: 365, to: 90 } },
    });
    expect(privacy?.actor).toBe("staff:42");
    // Triggers are named by kind, so the log says which one changed, not two whole lists.
    const proactive = entries.find((entry) => entry.subject === "proactive");
    expect(proactive?.detail).toMatchObject({
      changes: {
        "proactive.triggers.exit_intent.enabled": { from: false, to: true },
        "proactive.triggers.exit_intent.message": { from: "", to: "Need help?" },
      },
    });
    expect(Object.keys(proactive?.detail.changes ?? {})).not.toContain("proactive.triggers");
    expect((await listAuditLog({ prisma: db.prisma, shop: OTHER_SHOP })).entries).toEqual([]);
  });

  it("rejects a bad value with a message per field and stores nothing", async () => {
    expect(await save({ section: "languages", languages: ["en"], defaultLanguage: "fr" })).toEqual({
      ok: false,
      section: "languages",
      errors: { defaultLanguage: "errors.defaultNotChosen" },
    });
    expect(
      await save({
        section: "privacy",
        consentRequired: true,
        retentionDays: 0,
        redactPii: true,
        redactAddresses: false,
      }),
    ).toMatchObject({
      ok: false,
      errors: { retentionDays: "errors.retentionDays" },
    });
    expect(
      await save({ section: "widget", voice: true, position: "bottom-right", accent: "blue" }),
    ).toMatchObject({
      errors: { accent: "errors.accent" },
    });
    expect(
      await save({
        section: "hours",
        timeZone: "Mars/Olympus",
        enabled: true,
        week: {
          mon: [{ open: "18:00", close: "09:00" }],
          tue: [],
          wed: [],
          thu: [],
          fri: [],
          sat: [],
          sun: [],
        },
        closedDates: [],
      }),
    ).toMatchObject({
      errors: { timeZone: "errors.timeZone", "week.mon.0.close": "errors.openBeforeClose" },
    });
    expect(await save({ section: "nonsense" })).toMatchObject({
      ok: false,
      errors: { section: "errors.unknownSection" },
    });
    expect(await readShopSettings({ prisma: db.prisma, shop: SHOP })).toMatchObject({
      defaultLanguage: "en",
      privacy: { retentionDays: 365 },
    });
    expect((await listAuditLog({ prisma: db.prisma, shop: SHOP })).entries).toEqual([]);
  });
});

describe("Zendesk connection", () => {
  let db: TestDatabase;
  let emulator: ZendeskEmulator;
  beforeEach(async () => {
    db = await createTestDatabase();
    emulator = await startZendeskEmulator({
      accounts: [
        {
          subdomain: "alpha-support",
          email: "agent@alpha.example",
          apiToken: "zendesk-token-1",
          webhookSigningSecret: "s",
        },
      ],
    });
  });
  afterEach(async () => {
    await emulator.close();
    await db.close();
  });

  const urlTemplate = () => `${emulator.url}/{subdomain}`;
  const save = (input: unknown, keyring: ReturnType<typeof readKeyring>, shop = SHOP) =>
    updateShopSettings({
      prisma: db.prisma,
      shop,
      actor: "staff:1",
      input,
      keyring,
      connectZendesk: zendeskConnector({
        prisma: db.prisma,
        shop,
        appUrl: "https://concierge.example",
        urlTemplate: urlTemplate(),
      }),
    });

  it("connects with the token, stores it and the webhook's signing secret sealed, and never logs them", async () => {
    const keyring = readKeyring(aKeyText());
    expect(await save(aZendeskSection(), keyring)).toMatchObject({ ok: true });
    const account = emulator.account("alpha-support");
    const signingSecret = [...account.webhooks.values()][0]?.signingSecret;
    expect(signingSecret).toBeTruthy();
    const stored = (await db.prisma.shop.findUniqueOrThrow({ where: { domain: SHOP } })).settings;
    expect(stored).not.toContain("zendesk-token-1");
    expect(stored).not.toContain(signingSecret);

    expect(
      await save(aZendeskSection({ email: "agent@alpha.example", apiToken: "" }), keyring),
    ).toMatchObject({ ok: true });
    const settings = await readShopSettings({ prisma: db.prisma, shop: SHOP });
    expect(viewZendeskConnection(settings)).toEqual({
      subdomain: "alpha-support",
      email: "agent@alpha.example",
      hasApiToken: true,
      hasSigningSecret: true,
    });
    expect(openSecret({ keyring: keyring!, sealed: settings.escalation.zendesk!.apiToken })).toBe(
      "zendesk-token-1",
    );
    expect(
      openSecret({ keyring: keyring!, sealed: settings.escalation.zendesk!.webhookSigningSecret }),
    ).toBe(signingSecret);

    const { entries } = await listAuditLog({ prisma: db.prisma, shop: SHOP });
    const audit = JSON.stringify(entries);
    expect(audit).not.toContain("zendesk-token-1");
    expect(audit).toContain("[secret]");
    // Connecting lists the fields that appeared, never a "null → null" line for the whole section.
    const connected = entries.at(-1)?.detail.changes as Record<
      string,
      { from: unknown; to: unknown }
    >;
    expect(connected["escalation.zendesk.subdomain"]).toEqual({ from: null, to: "alpha-support" });
    expect(
      Object.values(connected).filter((change) => change.from === null && change.to === null),
    ).toEqual([]);
  });

  it("refuses a wrong token, a bad subdomain, a missing token or key, and stores nothing", async () => {
    const keyring = readKeyring(aKeyText());
    expect(await save(aZendeskSection({ apiToken: "wrong" }), keyring)).toMatchObject({
      ok: false,
      errors: { apiToken: "settings.zendesk.problems.unauthorized" },
    });
    expect(await save(aZendeskSection({ subdomain: "not a subdomain!" }), keyring)).toMatchObject({
      errors: { subdomain: "errors.subdomain" },
    });
    expect(await save(aZendeskSection({ apiToken: "" }), keyring)).toMatchObject({
      errors: { apiToken: "errors.apiTokenRequired" },
    });
    expect(await save(aZendeskSection(), null)).toMatchObject({
      errors: { apiToken: "errors.encryptionKeyMissing" },
    });
    expect(
      (await readShopSettings({ prisma: db.prisma, shop: SHOP })).escalation.zendesk,
    ).toBeNull();
  });

  it("tests the stored connection against the live account and records each test", async () => {
    const keyring = readKeyring(aKeyText());
    const test = () =>
      testZendeskConnection({
        prisma: db.prisma,
        shop: SHOP,
        actor: "staff:1",
        keyring,
        urlTemplate: urlTemplate(),
      });
    expect(await test()).toEqual({ ok: false, problem: "not_connected" });

    await save(aZendeskSection(), keyring);
    expect(await test()).toEqual({ ok: true, agentEmail: "agent@alpha.example" });

    // The merchant revokes the token in Zendesk: the stored one stops working.
    emulator.account("alpha-support").apiToken = "rotated";
    expect(await test()).toEqual({ ok: false, problem: "unauthorized" });

    const tests = (await listAuditLog({ prisma: db.prisma, shop: SHOP, action: "zendesk.tested" }))
      .entries;
    expect(tests.map((entry) => entry.detail)).toEqual([
      { ok: false, problem: "unauthorized" },
      { ok: true },
      { ok: false, problem: "not_connected" },
    ]);
  });
});
