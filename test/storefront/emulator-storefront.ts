/**
 * Connects the storefront renderer to the Shopify emulator: the emulator asks for a page with its
 * own shop records, this renders it with the real theme app extension, and a separate loopback
 * server plays Shopify's CDN for the extension's built assets (another origin, as in production).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { StorefrontPageInput } from "../emulators/shopify/storefront/serve-storefront";
import type { ProductRecord, ShopData } from "../emulators/shopify/shop-data";
import { EXTENSION_DIR, renderStorefrontPage } from "./render-storefront";
import type { ChatEmbedSettings, StorefrontProduct } from "./render-storefront";

function toStorefrontProduct(product: ProductRecord, shop: ShopData): StorefrontProduct {
  return {
    handle: product.handle,
    title: product.title,
    descriptionHtml: product.descriptionHtml,
    price: product.variants[0]?.price ?? "0.00",
    currencyCode: shop.currencyCode,
    imageUrl: product.images[0]?.path ?? null,
    variants: product.variants.map((variant) => ({
      id: variant.id,
      title: variant.title,
      price: variant.price,
      available: variant.inventoryPolicy === "CONTINUE" || variant.inventoryQuantity > 0,
    })),
  };
}

export interface ChatStorefrontOptions {
  assetBaseUrl: string;
  widget?: boolean;
  settings?: Partial<ChatEmbedSettings>;
}

/** A `renderStorefrontPage` for the Shopify emulator (startAppStack's option of the same name). */
export function chatStorefrontRenderer(options: ChatStorefrontOptions) {
  return (input: StorefrontPageInput): Promise<string> =>
    renderStorefrontPage({
      shop: { permanentDomain: input.shop.domain, name: input.shop.name },
      path: input.path,
      product: input.product ? toStorefrontProduct(input.product, input.shop) : null,
      products: input.shop.products
        .filter((product) => product.status === "ACTIVE")
        .slice(0, 8)
        .map((product) => toStorefrontProduct(product, input.shop)),
      customer: input.customer
        ? { id: input.customer.id, firstName: input.customer.firstName }
        : null,
      locale: input.locale,
      widget: options.widget ?? true,
      assetBaseUrl: options.assetBaseUrl,
      ...(options.settings ? { settings: options.settings } : {}),
    });
}

export interface WidgetAssetServer {
  url: string;
  /** Paths of the assets served so far, in order: what a shopper's browser downloaded. */
  served: string[];
  close(): Promise<void>;
}

/** Serves extensions/chat-widget/assets on its own loopback origin, like cdn.shopify.com. */
export async function serveWidgetAssets(): Promise<WidgetAssetServer> {
  const served: string[] = [];
  const server = http.createServer((request, response) => {
    const name = path.basename(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    served.push(name);
    readFile(path.join(EXTENSION_DIR, "assets", name)).then(
      (content) => {
        response.writeHead(200, {
          "Content-Type": "text/javascript; charset=utf-8",
          "Access-Control-Allow-Origin": "*",
        });
        response.end(content);
      },
      () => {
        response.writeHead(404);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}
