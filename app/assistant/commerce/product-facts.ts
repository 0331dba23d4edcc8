import { z } from "zod";
import type { AdminGateway } from "./admin-gateway";
import { cataloguePageQuery, productByHandleQuery, ProductDetailSchema } from "./admin-queries";
import type { CataloguePage, ProductDetail } from "./admin-queries";
import { numericId } from "./apply-commerce-webhook";
import { cacheTags } from "./commerce-cache";
import type { CommerceCache } from "./commerce-cache";
import { buildProductCard } from "./product-card";
import { readThrough } from "./read-through";
import type { CacheCounts } from "./read-through";
import type { CatalogueName, ProductFacts } from "./types";

export interface ProductSources {
  gateway: AdminGateway;
  cache: CommerceCache;
  ttlMs: number;
  counts?: CacheCounts;
}

/** Metafield types whose value reads as plain text for a shopper. */
const TEXT_METAFIELD_TYPES = new Set([
  "single_line_text_field",
  "multi_line_text_field",
  "number_integer",
  "number_decimal",
  "boolean",
]);

export async function loadProduct(
  options: ProductSources & { handle: string },
): Promise<ProductDetail | null> {
  const { gateway, cache } = options;
  const handle = options.handle.trim().toLowerCase();
  if (!/^[\p{L}\p{N}][\p{L}\p{N}_-]{0,254}$/u.test(handle)) return null;
  return readThrough({
    cache,
    shop: gateway.shop,
    key: `product:${handle}`,
    schema: ProductDetailSchema.nullable(),
    ttlMs: options.ttlMs,
    counts: options.counts,
    tagsOf: (product) =>
      product
        ? [cacheTags.product(numericId(product.id)), cacheTags.productHandle(handle)]
        : [cacheTags.productHandle(handle), cacheTags.catalogue],
    load: async () => {
      const data = await gateway.request({
        operation: productByHandleQuery,
        variables: { handle },
      });
      const product = data.productByIdentifier;
      return product && product.status === "ACTIVE" ? product : null;
    },
  });
}

export async function productFacts(
  options: ProductSources & { handle: string },
): Promise<ProductFacts | null> {
  const product = await loadProduct(options);
  if (!product) return null;
  const facts: Record<string, string> = {};
  for (const metafield of product.metafields.nodes) {
    if (TEXT_METAFIELD_TYPES.has(metafield.type) && metafield.value.trim())
      facts[metafield.key] = metafield.value.trim();
  }
  return {
    card: buildProductCard({ product, reason: null }),
    description: product.description,
    productType: product.productType || null,
    vendor: product.vendor || null,
    tags: product.tags,
    options: product.options.map((option) => ({ name: option.name, values: option.values })),
    variants: product.variants.nodes.map((variant) => ({
      id: numericId(variant.id),
      title: variant.title,
      price: variant.price,
      available: variant.availableForSale,
      inventory: variant.inventoryQuantity,
      sku: variant.sku,
      choices: variant.selectedOptions,
    })),
    facts,
  };
}

const CatalogueSchema = z.array(
  z.object({ handle: z.string(), title: z.string(), skus: z.array(z.string()) }),
);
const CATALOGUE_PAGES = 20;

/** Every active product's title, handle and SKUs, paged 50 at a time (cost stays well under the limit). */
export async function catalogueNames(options: ProductSources): Promise<CatalogueName[]> {
  const { gateway, cache } = options;
  return readThrough({
    cache,
    shop: gateway.shop,
    key: "catalogue",
    schema: CatalogueSchema,
    ttlMs: options.ttlMs,
    counts: options.counts,
    tagsOf: () => [cacheTags.catalogue],
    load: async () => {
      const names: CatalogueName[] = [];
      let after: string | null = null;
      for (let page = 0; page < CATALOGUE_PAGES; page += 1) {
        const data: CataloguePage = await gateway.request({
          priority: "background",
          operation: cataloguePageQuery,
          variables: { after },
          timeoutMs: 10_000,
        });
        for (const product of data.products.nodes) {
          const skus = product.variants.nodes
            .map((variant) => variant.sku)
            .filter((sku): sku is string => Boolean(sku));
          names.push({ handle: product.handle, title: product.title, skus });
        }
        if (!data.products.pageInfo.hasNextPage) break;
        after = data.products.pageInfo.endCursor;
      }
      return names;
    },
  });
}
