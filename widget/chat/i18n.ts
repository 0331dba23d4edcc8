import i18next from "i18next";
import type { TFunction } from "i18next";
import { language, strings } from "./locales/active";

/** Every locale file has every key (the compiler checks), so no fallback language is shipped. */
export function createTranslator(): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    resources: { [language]: { translation: strings } },
    // Strings reach the page only as text nodes, so i18next's HTML escaping would double-escape.
    interpolation: { escapeValue: false },
    initAsync: false,
    // Keeps the storefront console quiet (i18next otherwise prints an advertisement).
    showSupportNotice: false,
  });
  return instance.t.bind(instance) as TFunction;
}
