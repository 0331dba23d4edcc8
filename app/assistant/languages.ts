/**
 * The languages the assistant speaks: the admin offers them to merchants, order and product answers
 * exist in each, and the storefront widget is built once per language.
 */
export const SUPPORTED_LANGUAGES = [
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
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
