import { z } from "zod";
import { HandoffRulesSchema } from "../escalation/decide-handoff";
import { LanguageSchema } from "../nlu/types";

const LocalisedTextSchema = z.record(LanguageSchema, z.string().trim().min(1).max(1000));

/** Per-shop dialogue configuration, from the merchant's settings (dialogueSettingsForShop). */
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
  /** The merchant's hand-off rules and business hours: the escalation domain's one shape. */
  handoff: HandoffRulesSchema.default({}),
  /** What the assistant may do to an order itself after the shopper confirms. */
  orderActions: z
    .object({
      cancelUnfulfilled: z.boolean().default(false),
      returns: z
        .object({
          enabled: z.boolean().default(false),
          windowDays: z.number().int().min(1).max(365).default(30),
        })
        .default({}),
    })
    .default({}),
  scenarioReplies: z
    .object({
      greeting: LocalisedTextSchema.optional(),
      afterPurchase: LocalisedTextSchema.optional(),
    })
    .default({}),
});
export type DialogueSettings = z.infer<typeof DialogueSettingsSchema>;
export type DialogueSettingsInput = z.input<typeof DialogueSettingsSchema>;
