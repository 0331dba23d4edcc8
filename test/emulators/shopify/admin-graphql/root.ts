import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import type { OrderCancelReason, OrderRecord, ReturnReason } from "../shop-data";
import type { ConnectionArgs } from "./connection";
import { toConnection } from "./connection";
import { filterBySearch, textMatches } from "./search-query";
import {
  CollectionView,
  CustomerView,
  FulfillmentView,
  OrderView,
  ProductView,
  ReturnView,
  ReturnableFulfillmentView,
  ShopView,
  VariantView,
  gid,
  orderRefunded,
  orderTotal,
  parseGid,
  returnableFulfillmentsOf,
  returnableQuantity,
  searchCustomers,
  searchOrders,
  searchProducts,
  sortCustomers,
  sortOrders,
  sortProducts,
  type AdminContext,
} from "./views";

type ListArgs = ConnectionArgs & { query?: string | null; sortKey?: string | null };

/** Shopify answers a malformed GID with an error, and an unknown one with null. */
function requireGid(value: string, expectedType?: string) {
  const parsed = parseGid(value);
  if (!parsed || (expectedType && parsed.type !== expectedType)) {
    throw new GraphQLError(`Invalid global id '${value}'`, {
      extensions: { code: "argumentLiteralsIncompatible" },
    });
  }
  return parsed.id;
}

function findNode(context: AdminContext, id: string) {
  const parsed = parseGid(id);
  if (!parsed)
    throw new GraphQLError(`Invalid global id '${id}'`, {
      extensions: { code: "argumentLiteralsIncompatible" },
    });
  const { shop } = context;
  switch (parsed.type) {
    case "Order": {
      const order = shop.orders.find((entry) => entry.id === parsed.id);
      return order ? new OrderView(context, order) : null;
    }
    case "Customer": {
      const customer = shop.customers.find((entry) => entry.id === parsed.id);
      return customer ? new CustomerView(context, customer) : null;
    }
    case "Product": {
      const product = shop.products.find((entry) => entry.id === parsed.id);
      return product ? new ProductView(context, product) : null;
    }
    case "ProductVariant": {
      for (const product of shop.products) {
        const variant = product.variants.find((entry) => entry.id === parsed.id);
        if (variant) return new VariantView(context, product, variant);
      }
      return null;
    }
    case "Collection": {
      const collection = shop.collections.find((entry) => entry.id === parsed.id);
      return collection ? new CollectionView(context, collection) : null;
    }
    case "Fulfillment": {
      for (const order of shop.orders) {
        const fulfillment = order.fulfillments.find((entry) => entry.id === parsed.id);
        if (fulfillment) return new FulfillmentView(context, order, fulfillment);
      }
      return null;
    }
    case "Return": {
      for (const order of shop.orders) {
        const entry = order.returns.find((candidate) => candidate.id === parsed.id);
        if (entry) return new ReturnView(context, order, entry);
      }
      return null;
    }
    case "Shop":
      return parsed.id === shop.id ? new ShopView(context) : null;
    default:
      return null;
  }
}

function nextId(values: number[], floor: number) {
  return Math.max(floor, ...values) + 1;
}

function cancelOrder(
  context: AdminContext,
  args: {
    orderId: string;
    reason: OrderCancelReason;
    refund?: boolean | null;
    refundMethod?: { originalPaymentMethodsRefund?: boolean | null } | null;
    restock: boolean;
  },
) {
  const { shop } = context;
  const orderId = parseGid(args.orderId)?.id;
  const order = shop.orders.find((entry) => entry.id === orderId);
  const fail = (code: string, message: string, field: string[]) => ({
    job: null,
    orderCancelUserErrors: [{ field, message, code }],
    userErrors: [{ field, message }],
  });
  if (!order) return fail("NOT_FOUND", "Order does not exist", ["orderId"]);
  if (order.cancelledAt) return fail("INVALID", "Order has already been cancelled", ["orderId"]);
  if (order.fulfillments.some((fulfillment) => fulfillment.status === "SUCCESS")) {
    return fail(
      "INVALID",
      "Cannot cancel an order with fulfillments. Cancel the fulfillments first.",
      ["orderId"],
    );
  }
  const now = context.now().toISOString();
  order.cancelledAt = now;
  order.cancelReason = args.reason;
  order.closedAt = now;
  order.updatedAt = now;
  const refund = args.refund ?? args.refundMethod?.originalPaymentMethodsRefund ?? false;
  if (order.financialStatus === "PENDING" || order.financialStatus === "AUTHORIZED") {
    order.financialStatus = "VOIDED";
  } else if (refund) {
    const remaining = orderTotal(order) - orderRefunded(order);
    if (remaining > 0) {
      const refundIds = shop.orders.flatMap((entry) =>
        entry.refunds.map((candidate) => candidate.id),
      );
      order.refunds.push({
        id: nextId(refundIds, 80_000),
        createdAt: now,
        amount: remaining.toFixed(2),
        note: "Order cancelled",
      });
    }
    order.financialStatus = "REFUNDED";
  }
  if (args.restock) {
    for (const item of order.lineItems) {
      const variant = shop.products
        .flatMap((product) => product.variants)
        .find((entry) => entry.id === item.variantId);
      if (variant) variant.inventoryQuantity += item.quantity;
    }
  }
  const jobId = gid("Job", randomUUID());
  context.jobs.set(jobId, { done: false });
  return {
    job: { id: jobId, done: false, query: null },
    orderCancelUserErrors: [],
    userErrors: [],
  };
}

