import type { OrderCard, ProductCard } from "../reply";

/**
 * What the dialogue needs from the shop's live commerce data. The commerce folder implements it
 * against the Admin GraphQL API; the dialogue only sees this port.
 */
export interface CommerceAnswers {
  /** Recent orders of a verified, logged-in customer (numeric id from logged_in_customer_id), newest first. */
  ordersOfCustomer(options: { customerId: string; language: string }): Promise<OrderCard[]>;
  /**
   * A guest's order, answered only when number and email (or phone) match. The same `not_found`
   * whether the order is missing or the contact is wrong; `limited` once the attempt limit is hit.
   */
  orderForGuest(options: {
    orderNumber: string;
    contact: { email?: string; phone?: string };
    visitorId: string;
    language: string;
  }): Promise<{ kind: "found"; order: OrderCard } | { kind: "not_found" } | { kind: "limited" }>;
  /** Facts about one product by handle (the page the shopper is on, or a catalogue match). */
  productFacts(options: { handle: string; language: string }): Promise<ProductFacts | null>;
  /** Catalogue entries for entity matching: titles, handles, SKUs (cached per shop). */
  catalogueNames(): Promise<CatalogueName[]>;
  recommendProducts(options: {
    productHandle?: string;
    customerId?: string;
    need?: { text: string; maxPrice?: number; productType?: string; matchingOnly?: boolean };
    language: string;
    limit: number;
  }): Promise<ProductCard[]>;
}

export interface CatalogueName {
  handle: string;
  title: string;
  skus: string[];
}

export interface ProductFacts {
  card: ProductCard;
  description: string;
  productType: string | null;
  vendor: string | null;
  tags: string[];
  options: { name: string; values: string[] }[];
  variants: {
    id: string;
    title: string;
    price: string;
    available: boolean;
    inventory: number | null;
    sku: string | null;
    /** The option values this variant is (Size 10, Color Black). */
    choices: { name: string; value: string }[];
  }[];
  /** Merchant metafields worth saying: material, care, shipping notes … keyed by their key. */
  facts: Record<string, string>;
}
