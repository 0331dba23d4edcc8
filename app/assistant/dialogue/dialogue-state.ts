import { z } from "zod";
import { IntentSchema, LanguageSchema, SentimentLabelSchema } from "../nlu/types";
import { AssistantReplySchema } from "../reply";

const HandoffReasonSchema = AssistantReplySchema.shape.handoff.unwrap().shape.reason;

/** What the assistant remembers between turns; stored as JSON on the conversation. */
export const DialogueStateSchema = z.object({
  version: z.literal(1),
  language: LanguageSchema.nullable(),
  /** The topic being handled, kept while a slot is missing. */
  topic: IntentSchema.nullable(),
  /** What the assistant asked for last turn. */
  awaiting: z.enum(["order_number", "contact", "handoff_email", "confirmation"]).nullable(),
  /** The order being discussed: its name without "#" ("1042", or "CA-1042" where the shop prefixes names). */
  orderNumber: z.string().nullable(),
  /** Guest contact given for the order or for a person to reply to; kept only for the conversation. */
  contact: z.object({ email: z.string().optional(), phone: z.string().optional() }).nullable(),
  /** The product being discussed: the page the shopper is on or one they named. */
  productHandle: z.string().nullable(),
  /** Unsure turns in a row (intent confidence under the merchant's threshold). */
  misses: z.number().int().min(0),
  turns: z.number().int().min(0),
  handedOff: z.boolean(),
  /**
   * A hand-off decided while no email was known: what the turn that triggered it was about, kept
   * for the ticket while the assistant asks for an address.
   */
  pendingHandoff: z
    .object({
      reason: HandoffReasonSchema,
      intent: IntentSchema,
      sentiment: SentimentLabelSchema,
      /** Times the address was asked for and not given. */
      asked: z.number().int().min(0),
    })
    .nullable()
    .default(null),
  /**
   * Suggestions shown last turn: what was asked for and the lowest price shown, so that "anything
   * cheaper?" or "under 50?" refines them.
   */
  recommended: z.object({ need: z.string(), lowestPrice: z.number() }).nullable().default(null),
  /**
   * A question asked back last turn ("Do you mean a recommendation / a product?"): the message it
   * was about and the intents offered, so that a tapped choice answers that message.
   */
  clarifying: z
    .object({ text: z.string(), choices: z.array(IntentSchema).min(1) })
    .nullable()
    .default(null),
  /** An order action waiting for the shopper's yes or no; the token proves what was offered. */
  pendingAction: z
    .object({
      action: z.enum(["cancel", "return"]),
      orderNumber: z.string(),
      token: z.string(),
    })
    .nullable()
    .default(null),
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
    pendingHandoff: null,
    recommended: null,
    clarifying: null,
    pendingAction: null,
  };
}
