import { z } from "zod";

/** Languages the assistant understands and answers in (BCP 47; Chinese split by script). */
export const LanguageSchema = z.enum([
  "en",
  "zh-Hans",
  "zh-Hant",
  "es",
  "fr",
  "de",
  "ja",
  "pt",
  "it",
]);
export type Language = z.infer<typeof LanguageSchema>;
export const LANGUAGES = LanguageSchema.options;

export const IntentSchema = z.enum([
  "order_status",
  "cancel_order",
  "change_order",
  "return_refund",
  "shipping_info",
  "payment",
  "product_question",
  "recommendation",
  "account",
  "human_agent",
  "complaint",
  "greeting",
  "thanks_goodbye",
  "other",
]);
export type Intent = z.infer<typeof IntentSchema>;
export const INTENTS = IntentSchema.options;

export const EntitySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("order_number"), value: z.string(), text: z.string() }),
  z.object({ type: z.literal("email"), value: z.string(), text: z.string() }),
  z.object({ type: z.literal("phone"), value: z.string(), text: z.string() }),
  z.object({ type: z.literal("product"), value: z.string(), text: z.string(), title: z.string() }),
  z.object({ type: z.literal("sku"), value: z.string(), text: z.string(), handle: z.string() }),
  z.object({ type: z.literal("size"), value: z.string(), text: z.string() }),
  z.object({ type: z.literal("colour"), value: z.string(), text: z.string() }),
]);
export type Entity = z.infer<typeof EntitySchema>;

export const SentimentLabelSchema = z.enum(["neutral", "positive", "negative", "angry", "anxious"]);
export type SentimentLabel = z.infer<typeof SentimentLabelSchema>;

export const SentimentSchema = z.object({ label: SentimentLabelSchema, score: z.number() });
export type Sentiment = z.infer<typeof SentimentSchema>;

export const FaqMatchSchema = z.object({
  entryId: z.string(),
  score: z.number(),
  runnersUp: z.array(z.object({ entryId: z.string(), score: z.number() })),
});
export type FaqMatch = z.infer<typeof FaqMatchSchema>;

export const UnderstandingSchema = z.object({
  language: LanguageSchema,
  intent: IntentSchema,
  /** Calibrated probability of `intent` (0..1). */
  confidence: z.number(),
  alternatives: z.array(z.object({ intent: IntentSchema, confidence: z.number() })),
  entities: z.array(EntitySchema),
  /** Shop-service concepts the message names (shipping, cost, returning…), shared across languages. */
  concepts: z.array(z.string()),
  sentiment: SentimentSchema,
  faq: FaqMatchSchema.nullable(),
});
export type Understanding = z.infer<typeof UnderstandingSchema>;
