import type {
  AddressRecord,
  CollectionRecord,
  CustomerRecord,
  FulfillmentRecord,
  LineItemRecord,
  MetafieldRecord,
  OrderRecord,
  ProductRecord,
  RefundRecord,
  ReturnRecord,
  ShopData,
  VariantRecord,
} from "../shop-data";
import { orderNameOf } from "../shop-data";
import { toConnection, type ConnectionArgs } from "./connection";
import {
  compareDate,
  compareNumber,
  filterBySearch,
  freeTextMatches,
  textMatches,
  wordsMatch,
  type SearchTerm,
} from "./search-query";

/** What every resolver needs: the shop, where its assets and storefront live, and the clock. */
export interface AdminContext {
  shop: ShopData;
  /** Base URL for product images (`/static/products/...`). */
  assetBaseUrl: string;
  /** Base URL of the emulated storefront (onlineStoreUrl, statusPageUrl). */
  storefrontUrl: string;
  now: () => Date;
  /** Ids of orderCancel jobs already handed out; a job reports done once queried again. */
  jobs: Map<string, { done: boolean }>;
}

export function gid(type: string, id: number | string) {
  return `gid://shopify/${type}/${id}`;
}

const GID_PATTERN = /^gid:\/\/shopify\/([A-Za-z]+)\/(\d+)$/;

export function parseGid(value: string): { type: string; id: number } | null {
  const match = GID_PATTERN.exec(value);
  if (!match?.[1] || !match[2]) return null;
  return { type: match[1], id: Number(match[2]) };
}

function moneyV2(amount: number | string, currencyCode: string) {
  return {
    amount: typeof amount === "number" ? amount.toFixed(2) : Number(amount).toFixed(2),
    currencyCode,
  };
}

function moneyBag(amount: number | string, currencyCode: string) {
  const money = moneyV2(amount, currencyCode);
  return { shopMoney: money, presentmentMoney: money };
}

