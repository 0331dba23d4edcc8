/**
 * Renders a lightweight storefront page the way Shopify would: a small theme (header, product
 * page or product grid) plus, when the app embed is switched on, the real
 * extensions/chat-widget/blocks/chat-embed.liquid with the Shopify objects and filters it uses.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Liquid, Tag } from "liquidjs";
import type { Context, Emitter, TagToken, TopLevelToken } from "liquidjs";
import { z } from "zod";

const here = path.dirname(fileURLToPath(import.meta.url));
export const EXTENSION_DIR = path.resolve(here, "../../extensions/chat-widget");
const BLOCK_FILE = path.join(EXTENSION_DIR, "blocks/chat-embed.liquid");

export interface StorefrontVariant {
  id: number;
  title: string;
  price: string;
  available: boolean;
}

export interface StorefrontProduct {
  handle: string;
  title: string;
  descriptionHtml?: string;
  /** Decimal string, as Shopify stores it. */
  price: string;
  currencyCode: string;
  imageUrl: string | null;
  variants: StorefrontVariant[];
}

export interface ChatEmbedSettings {
  /** "app": as set in Concierge's settings. */
  position: "app" | "bottom-right" | "bottom-left";
  accent_color: string;
  launcher_label: string;
  greeting: string;
  show_on_home: boolean;
  show_on_product: boolean;
  show_on_collection: boolean;
  show_on_cart: boolean;
  show_on_other: boolean;
  require_consent: boolean;
}

export interface RenderStorefrontPageOptions {
  shop: { permanentDomain: string; name: string };
  /** Request path: "/" (home), "/products/<handle>", "/collections/<handle>", "/cart", anything else. */
  path: string;
  /** The product shown on a product page. */
  product?: StorefrontProduct | null;
  /** The grid on home and collection pages. */
  products?: StorefrontProduct[];
  customer?: { id: number; firstName: string } | null;
  /** Shopify locale code (`en`, `fr`, `zh-CN`, `pt-BR`, `ar`). */
  locale?: string;
  /** Whether the merchant has switched the chat's app embed on. */
  widget: boolean;
  /** Where extensions/chat-widget/assets is served, without a trailing slash. */
  assetBaseUrl: string;
  settings?: Partial<ChatEmbedSettings>;
  cartItemCount?: number;
}

const SettingSchema = z.object({ id: z.string().optional(), default: z.unknown().optional() });
const BlockSchemaSchema = z.object({
  name: z.string(),
  target: z.string(),
  settings: z.array(SettingSchema),
});
export type BlockSchema = z.infer<typeof BlockSchemaSchema>;

const SCHEMA_PATTERN = /{%-?\s*schema\s*-?%}([\s\S]*?){%-?\s*endschema\s*-?%}/;

export async function readChatEmbedBlock(): Promise<{ source: string; schema: BlockSchema }> {
  const source = await readFile(BLOCK_FILE, "utf8");
  const json = SCHEMA_PATTERN.exec(source)?.[1];
  if (json === undefined) throw new Error("chat-embed.liquid has no {% schema %}");
  return { source, schema: BlockSchemaSchema.parse(JSON.parse(json)) };
}

function defaultSettings(schema: BlockSchema): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const setting of schema.settings)
    if (setting.id) settings[setting.id] = setting.default ?? "";
  return settings;
}

/** The extension's storefront translations, looked up as Shopify does: exact, language, default. */
async function loadTranslations(locale: string): Promise<Record<string, unknown>[]> {
  const candidates = [locale, locale.split("-")[0] ?? locale];
  if (locale.startsWith("pt")) candidates.push("pt-BR");
  const tables: Record<string, unknown>[] = [];
  for (const name of [...new Set(candidates)]) {
    try {
      tables.push(
        JSON.parse(
          await readFile(path.join(EXTENSION_DIR, "locales", `${name}.json`), "utf8"),
        ) as Record<string, unknown>,
      );
    } catch {
      // No file for this candidate: try the next.
    }
  }
  tables.push(
    JSON.parse(
      await readFile(path.join(EXTENSION_DIR, "locales", "en.default.json"), "utf8"),
    ) as Record<string, unknown>,
  );
  return tables;
}

