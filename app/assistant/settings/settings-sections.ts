import { z } from "zod";
import { BusinessHoursSchema, HandoffRulesSchema, PriorityRulesSchema } from "../escalation";
import { IntentSchema } from "../nlu";
import {
  HEX_COLOUR,
  LanguageSchema,
  OrderActionsSchema,
  NudgesPerDaySchema,
  ProactiveTriggerSchema,
  TimeZoneSchema,
  ToneSchema,
  type ShopSettings,
} from "./shop-settings";

/**
 * What the merchant submits for each settings section. Messages are keys of the admin's
 * translations (`errors.*`), so each field's problem is told in the merchant's language.
 */

const Words = z
  .array(z.string().trim().min(1, "errors.emptyWord").max(60, "errors.longWord"))
  .max(50, "errors.tooMany");

export const LanguagesSectionSchema = z
  .object({
    section: z.literal("languages"),
    languages: z.array(LanguageSchema).min(1, "errors.noLanguage"),
    defaultLanguage: LanguageSchema,
  })
  .refine((input) => input.languages.includes(input.defaultLanguage), {
    message: "errors.defaultNotChosen",
    path: ["defaultLanguage"],
  });

export const GreetingSectionSchema = z.object({
  section: z.literal("greeting"),
  greeting: z.record(LanguageSchema, z.string().trim().max(500, "errors.greetingTooLong")),
  tone: ToneSchema,
});

const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "errors.time");
const SlotSchema = z
  .object({ open: TimeSchema, close: TimeSchema })
  .refine((slot) => slot.open < slot.close, { message: "errors.openBeforeClose", path: ["close"] });
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

export const HoursSectionSchema = z.object({
  section: z.literal("hours"),
  timeZone: TimeZoneSchema,
  /** Off: replies are promised "soon" at any hour. */
  enabled: z.boolean(),
  week: z.object(
    Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(SlotSchema).max(4)])) as Record<
      (typeof WEEKDAYS)[number],
      z.ZodArray<typeof SlotSchema>
    >,
  ),
  closedDates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "errors.date")).max(100),
});

export const HandoffSectionSchema = z.object({
  section: z.literal("handoff"),
  keywords: Words,
  humanOnlyIntents: z.array(IntentSchema),
  confidenceThreshold: z.number().min(0.05, "errors.threshold").max(0.95, "errors.threshold"),
  vipTags: Words,
  lifetimeValueThreshold: z.number().nonnegative("errors.lifetimeValue").nullable(),
  urgentIntents: z.array(IntentSchema),
  highIntents: z.array(IntentSchema),
});

export const ProactiveSectionSchema = z.object({
  section: z.literal("proactive"),
  triggers: z
    .array(ProactiveTriggerSchema)
    .refine(
      (triggers) => new Set(triggers.map((trigger) => trigger.kind)).size === triggers.length,
      "errors.duplicateTrigger",
    )
    .refine(
      (triggers) => triggers.every((trigger) => !trigger.enabled || trigger.message.length > 0),
      "errors.proactiveMessageMissing",
    )
    .refine(
      (triggers) =>
        triggers.every(
          (trigger) =>
            trigger.kind !== "cart_value" || !trigger.enabled || trigger.minimumCartValue !== null,
        ),
      "errors.minimumCartValue",
    ),
  orderStatus: z.boolean().default(false),
  productQuestions: z.boolean().default(false),
  nudgesPerDay: NudgesPerDaySchema.default(2),
});

export const OrderActionsSectionSchema = OrderActionsSchema.extend({
  section: z.literal("orderActions"),
});

export const WidgetSectionSchema = z.object({
  section: z.literal("widget"),
  voice: z.boolean(),
  position: z.enum(["bottom-right", "bottom-left"]),
  accent: z.string().trim().regex(HEX_COLOUR, "errors.accent"),
});

export const PrivacySectionSchema = z.object({
  section: z.literal("privacy"),
  consentRequired: z.boolean(),
  retentionDays: z
    .number()
    .int("errors.retentionDays")
    .min(1, "errors.retentionDays")
    .max(3650, "errors.retentionDays"),
  redactPii: z.boolean(),
  redactAddresses: z.boolean(),
});

