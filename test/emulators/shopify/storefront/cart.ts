import { createHash } from "node:crypto";
import { z } from "zod";
import type { ProductRecord, ShopData, VariantRecord } from "../shop-data";

/** One shopper's cart: variant ids and quantities, in the order they were added. */
export interface CartRecord {
  token: string;
  note: string | null;
  lines: { variantId: number; quantity: number }[];
}

export const CartAddItemSchema = z.object({
  id: z.coerce.number().int().positive(),
  quantity: z.coerce.number().int().min(1).default(1),
});
export const CartAddSchema = z.union([
  z.object({ items: z.array(CartAddItemSchema).min(1) }),
  CartAddItemSchema,
]);
export type CartAdd = z.infer<typeof CartAddSchema>;

export interface CartError {
  status: number;
  message: string;
  description: string;
}

const cents = (amount: string) => Math.round(Number(amount) * 100);

function findVariant(
  shop: ShopData,
  variantId: number,
): { product: ProductRecord; variant: VariantRecord } | null {
  for (const product of shop.products) {
    const variant = product.variants.find((entry) => entry.id === variantId);
    if (variant) return { product, variant };
  }
  return null;
}

/** A cart line in the Ajax Cart API's shape (prices in cents). */
function lineJson(shop: ShopData, line: CartRecord["lines"][number], assetBaseUrl: string) {
  const found = findVariant(shop, line.variantId);
  if (!found) return null;
  const { product, variant } = found;
  const price = cents(variant.price);
  const image = product.images[0] ? `${assetBaseUrl}${product.images[0].path}` : null;
  const isDefault = variant.title === "Default Title";
  return {
    id: variant.id,
    properties: {},
    quantity: line.quantity,
    variant_id: variant.id,
    key: `${variant.id}:${createHash("md5").update(String(variant.id)).digest("hex")}`,
    title: isDefault ? product.title : `${product.title} - ${variant.title}`,
    price,
    original_price: price,
    discounted_price: price,
    line_price: price * line.quantity,
    original_line_price: price * line.quantity,
    final_price: price,
    final_line_price: price * line.quantity,
    total_discount: 0,
    discounts: [],
    sku: variant.sku,
    grams: 0,
    vendor: product.vendor,
    taxable: true,
    product_id: product.id,
    product_has_only_default_variant: isDefault && product.variants.length === 1,
    gift_card: product.productType === "Gift Cards",
    url: `/products/${product.handle}?variant=${variant.id}`,
    featured_image: image
      ? { aspect_ratio: 1, alt: product.title, height: 800, url: image, width: 800 }
      : null,
    image,
    handle: product.handle,
    requires_shipping: product.productType !== "Gift Cards",
    product_type: product.productType,
    product_title: product.title,
    product_description: product.descriptionHtml.replace(/<[^>]+>/g, ""),
    variant_title: isDefault ? null : variant.title,
    variant_options: variant.selectedOptions.map((option) => option.value),
    options_with_values: isDefault ? [] : variant.selectedOptions,
    line_level_discount_allocations: [],
    line_level_total_discount: 0,
  };
}

export type CartLineJson = NonNullable<ReturnType<typeof lineJson>>;

export function cartJson(shop: ShopData, cart: CartRecord, assetBaseUrl: string) {
  const items = cart.lines
    .map((line) => lineJson(shop, line, assetBaseUrl))
    .filter((item): item is CartLineJson => item !== null);
  const total = items.reduce((sum, item) => sum + item.line_price, 0);
  return {
    token: cart.token,
    note: cart.note,
    attributes: {},
    original_total_price: total,
    total_price: total,
    total_discount: 0,
    total_weight: 0,
    item_count: items.reduce((sum, item) => sum + item.quantity, 0),
    items,
    requires_shipping: items.some((item) => item.requires_shipping),
    currency: shop.currencyCode,
    items_subtotal_price: total,
    cart_level_discount_applications: [],
  };
}

/** Adds items as `/cart/add.js` does: all or nothing, answering the added lines. */
export function addToCart(
  shop: ShopData,
  cart: CartRecord,
  request: CartAdd,
  assetBaseUrl: string,
): { ok: true; body: unknown } | { ok: false; error: CartError } {
  const items = "items" in request ? request.items : [request];
  const next = cart.lines.map((line) => ({ ...line }));
  for (const item of items) {
    const found = findVariant(shop, item.id);
    if (!found || found.product.status !== "ACTIVE") {
      return {
        ok: false,
        error: { status: 404, message: "Cart Error", description: "Cannot find variant" },
      };
    }
    const existing = next.find((line) => line.variantId === item.id);
    const wanted = (existing?.quantity ?? 0) + item.quantity;
    if (found.variant.inventoryPolicy === "DENY" && found.variant.inventoryQuantity === 0) {
      return {
        ok: false,
        error: {
          status: 422,
          message: "Cart Error",
          description: `The product '${found.product.title}' is already sold out.`,
        },
      };
    }
    if (found.variant.inventoryPolicy === "DENY" && wanted > found.variant.inventoryQuantity) {
      return {
        ok: false,
        error: {
          status: 422,
          message: "Cart Error",
          description: `You can only add ${found.variant.inventoryQuantity} ${found.product.title} to the cart.`,
        },
      };
    }
    if (existing) existing.quantity = wanted;
    else next.push({ variantId: item.id, quantity: item.quantity });
  }
  cart.lines = next;
  const added = items
    .map((item) => next.find((line) => line.variantId === item.id))
    .filter((line): line is CartRecord["lines"][number] => line !== undefined)
    .map((line) => lineJson(shop, line, assetBaseUrl));
  return { ok: true, body: "items" in request ? { items: added } : added[0] };
}
