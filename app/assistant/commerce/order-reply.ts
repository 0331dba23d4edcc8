import type { OrderCard } from "../reply";
import { isCommerceError } from "./commerce-error";
import { commerceTexts, formatDate } from "./messages";

/** The part of an assistant reply commerce composes: text, cards and quick replies. */
export interface CommerceReply {
  text: string;
  cards: OrderCard[];
  quickReplies: string[];
}

/**
 * Words for one or more orders: a single order (or the only open one) is answered in full;
 * several open orders get a question back with each order as a quick reply.
 */
export function describeOrders(options: { orders: OrderCard[]; language: string }): CommerceReply {
  const { orders, language } = options;
  const texts = commerceTexts(language);
  if (orders.length === 0) return { text: texts.noOrders, cards: [], quickReplies: [] };
  const open = orders.filter(
    (order) => !["delivered", "cancelled", "refunded"].includes(order.status),
  );
  if (open.length > 1) {
    return {
      text: texts.whichOrder(open.length),
      cards: [],
      quickReplies: open.map((order) => order.orderName),
    };
  }
  const order = open[0] ?? orders[0]!;
  return { text: describeOrder({ order, language }), cards: [order], quickReplies: [] };
}

export function describeOrder(options: { order: OrderCard; language: string }): string {
  const { order, language } = options;
  const texts = commerceTexts(language);
  const lines = [texts.orderLine(order.orderName, order.statusLabel)];
  const eta = order.shipments
    .map((shipment) => shipment.estimatedDeliveryAt)
    .find((date): date is string => date !== null);
  if (eta) lines.push(texts.estimatedDelivery(formatDate(eta, language)));
  for (const shipment of order.shipments) {
    if (!shipment.trackingUrl) continue;
    const label =
      [shipment.carrier, shipment.trackingNumber].filter(Boolean).join(" ") || texts.trackParcel;
    lines.push(`- ${escapeMarkdown(label)}: [${texts.trackParcel}](${shipment.trackingUrl})`);
  }
  if (order.nextStep) lines.push(order.nextStep);
  return lines.join("\n");
}

/** A graceful sentence for a failed Admin API call, in the shopper's language. */
export function describeCommerceFailure(options: { error: unknown; language: string }): string {
  const texts = commerceTexts(options.language);
  if (isCommerceError(options.error) && options.error.code === "unauthorized")
    return texts.serviceUnavailable;
  return texts.serviceSlow;
}

/** Only what the reply's Markdown subset would read as markup (bold, links); the admin and tickets show the raw text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\[\]*])/g, "\\$1");
}