function translate(tables: Record<string, unknown>[], key: string): string {
  for (const table of tables) {
    let node: unknown = table;
    for (const part of key.split("."))
      node =
        typeof node === "object" && node !== null
          ? (node as Record<string, unknown>)[part]
          : undefined;
    if (typeof node === "string") return node;
  }
  return `translation missing: ${key}`;
}

/** Shopify's `json` filter output is safe inside <script>: no "</script>" can close the tag. */
function jsonForScript(value: unknown): string {
  return (JSON.stringify(value ?? null) ?? "null")
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026");
}

function createEngine(options: {
  assetBaseUrl: string;
  translations: Record<string, unknown>[];
  locale: string;
}): Liquid {
  const engine = new Liquid({
    root: path.join(here, "theme"),
    extname: ".liquid",
    strictFilters: true,
    jsTruthy: false,
  });
  engine.registerFilter("json", jsonForScript);
  engine.registerFilter("asset_url", (name: string) => `${options.assetBaseUrl}/${name}`);
  engine.registerFilter("t", (key: string) => translate(options.translations, key));
  engine.registerFilter("money", (amount: string, currencyCode: string) =>
    new Intl.NumberFormat(options.locale, { style: "currency", currency: currencyCode }).format(
      Number(amount),
    ),
  );
  // {% schema %} is read by Shopify, never rendered.
  engine.registerTag(
    "schema",
    class extends Tag {
      constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
        super(token, remainTokens, liquid);
        while (remainTokens.length > 0) {
          const next = remainTokens.shift();
          if (next && "name" in next && next.name === "endschema") return;
        }
        throw new Error("{% schema %} without {% endschema %}");
      }
      *render(_context: Context, _emitter: Emitter): Generator<unknown, void, unknown> {}
    },
  );
  return engine;
}

function templateFor(options: RenderStorefrontPageOptions): {
  name: string;
  file: string;
  title: string;
} {
  if (options.product) return { name: "product", file: "product", title: options.product.title };
  if (options.path === "/")
    return { name: "index", file: "collection", title: "Featured products" };
  if (options.path.startsWith("/collections"))
    return { name: "collection", file: "collection", title: "All products" };
  if (options.path.startsWith("/cart")) return { name: "cart", file: "page", title: "Your cart" };
  return { name: "page", file: "page", title: "Shipping & returns" };
}

function productDrop(product: StorefrontProduct) {
  return {
    handle: product.handle,
    title: product.title,
    description: product.descriptionHtml ?? "",
    price: product.price,
    currency_code: product.currencyCode,
    image: product.imageUrl,
    variants: product.variants,
  };
}

const RTL_LANGUAGES = ["ar", "he", "fa", "ur"];

export async function renderStorefrontPage(options: RenderStorefrontPageOptions): Promise<string> {
  const locale = options.locale ?? "en";
  const template = templateFor(options);
  const engine = createEngine({
    assetBaseUrl: options.assetBaseUrl,
    translations: await loadTranslations(locale),
    locale,
  });
  const scope = {
    shop: { name: options.shop.name, permanent_domain: options.shop.permanentDomain },
    request: {
      locale: { iso_code: locale, rtl: RTL_LANGUAGES.includes(locale.split("-")[0] ?? "") },
      path: options.path,
    },
    customer: options.customer
      ? { id: options.customer.id, first_name: options.customer.firstName }
      : null,
    product: options.product ? productDrop(options.product) : null,
    products: (options.products ?? []).map(productDrop),
    cart: { item_count: options.cartItemCount ?? 0 },
    template: { name: template.name },
    page_title: template.title,
  };

  let bodyEnd = "";
  if (options.widget) {
    const block = await readChatEmbedBlock();
    const settings = { ...defaultSettings(block.schema), ...options.settings };
    bodyEnd = await engine.parseAndRender(block.source, {
      ...scope,
      block: { id: "concierge-chat", settings },
    });
  }
  const content = await engine.renderFile(template.file, scope);
  return engine.renderFile("layout", {
    ...scope,
    content_for_layout: content,
    content_for_body_end: bodyEnd,
  });
}
