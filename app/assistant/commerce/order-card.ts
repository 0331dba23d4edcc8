import type { OrderCard } from "../reply";
import type { OrderFacts } from "./admin-queries";
import { commerceTexts } from "./messages";
import type { OrderStatus, ShipmentStage } from "./messages";

type Fulfillment = OrderFacts["fulfillments"][number];

/** Fulfilment displayStatus (FulfillmentDisplayStatus) → the stage a shopper understands. */
export function shipmentStage(
  fulfillment: Pick<Fulfillment, "status" | "displayStatus">,
): ShipmentStage {
  if (fulfillment.status === "CANCELLED") return "cancelled";
  switch (fulfillment.displayStatus) {
    case "LABEL_PRINTED":
    case "LABEL_PURCHASED":
    case "CONFIRMED":
      return "label_created";
    case "IN_TRANSIT":
      return "in_transit";
    case "OUT_FOR_DELIVERY":
      return "out_for_delivery";
    case "ATTEMPTED_DELIVERY":
      return "attempted_delivery";
    case "DELIVERED":
      return "delivered";
    case "READY_FOR_PICKUP":
      return "ready_for_pickup";
    case "PICKED_UP":
      return "picked_up";
    case "FAILURE":
    case "NOT_DELIVERED":
      return "problem";
    case "CANCELED":
    case "LABEL_VOIDED":
      return "cancelled";
    default:
      return "shipped";
  }
}

/**
 * One status for the whole order, in the order a shopper cares about: cancelled and refunded
 * first, then the furthest any live parcel got, then payment and preparation.
 */
export function orderStatus(order: OrderFacts): OrderStatus {
  if (order.cancelledAt) return "cancelled";
  if (order.displayFinancialStatus === "REFUNDED") return "refunded";
  const stages = order.fulfillments.map(shipmentStage).filter((stage) => stage !== "cancelled");
  if (stages.includes("out_for_delivery")) return "out_for_delivery";
  const arrived = (stage: ShipmentStage) => stage === "delivered" || stage === "picked_up";
  if (stages.length > 0 && stages.every(arrived) && order.displayFulfillmentStatus === "FULFILLED")
    return "delivered";
  if (stages.some((stage) => stage !== "label_created")) return "shipped";
  switch (order.displayFinancialStatus) {
    case "PENDING":
    case "EXPIRED":
    case "PARTIALLY_PAID":
      return "pending_payment";
    default:
      break;
  }
  switch (order.displayFulfillmentStatus) {
    case "IN_PROGRESS":
    case "PARTIALLY_FULFILLED":
    case "SCHEDULED":
    case "ON_HOLD":
    case "PENDING_FULFILLMENT":
      return "preparing";
    default:
      return stages.length > 0 ? "preparing" : "paid";
  }
}

/** Open means the shopper may still be waiting for something. */
export function isOpenOrder(order: OrderFacts): boolean {
  const status = orderStatus(order);
  return status !== "delivered" && status !== "cancelled" && status !== "refunded";
}

export function buildOrderCard(options: { order: OrderFacts; language: string }): OrderCard {
  const { order, language } = options;
  const texts = commerceTexts(language);
  const status = orderStatus(order);
  const live = order.fulfillments.filter(
    (fulfillment) => shipmentStage(fulfillment) !== "cancelled",
  );
  const stages = live.map(shipmentStage);
  const nextStep = stages.includes("problem")
    ? texts.nextStep.problem
    : stages.includes("attempted_delivery") && status !== "delivered"
      ? texts.nextStep.attempted_delivery
      : texts.nextStep[status];

  return {
    type: "order",
    orderName: order.name,
    statusLabel: texts.status[status],
    status,
    processedAt: order.processedAt,
    items: order.lineItems.nodes.map((item) => ({ title: item.title, quantity: item.quantity })),
    shipments: live.map((fulfillment) => {
      const tracking = fulfillment.trackingInfo[0];
      return {
        carrier: tracking?.company ?? null,
        trackingNumber: tracking?.number ?? null,
        trackingUrl: safeHttpUrl(tracking?.url ?? null),
        statusLabel: texts.shipment[shipmentStage(fulfillment)],
        estimatedDeliveryAt:
          shipmentStage(fulfillment) === "delivered" ? null : fulfillment.estimatedDeliveryAt,
      };
    }),
    nextStep,
  };
}

/** Only http(s) links reach the widget; anything else (javascript:, garbage) is dropped. */
export function safeHttpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}
