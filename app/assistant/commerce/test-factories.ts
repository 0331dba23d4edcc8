import { createDemoShop, startShopifyEmulator } from "../../../test/emulators/shopify";
import type { ShopifyEmulator } from "../../../test/emulators/shopify";
import { createLoopbackFetch } from "../../../test/emulators/transport";
import { createAdminGateway } from "./admin-gateway";
import type { AdminGateway, CreateAdminGatewayOptions } from "./admin-gateway";
import { createMemoryCommerceCache } from "./commerce-cache";
import type { CommerceCache } from "./commerce-cache";
import { createCostLedger } from "./cost-ledger";
import type {
  CustomerRecord,
  FulfillmentRecord,
  LineItemRecord,
  OrderRecord,
  ProductRecord,
  ShopData,
} from "../../../test/emulators/shopify";

/**
 * Small builders for records the commerce tests add to the emulator's shop, with overridable
 * defaults. Ids start high so they never collide with the demo shop's own records.
 */
let nextId = 9_000_000;
const id = () => (nextId += 1);

export function buildProduct(overrides: Partial<ProductRecord> = {}): ProductRecord {
  const productId = overrides.id ?? id();
  const handle = overrides.handle ?? `test-product-${productId}`;
  return {
    id: productId,
    handle,
    title: `Test product ${productId}`,
    descriptionHtml: "<p>A product made for tests.</p>",
    productType: "Test gear",
    vendor: "Concierge Tests",
    tags: [],
    status: "ACTIVE",
    createdAt: "2025-01-01T00:00:00Z",
    updatedAt: "2025-01-01T00:00:00Z",
    publishedAt: "2025-01-01T00:00:00Z",
    options: [{ name: "Size", values: ["S", "M"] }],
    variants: [
      {
        id: id(),
        title: "S",
        sku: `SKU-${productId}-S`,
        price: "40.00",
        compareAtPrice: null,
        inventoryQuantity: 3,
        inventoryPolicy: "DENY",
        selectedOptions: [{ name: "Size", value: "S" }],
      },
      {
        id: id(),
        title: "M",
        sku: `SKU-${productId}-M`,
        price: "40.00",
        compareAtPrice: null,
        inventoryQuantity: 0,
        inventoryPolicy: "DENY",
        selectedOptions: [{ name: "Size", value: "M" }],
      },
    ],
    images: [],
    metafields: [
      {
        namespace: "custom",
        key: "material",
        value: "Merino wool",
        type: "single_line_text_field",
      },
      {
        namespace: "custom",
        key: "care",
        value: "Machine wash cold",
        type: "multi_line_text_field",
      },
    ],
    ...overrides,
  };
}

/**
 * Every combination of the options as a variant ("S / Navy"), in stock unless its title is listed
 * as sold out: a product with real choices for questions about sizes and colours.
 */
export function buildVariants(options: {
  options: { name: string; values: string[] }[];
  soldOut?: string[];
  price?: string;
}): Pick<ProductRecord, "options" | "variants"> {
  let combinations: { name: string; value: string }[][] = [[]];
  for (const option of options.options)
    combinations = combinations.flatMap((chosen) =>
      option.values.map((value) => [...chosen, { name: option.name, value }]),
    );
  return {
    options: options.options,
    variants: combinations.map((selectedOptions) => {
      const title = selectedOptions.map((choice) => choice.value).join(" / ");
      return {
        id: id(),
        title,
        sku: `SKU-${title.replace(/\W+/g, "-")}`,
        price: options.price ?? "40.00",
        compareAtPrice: null,
        inventoryQuantity: options.soldOut?.includes(title) ? 0 : 5,
        inventoryPolicy: "DENY",
        selectedOptions,
      };
    }),
  };
}

export function buildCustomer(overrides: Partial<CustomerRecord> = {}): CustomerRecord {
  const customerId = overrides.id ?? id();
  return {
    id: customerId,
    firstName: "Test",
    lastName: `Shopper ${customerId}`,
    email: `shopper-${customerId}@example.com`,
    phone: null,
    tags: [],
    locale: "en",
    state: "ENABLED",
    createdAt: "2024-06-01T00:00:00Z",
    note: null,
    ...overrides,
  };
}

export function buildLineItem(
  product: ProductRecord,
  overrides: Partial<LineItemRecord> = {},
): LineItemRecord {
  const variant = product.variants[0];
  return {
    id: id(),
    productId: product.id,
    variantId: variant?.id ?? null,
    title: product.title,
    variantTitle: variant?.title ?? null,
    sku: variant?.sku ?? null,
    quantity: 1,
    price: variant?.price ?? "10.00",
    ...overrides,
  };
}

