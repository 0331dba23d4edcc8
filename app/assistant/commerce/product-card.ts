import type { ProductCard } from "../reply";
import type { ProductSummary } from "./admin-queries";
import { numericId } from "./apply-commerce-webhook";
import { safeHttpUrl } from "./order-card";

/** A product as the widget shows it: first variant in stock (for add to cart), its price. */
export function buildProductCard(options: {
  product: ProductSummary;
  reason: string | null;
}): ProductCard {
  const { product } = options;
  const variants = product.variants.nodes;
  const buyable = variants.find((variant) => variant.availableForSale) ?? null;
  const shown = buyable ?? variants[0] ?? null;
  const currencyCode = product.priceRangeV2.minVariantPrice.currencyCode;
  return {
    type: "product",
    productId: numericId(product.id),
    handle: product.handle,
    title: product.title,
    url: `/products/${encodeURIComponent(product.handle)}`,
    imageUrl: safeHttpUrl(product.featuredImage?.url ?? null),
    price: { amount: shown?.price ?? product.priceRangeV2.minVariantPrice.amount, currencyCode },
    variantId: buyable ? numericId(buyable.id) : null,
    variantTitle: buyable && buyable.title !== "Default Title" ? buyable.title : null,
    available: buyable !== null,
    reason: options.reason,
  };
}

export function lowestPrice(product: ProductSummary): number {
  const prices = product.variants.nodes
    .map((variant) => Number(variant.price))
    .filter(Number.isFinite);
  return prices.length > 0
    ? Math.min(...prices)
    : Number(product.priceRangeV2.minVariantPrice.amount);
}
