import type { ShopSettings } from "../settings";
import type { Language } from "../nlu/types";
import { DialogueSettingsSchema, type DialogueSettings } from "./dialogue-settings";

// The shop's settings speak Shopify's locale codes; understanding names Chinese by script.
export const understandingLanguageOfLocale: Record<ShopSettings["defaultLanguage"], Language> = {
  en: "en",
  "zh-CN": "zh-Hans",
  "zh-TW": "zh-Hant",
  es: "es",
  fr: "fr",
  de: "de",
  ja: "ja",
  pt: "pt",
  it: "it",
};

/**
 * What the dialogue must honour of the merchant's settings: the languages written for, the
 * hand-off rules and business hours (as the escalation domain keeps them), and the order actions
 * the assistant may take itself.
 */
export function dialogueSettingsForShop(settings: ShopSettings): DialogueSettings {
  // Every chat message asks with the shop's cached settings: derive once per settings object.
  let derived = derivedFrom.get(settings);
  if (!derived) {
    derived = DialogueSettingsSchema.parse({
      defaultLanguage: understandingLanguageOfLocale[settings.defaultLanguage],
      contentLanguages: settings.languages.map(
        (language) => understandingLanguageOfLocale[language],
      ),
      handoff: settings.escalation.handoff,
      orderActions: settings.orderActions,
    });
    derivedFrom.set(settings, derived);
  }
  return derived;
}

const derivedFrom = new WeakMap<ShopSettings, DialogueSettings>();
