import { z } from "zod";

/** What the assistant sends back for one shopper message; rendered by the widget, stored as JSON. */

export const OrderCardSchema = z.object({
  type: z.literal("order"),
  orderName: z.string(),
  statusLabel: z.string(),
  status: z.enum([
    "paid",
    "pending_payment",
    "preparing",
    "shipped",
    "out_for_delivery",
    "delivered",
    "cancelled",
    "refunded",
  ]),
  processedAt: z.string(),
  items: z.array(z.object({ title: z.string(), quantity: z.number().int() })),
  shipments: z.array(
    z.object({
      carrier: z.string().nullable(),
      trackingNumber: z.string().nullable(),
      trackingUrl: z.string().url().nullable(),
      statusLabel: z.string(),
      estimatedDeliveryAt: z.string().nullable(),
    }),
  ),
  nextStep: z.string().nullable(),
});
export type OrderCard = z.infer<typeof OrderCardSchema>;

export const ProductCardSchema = z.object({
  type: z.literal("product"),
  productId: z.string(),
  handle: z.string(),
  title: z.string(),
  url: z.string(),
  imageUrl: z.string().url().nullable(),
  price: z.object({ amount: z.string(), currencyCode: z.string() }),
  /** Numeric variant id for the storefront's /cart/add.js; null when nothing is in stock. */
  variantId: z.string().nullable(),
  variantTitle: z.string().nullable(),
  available: z.boolean(),
  /** One short line: why this product is suggested. */
  reason: z.string().nullable(),
});
export type ProductCard = z.infer<typeof ProductCardSchema>;

export const CardSchema = z.discriminatedUnion("type", [OrderCardSchema, ProductCardSchema]);
export type Card = z.infer<typeof CardSchema>;

export const AssistantReplySchema = z.object({
  /** Safe Markdown subset: paragraphs, **bold**, [links](https://...), "- " lists. */
  text: z.string(),
  language: z.string(),
  cards: z.array(CardSchema),
  quickReplies: z.array(z.string()),
  /** Set when the assistant decides a person should take over. */
  handoff: z
    .object({
      reason: z.enum([
        "asked_for_person",
        "low_confidence",
        "sentiment",
        "human_only_intent",
        "keyword",
        "limit_reached",
      ]),
    })
    .nullable(),
});
export type AssistantReply = z.infer<typeof AssistantReplySchema>;
