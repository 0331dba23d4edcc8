import type { ShopSettings } from "../settings";
import type { Language } from "../nlu/types";
import { IntentSchema, LANGUAGES } from "../nlu/types";
import { DialogueSettingsSchema, type DialogueSettings } from "./dialogue-settings";
import { messagesFor } from "./messages/index";

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
 * What the dialogue must honour of the merchant's settings: the languages written for, and the
 * hand-off rules (intents only a person handles, words that always mean "a person, please", how
 * many unsure turns before offering one, and whether anger hands over at once).
 */
export function dialogueSettingsForShop(settings: ShopSettings): DialogueSettings {
  const rules = settings.escalation.handoff;
  const handoffLine = Object.fromEntries(
    LANGUAGES.map((language) => [language, messagesFor(language).handoff]),
  );
  return DialogueSettingsSchema.parse({
    defaultLanguage: understandingLanguageOfLocale[settings.defaultLanguage],
    contentLanguages: settings.languages.map((language) => understandingLanguageOfLocale[language]),
    missLimit: rules.lowConfidenceTurns,
    humanOnlyIntents: rules.humanOnlyIntents.filter(
      (intent) => IntentSchema.safeParse(intent).success,
    ),
    handOffWhenAngry: rules.sentiments.includes("angry"),
    keywordReplies:
      rules.keywords.length > 0
        ? [{ keywords: rules.keywords, reply: handoffLine, handoff: true }]
        : [],
  });
}
