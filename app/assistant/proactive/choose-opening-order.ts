import type { OrderCard } from "../reply";

const ON_ITS_WAY: OrderCard["status"][] = ["shipped", "out_for_delivery"];
const SETTLED: OrderCard["status"][] = ["delivered", "cancelled", "refunded"];

/** Not yet delivered although the carrier's estimate has passed. */
export function isLate(order: OrderCard, now: Date): boolean {
  if (SETTLED.includes(order.status)) return false;
  return order.shipments.some(
    (shipment) =>
      shipment.estimatedDeliveryAt !== null &&
      new Date(shipment.estimatedDeliveryAt).getTime() < now.getTime(),
  );
}

/**
 * The order a logged-in shopper most likely opens the chat about: a late one first, then one on
 * its way; the newest of those (orders come newest first). Null when nothing is in transit or late.
 */
export function chooseOpeningOrder(options: { orders: OrderCard[]; now: Date }): OrderCard | null {
  const { orders, now } = options;
  return (
    orders.find((order) => isLate(order, now)) ??
    orders.find((order) => ON_ITS_WAY.includes(order.status)) ??
    null
  );
}