interface ReturnRequestArgs {
  input: {
    orderId: string;
    returnLineItems: {
      fulfillmentLineItemId: string;
      quantity: number;
      returnReason: ReturnReason;
      customerNote?: string | null;
    }[];
  };
}

function requestReturn(context: AdminContext, { input }: ReturnRequestArgs) {
  const { shop } = context;
  const orderId = parseGid(input.orderId)?.id;
  const order = shop.orders.find((entry) => entry.id === orderId);
  const fail = (code: string, message: string, field: string[]) => ({
    return: null,
    userErrors: [{ field, message, code }],
  });
  if (!order) return fail("NOT_FOUND", "Order does not exist.", ["input", "orderId"]);
  if (input.returnLineItems.length === 0)
    return fail("BLANK", "Return line items can't be blank.", ["input", "returnLineItems"]);
  const fulfillmentLineItems = order.fulfillments
    .filter((entry) => entry.status === "SUCCESS")
    .flatMap((entry) => entry.lineItems);
  const lines: OrderRecord["returns"][number]["lineItems"] = [];
  const allReturnLineIds = shop.orders.flatMap((entry) =>
    entry.returns.flatMap((candidate) => candidate.lineItems.map((line) => line.id)),
  );
  let nextLineId = nextId(allReturnLineIds, 98_000);
  for (const [index, line] of input.returnLineItems.entries()) {
    const field = ["input", "returnLineItems", String(index)];
    const fulfillmentLineItemId = parseGid(line.fulfillmentLineItemId)?.id;
    const fulfillmentLineItem = fulfillmentLineItems.find(
      (entry) => entry.id === fulfillmentLineItemId,
    );
    if (!fulfillmentLineItem)
      return fail("NOT_FOUND", "Fulfillment line item does not exist.", [
        ...field,
        "fulfillmentLineItemId",
      ]);
    if (line.quantity <= 0)
      return fail("GREATER_THAN", "Quantity must be greater than 0.", [...field, "quantity"]);
    if (line.quantity > returnableQuantity(order, fulfillmentLineItem)) {
      return fail("INVALID", "Quantity is not available for return.", [...field, "quantity"]);
    }
    lines.push({
      id: nextLineId++,
      fulfillmentLineItemId: fulfillmentLineItem.id,
      quantity: line.quantity,
      returnReason: line.returnReason,
      customerNote: line.customerNote ?? null,
    });
  }
  const allReturnIds = shop.orders.flatMap((entry) =>
    entry.returns.map((candidate) => candidate.id),
  );
  const created = {
    id: nextId(allReturnIds, 99_000),
    name: `#${order.number}-R${order.returns.length + 1}`,
    status: "REQUESTED" as const,
    createdAt: context.now().toISOString(),
    lineItems: lines,
  };
  order.returns.push(created);
  order.updatedAt = created.createdAt;
  return { return: new ReturnView(context, order, created), userErrors: [] };
}

