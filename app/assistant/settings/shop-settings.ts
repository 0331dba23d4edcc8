import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import { EscalationSettingsSchema } from "../escalation";
import { SUPPORTED_LANGUAGES } from "../languages";

export const LanguageSchema = z.enum(SUPPORTED_LANGUAGES);

export const TONES = ["friendly", "formal", "concise"] as const;
export const ToneSchema = z.enum(TONES);
export type Tone = z.infer<typeof ToneSchema>;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z
  .string()
  .min(1, "errors.timeZone")
  .refine(isTimeZone, "errors.timeZone");

export const PROACTIVE_TRIGGER_KINDS = [
  "time_on_page",
  "exit_intent",
  "cart_idle",
  "cart_value",
] as const;

/** A nudge the widget may show before the shopper writes (the widget decides when the moment comes). */
export const ProactiveTriggerSchema = z.object({
  kind: z.enum(PROACTIVE_TRIGGER_KINDS),
  enabled: z.boolean(),
  delaySeconds: z
    .number()
    .int("errors.delaySeconds")
    .min(3, "errors.delaySeconds")
    .max(600, "errors.delaySeconds"),
  message: z.string().trim().max(200, "errors.proactiveMessage"),
  /** cart_value only: the cart total, in the shop's currency, from which the nudge may show. */
  minimumCartValue: z
    .number()
    .positive("errors.minimumCartValue")
    .max(1_000_000, "errors.minimumCartValue")
    .nullable()
    .default(null),
});
export type ProactiveTrigger = z.infer<typeof ProactiveTriggerSchema>;

const DEFAULT_TRIGGERS: ProactiveTrigger[] = [
  { kind: "time_on_page", enabled: false, delaySeconds: 30, message: "", minimumCartValue: null },
  { kind: "exit_intent", enabled: false, delaySeconds: 3, message: "", minimumCartValue: null },
  { kind: "cart_idle", enabled: false, delaySeconds: 120, message: "", minimumCartValue: null },
  { kind: "cart_value", enabled: false, delaySeconds: 10, message: "", minimumCartValue: 100 },
];

/** Nudges a visitor may see per day (the widget also shows at most one per browser session). */
export const NudgesPerDaySchema = z
  .number()
  .int("errors.nudgesPerDay")
  .min(1, "errors.nudgesPerDay")
  .max(10, "errors.nudgesPerDay");

const DEFAULT_PROACTIVE = {
  triggers: DEFAULT_TRIGGERS,
  orderStatus: false,
  productQuestions: false,
  nudgesPerDay: 2,
};

/** Matches the commerce domain's OrderActionPolicy: what the assistant may do to an order itself. */
export const OrderActionsSchema = z.object({
  cancelUnfulfilled: z.boolean(),
  returns: z.object({
    enabled: z.boolean(),
    windowDays: z
      .number()
      .int("errors.windowDays")
      .min(1, "errors.windowDays")
      .max(365, "errors.windowDays"),
  }),
});

export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

const DEFAULT_PRIVACY = { consentRequired: false, retentionDays: 365, redactPii: true };
const DEFAULT_WIDGET = { voice: true, position: "bottom-right" as const, accent: "#1f5fbf" };
const DEFAULT_ORDER_ACTIONS = {
  cancelUnfulfilled: false,
  returns: { enabled: false, windowDays: 30 },
};

/**
 * A shop's settings as stored (JSON in Shop.settings). Every field has a default, so a new shop
 * works before its merchant opens the settings, and a stored value that no longer parses falls
 * back to the default instead of breaking the chat. `escalation` is the escalation domain's own
 * shape (hand-off and priority rules, business hours, Zendesk with its API token sealed).
 */
export const ShopSettingsSchema = z.object({
  languages: z.array(LanguageSchema).min(1).catch(["en"]).default(["en"]),
  defaultLanguage: LanguageSchema.catch("en").default("en"),
  greeting: z.record(z.string().max(500)).catch({}).default({}),
  tone: ToneSchema.catch("friendly").default("friendly"),
  /** The shop's IANA time zone: business hours and the dashboard's days are counted in it. */
  timeZone: TimeZoneSchema.catch("UTC").default("UTC"),
  escalation: EscalationSettingsSchema.catch(EscalationSettingsSchema.parse({})).default({}),
  /** Help the widget offers before the shopper asks; every part is off until the merchant turns it on. */
  proactive: z
    .object({
      triggers: z.array(ProactiveTriggerSchema).default(DEFAULT_TRIGGERS),
      /** A logged-in shopper with an order on its way or late sees its status first. */
      orderStatus: z.boolean().default(false),
      /** On a product page, the FAQ entries most asked about that product are offered. */
      productQuestions: z.boolean().default(false),
      nudgesPerDay: NudgesPerDaySchema.default(2),
    })
    .catch(DEFAULT_PROACTIVE)
    .default({}),
  orderActions: OrderActionsSchema.catch(DEFAULT_ORDER_ACTIONS).default(DEFAULT_ORDER_ACTIONS),
  privacy: z
    .object({
      consentRequired: z.boolean().default(false),
      retentionDays: z.number().int().min(1).max(3650).default(365),
      /** Card numbers, emails and phone numbers are removed from what leaves the shop's data. */
      redactPii: z.boolean().default(true),
    })
    .catch(DEFAULT_PRIVACY)
    .default({}),
  widget: z
    .object({
      voice: z.boolean().default(true),
      position: z.enum(["bottom-right", "bottom-left"]).default("bottom-right"),
      accent: z.string().regex(HEX_COLOUR).default("#1f5fbf"),
    })
    .catch(DEFAULT_WIDGET)
    .default({}),
  /** Onboarding steps the merchant marked done where the app cannot see it (e.g. privacy reviewed). */
  onboarding: z
    .object({
      privacyReviewedAt: z.string().nullable().default(null),
      embedConfirmedAt: z.string().nullable().default(null),
    })
    .catch({ privacyReviewedAt: null, embedConfirmedAt: null })
    .default({}),
});
export type ShopSettings = z.infer<typeof ShopSettingsSchema>;

export function parseStoredSettings(text: string | undefined | null): ShopSettings {
  if (!text) return ShopSettingsSchema.parse({});
  try {
    return ShopSettingsSchema.parse(JSON.parse(text));
  } catch {
    return ShopSettingsSchema.parse({});
  }
}

export async function readShopSettings(options: {
  prisma: PrismaClient;
  shop: string;
}): Promise<ShopSettings> {
  const { prisma, shop } = options;
  const row = await prisma.shop.findUnique({ where: { domain: shop }, select: { settings: true } });
  return parseStoredSettings(row?.settings);
}
