import { randomUUID } from "node:crypto";
import { z } from "zod";
import {
  displayFulfillmentStatus,
  orderRefunded,
  orderSubtotal,
  orderTotal,
} from "./admin-graphql/views";
import type { OrderRecord, ProductRecord, ShopData } from "./shop-data";
import { orderNameOf } from "./shop-data";
import { webhookHmac } from "./signatures";

export const WebhookTopicSchema = z.enum([
  "app/uninstalled",
  "customers/data_request",
  "customers/redact",
  "shop/redact",
  "products/update",
  "orders/updated",
  "app/scopes_update",
]);
export type WebhookTopic = z.infer<typeof WebhookTopicSchema>;

const gid = (type: string, id: number) => `gid://shopify/${type}/${id}`;

const FINANCIAL_STATUS_REST: Record<OrderRecord["financialStatus"], string> = {
  PENDING: "pending",
  AUTHORIZED: "authorized",
  PARTIALLY_PAID: "partially_paid",
  PAID: "paid",
  PARTIALLY_REFUNDED: "partially_refunded",
  REFUNDED: "refunded",
  VOIDED: "voided",
  EXPIRED: "expired",
};

const SHIPMENT_STATUS_REST: Record<string, string | null> = {
  IN_TRANSIT: "in_transit",
  OUT_FOR_DELIVERY: "out_for_delivery",
  ATTEMPTED_DELIVERY: "attempted_delivery",
  DELIVERED: "delivered",
  FAILURE: "failure",
  CONFIRMED: "confirmed",
  LABEL_PRINTED: "label_printed",
};

/** The REST shop resource, as sent with app/uninstalled. */
export function shopPayload(shop: ShopData) {
  return {
    id: shop.id,
    name: shop.name,
    email: shop.email,
    domain: shop.domain,
    myshopify_domain: shop.domain,
    customer_email: shop.email,
    currency: shop.currencyCode,
    iana_timezone: shop.ianaTimezone,
    primary_locale: shop.primaryLocale,
    plan_display_name: shop.planDisplayName,
    country_code: "US",
    created_at: new Date(Date.now() - 400 * 86_400_000).toISOString(),
    updated_at: new Date().toISOString(),
  };
}

/** The REST product resource, as sent with products/update. */
export function productPayload(product: ProductRecord, assetBaseUrl: string) {
  return {
    admin_graphql_api_id: gid("Product", product.id),
    id: product.id,
    title: product.title,
    handle: product.handle,
    body_html: product.descriptionHtml,
    vendor: product.vendor,
    product_type: product.productType,
    status: product.status.toLowerCase(),
    tags: product.tags.join(", "),
    created_at: product.createdAt,
    updated_at: product.updatedAt,
    published_at: product.publishedAt,
    published_scope: "global",
    template_suffix: null,
    options: product.options.map((option, index) => ({
      id: product.id * 10 + index,
      product_id: product.id,
      name: option.name,
      position: index + 1,
      values: option.values,
    })),
    variants: product.variants.map((variant, index) => ({
      admin_graphql_api_id: gid("ProductVariant", variant.id),
      id: variant.id,
      product_id: product.id,
      title: variant.title,
      sku: variant.sku,
      price: variant.price,
      compare_at_price: variant.compareAtPrice,
      position: index + 1,
      inventory_policy: variant.inventoryPolicy.toLowerCase(),
      inventory_quantity: variant.inventoryQuantity,
      option1: variant.selectedOptions[0]?.value ?? null,
      option2: variant.selectedOptions[1]?.value ?? null,
      option3: variant.selectedOptions[2]?.value ?? null,
      created_at: product.createdAt,
      updated_at: product.updatedAt,
      taxable: true,
      barcode: null,
    })),
    images: product.images.map((image, index) => ({
      id: product.id * 10 + index,
      product_id: product.id,
      position: index + 1,
      alt: image.altText,
      width: 800,
      height: 800,
      src: `${assetBaseUrl}${image.path}`,
      variant_ids: [],
    })),
    image: product.images[0]
      ? {
          id: product.id * 10,
          product_id: product.id,
          position: 1,
          alt: product.images[0].altText,
          width: 800,
          height: 800,
          src: `${assetBaseUrl}${product.images[0].path}`,
        }
      : null,
  };
}