/** Root value for both QueryRoot and Mutation: their field names do not overlap. */
export function createRootValue(context: AdminContext) {
  const { shop } = context;
  return {
    shop: () => new ShopView(context),
    node: (args: { id: string }) => findNode(context, args.id),
    nodes: (args: { ids: string[] }) => args.ids.map((id) => findNode(context, id)),
    customer: (args: { id: string }) => {
      const id = requireGid(args.id, "Customer");
      const customer = shop.customers.find((entry) => entry.id === id);
      return customer ? new CustomerView(context, customer) : null;
    },
    customers: (args: ListArgs) =>
      toConnection(
        sortCustomers(shop, searchCustomers(shop, args.query), args.sortKey),
        args,
        (customer) => customer.id,
        (customer) => new CustomerView(context, customer),
      ),
    order: (args: { id: string }) => {
      const id = requireGid(args.id, "Order");
      const order = shop.orders.find((entry) => entry.id === id);
      return order ? new OrderView(context, order) : null;
    },
    orders: (args: ListArgs) =>
      toConnection(
        sortOrders(searchOrders(shop, shop.orders, args.query), args.sortKey, shop),
        args,
        (order) => order.id,
        (order) => new OrderView(context, order),
      ),
    product: (args: { id: string }) => {
      const id = requireGid(args.id, "Product");
      const product = shop.products.find((entry) => entry.id === id);
      return product ? new ProductView(context, product) : null;
    },
    productByHandle: (args: { handle: string }) => {
      const product = shop.products.find((entry) => entry.handle === args.handle);
      return product ? new ProductView(context, product) : null;
    },
    productByIdentifier: (args: { identifier: { id?: string | null; handle?: string | null } }) => {
      const { id, handle } = args.identifier;
      if ((id ? 1 : 0) + (handle ? 1 : 0) !== 1) {
        throw new GraphQLError("Exactly one of id or handle must be provided.", {
          extensions: { code: "BAD_REQUEST" },
        });
      }
      const numericId = id ? requireGid(id, "Product") : null;
      const product = shop.products.find((entry) =>
        numericId !== null ? entry.id === numericId : entry.handle === handle,
      );
      return product ? new ProductView(context, product) : null;
    },
    products: (args: ListArgs) =>
      toConnection(
        sortProducts(searchProducts(shop.products, args.query), args.sortKey),
        args,
        (product) => product.id,
        (product) => new ProductView(context, product),
      ),
    productVariant: (args: { id: string }) => {
      requireGid(args.id, "ProductVariant");
      return findNode(context, args.id);
    },
    productVariants: (args: ListArgs) => {
      const variants = shop.products.flatMap((product) =>
        product.variants.map((variant) => ({ product, variant })),
      );
      const matching = filterBySearch(
        variants,
        args.query,
        ({ product, variant }, term) => {
          switch (term.field) {
            case "sku":
              return textMatches(variant.sku, term.value);
            case "product_id":
              return String(product.id) === term.value;
            case "title":
              return textMatches(variant.title, term.value);
            default:
              return undefined;
          }
        },
        ({ product, variant }, text) =>
          `${product.title} ${variant.title} ${variant.sku}`
            .toLowerCase()
            .includes(text.toLowerCase()),
      );
      return toConnection(
        matching,
        args,
        (entry) => entry.variant.id,
        (entry) => new VariantView(context, entry.product, entry.variant),
      );
    },
    collection: (args: { id: string }) => {
      const id = requireGid(args.id, "Collection");
      const collection = shop.collections.find((entry) => entry.id === id);
      return collection ? new CollectionView(context, collection) : null;
    },
    collectionByHandle: (args: { handle: string }) => {
      const collection = shop.collections.find((entry) => entry.handle === args.handle);
      return collection ? new CollectionView(context, collection) : null;
    },
    collectionByIdentifier: (args: {
      identifier: { id?: string | null; handle?: string | null };
    }) => {
      const { id, handle } = args.identifier;
      const numericId = id ? requireGid(id, "Collection") : null;
      const collection = shop.collections.find((entry) =>
        numericId !== null ? entry.id === numericId : entry.handle === handle,
      );
      return collection ? new CollectionView(context, collection) : null;
    },
    collections: (args: ListArgs) => {
      const matching = filterBySearch(
        shop.collections,
        args.query,
        (collection, term) => {
          switch (term.field) {
            case "title":
              return textMatches(collection.title, term.value);
            case "handle":
              return textMatches(collection.handle, term.value);
            default:
              return undefined;
          }
        },
        (collection, text) => collection.title.toLowerCase().includes(text.toLowerCase()),
      );
      const sorted =
        args.sortKey === "TITLE"
          ? [...matching].sort((a, b) => a.title.localeCompare(b.title))
          : matching;
      return toConnection(
        sorted,
        args,
        (collection) => collection.id,
        (collection) => new CollectionView(context, collection),
      );
    },
    job: (args: { id: string }) => {
      const job = context.jobs.get(args.id);
      if (!job) return null;
      // The cancellation was applied at once; the job reports done from its first poll on.
      job.done = true;
      return { id: args.id, done: true, query: null };
    },
    return: (args: { id: string }) => {
      requireGid(args.id, "Return");
      return findNode(context, args.id);
    },
    returnableFulfillments: (args: ConnectionArgs & { orderId: string }) => {
      const id = requireGid(args.orderId, "Order");
      const order = shop.orders.find((entry) => entry.id === id);
      if (!order)
        throw new GraphQLError("Order does not exist.", { extensions: { code: "NOT_FOUND" } });
      return toConnection(
        returnableFulfillmentsOf(order),
        args,
        (fulfillment) => fulfillment.id,
        (fulfillment) => new ReturnableFulfillmentView(context, order, fulfillment),
      );
    },
    orderCancel: (args: Parameters<typeof cancelOrder>[1]) => cancelOrder(context, args),
    returnRequest: (args: ReturnRequestArgs) => requestReturn(context, args),
  };
}
