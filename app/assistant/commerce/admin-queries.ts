import { z } from "zod";
import type { AdminOperation } from "./admin-gateway";

/**
 * Every Admin GraphQL document commerce sends, each with the zod schema of its `data`.
 * Only fields of the pinned API version (see api-version.ts) are used.
 */

const ORDER_FIELDS = `
  id
  name
  email
  phone
  processedAt
  cancelledAt
  displayFinancialStatus
  displayFulfillmentStatus
  customer { id }
  lineItems(first: 10) { nodes { title quantity product { id } } }
  fulfillments(first: 5) {
    status
    displayStatus
    createdAt
    deliveredAt
    estimatedDeliveryAt
    trackingInfo(first: 3) { company number url }
  }
`;

export const OrderFactsSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  processedAt: z.string(),
  cancelledAt: z.string().nullable(),
  displayFinancialStatus: z.string().nullable(),
  displayFulfillmentStatus: z.string(),
  customer: z.object({ id: z.string() }).nullable(),
  lineItems: z.object({
    nodes: z.array(
      z.object({
        title: z.string(),
        quantity: z.number().int(),
        product: z.object({ id: z.string() }).nullable(),
      }),
    ),
  }),
  fulfillments: z.array(
    z.object({
      status: z.string(),
      displayStatus: z.string().nullable(),
      createdAt: z.string(),
      deliveredAt: z.string().nullable(),
      estimatedDeliveryAt: z.string().nullable(),
      trackingInfo: z.array(
        z.object({
          company: z.string().nullable(),
          number: z.string().nullable(),
          url: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export type OrderFacts = z.infer<typeof OrderFactsSchema>;

export const CustomerOrdersSchema = z.object({
  customer: z
    .object({ id: z.string(), orders: z.object({ nodes: z.array(OrderFactsSchema) }) })
    .nullable(),
});
export type CustomerOrders = z.infer<typeof CustomerOrdersSchema>;

export const customerOrdersQuery: AdminOperation<CustomerOrders> = {
  name: "CustomerOrders",
  kind: "query",
  estimatedCost: 230,
  data: CustomerOrdersSchema,
  document: `query CustomerOrders($id: ID!, $first: Int!) {
  customer(id: $id) {
    id
    orders(first: $first, sortKey: PROCESSED_AT, reverse: true) { nodes { ${ORDER_FIELDS} } }
  }
}`,
};

export const OrdersMatchingSchema = z.object({
  orders: z.object({ nodes: z.array(OrderFactsSchema) }),
});
export type OrdersMatching = z.infer<typeof OrdersMatchingSchema>;

/** The five most recent orders a search finds: by name, or a guest's by their email. */
export const ordersMatchingQuery: AdminOperation<OrdersMatching> = {
  name: "OrdersMatching",
  kind: "query",
  estimatedCost: 230,
  data: OrdersMatchingSchema,
  document: `query OrdersMatching($query: String!) {
  orders(first: 5, query: $query, sortKey: PROCESSED_AT, reverse: true) { nodes { ${ORDER_FIELDS} } }
}`,
};

const MoneySchema = z.object({ amount: z.string(), currencyCode: z.string() });
const ImageSchema = z.object({ url: z.string() }).nullable();

/** Variants drive a product query's cost: lists ask for a few, the product page for all. */
const productFields = (variants: number, variantExtra = "") => `
  id
  handle
  title
  productType
  vendor
  tags
  status
  featuredImage { url }
  priceRangeV2 { minVariantPrice { amount currencyCode } }
  variants(first: ${variants}) { nodes { id title price sku availableForSale inventoryQuantity${variantExtra} } }
`;
const PRODUCT_SUMMARY_FIELDS = productFields(8);

const VariantSchema = z.object({
  id: z.string(),
  title: z.string(),
  price: z.string(),
  sku: z.string().nullable(),
  availableForSale: z.boolean(),
  inventoryQuantity: z.number().int().nullable(),
});

export const ProductSummarySchema = z.object({
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  productType: z.string(),
  vendor: z.string(),
  tags: z.array(z.string()),
  status: z.string(),
  featuredImage: ImageSchema,
  priceRangeV2: z.object({ minVariantPrice: MoneySchema }),
  variants: z.object({ nodes: z.array(VariantSchema) }),
});
export type ProductSummary = z.infer<typeof ProductSummarySchema>;

export const ProductDetailSchema = ProductSummarySchema.extend({
  variants: z.object({
    nodes: z.array(
      VariantSchema.extend({
        selectedOptions: z.array(z.object({ name: z.string(), value: z.string() })),
      }),
    ),
  }),
  description: z.string(),
  options: z.array(z.object({ name: z.string(), values: z.array(z.string()) })),
  metafields: z.object({
    nodes: z.array(
      z.object({ namespace: z.string(), key: z.string(), value: z.string(), type: z.string() }),
    ),
  }),
  collections: z.object({
    nodes: z.array(z.object({ id: z.string(), handle: z.string(), title: z.string() })),
  }),
});
export type ProductDetail = z.infer<typeof ProductDetailSchema>;

export const ProductByHandleSchema = z.object({
  productByIdentifier: ProductDetailSchema.nullable(),
});
export type ProductByHandle = z.infer<typeof ProductByHandleSchema>;

export const productByHandleQuery: AdminOperation<ProductByHandle> = {
  name: "ProductByHandle",
  kind: "query",
  estimatedCost: 90,
  data: ProductByHandleSchema,
  document: `query ProductByHandle($handle: String!) {
  productByIdentifier(identifier: { handle: $handle }) {
    ${productFields(50, " selectedOptions { name value }")}
    description
    options { name values }
    metafields(first: 20) { nodes { namespace key value type } }
    collections(first: 3) { nodes { id handle title } }
  }
}`,
};

export const ProductSearchSchema = z.object({
  products: z.object({ nodes: z.array(ProductSummarySchema) }),
});
export type ProductSearch = z.infer<typeof ProductSearchSchema>;

export const productSearchQuery: AdminOperation<ProductSearch> = {
  name: "ProductSearch",
  kind: "query",
  estimatedCost: 220,
  data: ProductSearchSchema,
  document: `query ProductSearch($query: String!, $first: Int!) {
  products(first: $first, query: $query) { nodes { ${PRODUCT_SUMMARY_FIELDS} } }
}`,
};

export const CollectionProductsSchema = z.object({
  collection: z
    .object({ id: z.string(), products: z.object({ nodes: z.array(ProductSummarySchema) }) })
    .nullable(),
});
export type CollectionProducts = z.infer<typeof CollectionProductsSchema>;

export const collectionProductsQuery: AdminOperation<CollectionProducts> = {
  name: "CollectionProducts",
  kind: "query",
  estimatedCost: 220,
  data: CollectionProductsSchema,
  document: `query CollectionProducts($id: ID!, $first: Int!) {
  collection(id: $id) { id products(first: $first) { nodes { ${PRODUCT_SUMMARY_FIELDS} } } }
}`,
};

const PageInfoSchema = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() });

export const CataloguePageSchema = z.object({
  products: z.object({
    nodes: z.array(
      z.object({
        handle: z.string(),
        title: z.string(),
        variants: z.object({ nodes: z.array(z.object({ sku: z.string().nullable() })) }),
      }),
    ),
    pageInfo: PageInfoSchema,
  }),
});
export type CataloguePage = z.infer<typeof CataloguePageSchema>;

export const cataloguePageQuery: AdminOperation<CataloguePage> = {
  name: "CataloguePage",
  kind: "query",
  estimatedCost: 660,
  data: CataloguePageSchema,
  document: `query CataloguePage($after: String) {
  products(first: 50, after: $after, query: "status:active") {
    nodes { handle title variants(first: 10) { nodes { sku } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
};

export const OrderBasketsPageSchema = z.object({
  orders: z.object({
    nodes: z.array(
      z.object({
        lineItems: z.object({
          nodes: z.array(z.object({ product: z.object({ id: z.string() }).nullable() })),
        }),
      }),
    ),
    pageInfo: PageInfoSchema,
  }),
});
export type OrderBasketsPage = z.infer<typeof OrderBasketsPageSchema>;

export const orderBasketsPageQuery: AdminOperation<OrderBasketsPage> = {
  name: "OrderBasketsPage",
  kind: "query",
  estimatedCost: 660,
  data: OrderBasketsPageSchema,
  document: `query OrderBasketsPage($after: String) {
  orders(first: 50, after: $after, sortKey: PROCESSED_AT, reverse: true) {
    nodes { lineItems(first: 5) { nodes { product { id } } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
};

export const OrderForActionSchema = z.object({
  order: z
    .object({
      id: z.string(),
      name: z.string(),
      processedAt: z.string(),
      cancelledAt: z.string().nullable(),
      displayFulfillmentStatus: z.string(),
      displayFinancialStatus: z.string().nullable(),
      customer: z.object({ id: z.string() }).nullable(),
      fulfillments: z.array(
        z.object({
          status: z.string(),
          createdAt: z.string(),
          deliveredAt: z.string().nullable(),
          fulfillmentLineItems: z.object({
            nodes: z.array(
              z.object({
                id: z.string(),
                quantity: z.number().int(),
                lineItem: z.object({ title: z.string() }),
              }),
            ),
          }),
        }),
      ),
    })
    .nullable(),
});
export type OrderForAction = z.infer<typeof OrderForActionSchema>;

export const orderForActionQuery: AdminOperation<OrderForAction> = {
  name: "OrderForAction",
  kind: "query",
  estimatedCost: 230,
  data: OrderForActionSchema,
  document: `query OrderForAction($id: ID!) {
  order(id: $id) {
    id
    name
    processedAt
    cancelledAt
    displayFulfillmentStatus
    displayFinancialStatus
    customer { id }
    fulfillments(first: 5) {
      status
      createdAt
      deliveredAt
      fulfillmentLineItems(first: 20) { nodes { id quantity lineItem { title } } }
    }
  }
}`,
};

const UserErrorsSchema = z.array(
  z.object({ field: z.array(z.string()).nullable(), message: z.string() }),
);

export const OrderCancelSchema = z.object({
  orderCancel: z
    .object({
      job: z.object({ id: z.string(), done: z.boolean() }).nullable(),
      orderCancelUserErrors: z.array(
        z.object({
          field: z.array(z.string()).nullable(),
          message: z.string(),
          code: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
});
export type OrderCancel = z.infer<typeof OrderCancelSchema>;

export const orderCancelMutation: AdminOperation<OrderCancel> = {
  name: "OrderCancel",
  kind: "mutation",
  estimatedCost: 10,
  data: OrderCancelSchema,
  document: `mutation OrderCancel($orderId: ID!, $staffNote: String) {
  orderCancel(
    orderId: $orderId
    reason: CUSTOMER
    refundMethod: { originalPaymentMethodsRefund: true }
    restock: true
    notifyCustomer: true
    staffNote: $staffNote
  ) {
    job { id done }
    orderCancelUserErrors { field message code }
  }
}`,
};

export const ReturnRequestSchema = z.object({
  returnRequest: z
    .object({
      return: z.object({ id: z.string(), status: z.string() }).nullable(),
      userErrors: UserErrorsSchema,
    })
    .nullable(),
});
export type ReturnRequest = z.infer<typeof ReturnRequestSchema>;

export const returnRequestMutation: AdminOperation<ReturnRequest> = {
  name: "ReturnRequest",
  kind: "mutation",
  estimatedCost: 10,
  data: ReturnRequestSchema,
  document: `mutation ReturnRequest($input: ReturnRequestInput!) {
  returnRequest(input: $input) {
    return { id status }
    userErrors { field message }
  }
}`,
};

export const ProductsByIdsSchema = z.object({ nodes: z.array(ProductSummarySchema.nullable()) });
export type ProductsByIds = z.infer<typeof ProductsByIdsSchema>;

export const productsByIdsQuery: AdminOperation<ProductsByIds> = {
  name: "ProductsByIds",
  kind: "query",
  estimatedCost: 100,
  data: ProductsByIdsSchema,
  document: `query ProductsByIds($ids: [ID!]!) {
  nodes(ids: $ids) { ... on Product { ${PRODUCT_SUMMARY_FIELDS} } }
}`,
};
