/**
 * A faithful subset of the Admin GraphQL API 2025-07: same type, field, argument and enum names as
 * Shopify's schema, so a query that validates here validates against Shopify. Fields not listed
 * here are answered with Shopify's own validation error ("Field 'x' doesn't exist on type 'Y'").
 */
export const ADMIN_SCHEMA_SDL = /* GraphQL */ `
  schema {
    query: QueryRoot
    mutation: Mutation
  }

  scalar DateTime
  scalar Decimal
  scalar Money
  scalar URL
  scalar HTML
  scalar JSON
  scalar UnsignedInt64

  interface Node {
    id: ID!
  }

  type PageInfo {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }

  enum CurrencyCode {
    USD
    EUR
    GBP
    CAD
    AUD
    JPY
    CNY
    HKD
    TWD
    SGD
    CHF
    SEK
    NOK
    DKK
    NZD
    KRW
    MXN
    BRL
    INR
  }

  enum CountryCode {
    US
    CA
    MX
    GB
    IE
    FR
    DE
    ES
    IT
    NL
    BE
    CH
    AT
    SE
    NO
    DK
    FI
    PL
    PT
    CN
    TW
    HK
    JP
    KR
    SG
    AU
    NZ
    IN
    BR
  }

  type MoneyV2 {
    amount: Decimal!
    currencyCode: CurrencyCode!
  }

  type MoneyBag {
    shopMoney: MoneyV2!
    presentmentMoney: MoneyV2!
  }

  type Count {
    count: Int!
    precision: CountPrecision!
  }

  enum CountPrecision {
    EXACT
    AT_LEAST
  }

  type Domain {
    id: ID!
    host: String!
    url: URL!
    sslEnabled: Boolean!
  }

  type ShopPlan {
    displayName: String!
    partnerDevelopment: Boolean!
    shopifyPlus: Boolean!
  }

  type Shop implements Node {
    id: ID!
    name: String!
    email: String!
    contactEmail: String!
    myshopifyDomain: String!
    url: URL!
    currencyCode: CurrencyCode!
    ianaTimezone: String!
    timezoneAbbreviation: String!
    primaryDomain: Domain!
    plan: ShopPlan!
    description: String
  }

  type Image {
    id: ID
    url(transform: ImageTransformInput): URL!
    altText: String
    width: Int
    height: Int
  }

  input ImageTransformInput {
    maxWidth: Int
    maxHeight: Int
    preferredContentType: String
  }

  type ImageEdge {
    cursor: String!
    node: Image!
  }
  type ImageConnection {
    edges: [ImageEdge!]!
    nodes: [Image!]!
    pageInfo: PageInfo!
  }

  type Metafield implements Node {
    id: ID!
    namespace: String!
    key: String!
    value: String!
    type: String!
    jsonValue: JSON!
    createdAt: DateTime!
    updatedAt: DateTime!
  }

  type MetafieldEdge {
    cursor: String!
    node: Metafield!
  }
  type MetafieldConnection {
    edges: [MetafieldEdge!]!
    nodes: [Metafield!]!
    pageInfo: PageInfo!
  }

  type SelectedOption {
    name: String!
    value: String!
  }

  type ProductOption implements Node {
    id: ID!
    name: String!
    position: Int!
    values: [String!]!
  }

  enum ProductStatus {
    ACTIVE
    ARCHIVED
    DRAFT
  }

  type ProductPriceRangeV2 {
    minVariantPrice: MoneyV2!
    maxVariantPrice: MoneyV2!
  }

  type SEO {
    title: String
    description: String
  }

  type Product implements Node {
    id: ID!
    legacyResourceId: UnsignedInt64!
    handle: String!
    title: String!
    description(truncateAt: Int): String!
    descriptionHtml: HTML!
    productType: String!
    vendor: String!
    tags: [String!]!
    status: ProductStatus!
    createdAt: DateTime!
    updatedAt: DateTime!
    publishedAt: DateTime
    onlineStoreUrl: URL
    onlineStorePreviewUrl: URL
    totalInventory: Int!
    tracksInventory: Boolean!
    hasOnlyDefaultVariant: Boolean!
    priceRangeV2: ProductPriceRangeV2!
    featuredImage: Image
    images(
      first: Int
      after: String
      last: Int
      before: String
      reverse: Boolean = false
    ): ImageConnection!
    options(first: Int): [ProductOption!]!
    variants(
      first: Int
      after: String
      last: Int
      before: String
      reverse: Boolean = false
    ): ProductVariantConnection!
    variantsCount: Count
    collections(
      first: Int
      after: String
      last: Int
      before: String
      reverse: Boolean = false
      query: String
    ): CollectionConnection!
    metafields(
      first: Int
      after: String
      last: Int
      before: String
      reverse: Boolean = false
      namespace: String
      keys: [String!]
    ): MetafieldConnection!
    metafield(namespace: String, key: String!): Metafield
    seo: SEO!
  }

  type ProductEdge {
    cursor: String!
    node: Product!
  }
  type ProductConnection {
    edges: [ProductEdge!]!
    nodes: [Product!]!
    pageInfo: PageInfo!
  }

  enum ProductSortKeys {
    CREATED_AT
    ID
    INVENTORY_TOTAL
    PRODUCT_TYPE
    PUBLISHED_AT
    RELEVANCE
    TITLE
    UPDATED_AT
    VENDOR
  }

  input ProductIdentifierInput {
    id: ID
    handle: String
  }

  type ProductVariant implements Node {
    id: ID!
    legacyResourceId: UnsignedInt64!
    title: String!
    displayName: String!
    sku: String
    barcode: String
    price: Money!
    compareAtPrice: Money
    availableForSale: Boolean!
    inventoryQuantity: Int
    inventoryPolicy: ProductVariantInventoryPolicy!
    selectedOptions: [SelectedOption!]!
    image: Image
    product: Product!
    createdAt: DateTime!
    updatedAt: DateTime!
  }

  type ProductVariantEdge {
    cursor: String!
    node: ProductVariant!
  }
  type ProductVariantConnection {
    edges: [ProductVariantEdge!]!
    nodes: [ProductVariant!]!
    pageInfo: PageInfo!
  }

  enum ProductVariantInventoryPolicy {
    CONTINUE
    DENY
  }

  enum ProductVariantSortKeys {
    ID
    INVENTORY_QUANTITY
    NAME
    POSITION
    RELEVANCE
    SKU
    TITLE
  }

  type Collection implements Node {
    id: ID!
    legacyResourceId: UnsignedInt64!
    handle: String!
    title: String!
    description(truncateAt: Int): String!
    descriptionHtml: HTML!
    image: Image
    updatedAt: DateTime!
    productsCount: Count
    products(
      first: Int
      after: String
      last: Int
      before: String
      reverse: Boolean = false
    ): ProductConnection!
  }

  type CollectionEdge {
    cursor: String!
    node: Collection!
  }
  type CollectionConnection {
    edges: [CollectionEdge!]!
    nodes: [Collection!]!
    pageInfo: PageInfo!
  }

  enum CollectionSortKeys {
    ID
    RELEVANCE
    TITLE
    UPDATED_AT
  }

  input CollectionIdentifierInput {
    id: ID
    handle: String
  }

  enum CustomerState {
    DECLINED
    DISABLED
    ENABLED
    INVITED
  }

  type CustomerEmailAddress {
    emailAddress: String
  }

  type CustomerPhoneNumber {
    phoneNumber: String!
  }

  type MailingAddress implements Node {
    id: ID!
    name: String
    firstName: String
    lastName: String
    address1: String
    address2: String
    city: String
    province: String
    provinceCode: String
    country: String
    countryCodeV2: CountryCode
    zip: String
    phone: String
  }

  type Customer implements Node {
    id: ID!
    legacyResourceId: UnsignedInt64!
    firstName: String
    lastName: String
    displayName: String!
    email: String
    phone: String
    defaultEmailAddress: CustomerEmailAddress
    defaultPhoneNumber: CustomerPhoneNumber
    defaultAddress: MailingAddress
    tags: [String!]!
    note: String
    numberOfOrders: UnsignedInt64!
    amountSpent: MoneyV2!
    createdAt: DateTime!
    updatedAt: DateTime!
    locale: String!
    state: CustomerState!
    verifiedEmail: Boolean!
    lastOrder: Order
    orders(
      first: Int
      after: String
      last: Int
      before: String
      query: String
      sortKey: OrderSortKeys = ID
      reverse: Boolean = false
    ): OrderConnection!
  }

  type CustomerEdge {
    cursor: String!
    node: Customer!
  }
  type CustomerConnection {
    edges: [CustomerEdge!]!
    nodes: [Customer!]!
    pageInfo: PageInfo!
  }

  enum CustomerSortKeys {
    CREATED_AT
    ID
    LOCATION
    NAME
    RELEVANCE
    UPDATED_AT
  }

  enum OrderDisplayFinancialStatus {
    AUTHORIZED
    EXPIRED
    PAID
    PARTIALLY_PAID
    PARTIALLY_REFUNDED
    PENDING
    REFUNDED
    VOIDED
  }

  enum OrderDisplayFulfillmentStatus {
    FULFILLED
    IN_PROGRESS
    ON_HOLD
    OPEN
    PARTIALLY_FULFILLED
    PENDING_FULFILLMENT
    REQUEST_DECLINED
    RESTOCKED
    SCHEDULED
    UNFULFILLED
  }

  enum OrderCancelReason {
    CUSTOMER
    DECLINED
    FRAUD
    INVENTORY
    OTHER
    STAFF
  }

  enum OrderReturnStatus {
    INSPECTION_COMPLETE
    IN_PROGRESS
    NO_RETURN
    RETURNED
    RETURN_FAILED
    RETURN_REQUESTED
  }

  enum OrderSortKeys {
    CREATED_AT
    CUSTOMER_NAME
    FINANCIAL_STATUS
    FULFILLMENT_STATUS
    ID
    ORDER_NUMBER
    PO_NUMBER
    PROCESSED_AT
    RELEVANCE
    TOTAL_ITEMS_QUANTITY
    TOTAL_PRICE
    UPDATED_AT
  }

  type LineItem implements Node {
    id: ID!
    title: String!
    name: String!
    quantity: Int!
    currentQuantity: Int!
    unfulfilledQuantity: Int!
    refundableQuantity: Int!
    sku: String
    variantTitle: String
    vendor: String
    variant: ProductVariant
    product: Product
    image: Image
    originalUnitPriceSet: MoneyBag!
    originalTotalSet: MoneyBag!
  }

  type LineItemEdge {
    cursor: String!
    node: LineItem!
  }
  type LineItemConnection {
    edges: [LineItemEdge!]!
    nodes: [LineItem!]!
    pageInfo: PageInfo!
  }

  enum FulfillmentStatus {
    CANCELLED
    ERROR
    FAILURE
    SUCCESS
    OPEN
    PENDING
  }

  enum FulfillmentDisplayStatus {
    ATTEMPTED_DELIVERY
    CANCELED
    CONFIRMED
    DELIVERED
    FAILURE
    FULFILLED
    IN_TRANSIT
    LABEL_PRINTED
    LABEL_PURCHASED
    LABEL_VOIDED
    MARKED_AS_FULFILLED
    NOT_DELIVERED
    OUT_FOR_DELIVERY
    PICKED_UP
    READY_FOR_PICKUP
    SUBMITTED
  }

  type FulfillmentTrackingInfo {
    company: String
    number: String
    url: URL
  }

  type FulfillmentLineItem implements Node {
    id: ID!
    quantity: Int
    lineItem: LineItem!
  }

  type FulfillmentLineItemEdge {
    cursor: String!
    node: FulfillmentLineItem!
  }
  type FulfillmentLineItemConnection {
    edges: [FulfillmentLineItemEdge!]!
    nodes: [FulfillmentLineItem!]!
    pageInfo: PageInfo!
  }

  type Fulfillment implements Node {
    id: ID!
    legacyResourceId: UnsignedInt64!
    name: String!
    status: FulfillmentStatus!
    displayStatus: FulfillmentDisplayStatus
    createdAt: DateTime!
    updatedAt: DateTime!
    inTransitAt: DateTime
    deliveredAt: DateTime
    estimatedDeliveryAt: DateTime
    totalQuantity: Int!
    trackingInfo(first: Int): [FulfillmentTrackingInfo!]!
    fulfillmentLineItems(
      first: Int
      after: String
      last: Int
      before: String
      reverse: Boolean = false
    ): FulfillmentLineItemConnection!
    order: Order!
  }

  type Refund implements Node {
    id: ID!
    legacyResourceId: UnsignedInt64!
    createdAt: DateTime
    note: String
    totalRefundedSet: MoneyBag!
  }

  enum ReturnStatus {
    CANCELED
    CLOSED
    DECLINED
    OPEN
    REQUESTED
  }

  enum ReturnReason {
    COLOR
    DEFECTIVE
    NOT_AS_DESCRIBED
    OTHER
    SIZE_TOO_LARGE
    SIZE_TOO_SMALL
    STYLE
    UNKNOWN
    UNWANTED
    WRONG_ITEM
  }

  interface ReturnLineItemType {
    id: ID!
    quantity: Int!
    returnReason: ReturnReason!
    customerNote: String
  }

  type ReturnLineItem implements Node & ReturnLineItemType {
    id: ID!
    quantity: Int!
    returnReason: ReturnReason!
    customerNote: String
    fulfillmentLineItem: FulfillmentLineItem!
  }

  type ReturnLineItemTypeEdge {
    cursor: String!
    node: ReturnLineItemType!
  }
  type ReturnLineItemTypeConnection {
    edges: [ReturnLineItemTypeEdge!]!
    nodes: [ReturnLineItemType!]!
    pageInfo: PageInfo!
  }

  type Return implements Node {
    id: ID!
    name: String!
    status: ReturnStatus!
    createdAt: DateTime
    closedAt: DateTime
    totalQuantity: Int!
    order: Order!
    returnLineItems(
      first: Int
      after: String
      last: Int
      before: String
      reverse: Boolean = false
    ): ReturnLineItemTypeConnection!
  }

  type ReturnEdge {
    cursor: String!
    node: Return!
  }
  type ReturnConnection {
    edges: [ReturnEdge!]!
    nodes: [Return!]!
    pageInfo: PageInfo!
  }

  type ReturnableFulfillmentLineItem {
    fulfillmentLineItem: FulfillmentLineItem!
    quantity: Int!
  }

  type ReturnableFulfillmentLineItemEdge {
    cursor: String!
    node: ReturnableFulfillmentLineItem!
  }
  type ReturnableFulfillmentLineItemConnection {
    edges: [ReturnableFulfillmentLineItemEdge!]!
    nodes: [ReturnableFulfillmentLineItem!]!
    pageInfo: PageInfo!
  }

  type ReturnableFulfillment implements Node {
    id: ID!
    fulfillment: Fulfillment!
    returnableFulfillmentLineItems(
      first: Int
      after: String
      last: Int
      before: String
      reverse: Boolean = false
    ): ReturnableFulfillmentLineItemConnection!
  }

  type ReturnableFulfillmentEdge {
    cursor: String!
    node: ReturnableFulfillment!
  }
  type ReturnableFulfillmentConnection {
    edges: [ReturnableFulfillmentEdge!]!
    nodes: [ReturnableFulfillment!]!
    pageInfo: PageInfo!
  }

  type Order implements Node {
    id: ID!
    legacyResourceId: UnsignedInt64!
    name: String!
    email: String
    phone: String
    createdAt: DateTime!
    updatedAt: DateTime!
    processedAt: DateTime!
    cancelledAt: DateTime
    cancelReason: OrderCancelReason
    closed: Boolean!
    closedAt: DateTime
    confirmed: Boolean!
    fullyPaid: Boolean!
    currencyCode: CurrencyCode!
    customerLocale: String
    displayFinancialStatus: OrderDisplayFinancialStatus
    displayFulfillmentStatus: OrderDisplayFulfillmentStatus!
    returnStatus: OrderReturnStatus!
    totalPriceSet: MoneyBag!
    currentTotalPriceSet: MoneyBag!
    subtotalPriceSet: MoneyBag
    totalShippingPriceSet: MoneyBag!
    totalRefundedSet: MoneyBag!
    customer: Customer
    statusPageUrl: URL!
    tags: [String!]!
    note: String
    lineItems(
      first: Int
      after: String
      last: Int
      before: String
      reverse: Boolean = false
    ): LineItemConnection!
    fulfillments(first: Int): [Fulfillment!]!
    shippingAddress: MailingAddress
    billingAddress: MailingAddress
    refunds(first: Int): [Refund!]!
    returns(
      first: Int
      after: String
      last: Int
      before: String
      reverse: Boolean = false
      query: String
    ): ReturnConnection!
  }

  type OrderEdge {
    cursor: String!
    node: Order!
  }
  type OrderConnection {
    edges: [OrderEdge!]!
    nodes: [Order!]!
    pageInfo: PageInfo!
  }

  type Job {
    id: ID!
    done: Boolean!
    query: QueryRoot
  }

  type QueryRoot {
    shop: Shop!
    node(id: ID!): Node
    nodes(ids: [ID!]!): [Node]!
    customer(id: ID!): Customer
    customers(
      first: Int
      after: String
      last: Int
      before: String
      query: String
      sortKey: CustomerSortKeys = ID
      reverse: Boolean = false
    ): CustomerConnection!
    order(id: ID!): Order
    orders(
      first: Int
      after: String
      last: Int
      before: String
      query: String
      sortKey: OrderSortKeys = PROCESSED_AT
      reverse: Boolean = false
    ): OrderConnection!
    product(id: ID!): Product
    productByHandle(handle: String!): Product
      @deprecated(reason: "Use productByIdentifier instead.")
    productByIdentifier(identifier: ProductIdentifierInput!): Product
    products(
      first: Int
      after: String
      last: Int
      before: String
      query: String
      sortKey: ProductSortKeys = ID
      reverse: Boolean = false
    ): ProductConnection!
    productVariant(id: ID!): ProductVariant
    productVariants(
      first: Int
      after: String
      last: Int
      before: String
      query: String
      sortKey: ProductVariantSortKeys = ID
      reverse: Boolean = false
    ): ProductVariantConnection!
    collection(id: ID!): Collection
    collectionByHandle(handle: String!): Collection
      @deprecated(reason: "Use collectionByIdentifier instead.")
    collectionByIdentifier(identifier: CollectionIdentifierInput!): Collection
    collections(
      first: Int
      after: String
      last: Int
      before: String
      query: String
      sortKey: CollectionSortKeys = ID
      reverse: Boolean = false
    ): CollectionConnection!
    job(id: ID!): Job
    return(id: ID!): Return
    returnableFulfillments(
      orderId: ID!
      first: Int
      after: String
      last: Int
      before: String
      reverse: Boolean = false
    ): ReturnableFulfillmentConnection!
  }

  type UserError {
    field: [String!]
    message: String!
  }

  enum OrderCancelUserErrorCode {
    INVALID
    NOT_FOUND
    NO_REFUND_PERMISSION
    INTERNAL_ERROR
  }

  type OrderCancelUserError {
    field: [String!]
    message: String!
    code: OrderCancelUserErrorCode
  }

  type OrderCancelPayload {
    job: Job
    orderCancelUserErrors: [OrderCancelUserError!]!
    userErrors: [UserError!]! @deprecated(reason: "Use orderCancelUserErrors instead.")
  }

  input OrderCancelRefundMethodInput {
    originalPaymentMethodsRefund: Boolean
  }

  enum ReturnErrorCode {
    INVALID
    NOT_FOUND
    INVALID_STATE
    BLANK
    GREATER_THAN
    INTERNAL_ERROR
  }

  type ReturnUserError {
    field: [String!]
    message: String!
    code: ReturnErrorCode
  }

  input ReturnRequestLineItemInput {
    fulfillmentLineItemId: ID!
    quantity: Int!
    returnReason: ReturnReason!
    customerNote: String
  }

  input ReturnRequestInput {
    orderId: ID!
    returnLineItems: [ReturnRequestLineItemInput!]!
  }

  type ReturnRequestPayload {
    return: Return
    userErrors: [ReturnUserError!]!
  }

  type Mutation {
    orderCancel(
      orderId: ID!
      reason: OrderCancelReason!
      refund: Boolean
      refundMethod: OrderCancelRefundMethodInput
      restock: Boolean!
      notifyCustomer: Boolean
      staffNote: String
    ): OrderCancelPayload
    returnRequest(input: ReturnRequestInput!): ReturnRequestPayload
  }
`;