/** The API token is optional: left empty, the stored one stays. */
export const ZendeskSectionSchema = z.object({
  section: z.literal("zendesk"),
  subdomain: z
    .string()
    .trim()
    .toLowerCase()
    .transform((value) => value.replace(/^https?:\/\//, "").replace(/\.zendesk\.com\/?$/, ""))
    .pipe(z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "errors.subdomain")),
  email: z.string().trim().email("errors.email"),
  apiToken: z.string().trim().max(200).default(""),
});

export const SettingsSectionInputSchema = z.union([
  LanguagesSectionSchema,
  GreetingSectionSchema,
  HoursSectionSchema,
  HandoffSectionSchema,
  ProactiveSectionSchema,
  OrderActionsSectionSchema,
  WidgetSectionSchema,
  PrivacySectionSchema,
  ZendeskSectionSchema,
]);
export type SettingsSectionInput = z.infer<typeof SettingsSectionInputSchema>;
export type SettingsSection = SettingsSectionInput["section"];
export const SETTINGS_SECTIONS: SettingsSection[] = [
  "languages",
  "greeting",
  "hours",
  "handoff",
  "proactive",
  "orderActions",
  "widget",
  "privacy",
  "zendesk",
];

const SCHEMAS: Record<SettingsSection, z.ZodTypeAny> = {
  languages: LanguagesSectionSchema,
  greeting: GreetingSectionSchema,
  hours: HoursSectionSchema,
  handoff: HandoffSectionSchema,
  proactive: ProactiveSectionSchema,
  orderActions: OrderActionsSectionSchema,
  widget: WidgetSectionSchema,
  privacy: PrivacySectionSchema,
  zendesk: ZendeskSectionSchema,
};

export const SettingsSectionNameSchema = z.enum(
  SETTINGS_SECTIONS as [SettingsSection, ...SettingsSection[]],
);

/** Field path (dot-joined) → message key; "" is the section as a whole. */
export type FieldErrors = Record<string, string>;

export function parseSectionInput(
  input: unknown,
):
  | { ok: true; input: SettingsSectionInput }
  | { ok: false; section: SettingsSection | null; errors: FieldErrors } {
  const section = SettingsSectionNameSchema.safeParse(
    typeof input === "object" && input !== null && "section" in input ? input.section : undefined,
  );
  if (!section.success)
    return { ok: false, section: null, errors: { section: "errors.unknownSection" } };
  const parsed = SCHEMAS[section.data].safeParse(input);
  if (parsed.success) return { ok: true, input: SettingsSectionInputSchema.parse(parsed.data) };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".");
    errors[key] ??= issue.message.startsWith("errors.") ? issue.message : "errors.invalid";
  }
  return { ok: false, section: section.data, errors };
}

/** The secrets of the zendesk section, once sealed by the caller (they never reach this as plain text). */
export interface SealedZendeskSecrets {
  apiToken: string;
  webhookSigningSecret: string;
}

/** The settings after one section's change. Pure: the caller validated and sealed what it needs. */
export function applySection(options: {
  settings: ShopSettings;
  input: SettingsSectionInput;
  sealed: SealedZendeskSecrets | null;
}): ShopSettings {
  const { settings, input } = options;
  switch (input.section) {
    case "languages":
      return { ...settings, languages: input.languages, defaultLanguage: input.defaultLanguage };
    case "greeting":
      return {
        ...settings,
        greeting: Object.fromEntries(
          Object.entries(input.greeting).filter(([, text]) => text !== ""),
        ),
        tone: input.tone,
      };
    case "hours": {
      const businessHours = input.enabled
        ? BusinessHoursSchema.parse({
            timeZone: input.timeZone,
            week: input.week,
            closedDates: input.closedDates,
          })
        : null;
      return {
        ...settings,
        timeZone: input.timeZone,
        escalation: {
          ...settings.escalation,
          handoff: { ...settings.escalation.handoff, businessHours },
        },
      };
    }
    case "handoff":
      return {
        ...settings,
        escalation: {
          ...settings.escalation,
          handoff: HandoffRulesSchema.parse({
            ...settings.escalation.handoff,
            keywords: input.keywords,
            humanOnlyIntents: input.humanOnlyIntents,
            confidenceThreshold: input.confidenceThreshold,
          }),
          priority: PriorityRulesSchema.parse({
            ...settings.escalation.priority,
            vipTags: input.vipTags,
            lifetimeValueThreshold: input.lifetimeValueThreshold,
            urgentIntents: input.urgentIntents,
            highIntents: input.highIntents,
          }),
        },
      };
    case "proactive":
      return {
        ...settings,
        proactive: {
          triggers: input.triggers,
          orderStatus: input.orderStatus,
          productQuestions: input.productQuestions,
          nudgesPerDay: input.nudgesPerDay,
        },
      };
    case "orderActions":
      return {
        ...settings,
        orderActions: { cancelUnfulfilled: input.cancelUnfulfilled, returns: input.returns },
      };
    case "widget":
      return {
        ...settings,
        widget: {
          voice: input.voice,
          position: input.position,
          accent: input.accent.toLowerCase(),
        },
      };
    case "privacy":
      return {
        ...settings,
        privacy: {
          consentRequired: input.consentRequired,
          retentionDays: input.retentionDays,
          redactPii: input.redactPii,
        },
        escalation: { ...settings.escalation, redactAddresses: input.redactAddresses },
      };
    case "zendesk": {
      if (!options.sealed) throw new Error("The Zendesk section needs its sealed secrets");
      return {
        ...settings,
        escalation: {
          ...settings.escalation,
          zendesk: { subdomain: input.subdomain, email: input.email, ...options.sealed },
        },
      };
    }
  }
}
