import type { OrderCard } from "../reply";

type Shipment = OrderCard["shipments"][number];

export function buildShipment(overrides: Partial<Shipment> = {}): Shipment {
  return {
    carrier: "UPS",
    trackingNumber: "1Z999",
    trackingUrl: "https://www.ups.com/track?tracknum=1Z999",
    statusLabel: "In transit",
    estimatedDeliveryAt: null,
    ...overrides,
  };
}

export function buildOrderCard(overrides: Partial<OrderCard> = {}): OrderCard {
  return {
    type: "order",
    orderName: "#1001",
    statusLabel: "Shipped",
    status: "shipped",
    processedAt: "2026-11-20T10:00:00Z",
    items: [{ title: "Trail jacket", quantity: 1 }],
    shipments: [buildShipment()],
    nextStep: null,
    ...overrides,
  };
}
