/**
 * The languages the widget speaks, each built into its own chat bundle
 * (concierge-chat-<language>.js). blocks/chat-embed.liquid picks the bundle from the storefront's
 * locale with the same rule as `widgetLanguageFor`.
 */
export const WIDGET_LANGUAGES = [
  "en",
  "zh-CN",
  "zh-TW",
  "es",
  "fr",
  "de",
  "ja",
  "pt",
  "it",
] as const;
export type WidgetLanguage = (typeof WIDGET_LANGUAGES)[number];

export function widgetLanguageFor(locale: string): WidgetLanguage {
  const [language = "", region = ""] = locale.toLowerCase().split("-");
  if (language === "zh") return ["tw", "hk", "mo", "hant"].includes(region) ? "zh-TW" : "zh-CN";
  return WIDGET_LANGUAGES.find((candidate) => candidate === language) ?? "en";
}

export function chatBundleFile(language: WidgetLanguage): string {
  return `concierge-chat-${language}.js`;
}
