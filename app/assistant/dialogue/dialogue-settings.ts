import { z } from "zod";
import { IntentSchema, LanguageSchema } from "../nlu/types";

const LocalisedTextSchema = z.record(LanguageSchema, z.string().trim().min(1).max(1000));

/** Per-shop dialogue configuration (merchant settings, stored as JSON). */
export const DialogueSettingsSchema = z.object({
  defaultLanguage: LanguageSchema.default("en"),
  /** Languages the shop has written content for, besides those of its FAQ entries. */
  contentLanguages: z.array(LanguageSchema).default([]),
  thresholds: z
    .object({
      /** Intent confidence at or above which the assistant acts on it. */
      answer: z.number().min(0).max(1).default(0.55),
      /** Below this it admits it does not know; between the two it asks which topic is meant. */
      clarify: z.number().min(0).max(1).default(0.3),
      /** FAQ similarity at or above which an FAQ answer is given. */
      faq: z.number().min(0).max(1).default(0.5),
    })
    .default({}),
  /** Misunderstood turns in a row after which a person is offered. */
  missLimit: z.number().int().min(1).max(10).default(2),
  /** Intents always passed to a person. */
  humanOnlyIntents: z.array(IntentSchema).default([]),
  /** Offer a person at once when the shopper is angry. */
  handOffWhenAngry: z.boolean().default(true),
  keywordReplies: z
    .array(
      z.object({
        keywords: z.array(z.string().trim().min(1).max(80)).min(1),
        reply: LocalisedTextSchema,
        handoff: z.boolean().default(false),
      }),
    )
    .default([]),
  scenarioReplies: z
    .object({
      greeting: LocalisedTextSchema.optional(),
      afterPurchase: LocalisedTextSchema.optional(),
      outsideHours: LocalisedTextSchema.optional(),
    })
    .default({}),
  /** When people answer; null means always. Days 0 (Sunday) … 6. */
  businessHours: z
    .object({
      timeZone: z.string().default("UTC"),
      days: z.array(z.number().int().min(0).max(6)).default([1, 2, 3, 4, 5]),
      opens: z
        .string()
        .regex(/^\d\d:\d\d$/)
        .default("09:00"),
      closes: z
        .string()
        .regex(/^\d\d:\d\d$/)
        .default("17:00"),
    })
    .nullable()
    .default(null),
});
export type DialogueSettings = z.infer<typeof DialogueSettingsSchema>;
export type DialogueSettingsInput = z.input<typeof DialogueSettingsSchema>;

/** True when `now` falls inside the shop's business hours (always true without hours set). */
export function isWithinBusinessHours(settings: DialogueSettings, now: Date): boolean {
  const hours = settings.businessHours;
  if (!hours) return true;
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: hours.timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? "";
  const day = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(part("weekday"));
  const time = `${part("hour")}:${part("minute")}`;
  return hours.days.includes(day) && time >= hours.opens && time < hours.closes;
}
