import i18next, { type i18n } from "i18next";
import en from "~/locales/en.json";
import zhCN from "~/locales/zh-CN.json";

export const adminLanguages = ["en", "zh-CN"] as const;
export type AdminLanguage = (typeof adminLanguages)[number];

const resources = { en: { translation: en }, "zh-CN": { translation: zhCN } };

/** Shopify passes the merchant's admin language as `locale` (e.g. "zh-CN", "fr"). */
export function adminLanguageFor(locale: string | null | undefined): AdminLanguage {
  if (!locale) return "en";
  const lower = locale.toLowerCase();
  if (lower.startsWith("zh")) return "zh-CN";
  return "en";
}

export function createAdminI18n(language: AdminLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: "en",
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
