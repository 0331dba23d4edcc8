import { SUPPORTED_LANGUAGES, type Language } from "../app/assistant/languages";

/**
 * The widget speaks every supported language, each built into its own chat bundle
 * (concierge-chat-<language>.js). blocks/chat-embed.liquid picks the bundle from the storefront's
 * locale with the same rule as this.
 */
export function widgetLanguageFor(locale: string): Language {
  const [language = "", region = ""] = locale.toLowerCase().split("-");
  if (language === "zh") return ["tw", "hk", "mo", "hant"].includes(region) ? "zh-TW" : "zh-CN";
  return SUPPORTED_LANGUAGES.find((candidate) => candidate === language) ?? "en";
}

export function chatBundleFile(language: Language): string {
  return `concierge-chat-${language}.js`;
}
