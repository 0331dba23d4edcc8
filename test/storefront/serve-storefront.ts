/**
 * A loopback server for a storefront page alone: the rendered theme page, the built widget assets
 * and product images. Used by the widget benchmark, where only what the page costs to load
 * matters; conversations go through the real demo stack in the browser tests.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describeStorefrontSettings } from "../../app/assistant/proactive";
import { ShopSettingsSchema } from "../../app/assistant/settings";
import { EXTENSION_DIR, renderStorefrontPage } from "./render-storefront";
import type { RenderStorefrontPageOptions, StorefrontProduct } from "./render-storefront";

export const storefrontProduct = (
  overrides: Partial<StorefrontProduct> = {},
): StorefrontProduct => ({
  handle: "trail-jacket",
  title: "Trail Jacket",
  descriptionHtml: "<p>A light, waterproof shell for long days on the trail.</p>",
  price: "129.00",
  currencyCode: "EUR",
  imageUrl: "/static/products/trail-jacket.svg",
  variants: [
    { id: 4401, title: "S", price: "129.00", available: true },
    { id: 4402, title: "M", price: "129.00", available: true },
  ],
  ...overrides,
});

const PRODUCT_NAMES = [
  "Trail Jacket",
  "Wool Socks",
  "Summit Pack",
  "Camp Mug",
  "Rain Pants",
  "Headlamp",
  "Down Vest",
  "Trek Poles",
];

export function storefrontCatalogue(): StorefrontProduct[] {
  return PRODUCT_NAMES.map((title, index) => {
    const handle = title.toLowerCase().replace(/\s+/g, "-");
    return storefrontProduct({
      handle,
      title,
      price: `${19 + index * 15}.00`,
      imageUrl: `/static/products/${handle}.svg`,
    });
  });
}

function productImage(handle: string): string {
  const hue = [...handle].reduce((sum, char) => sum + char.charCodeAt(0), 0) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600"><rect width="600" height="600" fill="hsl(${hue} 35% 82%)"/><circle cx="300" cy="280" r="150" fill="hsl(${hue} 40% 45%)"/></svg>`;
}

export interface ServedStorefront {
  url: string;
  close(): Promise<void>;
}

type PageOptions = Omit<
  RenderStorefrontPageOptions,
  "path" | "assetBaseUrl" | "product" | "products"
>;

export async function serveStorefront(pageOptions: PageOptions): Promise<ServedStorefront> {
  const catalogue = storefrontCatalogue();
  const server = http.createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      if (url.pathname.startsWith("/assets/")) {
        const file = path.join(EXTENSION_DIR, "assets", path.basename(url.pathname));
        const content = await readFile(file).catch(() => null);
        response.writeHead(content ? 200 : 404, {
          "Content-Type": "text/javascript; charset=utf-8",
          "Cache-Control": "max-age=31536000",
        });
        return response.end(content ?? "");
      }
      if (url.pathname.startsWith("/static/products/")) {
        response.writeHead(200, {
          "Content-Type": "image/svg+xml",
          "Cache-Control": "max-age=31536000",
        });
        return response.end(productImage(path.basename(url.pathname, ".svg")));
      }
      if (url.pathname === "/apps/concierge/widget") {
        // What the App Proxy answers for a shop that kept the app's defaults.
        response.writeHead(200, {
          "Content-Type": "application/json; charset=utf-8",
          "Cache-Control": "public, max-age=300",
        });
        const settings = ShopSettingsSchema.parse({});
        return response.end(
          JSON.stringify(describeStorefrontSettings({ settings, greeting: null })),
        );
      }
      const handle = url.pathname.startsWith("/products/")
        ? url.pathname.slice("/products/".length)
        : null;
      const html = await renderStorefrontPage({
        ...pageOptions,
        path: url.pathname,
        product: handle ? (catalogue.find((product) => product.handle === handle) ?? null) : null,
        products: catalogue,
        assetBaseUrl: "/assets",
      });
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(html);
    })().catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}