/** The REST order resource, as sent with orders/updated. */
export function orderPayload(shop: ShopData, order: OrderRecord, storefrontUrl: string) {
  const customer = shop.customers.find((entry) => entry.id === order.customerId);
  const fulfillment = displayFulfillmentStatus(order);
  return {
    admin_graphql_api_id: gid("Order", order.id),
    id: order.id,
    name: orderNameOf(order),
    number: order.number - 1000,
    order_number: order.number,
    email: order.email,
    contact_email: order.email,
    phone: order.phone,
    created_at: order.createdAt,
    updated_at: order.updatedAt,
    processed_at: order.processedAt,
    cancelled_at: order.cancelledAt,
    cancel_reason: order.cancelReason?.toLowerCase() ?? null,
    closed_at: order.closedAt,
    currency: shop.currencyCode,
    financial_status: FINANCIAL_STATUS_REST[order.financialStatus],
    fulfillment_status:
      fulfillment === "FULFILLED"
        ? "fulfilled"
        : fulfillment === "PARTIALLY_FULFILLED"
          ? "partial"
          : null,
    subtotal_price: orderSubtotal(order).toFixed(2),
    total_price: orderTotal(order).toFixed(2),
    current_total_price: (orderTotal(order) - orderRefunded(order)).toFixed(2),
    tags: order.tags.join(", "),
    note: order.note,
    order_status_url: `${storefrontUrl}/${shop.id}/orders/${order.token}/authenticate?key=${order.token}`,
    customer: customer
      ? {
          admin_graphql_api_id: gid("Customer", customer.id),
          id: customer.id,
          email: customer.email,
          phone: customer.phone,
          first_name: customer.firstName,
          last_name: customer.lastName,
          tags: customer.tags.join(", "),
          state: customer.state.toLowerCase(),
          locale: customer.locale,
          created_at: customer.createdAt,
        }
      : null,
    line_items: order.lineItems.map((item) => ({
      admin_graphql_api_id: gid("LineItem", item.id),
      id: item.id,
      title: item.title,
      variant_title: item.variantTitle,
      name: item.variantTitle ? `${item.title} - ${item.variantTitle}` : item.title,
      quantity: item.quantity,
      sku: item.sku,
      price: item.price,
      product_id: item.productId,
      variant_id: item.variantId,
    })),
    fulfillments: order.fulfillments.map((entry) => ({
      admin_graphql_api_id: gid("Fulfillment", entry.id),
      id: entry.id,
      order_id: order.id,
      status: entry.status.toLowerCase(),
      shipment_status: SHIPMENT_STATUS_REST[entry.displayStatus] ?? null,
      created_at: entry.createdAt,
      updated_at: entry.deliveredAt ?? entry.inTransitAt ?? entry.createdAt,
      tracking_company: entry.trackingInfo[0]?.company ?? null,
      tracking_number: entry.trackingInfo[0]?.number ?? null,
      tracking_numbers: entry.trackingInfo.map((info) => info.number),
      tracking_url: entry.trackingInfo[0]?.url ?? null,
      tracking_urls: entry.trackingInfo.map((info) => info.url),
      line_items: entry.lineItems.map((line) => ({ id: line.lineItemId, quantity: line.quantity })),
    })),
    refunds: order.refunds.map((refund) => ({
      admin_graphql_api_id: gid("Refund", refund.id),
      id: refund.id,
      order_id: order.id,
      created_at: refund.createdAt,
      note: refund.note,
      transactions: [{ amount: refund.amount, kind: "refund", status: "success" }],
    })),
    shipping_address: order.shippingAddress
      ? {
          name: order.shippingAddress.name,
          address1: order.shippingAddress.address1,
          city: order.shippingAddress.city,
          province_code: order.shippingAddress.provinceCode,
          country_code: order.shippingAddress.countryCodeV2,
          zip: order.shippingAddress.zip,
          phone: order.shippingAddress.phone,
        }
      : null,
  };
}

/**
 * Builds the payload Shopify would send for a topic from the shop's data. `resourceId` picks the
 * product, order or customer (default: the first one).
 */
export function buildWebhookPayload(options: {
  shop: ShopData;
  topic: WebhookTopic;
  resourceId?: number;
  assetBaseUrl: string;
  storefrontUrl: string;
}): unknown {
  const { shop, topic, resourceId } = options;
  switch (topic) {
    case "app/uninstalled":
      return shopPayload(shop);
    case "app/scopes_update":
      return { id: shop.id, previous: [], current: [], updated_at: new Date().toISOString() };
    case "shop/redact":
      return { shop_id: shop.id, shop_domain: shop.domain };
    case "customers/data_request":
    case "customers/redact": {
      const customer = shop.customers.find(
        (entry) => resourceId === undefined || entry.id === resourceId,
      );
      if (!customer) throw new Error(`customer ${resourceId} not found in ${shop.domain}`);
      const orderIds = shop.orders
        .filter((order) => order.customerId === customer.id)
        .map((order) => order.id);
      const customerPart = { id: customer.id, email: customer.email, phone: customer.phone };
      return topic === "customers/redact"
        ? {
            shop_id: shop.id,
            shop_domain: shop.domain,
            customer: customerPart,
            orders_to_redact: orderIds,
          }
        : {
            shop_id: shop.id,
            shop_domain: shop.domain,
            orders_requested: orderIds,
            customer: customerPart,
            data_request: { id: Math.floor(Date.now() / 1000) },
          };
    }
    case "products/update": {
      const product = shop.products.find(
        (entry) => resourceId === undefined || entry.id === resourceId,
      );
      if (!product) throw new Error(`product ${resourceId} not found in ${shop.domain}`);
      return productPayload(product, options.assetBaseUrl);
    }
    case "orders/updated": {
      const order = shop.orders.find(
        (entry) => resourceId === undefined || entry.id === resourceId,
      );
      if (!order) throw new Error(`order ${resourceId} not found in ${shop.domain}`);
      return orderPayload(shop, order, options.storefrontUrl);
    }
  }
}

export interface WebhookDelivery {
  url: string;
  shop: string;
  topic: string;
  payload: unknown;
  apiSecret: string;
  apiVersion: string;
  webhookId?: string;
  eventId?: string;
  /** Send a wrong HMAC, to test that the app rejects it. */
  tamperHmac?: boolean;
}

/** POSTs one webhook with Shopify's headers; answers the app's status. */
export async function deliverWebhookRequest(delivery: WebhookDelivery) {
  const rawBody = JSON.stringify(delivery.payload);
  const hmac = webhookHmac(delivery.apiSecret, rawBody);
  const response = await fetch(delivery.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-shopify-topic": delivery.topic,
      "x-shopify-hmac-sha256": delivery.tamperHmac
        ? webhookHmac(`${delivery.apiSecret}-wrong`, rawBody)
        : hmac,
      "x-shopify-shop-domain": delivery.shop,
      "x-shopify-api-version": delivery.apiVersion,
      "x-shopify-webhook-id": delivery.webhookId ?? randomUUID(),
      "x-shopify-triggered-at": new Date().toISOString(),
      "x-shopify-event-id": delivery.eventId ?? randomUUID(),
    },
    body: rawBody,
  });
  await response.arrayBuffer();
  return response.status;
}
