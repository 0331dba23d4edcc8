/**
 * The embed's settings, written by blocks/chat-embed.liquid into
 * <script type="application/json" id="concierge-config">. Parsed by hand: a schema library
 * would cost more bytes than the loader itself (docs/decisions/0003-widget-size.md).
 */
export type Position = "bottom-right" | "bottom-left";

export interface Appearance {
  position: Position;
  accent: string;
}

export interface WidgetConfig {
  shop: string;
  locale: string;
  proxyPath: string;
  chatSrc: string;
  /** Set only when the merchant chose it in the theme editor; otherwise the app's default applies. */
  position: Position | null;
  /** Set only when the merchant chose it in the theme editor; otherwise the app's default applies. */
  accent: string | null;
  launcherLabel: string;
  /** The accessible name of the button that dismisses a nudge, in the storefront's language. */
  dismissLabel: string;
  greeting: string;
  consentRequired: boolean;
  loggedIn: boolean;
  productHandle: string | null;
}

export const CONFIG_ELEMENT_ID = "concierge-config";

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
const BUILT_IN_APPEARANCE: Appearance = { position: "bottom-right", accent: "#1f5fbf" };

export function parsePosition(value: unknown): Position | null {
  return value === "bottom-left" || value === "bottom-right" ? value : null;
}

export function parseAccent(value: unknown): string | null {
  return typeof value === "string" && HEX_COLOUR.test(value.trim()) ? value.trim() : null;
}

/**
 * Which appearance the widget shows: what the merchant set in the theme editor's app embed wins,
 * then the default from the app's settings, then the built-in one. Each setting on its own, so a
 * theme may pick only the colour and keep the app's position.
 */
export function resolveAppearance(
  config: Pick<WidgetConfig, "position" | "accent">,
  app: Partial<Appearance> | null,
): Appearance {
  return {
    position: config.position ?? app?.position ?? BUILT_IN_APPEARANCE.position,
    accent: config.accent ?? app?.accent ?? BUILT_IN_APPEARANCE.accent,
  };
}

function text(value: unknown, fallback: string): string {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : fallback;
}

export function parseConfig(raw: unknown): WidgetConfig | null {
  if (typeof raw !== "object" || raw === null) return null;
  const source = raw as Record<string, unknown>;
  const shop = text(source.shop, "");
  const chatSrc = text(source.chatSrc, "");
  if (shop === "" || chatSrc === "") return null;
  return {
    shop,
    locale: text(source.locale, "en"),
    proxyPath: text(source.proxyPath, "/apps/concierge"),
    chatSrc,
    position: parsePosition(source.position),
    accent: parseAccent(source.accent),
    launcherLabel: text(source.launcherLabel, "Chat"),
    dismissLabel: text(source.dismissLabel, "Dismiss"),
    greeting: text(source.greeting, ""),
    consentRequired: source.consentRequired === true,
    loggedIn: source.loggedIn === true,
    productHandle:
      typeof source.productHandle === "string" && source.productHandle !== ""
        ? source.productHandle
        : null,
  };
}

export function readConfig(doc: Document): WidgetConfig | null {
  const element = doc.getElementById(CONFIG_ELEMENT_ID);
  if (!element?.textContent) return null;
  try {
    return parseConfig(JSON.parse(element.textContent));
  } catch {
    return null;
  }
}

/** Black or white, whichever reads better on the merchant's accent (WCAG relative luminance). */
export function readableTextOn(hex: string): "#000000" | "#ffffff" {
  const channel = (offset: number): number => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Contrast with white is 1.05/(L+0.05), with black (L+0.05)/0.05; pick the larger.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? "#ffffff" : "#000000";
}

const RTL_LANGUAGES = ["ar", "he", "fa", "ur"];

export function isRightToLeft(locale: string, doc: Document): boolean {
  return (
    doc.documentElement.dir === "rtl" || RTL_LANGUAGES.includes(locale.split("-")[0]!.toLowerCase())
  );
}
