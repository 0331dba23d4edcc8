/**
 * The emulator's in-memory shop: plain records that tests may read and change through
 * `emulator.shop(domain)`. Amounts are decimal strings, as the Admin API returns them.
 * Derived facts (order totals, a customer's amountSpent, display statuses) are computed from
 * these records when answering, so changing a record is enough to change every answer.
 */

export type ProductStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface VariantRecord {
  id: number;
  title: string;
  sku: string;
  price: string;
  compareAtPrice: string | null;
  inventoryQuantity: number;
  /** CONTINUE keeps selling at zero stock (gift cards, made-to-order). */
  inventoryPolicy: "DENY" | "CONTINUE";
  selectedOptions: { name: string; value: string }[];
}

export interface MetafieldRecord {
  namespace: string;
  key: string;
  value: string;
  type: string;
}

export interface ProductRecord {
  id: number;
  handle: string;
  title: string;
  descriptionHtml: string;
  productType: string;
  vendor: string;
  tags: string[];
  status: ProductStatus;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  options: { name: string; values: string[] }[];
  variants: VariantRecord[];
  /** Paths served by the emulator itself, e.g. `/static/products/{handle}.svg`. */
  images: { path: string; altText: string | null }[];
  metafields: MetafieldRecord[];
}

export interface CollectionRecord {
  id: number;
  handle: string;
  title: string;
  descriptionHtml: string;
  productIds: number[];
}

export type CustomerState = "ENABLED" | "DISABLED" | "INVITED" | "DECLINED";

export interface CustomerRecord {
  id: number;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  tags: string[];
  /** Shopify locale code such as `en`, `fr`, `zh-CN`. */
  locale: string;
  state: CustomerState;
  createdAt: string;
  note: string | null;
}

export interface AddressRecord {
  name: string;
  address1: string;
  city: string;
  provinceCode: string | null;
  countryCodeV2: string;
  zip: string;
  phone: string | null;
}

export interface LineItemRecord {
  id: number;
  productId: number | null;
  variantId: number | null;
  title: string;
  variantTitle: string | null;
  sku: string | null;
  quantity: number;
  price: string;
}

/** Shopify's FulfillmentDisplayStatus values the demo uses. */
export type FulfillmentDisplayStatus =
  | "FULFILLED"
  | "CONFIRMED"
  | "LABEL_PRINTED"
  | "IN_TRANSIT"
  | "OUT_FOR_DELIVERY"
  | "ATTEMPTED_DELIVERY"
  | "DELIVERED"
  | "FAILURE"
  | "CANCELED";

export interface FulfillmentRecord {
  id: number;
  status: "SUCCESS" | "CANCELLED" | "ERROR" | "FAILURE";
  displayStatus: FulfillmentDisplayStatus;
  createdAt: string;
  inTransitAt: string | null;
  deliveredAt: string | null;
  estimatedDeliveryAt: string | null;
  trackingInfo: { company: string; number: string; url: string }[];
  lineItems: { id: number; lineItemId: number; quantity: number }[];
}

export interface RefundRecord {
  id: number;
  createdAt: string;
  amount: string;
  note: string | null;
}

export type ReturnReason =
  | "COLOR"
  | "DEFECTIVE"
  | "NOT_AS_DESCRIBED"
  | "OTHER"
  | "SIZE_TOO_LARGE"
  | "SIZE_TOO_SMALL"
  | "STYLE"
  | "UNKNOWN"
  | "UNWANTED"
  | "WRONG_ITEM";

export interface ReturnRecord {
  id: number;
  name: string;
  status: "REQUESTED" | "OPEN" | "CLOSED" | "DECLINED" | "CANCELED";
  createdAt: string;
  lineItems: {
    id: number;
    fulfillmentLineItemId: number;
    quantity: number;
    returnReason: ReturnReason;
    customerNote: string | null;
  }[];
}

export type FinancialStatus =
  | "PENDING"
  | "AUTHORIZED"
  | "PARTIALLY_PAID"
  | "PAID"
  | "PARTIALLY_REFUNDED"
  | "REFUNDED"
  | "VOIDED"
  | "EXPIRED";

export type OrderCancelReason = "CUSTOMER" | "DECLINED" | "FRAUD" | "INVENTORY" | "OTHER" | "STAFF";

export interface OrderRecord {
  id: number;
  /** Order number; the order's name is `#{number}` unless `name` says otherwise. */
  number: number;
  /** The name a shop with its own order-name prefix or suffix gives it ("#CA-1042", "1042-EU"). */
  name?: string;
  customerId: number | null;
  email: string | null;
  phone: string | null;
  createdAt: string;
  processedAt: string;
  updatedAt: string;
  cancelledAt: string | null;
  cancelReason: OrderCancelReason | null;
  closedAt: string | null;
  financialStatus: FinancialStatus;
  lineItems: LineItemRecord[];
  shippingPrice: string;
  fulfillments: FulfillmentRecord[];
  shippingAddress: AddressRecord | null;
  refunds: RefundRecord[];
  returns: ReturnRecord[];
  tags: string[];
  note: string | null;
  /** Secret part of the order status page URL. */
  token: string;
}

export interface ShopSeed {
  id: number;
  domain: string;
  name: string;
  email: string;
  currencyCode: string;
  ianaTimezone: string;
  primaryLocale: string;
  planDisplayName: string;
  products: ProductRecord[];
  collections: CollectionRecord[];
  customers: CustomerRecord[];
  orders: OrderRecord[];
}

/** A live shop inside the emulator: its seed data, changed in place by mutations. */
export type ShopData = ShopSeed;

/** The order's name as the Admin API and the shopper's receipt show it. */
export function orderNameOf(order: OrderRecord): string {
  return order.name ?? `#${order.number}`;
}
