import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { MisbehaviourSwitches } from "../misbehaviour";
import {
  escapeHtml,
  htmlPage,
  parseCookies,
  parseJsonOrForm,
  readBody,
  redirect,
  sendJson,
  sendText,
} from "../http-kit";
import { renderProductImage } from "../product-image";
import type { CustomerRecord, ProductRecord, ShopData } from "../shop-data";
import { signAppProxyParams } from "../signatures";
import { CartAddSchema, addToCart, cartJson, type CartRecord } from "./cart";

export interface StorefrontPageInput {
  shop: ShopData;
  /** Path without the locale prefix, e.g. `/` or `/products/trail-runner`. */
  path: string;
  product: ProductRecord | null;
  customer: CustomerRecord | null;
  locale: string;
  storefrontUrl: string;
}

export type RenderStorefrontPage = (input: StorefrontPageInput) => string | Promise<string>;

export const APP_PROXY_PREFIX = "/apps/concierge";
const CUSTOMER_COOKIE = "storefront_customer_id";
const CART_COOKIE = "cart";

export interface StorefrontOptions {
  shop: () => ShopData;
  apiSecret: string;
  appUrl: string;
  storefrontUrl: () => string;
  assetBaseUrl: () => string;
  misbehaviour: MisbehaviourSwitches;
  renderStorefrontPage?: RenderStorefrontPage;
}

const LOCALE_SEGMENT = /^\/([a-z]{2}(?:-[a-z]{2,4})?)(\/.*)?$/i;
const RESERVED_SEGMENTS = new Set(["apps", "cart", "account", "products", "static", "collections"]);

function splitLocale(pathname: string, fallback: string) {
  const match = LOCALE_SEGMENT.exec(pathname);
  if (match?.[1] && !RESERVED_SEGMENTS.has(match[1].toLowerCase()))
    return { locale: match[1], path: match[2] ?? "/" };
  return { locale: fallback, path: pathname };
}

function plainPage(input: StorefrontPageInput) {
  const greeting = input.customer
    ? `<p data-testid="logged-in">Logged in as ${escapeHtml(input.customer.firstName)} ${escapeHtml(input.customer.lastName)}</p>`
    : "";
  const content = input.product
    ? `<h1>${escapeHtml(input.product.title)}</h1><img src="/static/products/${escapeHtml(input.product.handle)}.svg" alt="${escapeHtml(input.product.title)}" width="400" height="400"><div>${input.product.descriptionHtml}</div>`
    : `<h1>${escapeHtml(input.shop.name)}</h1><ul>${input.shop.products
        .filter((product) => product.status === "ACTIVE")
        .map(
          (product) =>
            `<li><a href="/products/${escapeHtml(product.handle)}">${escapeHtml(product.title)}</a></li>`,
        )
        .join("")}</ul>`;
  return htmlPage(input.product?.title ?? input.shop.name, `${greeting}${content}`);
}

