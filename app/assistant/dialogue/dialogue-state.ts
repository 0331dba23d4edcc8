import { z } from "zod";
import { IntentSchema, LanguageSchema } from "../nlu/types";

/** What the assistant remembers between turns; stored as JSON on the conversation. */
export const DialogueStateSchema = z.object({
  version: z.literal(1),
  language: LanguageSchema.nullable(),
  /** The topic being handled, kept while a slot is missing. */
  topic: IntentSchema.nullable(),
  /** Slot the assistant asked for last turn. */
  awaiting: z.enum(["order_number", "contact"]).nullable(),
  /** The order being discussed (digits, without "#"). */
  orderNumber: z.string().nullable(),
  /** Guest contact given for the order; kept only for the conversation. */
  contact: z.object({ email: z.string().optional(), phone: z.string().optional() }).nullable(),
  /** The product being discussed: the page the shopper is on or one they named. */
  productHandle: z.string().nullable(),
  /** Turns in a row the assistant did not understand or could not answer. */
  misses: z.number().int().min(0),
  turns: z.number().int().min(0),
  handedOff: z.boolean(),
});
export type DialogueState = z.infer<typeof DialogueStateSchema>;

export function initialDialogueState(): DialogueState {
  return {
    version: 1,
    language: null,
    topic: null,
    awaiting: null,
    orderNumber: null,
    contact: null,
    productHandle: null,
    misses: 0,
    turns: 0,
    handedOff: false,
  };
}
