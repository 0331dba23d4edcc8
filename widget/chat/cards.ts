import type { TFunction } from "i18next";
import type { OrderCard, ProductCard } from "../../app/assistant/reply";
import { button, h } from "./dom";
import { safeHref } from "./markdown";

function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(date);
}

function formatPrice(amount: string, currencyCode: string, locale: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currencyCode}`;
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode }).format(
      value,
    );
  } catch {
    return `${amount} ${currencyCode}`;
  }
}

function externalLink(href: string, label: string): HTMLElement {
  const safe = safeHref(href, location.href);
  return safe
    ? h("a", { href: safe, target: "_blank", rel: "noopener noreferrer" }, label)
    : h("span", {}, label);
}

export function renderOrderCard(card: OrderCard, t: TFunction, locale: string): HTMLElement {
  const shipments = card.shipments.map((shipment) =>
    h(
      "li",
      { class: "shipment" },
      h("span", {}, [shipment.carrier, shipment.statusLabel].filter(Boolean).join(" · ")),
      shipment.estimatedDeliveryAt
        ? h(
            "span",
            { class: "muted" },
            t("order.eta", { date: formatDate(shipment.estimatedDeliveryAt, locale) }),
          )
        : null,
      shipment.trackingUrl
        ? externalLink(
            shipment.trackingUrl,
            `${t("order.track")}${shipment.trackingNumber ? ` (${shipment.trackingNumber})` : ""}`,
          )
        : shipment.trackingNumber
          ? h("span", {}, shipment.trackingNumber)
          : null,
    ),
  );
  return h(
    "article",
    { class: "card order", "aria-label": card.orderName },
    h(
      "div",
      { class: "card-head" },
      h("strong", {}, card.orderName),
      h("span", { class: `status status-${card.status}` }, card.statusLabel),
    ),
    h("div", { class: "muted" }, t("order.placed", { date: formatDate(card.processedAt, locale) })),
    card.items.length > 0
      ? h(
          "div",
          {},
          h("div", { class: "label" }, t("order.items")),
          h(
            "ul",
            { class: "items" },
            ...card.items.map((item) => h("li", {}, `${item.quantity} × ${item.title}`)),
          ),
        )
      : null,
    shipments.length > 0 ? h("ul", { class: "shipments" }, ...shipments) : null,
    card.nextStep
      ? h(
          "p",
          { class: "next" },
          h("span", { class: "label" }, `${t("order.nextStep")}: `),
          card.nextStep,
        )
      : null,
  );
}

interface ShopifyGlobal {
  Shopify?: { routes?: { root?: string } };
}

/** The storefront's own Ajax cart; `routes.root` keeps locale-prefixed storefronts (/fr/) working. */
async function addToCart(variantId: string): Promise<void> {
  const root = (window as unknown as ShopifyGlobal).Shopify?.routes?.root ?? "/";
  const response = await fetch(`${root.replace(/\/?$/, "/")}cart/add.js`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ items: [{ id: Number(variantId), quantity: 1 }] }),
    credentials: "same-origin",
  });
  if (!response.ok) throw new Error(`cart/add.js answered ${response.status}`);
  const added: unknown = await response.json().catch(() => null);
  // Themes listen for this to refresh their cart count or drawer.
  document.dispatchEvent(new CustomEvent("concierge:cart-added", { detail: { variantId, added } }));
}

export function renderProductCard(
  card: ProductCard,
  t: TFunction,
  locale: string,
  announce: (text: string) => void,
): HTMLElement {
  const title = h(
    "a",
    { href: safeHref(card.url, location.href) ?? "#", class: "product-title" },
    card.title,
  );
  const status = h("span", { class: "muted", role: "status" });
  const canAdd = card.available && card.variantId !== null;
  const add = button(canAdd ? t("product.add") : t("product.soldOut"), {
    class: "primary",
    disabled: !canAdd,
  });
  add.addEventListener("click", () => {
    if (!card.variantId || add.disabled) return;
    add.disabled = true;
    add.textContent = t("product.adding");
    addToCart(card.variantId).then(
      () => {
        add.textContent = t("product.added");
        announce(`${card.title}: ${t("product.added")}`);
      },
      () => {
        add.disabled = false;
        add.textContent = t("product.add");
        status.textContent = t("product.failed");
      },
    );
  });
  const image = card.imageUrl ? safeHref(card.imageUrl, location.href) : null;
  return h(
    "article",
    { class: "card product", "aria-label": card.title },
    image
      ? h("img", { src: image, alt: "", loading: "lazy", width: "72", height: "72" })
      : h("div", { class: "img-placeholder" }),
    h(
      "div",
      { class: "product-body" },
      title,
      h(
        "div",
        {},
        h("strong", {}, formatPrice(card.price.amount, card.price.currencyCode, locale)),
        card.variantTitle ? h("span", { class: "muted" }, ` · ${card.variantTitle}`) : null,
      ),
      card.reason ? h("div", { class: "muted" }, card.reason) : null,
      add,
      status,
    ),
  );
}