function stripHtml(html: string) {
  return html
    .replace(/<\/p>\s*<p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .trim();
}

function truncate(text: string, truncateAt: number | null | undefined) {
  if (!truncateAt || text.length <= truncateAt) return text;
  return `${text.slice(0, Math.max(truncateAt - 1, 0))}…`;
}

const isCjk = (text: string) => /[\u3040-\u30ff\u3400-\u9fff]/.test(text);

// ---------------------------------------------------------------- derived order facts

export function orderSubtotal(order: OrderRecord) {
  return order.lineItems.reduce((sum, item) => sum + Number(item.price) * item.quantity, 0);
}

export function orderTotal(order: OrderRecord) {
  return orderSubtotal(order) + Number(order.shippingPrice);
}

export function orderRefunded(order: OrderRecord) {
  return order.refunds.reduce((sum, refund) => sum + Number(refund.amount), 0);
}

function fulfilledQuantity(order: OrderRecord, lineItemId: number) {
  return order.fulfillments
    .filter((fulfillment) => fulfillment.status === "SUCCESS")
    .flatMap((fulfillment) => fulfillment.lineItems)
    .filter((item) => item.lineItemId === lineItemId)
    .reduce((sum, item) => sum + item.quantity, 0);
}

export function displayFulfillmentStatus(order: OrderRecord) {
  const total = order.lineItems.reduce((sum, item) => sum + item.quantity, 0);
  const fulfilled = order.lineItems.reduce(
    (sum, item) => sum + Math.min(fulfilledQuantity(order, item.id), item.quantity),
    0,
  );
  if (fulfilled === 0) return "UNFULFILLED";
  return fulfilled >= total ? "FULFILLED" : "PARTIALLY_FULFILLED";
}

function returnedQuantity(order: OrderRecord, fulfillmentLineItemId: number) {
  return order.returns
    .filter((entry) => entry.status !== "CANCELED" && entry.status !== "DECLINED")
    .flatMap((entry) => entry.lineItems)
    .filter((item) => item.fulfillmentLineItemId === fulfillmentLineItemId)
    .reduce((sum, item) => sum + item.quantity, 0);
}

/** Quantity of a fulfillment line item that can still be returned. */
export function returnableQuantity(
  order: OrderRecord,
  fulfillmentLineItem: { id: number; quantity: number },
) {
  return Math.max(
    fulfillmentLineItem.quantity - returnedQuantity(order, fulfillmentLineItem.id),
    0,
  );
}

function orderReturnStatus(order: OrderRecord) {
  const live = order.returns.filter(
    (entry) => entry.status !== "CANCELED" && entry.status !== "DECLINED",
  );
  if (live.length === 0) return "NO_RETURN";
  if (live.some((entry) => entry.status === "REQUESTED")) return "RETURN_REQUESTED";
  if (live.some((entry) => entry.status === "OPEN")) return "IN_PROGRESS";
  return "RETURNED";
}

function customerOrders(shop: ShopData, customerId: number) {
  return shop.orders.filter((order) => order.customerId === customerId);
}

export function customerAmountSpent(shop: ShopData, customerId: number) {
  return customerOrders(shop, customerId)
    .filter((order) => order.financialStatus !== "PENDING" && order.financialStatus !== "VOIDED")
    .reduce((sum, order) => sum + orderTotal(order) - orderRefunded(order), 0);
}

/** The customer's name as the Admin shows it (family name first, no space, for CJK names). */
export function customerDisplayName(customer: CustomerRecord) {
  if (isCjk(customer.lastName) && isCjk(customer.firstName))
    return `${customer.lastName}${customer.firstName}`;
  const name = [customer.firstName, customer.lastName].filter(Boolean).join(" ");
  return name || customer.email || customer.phone || "";
}

// ---------------------------------------------------------------- sorting and searching

type SortKey = string | null | undefined;

function sortBy<T>(items: T[], key: (item: T) => string | number) {
  return [...items].sort((a, b) => {
    const left = key(a);
    const right = key(b);
    return left < right ? -1 : left > right ? 1 : 0;
  });
}

export function sortOrders(orders: OrderRecord[], sortKey: SortKey, shop: ShopData) {
  switch (sortKey) {
    case "CREATED_AT":
      return sortBy(orders, (order) => order.createdAt);
    case "PROCESSED_AT":
      return sortBy(orders, (order) => order.processedAt);
    case "UPDATED_AT":
      return sortBy(orders, (order) => order.updatedAt);
    case "ORDER_NUMBER":
      return sortBy(orders, (order) => order.number);
    case "TOTAL_PRICE":
      return sortBy(orders, (order) => orderTotal(order));
    case "FINANCIAL_STATUS":
      return sortBy(orders, (order) => order.financialStatus);
    case "FULFILLMENT_STATUS":
      return sortBy(orders, (order) => displayFulfillmentStatus(order));
    case "CUSTOMER_NAME":
      return sortBy(orders, (order) => {
        const customer = shop.customers.find((entry) => entry.id === order.customerId);
        return customer ? customerDisplayName(customer) : "";
      });
    default:
      return sortBy(orders, (order) => order.id);
  }
}

const FINANCIAL_FILTERS: Record<string, OrderRecord["financialStatus"][]> = {
  authorized: ["AUTHORIZED"],
  pending: ["PENDING"],
  paid: ["PAID"],
  partially_paid: ["PARTIALLY_PAID"],
  refunded: ["REFUNDED"],
  voided: ["VOIDED"],
  partially_refunded: ["PARTIALLY_REFUNDED"],
  expired: ["EXPIRED"],
  unpaid: ["AUTHORIZED", "PARTIALLY_PAID", "PENDING"],
};

/** "1042", "#1042" and "#a1042" all name "#A1042": the "#" and letter case are optional. */
function sameOrderName(order: OrderRecord, value: string): boolean {
  const bare = (name: string) => name.replace(/^#/, "").toUpperCase();
  return bare(value) === bare(orderNameOf(order));
}

function matchOrderField(order: OrderRecord, term: SearchTerm): boolean | undefined {
  const value = term.value;
  switch (term.field) {
    case "name":
      return sameOrderName(order, value);
    case "email":
      return textMatches(order.email, value);
    case "customer_id":
      return String(order.customerId) === value;
    case "id":
      return compareNumber(order.id, term.comparator, value);
    case "status":
      switch (value.toLowerCase()) {
        case "open":
          return order.closedAt === null && order.cancelledAt === null;
        case "closed":
          return order.closedAt !== null;
        case "cancelled":
          return order.cancelledAt !== null;
        case "not_closed":
          return order.closedAt === null;
        default:
          return true;
      }
    case "financial_status": {
      const allowed = FINANCIAL_FILTERS[value.toLowerCase()];
      return allowed ? allowed.includes(order.financialStatus) : value.toLowerCase() === "any";
    }
    case "fulfillment_status": {
      const status = displayFulfillmentStatus(order);
      switch (value.toLowerCase()) {
        case "shipped":
        case "fulfilled":
          return status === "FULFILLED";
        case "partial":
          return status === "PARTIALLY_FULFILLED";
        case "unshipped":
        case "unfulfilled":
          return status === "UNFULFILLED";
        case "any":
          return true;
        default:
          return false;
      }
    }
    case "tag":
      return order.tags.some((tag) => textMatches(tag, value));
    case "sku":
      return order.lineItems.some((item) => textMatches(item.sku, value));
    case "created_at":
      return compareDate(order.createdAt, term.comparator, value);
    case "processed_at":
      return compareDate(order.processedAt, term.comparator, value);
    case "updated_at":
      return compareDate(order.updatedAt, term.comparator, value);
    case "return_status":
      return orderReturnStatus(order).toLowerCase() === value.toLowerCase();
    default:
      return undefined;
  }
}

export function searchOrders(
  shop: ShopData,
  orders: OrderRecord[],
  query: string | null | undefined,
) {
  return filterBySearch(
    orders,
    query,
    (order, term) => matchOrderField(order, term),
    (order, text) => {
      const customer = shop.customers.find((entry) => entry.id === order.customerId);
      return (
        sameOrderName(order, text) ||
        freeTextMatches(order.email, text) ||
        (customer !== undefined && freeTextMatches(customerDisplayName(customer), text))
      );
    },
  );
}

function productPrices(product: ProductRecord) {
  return product.variants.map((variant) => Number(variant.price));
}

export function searchProducts(products: ProductRecord[], query: string | null | undefined) {
  return filterBySearch(
    products,
    query,
    (product, term): boolean | undefined => {
      const value = term.value;
      switch (term.field) {
        case "title":
          // Titles are matched by words: `title:camp*` finds "Camp Chair", not "Basecamp".
          return textMatches(product.title, value) || wordsMatch(product.title, value);
        case "handle":
          return textMatches(product.handle, value);
        case "product_type":
          return textMatches(product.productType, value);
        case "vendor":
          return textMatches(product.vendor, value);
        case "tag":
          return product.tags.some((tag) => textMatches(tag, value));
        case "tag_not":
          return !product.tags.some((tag) => textMatches(tag, value));
        case "sku":
          return product.variants.some((variant) => textMatches(variant.sku, value));
        case "status":
          return value
            .split(",")
            .map((entry) => entry.trim().toUpperCase())
            .includes(product.status);
        case "price":
          return productPrices(product).some((price) =>
            compareNumber(price, term.comparator, value),
          );
        case "inventory_total":
          return compareNumber(
            product.variants.reduce((sum, variant) => sum + variant.inventoryQuantity, 0),
            term.comparator,
            value,
          );
        case "id":
        case "product_id":
          return compareNumber(product.id, term.comparator, value);
        case "created_at":
          return compareDate(product.createdAt, term.comparator, value);
        case "updated_at":
          return compareDate(product.updatedAt, term.comparator, value);
        default:
          return undefined;
      }
    },
    (product, text) => freeTextMatches(product.title, text),
  );
}

export function sortProducts(products: ProductRecord[], sortKey: SortKey) {
  switch (sortKey) {
    case "TITLE":
      return sortBy(products, (product) => product.title.toLowerCase());
    case "CREATED_AT":
      return sortBy(products, (product) => product.createdAt);
    case "UPDATED_AT":
      return sortBy(products, (product) => product.updatedAt);
    case "PUBLISHED_AT":
      return sortBy(products, (product) => product.publishedAt ?? "");
    case "PRODUCT_TYPE":
      return sortBy(products, (product) => product.productType);
    case "VENDOR":
      return sortBy(products, (product) => product.vendor);
    case "INVENTORY_TOTAL":
      return sortBy(products, (product) =>
        product.variants.reduce((sum, variant) => sum + variant.inventoryQuantity, 0),
      );
    default:
      return sortBy(products, (product) => product.id);
  }
}

export function searchCustomers(shop: ShopData, query: string | null | undefined) {
  return filterBySearch(
    shop.customers,
    query,
    (customer, term): boolean | undefined => {
      const value = term.value;
      switch (term.field) {
        case "email":
          return textMatches(customer.email, value);
        case "phone":
          return (customer.phone ?? "").replace(/[^\d+]/g, "") === value.replace(/[^\d+]/g, "");
        case "first_name":
          return textMatches(customer.firstName, value);
        case "last_name":
          return textMatches(customer.lastName, value);
        case "tag":
          return customer.tags.some((tag) => textMatches(tag, value));
        case "tag_not":
          return !customer.tags.some((tag) => textMatches(tag, value));
        case "state":
          return customer.state === value.toUpperCase();
        case "id":
        case "customer_id":
          return compareNumber(customer.id, term.comparator, value);
        case "orders_count":
        case "number_of_orders":
          return compareNumber(customerOrders(shop, customer.id).length, term.comparator, value);
        case "amount_spent":
        case "total_spent":
          return compareNumber(customerAmountSpent(shop, customer.id), term.comparator, value);
        case "created_at":
          return compareDate(customer.createdAt, term.comparator, value);
        case "country": {
          const address = shop.orders.find(
            (order) => order.customerId === customer.id,
          )?.shippingAddress;
          return address ? textMatches(address.countryCodeV2, value) : false;
        }
        default:
          return undefined;
      }
    },
    (customer, text) =>
      freeTextMatches(customerDisplayName(customer), text) ||
      freeTextMatches(`${customer.firstName} ${customer.lastName}`, text) ||
      freeTextMatches(customer.email, text) ||
      freeTextMatches(customer.phone, text),
  );
}

export function sortCustomers(shop: ShopData, customers: CustomerRecord[], sortKey: SortKey) {
  switch (sortKey) {
    case "NAME":
      return sortBy(customers, (customer) => customerDisplayName(customer).toLowerCase());
    case "CREATED_AT":
    case "UPDATED_AT":
      return sortBy(customers, (customer) => customer.createdAt);
    case "LOCATION":
      return sortBy(
        customers,
        (customer) =>
          shop.orders.find((order) => order.customerId === customer.id)?.shippingAddress?.city ??
          "",
      );
    default:
      return sortBy(customers, (customer) => customer.id);
  }
}

// ---------------------------------------------------------------- views

export class ImageView {
  readonly __typename = "Image";
  constructor(
    private readonly context: AdminContext,
    private readonly image: { path: string; altText: string | null },
    private readonly imageId: number,
  ) {}
  get id() {
    return gid("ProductImage", this.imageId);
  }
  url() {
    return `${this.context.assetBaseUrl}${this.image.path}`;
  }
  get altText() {
    return this.image.altText;
  }
  get width() {
    return 800;
  }
  get height() {
    return 800;
  }
}

export class MetafieldView {
  readonly __typename = "Metafield";
  constructor(
    private readonly metafield: MetafieldRecord,
    private readonly metafieldId: number,
    private readonly timestamp: string,
  ) {}
  get id() {
    return gid("Metafield", this.metafieldId);
  }
  get namespace() {
    return this.metafield.namespace;
  }
  get key() {
    return this.metafield.key;
  }
  get value() {
    return this.metafield.value;
  }
  get type() {
    return this.metafield.type;
  }
  get jsonValue() {
    if (this.metafield.type === "json" || this.metafield.type.startsWith("list.")) {
      try {
        return JSON.parse(this.metafield.value) as unknown;
      } catch {
        return this.metafield.value;
      }
    }
    return this.metafield.value;
  }
  get createdAt() {
    return this.timestamp;
  }
  get updatedAt() {
    return this.timestamp;
  }
}

export class VariantView {
  readonly __typename = "ProductVariant";
  constructor(
    private readonly context: AdminContext,
    private readonly owner: ProductRecord,
    private readonly record: VariantRecord,
  ) {}
  get id() {
    return gid("ProductVariant", this.record.id);
  }
  get legacyResourceId() {
    return String(this.record.id);
  }
  get title() {
    return this.record.title;
  }
  get displayName() {
    return `${this.owner.title} - ${this.record.title}`;
  }
  get sku() {
    return this.record.sku;
  }
  get barcode() {
    return null;
  }
  get price() {
    return this.record.price;
  }
  get compareAtPrice() {
    return this.record.compareAtPrice;
  }
  get availableForSale() {
    return (
      this.owner.status === "ACTIVE" &&
      (this.record.inventoryPolicy === "CONTINUE" || this.record.inventoryQuantity > 0)
    );
  }
  get inventoryQuantity() {
    return this.record.inventoryQuantity;
  }
  get inventoryPolicy() {
    return this.record.inventoryPolicy;
  }
  get selectedOptions() {
    return this.record.selectedOptions;
  }
  get image() {
    const first = this.owner.images[0];
    return first ? new ImageView(this.context, first, this.owner.id * 10) : null;
  }
  get product() {
    return new ProductView(this.context, this.owner);
  }
  get createdAt() {
    return this.owner.createdAt;
  }
  get updatedAt() {
    return this.owner.updatedAt;
  }
}

export class CollectionView {
  readonly __typename = "Collection";
  constructor(
    private readonly context: AdminContext,
    private readonly record: CollectionRecord,
  ) {}
  get id() {
    return gid("Collection", this.record.id);
  }
  get legacyResourceId() {
    return String(this.record.id);
  }
  get handle() {
    return this.record.handle;
  }
  get title() {
    return this.record.title;
  }
  description(args: { truncateAt?: number | null }) {
    return truncate(stripHtml(this.record.descriptionHtml), args.truncateAt);
  }
  get descriptionHtml() {
    return this.record.descriptionHtml;
  }
  get image() {
    return null;
  }
  get updatedAt() {
    return this.context.now().toISOString();
  }
  private get productRecords() {
    return this.record.productIds
      .map((id) => this.context.shop.products.find((product) => product.id === id))
      .filter((product): product is ProductRecord => product !== undefined);
  }
  get productsCount() {
    return { count: this.productRecords.length, precision: "EXACT" };
  }
  products(args: ConnectionArgs) {
    return toConnection(
      this.productRecords,
      args,
      (product) => product.id,
      (product) => new ProductView(this.context, product),
    );
  }
}

export class ProductView {
  readonly __typename = "Product";
  constructor(
    private readonly context: AdminContext,
    private readonly record: ProductRecord,
  ) {}
  get id() {
    return gid("Product", this.record.id);
  }
  get legacyResourceId() {
    return String(this.record.id);
  }
  get handle() {
    return this.record.handle;
  }
  get title() {
    return this.record.title;
  }
  description(args: { truncateAt?: number | null }) {
    return truncate(stripHtml(this.record.descriptionHtml), args.truncateAt);
  }
  get descriptionHtml() {
    return this.record.descriptionHtml;
  }
  get productType() {
    return this.record.productType;
  }
  get vendor() {
    return this.record.vendor;
  }
  get tags() {
    return this.record.tags;
  }
  get status() {
    return this.record.status;
  }
  get createdAt() {
    return this.record.createdAt;
  }
  get updatedAt() {
    return this.record.updatedAt;
  }
  get publishedAt() {
    return this.record.publishedAt;
  }
  get onlineStoreUrl() {
    return this.record.status === "ACTIVE" && this.record.publishedAt
      ? `${this.context.storefrontUrl}/products/${this.record.handle}`
      : null;
  }
  get onlineStorePreviewUrl() {
    return `${this.context.storefrontUrl}/products/${this.record.handle}`;
  }
  get totalInventory() {
    return this.record.variants.reduce((sum, variant) => sum + variant.inventoryQuantity, 0);
  }
  get tracksInventory() {
    return this.record.variants.some((variant) => variant.inventoryPolicy === "DENY");
  }
  get hasOnlyDefaultVariant() {
    return this.record.variants.length === 1 && this.record.variants[0]?.title === "Default Title";
  }
  get priceRangeV2() {
    const prices = this.record.variants.map((variant) => Number(variant.price));
    const currency = this.context.shop.currencyCode;
    return {
      minVariantPrice: moneyV2(prices.length ? Math.min(...prices) : 0, currency),
      maxVariantPrice: moneyV2(prices.length ? Math.max(...prices) : 0, currency),
    };
  }
  private imageViews() {
    return this.record.images.map(
      (image, index) => new ImageView(this.context, image, this.record.id * 10 + index),
    );
  }
  get featuredImage() {
    return this.imageViews()[0] ?? null;
  }
  images(args: ConnectionArgs) {
    const views = this.imageViews();
    return toConnection(
      views.map((view, index) => ({ view, index })),
      args,
      (entry) => entry.index,
      (entry) => entry.view,
    );
  }
  options(args: { first?: number | null }) {
    const options = this.record.options.map((option, index) => ({
      id: gid("ProductOption", this.record.id * 10 + index),
      name: option.name,
      position: index + 1,
      values: option.values,
    }));
    return typeof args.first === "number" ? options.slice(0, args.first) : options;
  }
  variants(args: ConnectionArgs) {
    return toConnection(
      this.record.variants,
      args,
      (variant) => variant.id,
      (variant) => new VariantView(this.context, this.record, variant),
    );
  }
  get variantsCount() {
    return { count: this.record.variants.length, precision: "EXACT" };
  }
  collections(args: ConnectionArgs & { query?: string | null }) {
    const collections = this.context.shop.collections.filter((collection) =>
      collection.productIds.includes(this.record.id),
    );
    return toConnection(
      collections,
      args,
      (collection) => collection.id,
      (collection) => new CollectionView(this.context, collection),
    );
  }
  private metafieldViews() {
    return this.record.metafields.map((metafield, index) => ({
      record: metafield,
      id: this.record.id * 100 + index,
    }));
  }
  metafields(args: ConnectionArgs & { namespace?: string | null; keys?: string[] | null }) {
    const entries = this.metafieldViews().filter(
      ({ record }) =>
        (!args.namespace || record.namespace === args.namespace) &&
        (!args.keys || args.keys.includes(`${record.namespace}.${record.key}`)),
    );
    return toConnection(
      entries,
      args,
      (entry) => entry.id,
      (entry) => new MetafieldView(entry.record, entry.id, this.record.updatedAt),
    );
  }
  metafield(args: { namespace?: string | null; key: string }) {
    // Shopify accepts `key: "namespace.key"` without a namespace argument.
    const [namespace, key] = args.namespace
      ? [args.namespace, args.key]
      : args.key.includes(".")
        ? args.key.split(/\.(.*)/s)
        : ["$app", args.key];
    const entry = this.metafieldViews().find(
      ({ record }) => record.namespace === namespace && record.key === key,
    );
    return entry ? new MetafieldView(entry.record, entry.id, this.record.updatedAt) : null;
  }
  get seo() {
    return { title: null, description: null };
  }
}

export class MailingAddressView {
  readonly __typename = "MailingAddress";
  constructor(
    private readonly record: AddressRecord,
    private readonly addressId: number,
  ) {}
  get id() {
    return gid("MailingAddress", this.addressId);
  }
  get name() {
    return this.record.name;
  }
  get firstName() {
    return this.record.name.split(" ")[0] ?? null;
  }
  get lastName() {
    return this.record.name.split(" ").slice(1).join(" ") || null;
  }
  get address1() {
    return this.record.address1;
  }
  get address2() {
    return null;
  }
  get city() {
    return this.record.city;
  }
  get province() {
    return this.record.provinceCode;
  }
  get provinceCode() {
    return this.record.provinceCode;
  }
  get country() {
    return this.record.countryCodeV2;
  }
  get countryCodeV2() {
    return this.record.countryCodeV2;
  }
  get zip() {
    return this.record.zip;
  }
  get phone() {
    return this.record.phone;
  }
}

export class CustomerView {
  readonly __typename = "Customer";
  constructor(
    private readonly context: AdminContext,
    private readonly record: CustomerRecord,
  ) {}
  get id() {
    return gid("Customer", this.record.id);
  }
  get legacyResourceId() {
    return String(this.record.id);
  }
  get firstName() {
    return this.record.firstName;
  }
  get lastName() {
    return this.record.lastName;
  }
  get displayName() {
    return customerDisplayName(this.record);
  }
  get email() {
    return this.record.email;
  }
  get phone() {
    return this.record.phone;
  }
  get defaultEmailAddress() {
    return this.record.email ? { emailAddress: this.record.email } : null;
  }
  get defaultPhoneNumber() {
    return this.record.phone ? { phoneNumber: this.record.phone } : null;
  }
  get defaultAddress() {
    const address = customerOrders(this.context.shop, this.record.id).find(
      (order) => order.shippingAddress,
    )?.shippingAddress;
    return address ? new MailingAddressView(address, this.record.id) : null;
  }
  get tags() {
    return this.record.tags;
  }
  get note() {
    return this.record.note;
  }
  get numberOfOrders() {
    return String(customerOrders(this.context.shop, this.record.id).length);
  }
  get amountSpent() {
    return moneyV2(
      customerAmountSpent(this.context.shop, this.record.id),
      this.context.shop.currencyCode,
    );
  }
  get createdAt() {
    return this.record.createdAt;
  }
  get updatedAt() {
    return this.record.createdAt;
  }
  get locale() {
    return this.record.locale;
  }
  get state() {
    return this.record.state;
  }
  get verifiedEmail() {
    return this.record.state === "ENABLED";
  }
  get lastOrder() {
    const orders = sortOrders(
      customerOrders(this.context.shop, this.record.id),
      "PROCESSED_AT",
      this.context.shop,
    );
    const last = orders[orders.length - 1];
    return last ? new OrderView(this.context, last) : null;
  }
  orders(args: ConnectionArgs & { query?: string | null; sortKey?: string | null }) {
    const shop = this.context.shop;
    const orders = sortOrders(
      searchOrders(shop, customerOrders(shop, this.record.id), args.query),
      args.sortKey,
      shop,
    );
    return toConnection(
      orders,
      args,
      (order) => order.id,
      (order) => new OrderView(this.context, order),
    );
  }
}

export class LineItemView {
  readonly __typename = "LineItem";
  constructor(
    private readonly context: AdminContext,
    private readonly order: OrderRecord,
    private readonly record: LineItemRecord,
  ) {}
  private get productRecord() {
    return (
      this.context.shop.products.find((product) => product.id === this.record.productId) ?? null
    );
  }
  get id() {
    return gid("LineItem", this.record.id);
  }
  get title() {
    return this.record.title;
  }
  get name() {
    return this.record.variantTitle
      ? `${this.record.title} - ${this.record.variantTitle}`
      : this.record.title;
  }
  get quantity() {
    return this.record.quantity;
  }
  get currentQuantity() {
    return this.order.cancelledAt ? 0 : this.record.quantity;
  }
  get unfulfilledQuantity() {
    return Math.max(this.record.quantity - fulfilledQuantity(this.order, this.record.id), 0);
  }
  get refundableQuantity() {
    return this.order.financialStatus === "REFUNDED" ? 0 : this.record.quantity;
  }
  get sku() {
    return this.record.sku;
  }
  get variantTitle() {
    return this.record.variantTitle;
  }
  get vendor() {
    return this.productRecord?.vendor ?? null;
  }
  get variant() {
    const product = this.productRecord;
    const variant = product?.variants.find((entry) => entry.id === this.record.variantId);
    return product && variant ? new VariantView(this.context, product, variant) : null;
  }
  get product() {
    const product = this.productRecord;
    return product ? new ProductView(this.context, product) : null;
  }
  get image() {
    const product = this.productRecord;
    const image = product?.images[0];
    return product && image ? new ImageView(this.context, image, product.id * 10) : null;
  }
  get originalUnitPriceSet() {
    return moneyBag(this.record.price, this.context.shop.currencyCode);
  }
  get originalTotalSet() {
    return moneyBag(
      Number(this.record.price) * this.record.quantity,
      this.context.shop.currencyCode,
    );
  }
}

export class FulfillmentLineItemView {
  readonly __typename = "FulfillmentLineItem";
  constructor(
    private readonly context: AdminContext,
    private readonly order: OrderRecord,
    private readonly record: { id: number; lineItemId: number; quantity: number },
  ) {}
  get id() {
    return gid("FulfillmentLineItem", this.record.id);
  }
  get quantity() {
    return this.record.quantity;
  }
  get lineItem() {
    const lineItem = this.order.lineItems.find((item) => item.id === this.record.lineItemId);
    if (!lineItem)
      throw new Error(`line item ${this.record.lineItemId} is missing from order ${this.order.id}`);
    return new LineItemView(this.context, this.order, lineItem);
  }
}

export class FulfillmentView {
  readonly __typename = "Fulfillment";
  constructor(
    private readonly context: AdminContext,
    private readonly owner: OrderRecord,
    private readonly record: FulfillmentRecord,
  ) {}
  get id() {
    return gid("Fulfillment", this.record.id);
  }
  get legacyResourceId() {
    return String(this.record.id);
  }
  get name() {
    return `#${this.owner.number}-F${this.owner.fulfillments.indexOf(this.record) + 1}`;
  }
  get status() {
    return this.record.status;
  }
  get displayStatus() {
    return this.record.displayStatus;
  }
  get createdAt() {
    return this.record.createdAt;
  }
  get updatedAt() {
    return this.record.deliveredAt ?? this.record.inTransitAt ?? this.record.createdAt;
  }
  get inTransitAt() {
    return this.record.inTransitAt;
  }
  get deliveredAt() {
    return this.record.deliveredAt;
  }
  get estimatedDeliveryAt() {
    return this.record.estimatedDeliveryAt;
  }
  get totalQuantity() {
    return this.record.lineItems.reduce((sum, item) => sum + item.quantity, 0);
  }
  trackingInfo(args: { first?: number | null }) {
    return typeof args.first === "number"
      ? this.record.trackingInfo.slice(0, args.first)
      : this.record.trackingInfo;
  }
  fulfillmentLineItems(args: ConnectionArgs) {
    return toConnection(
      this.record.lineItems,
      args,
      (item) => item.id,
      (item) => new FulfillmentLineItemView(this.context, this.owner, item),
    );
  }
  get order() {
    return new OrderView(this.context, this.owner);
  }
}

export class RefundView {
  readonly __typename = "Refund";
  constructor(
    private readonly context: AdminContext,
    private readonly record: RefundRecord,
  ) {}
  get id() {
    return gid("Refund", this.record.id);
  }
  get legacyResourceId() {
    return String(this.record.id);
  }
  get createdAt() {
    return this.record.createdAt;
  }
  get note() {
    return this.record.note;
  }
  get totalRefundedSet() {
    return moneyBag(this.record.amount, this.context.shop.currencyCode);
  }
}

export class ReturnLineItemView {
  readonly __typename = "ReturnLineItem";
  constructor(
    private readonly context: AdminContext,
    private readonly parentOrder: OrderRecord,
    private readonly record: ReturnRecord["lineItems"][number],
  ) {}
  get id() {
    return gid("ReturnLineItem", this.record.id);
  }
  get quantity() {
    return this.record.quantity;
  }
  get returnReason() {
    return this.record.returnReason;
  }
  get customerNote() {
    return this.record.customerNote;
  }
  get fulfillmentLineItem() {
    const item = this.parentOrder.fulfillments
      .flatMap((fulfillment) => fulfillment.lineItems)
      .find((entry) => entry.id === this.record.fulfillmentLineItemId);
    if (!item)
      throw new Error(`fulfillment line item ${this.record.fulfillmentLineItemId} is missing`);
    return new FulfillmentLineItemView(this.context, this.parentOrder, item);
  }
}

export class ReturnView {
  readonly __typename = "Return";
  constructor(
    private readonly context: AdminContext,
    private readonly parentOrder: OrderRecord,
    private readonly record: ReturnRecord,
  ) {}
  get id() {
    return gid("Return", this.record.id);
  }
  get name() {
    return this.record.name;
  }
  get status() {
    return this.record.status;
  }
  get createdAt() {
    return this.record.createdAt;
  }
  get closedAt() {
    return null;
  }
  get totalQuantity() {
    return this.record.lineItems.reduce((sum, item) => sum + item.quantity, 0);
  }
  get order() {
    return new OrderView(this.context, this.parentOrder);
  }
  returnLineItems(args: ConnectionArgs) {
    return toConnection(
      this.record.lineItems,
      args,
      (item) => item.id,
      (item) => new ReturnLineItemView(this.context, this.parentOrder, item),
    );
  }
}

export class ReturnableFulfillmentView {
  readonly __typename = "ReturnableFulfillment";
  constructor(
    private readonly context: AdminContext,
    private readonly parentOrder: OrderRecord,
    private readonly record: FulfillmentRecord,
  ) {}
  get id() {
    return gid("ReturnableFulfillment", this.record.id);
  }
  get fulfillment() {
    return new FulfillmentView(this.context, this.parentOrder, this.record);
  }
  returnableFulfillmentLineItems(args: ConnectionArgs) {
    const items = this.record.lineItems
      .map((item) => ({ item, quantity: returnableQuantity(this.parentOrder, item) }))
      .filter((entry) => entry.quantity > 0);
    return toConnection(
      items,
      args,
      (entry) => entry.item.id,
      (entry) => ({
        fulfillmentLineItem: new FulfillmentLineItemView(
          this.context,
          this.parentOrder,
          entry.item,
        ),
        quantity: entry.quantity,
      }),
    );
  }
}

/** Fulfillments of an order that still have something to send back. */
export function returnableFulfillmentsOf(order: OrderRecord) {
  if (order.cancelledAt) return [];
  return order.fulfillments.filter(
    (fulfillment) =>
      fulfillment.status === "SUCCESS" &&
      fulfillment.lineItems.some((item) => returnableQuantity(order, item) > 0),
  );
}

export class OrderView {
  readonly __typename = "Order";
  constructor(
    private readonly context: AdminContext,
    private readonly record: OrderRecord,
  ) {}
  private get currency() {
    return this.context.shop.currencyCode;
  }
  get id() {
    return gid("Order", this.record.id);
  }
  get legacyResourceId() {
    return String(this.record.id);
  }
  get name() {
    return orderNameOf(this.record);
  }
  get email() {
    return this.record.email;
  }
  get phone() {
    return this.record.phone;
  }
  get createdAt() {
    return this.record.createdAt;
  }
  get updatedAt() {
    return this.record.updatedAt;
  }
  get processedAt() {
    return this.record.processedAt;
  }
  get cancelledAt() {
    return this.record.cancelledAt;
  }
  get cancelReason() {
    return this.record.cancelReason;
  }
  get closed() {
    return this.record.closedAt !== null;
  }
  get closedAt() {
    return this.record.closedAt;
  }
  get confirmed() {
    return true;
  }
  get fullyPaid() {
    return !["PENDING", "AUTHORIZED", "PARTIALLY_PAID", "EXPIRED", "VOIDED"].includes(
      this.record.financialStatus,
    );
  }
  get currencyCode() {
    return this.currency;
  }
  get customerLocale() {
    const customer = this.context.shop.customers.find(
      (entry) => entry.id === this.record.customerId,
    );
    return customer?.locale ?? this.context.shop.primaryLocale;
  }
  get displayFinancialStatus() {
    return this.record.financialStatus;
  }
  get displayFulfillmentStatus() {
    return displayFulfillmentStatus(this.record);
  }
  get returnStatus() {
    return orderReturnStatus(this.record);
  }
  get totalPriceSet() {
    return moneyBag(orderTotal(this.record), this.currency);
  }
  get currentTotalPriceSet() {
    return moneyBag(
      Math.max(orderTotal(this.record) - orderRefunded(this.record), 0),
      this.currency,
    );
  }
  get subtotalPriceSet() {
    return moneyBag(orderSubtotal(this.record), this.currency);
  }
  get totalShippingPriceSet() {
    return moneyBag(this.record.shippingPrice, this.currency);
  }
  get totalRefundedSet() {
    return moneyBag(orderRefunded(this.record), this.currency);
  }
  get customer() {
    const customer = this.context.shop.customers.find(
      (entry) => entry.id === this.record.customerId,
    );
    return customer ? new CustomerView(this.context, customer) : null;
  }
  get statusPageUrl() {
    return `${this.context.storefrontUrl}/${this.context.shop.id}/orders/${this.record.token}/authenticate?key=${this.record.token}`;
  }
  get tags() {
    return this.record.tags;
  }
  get note() {
    return this.record.note;
  }
  lineItems(args: ConnectionArgs) {
    return toConnection(
      this.record.lineItems,
      args,
      (item) => item.id,
      (item) => new LineItemView(this.context, this.record, item),
    );
  }
  fulfillments(args: { first?: number | null }) {
    const views = this.record.fulfillments.map(
      (fulfillment) => new FulfillmentView(this.context, this.record, fulfillment),
    );
    return typeof args.first === "number" ? views.slice(0, args.first) : views;
  }
  get shippingAddress() {
    return this.record.shippingAddress
      ? new MailingAddressView(this.record.shippingAddress, this.record.id)
      : null;
  }
  get billingAddress() {
    return this.shippingAddress;
  }
  refunds(args: { first?: number | null }) {
    const views = this.record.refunds.map((refund) => new RefundView(this.context, refund));
    return typeof args.first === "number" ? views.slice(0, args.first) : views;
  }
  returns(args: ConnectionArgs) {
    return toConnection(
      this.record.returns,
      args,
      (entry) => entry.id,
      (entry) => new ReturnView(this.context, this.record, entry),
    );
  }
}

export class ShopView {
  readonly __typename = "Shop";
  constructor(private readonly context: AdminContext) {}
  private get data() {
    return this.context.shop;
  }
  get id() {
    return gid("Shop", this.data.id);
  }
  get name() {
    return this.data.name;
  }
  get email() {
    return this.data.email;
  }
  get contactEmail() {
    return this.data.email;
  }
  get myshopifyDomain() {
    return this.data.domain;
  }
  get url() {
    return this.context.storefrontUrl;
  }
  get currencyCode() {
    return this.data.currencyCode;
  }
  get ianaTimezone() {
    return this.data.ianaTimezone;
  }
  get timezoneAbbreviation() {
    const part = new Intl.DateTimeFormat("en-US", {
      timeZone: this.data.ianaTimezone,
      timeZoneName: "short",
    })
      .formatToParts(this.context.now())
      .find((entry) => entry.type === "timeZoneName");
    return part?.value ?? "UTC";
  }
  get primaryDomain() {
    const url = new URL(this.context.storefrontUrl);
    return {
      id: gid("Domain", this.data.id),
      host: url.host,
      url: this.context.storefrontUrl,
      sslEnabled: url.protocol === "https:",
    };
  }
  get plan() {
    return {
      displayName: this.data.planDisplayName,
      partnerDevelopment: false,
      shopifyPlus: this.data.planDisplayName === "Shopify Plus",
    };
  }
  get description() {
    return null;
  }
}