export function buildFulfillment(
  lineItems: LineItemRecord[],
  overrides: Partial<FulfillmentRecord> = {},
): FulfillmentRecord {
  return {
    id: id(),
    status: "SUCCESS",
    displayStatus: "IN_TRANSIT",
    createdAt: daysAgo(2),
    inTransitAt: daysAgo(1),
    deliveredAt: null,
    estimatedDeliveryAt: daysAgo(-2),
    trackingInfo: [
      {
        company: "UPS",
        number: "1Z999AA10123456784",
        url: "https://www.ups.com/track?tracknum=1Z999AA10123456784",
      },
    ],
    lineItems: lineItems.map((item) => ({
      id: id(),
      lineItemId: item.id,
      quantity: item.quantity,
    })),
    ...overrides,
  };
}

export function buildOrder(shop: ShopData, overrides: Partial<OrderRecord> = {}): OrderRecord {
  const number =
    overrides.number ?? Math.max(1000, ...shop.orders.map((order) => order.number)) + 1;
  return {
    id: id(),
    number,
    customerId: null,
    email: `guest-${number}@example.com`,
    phone: null,
    createdAt: daysAgo(3),
    processedAt: daysAgo(3),
    updatedAt: daysAgo(1),
    cancelledAt: null,
    cancelReason: null,
    closedAt: null,
    financialStatus: "PAID",
    lineItems: [],
    shippingPrice: "5.00",
    fulfillments: [],
    shippingAddress: null,
    refunds: [],
    returns: [],
    tags: [],
    note: null,
    token: `token${number}`,
    ...overrides,
  };
}

/**
 * A new customer with one order of two of a product, added to the shop: unfulfilled, or shipped
 * and delivered `deliveredDaysAgo` days ago (for order actions: cancel, return within a window);
 * `name` gives it a shop's own order name ("#CA-1042") instead of `#{number}`.
 */
export function seedCustomerOrder(
  shop: ShopData,
  options: { title?: string; shipped?: boolean; deliveredDaysAgo?: number; name?: string } = {},
): { customer: CustomerRecord; order: OrderRecord } {
  const product = buildProduct({ title: options.title ?? "Folding chair" });
  shop.products.push(product);
  const customer = buildCustomer();
  shop.customers.push(customer);
  const items = [buildLineItem(product, { quantity: 2 })];
  const delivered = options.deliveredDaysAgo ?? 3;
  const fulfillments = options.shipped
    ? [
        buildFulfillment(items, {
          displayStatus: "DELIVERED",
          deliveredAt: daysAgo(delivered),
          createdAt: daysAgo(delivered + 2),
        }),
      ]
    : [];
  const order = buildOrder(shop, {
    customerId: customer.id,
    email: customer.email,
    lineItems: items,
    fulfillments,
    ...(options.name ? { name: options.name } : {}),
  });
  shop.orders.push(order);
  return { customer, order };
}

export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 24 * 60 * 60_000).toISOString();
}

export const TEST_SHOP = "concierge-demo.myshopify.com";

export interface CommerceTestShop {
  emulator: ShopifyEmulator;
  data: ShopData;
  accessToken: string;
  transport: typeof fetch;
  /** Admin API requests the gateway sent, in order (operation names parsed from the bodies). */
  sent: string[];
  cache: CommerceCache;
  gateway(overrides?: Partial<CreateAdminGatewayOptions>): AdminGateway;
  close(): Promise<void>;
}

/**
 * The Shopify emulator on loopback (port 0) with the demo shop, a real access token and the
 * loopback transport; each call to `gateway()` gets a fresh cost ledger so tests stay apart.
 */
export async function startCommerceTestShop(): Promise<CommerceTestShop> {
  const emulator = await startShopifyEmulator({
    apiKey: "test-api-key",
    apiSecret: "test-api-secret",
    appUrl: "http://127.0.0.1:9",
    port: 0,
    storefrontPort: 0,
    shops: [createDemoShop(7)],
  });
  const accessToken = emulator.seedAccessToken(TEST_SHOP);
  const loopback = createLoopbackFetch({ shopifyEmulatorUrl: emulator.url });
  const sent: string[] = [];
  const transport = (async (
    input: Parameters<typeof fetch>[0],
    init?: Parameters<typeof fetch>[1],
  ) => {
    const body = typeof init?.body === "string" ? init.body : "";
    sent.push(/(?:query|mutation) (\w+)/.exec(body)?.[1] ?? "unknown");
    return loopback(input, init);
  }) as typeof fetch;
  return {
    emulator,
    data: emulator.shop(TEST_SHOP),
    accessToken,
    transport,
    sent,
    cache: createMemoryCommerceCache(),
    gateway: (overrides = {}) =>
      createAdminGateway({
        shop: TEST_SHOP,
        accessToken,
        fetch: transport,
        timeoutMs: 3_000,
        ledger: createCostLedger(),
        ...overrides,
      }),
    close: () => emulator.close(),
  };
}