/** Serves the demo storefront: pages, demo login, Ajax cart, order status and the App Proxy. */
export function createStorefrontHandler(options: StorefrontOptions) {
  const carts = new Map<string, CartRecord>();

  const cartFor = (request: IncomingMessage, response: ServerResponse) => {
    const token = parseCookies(request.headers.cookie).get(CART_COOKIE);
    const existing = token ? carts.get(token) : undefined;
    if (existing) return existing;
    const cart: CartRecord = {
      token: token ?? randomBytes(16).toString("hex"),
      note: null,
      lines: [],
    };
    carts.set(cart.token, cart);
    response.setHeader("set-cookie", `${CART_COOKIE}=${cart.token}; Path=/; SameSite=Lax`);
    return cart;
  };

  const loggedInCustomer = (request: IncomingMessage) => {
    const id = Number(parseCookies(request.headers.cookie).get(CUSTOMER_COOKIE));
    return options.shop().customers.find((customer) => customer.id === id) ?? null;
  };

  async function forwardToAppProxy(request: IncomingMessage, response: ServerResponse, url: URL) {
    const shop = options.shop();
    const subpath = url.pathname.slice(APP_PROXY_PREFIX.length);
    const target = new URL(`${options.appUrl}/proxy${subpath}`);
    const params = new URLSearchParams(url.search);
    for (const key of ["shop", "logged_in_customer_id", "path_prefix", "timestamp", "signature"])
      params.delete(key);
    params.set("shop", shop.domain);
    params.set("logged_in_customer_id", String(loggedInCustomer(request)?.id ?? ""));
    params.set("path_prefix", APP_PROXY_PREFIX);
    params.set("timestamp", String(Math.floor(Date.now() / 1000)));
    params.set("signature", signAppProxyParams(options.apiSecret, params));
    target.search = params.toString();
    const method = request.method ?? "GET";
    const body =
      method === "GET" || method === "HEAD" ? undefined : new Uint8Array(await readBody(request));
    const headers: Record<string, string> = {
      "x-forwarded-for": request.socket.remoteAddress ?? "127.0.0.1",
      "x-forwarded-host": request.headers.host ?? new URL(options.storefrontUrl()).host,
      accept: request.headers.accept ?? "*/*",
    };
    if (request.headers["content-type"]) headers["content-type"] = request.headers["content-type"];
    if (request.headers["accept-language"])
      headers["accept-language"] = request.headers["accept-language"];
    if (request.headers["user-agent"]) headers["user-agent"] = request.headers["user-agent"];
    let upstream: Response;
    try {
      upstream = await fetch(target, { method, headers, body, redirect: "manual" });
    } catch {
      sendText(response, 502, "The app did not answer.");
      return;
    }
    const bytes = Buffer.from(await upstream.arrayBuffer());
    // Shopify drops the app's cookies; everything else the shopper needs passes through.
    const passHeaders: Record<string, string> = {};
    for (const [key, value] of upstream.headers) {
      if (
        [
          "set-cookie",
          "content-length",
          "content-encoding",
          "transfer-encoding",
          "connection",
        ].includes(key)
      )
        continue;
      passHeaders[key] = value;
    }
    response.writeHead(upstream.status, { ...passHeaders, "content-length": String(bytes.length) });
    response.end(bytes);
  }

  async function renderPage(response: ServerResponse, input: StorefrontPageInput) {
    const html = options.renderStorefrontPage
      ? await options.renderStorefrontPage(input)
      : plainPage(input);
    sendText(response, 200, html, "text/html; charset=utf-8");
  }

  return async function handleStorefront(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", "http://storefront.local");
    const shop = options.shop();
    const method = request.method ?? "GET";

    if (url.pathname === APP_PROXY_PREFIX || url.pathname.startsWith(`${APP_PROXY_PREFIX}/`)) {
      if (await options.misbehaviour.intercept("proxy", response)) return;
      await forwardToAppProxy(request, response, url);
      return;
    }
    if (await options.misbehaviour.intercept("storefront", response)) return;

    const image = /^\/static\/products\/([a-z0-9-]+)\.svg$/.exec(url.pathname);
    if (image?.[1]) {
      const product = shop.products.find((entry) => entry.handle === image[1]);
      if (!product) return sendText(response, 404, "Not found");
      return sendText(
        response,
        200,
        renderProductImage(product.handle, product.title),
        "image/svg+xml",
        { "cache-control": "public, max-age=3600" },
      );
    }
    if (url.pathname === "/account/login") {
      const customerId = url.searchParams.get("customer_id");
      const customer = shop.customers.find((entry) => String(entry.id) === customerId);
      if (!customer) {
        return sendText(
          response,
          200,
          htmlPage(
            "Login",
            `<h1>Login</h1><ul>${shop.customers.map((entry) => `<li><a href="/account/login?customer_id=${entry.id}">${escapeHtml(entry.firstName)} ${escapeHtml(entry.lastName)}</a></li>`).join("")}</ul>`,
          ),
          "text/html; charset=utf-8",
        );
      }
      const returnTo = url.searchParams.get("return_to");
      return redirect(response, returnTo?.startsWith("/") ? returnTo : "/account", {
        "set-cookie": `${CUSTOMER_COOKIE}=${customer.id}; Path=/; HttpOnly; SameSite=Lax`,
      });
    }
    if (url.pathname === "/account/logout") {
      return redirect(response, "/", {
        "set-cookie": `${CUSTOMER_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`,
      });
    }
    if (url.pathname === "/account") {
      const customer = loggedInCustomer(request);
      if (!customer) return redirect(response, "/account/login");
      return sendText(
        response,
        200,
        htmlPage(
          "Account",
          `<h1>${escapeHtml(customer.firstName)} ${escapeHtml(customer.lastName)}</h1><p>${escapeHtml(customer.email ?? "")}</p>`,
        ),
        "text/html; charset=utf-8",
      );
    }
    if (url.pathname === "/cart.js" && method === "GET") {
      return sendJson(
        response,
        200,
        cartJson(shop, cartFor(request, response), options.assetBaseUrl()),
      );
    }
    if (url.pathname === "/cart/add.js" && method === "POST") {
      const cart = cartFor(request, response);
      const parsed = CartAddSchema.safeParse(
        parseJsonOrForm(await readBody(request), request.headers["content-type"]),
      );
      if (!parsed.success)
        return sendJson(response, 422, {
          status: 422,
          message: "Cart Error",
          description: "Parameter Missing or Invalid: Required parameter missing or invalid: items",
        });
      const added = addToCart(shop, cart, parsed.data, options.assetBaseUrl());
      if (!added.ok) return sendJson(response, added.error.status, added.error);
      return sendJson(response, 200, added.body);
    }
    if (url.pathname === "/cart/clear.js" && (method === "POST" || method === "GET")) {
      const cart = cartFor(request, response);
      cart.lines = [];
      return sendJson(response, 200, cartJson(shop, cart, options.assetBaseUrl()));
    }
    const orderStatus = /^\/(\d+)\/orders\/([A-Za-z0-9]+)\/authenticate$/.exec(url.pathname);
    if (orderStatus?.[2]) {
      const order = shop.orders.find(
        (entry) => entry.token === orderStatus[2] && url.searchParams.get("key") === entry.token,
      );
      if (!order) return sendText(response, 404, "Not found");
      return sendText(
        response,
        200,
        htmlPage(
          `Order #${order.number}`,
          `<h1>Order #${order.number}</h1><p>Thank you for your order.</p>`,
        ),
        "text/html; charset=utf-8",
      );
    }

    const { locale, path } = splitLocale(url.pathname, shop.primaryLocale);
    const productMatch = /^\/products\/([a-z0-9-]+)\/?$/.exec(path);
    if (path === "/" || productMatch) {
      const product = productMatch
        ? (shop.products.find(
            (entry) => entry.handle === productMatch[1] && entry.status === "ACTIVE",
          ) ?? null)
        : null;
      if (productMatch && !product)
        return sendText(
          response,
          404,
          htmlPage("Not found", "<h1>404 Page Not Found</h1>"),
          "text/html; charset=utf-8",
        );
      return renderPage(response, {
        shop,
        path,
        product,
        customer: loggedInCustomer(request),
        locale,
        storefrontUrl: options.storefrontUrl(),
      });
    }
    sendText(
      response,
      404,
      htmlPage("Not found", "<h1>404 Page Not Found</h1>"),
      "text/html; charset=utf-8",
    );
  };
}
