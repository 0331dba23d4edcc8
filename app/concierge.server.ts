import type { Responder } from "~/assistant/conversation";
import { createAdminGateway, createCommerceAnswers } from "~/assistant/commerce";
import { DialogueSettingsSchema, DialogueStateSchema, replyToShopper } from "~/assistant/dialogue";
import { loadShopKnowledge, recordUnansweredQuestion } from "~/assistant/knowledge";
import { redactText } from "~/assistant/privacy/redact";
import type { Language as UnderstandingLanguage } from "~/assistant/nlu/types";
import { readShopSettings, type Language, type ShopSettings } from "~/assistant/settings";
import prisma from "~/db.server";

/** Admin API calls answering one shopper message may take this long in all, retries included. */
const COMMERCE_TIMEOUT_MS = 2500;

// Settings and the widget speak Shopify's locale codes; understanding names Chinese by script.
const understandingLanguageOf: Record<Language, UnderstandingLanguage> = {
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
const localeOf = Object.fromEntries(
  Object.entries(understandingLanguageOf).map(([locale, language]) => [language, locale]),
) as Record<UnderstandingLanguage, Language>;

function dialogueSettingsOf(settings: ShopSettings) {
  return DialogueSettingsSchema.parse({
    defaultLanguage: understandingLanguageOf[settings.defaultLanguage],
    contentLanguages: settings.languages.map((language) => understandingLanguageOf[language]),
  });
}

/** What the widget needs before the first message: consent, voice, the greeting in its language. */
export async function storefrontSettings(options: { shop: string; locale: string | null }) {
  const settings = await readShopSettings({ prisma, shop: options.shop });
  const requested = options.locale?.startsWith("zh")
    ? options.locale
    : options.locale?.split("-")[0];
  const greeting =
    (requested ? settings.greeting[requested] : undefined) ??
    settings.greeting[settings.defaultLanguage] ??
    null;
  return {
    consentRequired: settings.privacy.consentRequired,
    voice: settings.widget.voice,
    greeting,
  };
}

/**
 * The assistant for one storefront request: the shop's knowledge, its live commerce data (when the
 * shop has an offline session), and the dialogue that decides what to say.
 */
export function respondToShopper(options: { accessToken: string | null }): Responder {
  return async (turn) => {
    const { shop, visitorId, customerId } = turn.shopper;
    const [settings, knowledge] = await Promise.all([
      readShopSettings({ prisma, shop }),
      loadShopKnowledge({ prisma, shop }),
    ]);
    const commerce = options.accessToken
      ? createCommerceAnswers({
          gateway: createAdminGateway({
            shop,
            accessToken: options.accessToken,
            timeoutMs: COMMERCE_TIMEOUT_MS,
          }),
        })
      : null;
    const stored = DialogueStateSchema.safeParse(turn.state);
    const dialogueSettings = dialogueSettingsOf(settings);
    const { reply, state, understanding, answered } = await replyToShopper({
      shop,
      text: turn.text,
      locale: turn.locale,
      state: stored.success ? stored.data : null,
      page: turn.page.productHandle ? { productHandle: turn.page.productHandle } : {},
      customer: customerId ? { id: customerId } : null,
      visitorId,
      knowledge,
      commerce,
      settings: dialogueSettings,
      now: new Date(),
    });
    if (!answered) {
      // The learning queue: questions the assistant could not answer, for the merchant to turn into
      // FAQ entries. Shoppers' cards, emails and phone numbers stay out of it.
      await recordUnansweredQuestion({
        prisma,
        shop,
        text: redactText(turn.text).text,
        language: understanding.language,
        intent: understanding.intent,
        confidence: understanding.confidence,
        reason:
          understanding.confidence < dialogueSettings.thresholds.clarify
            ? "low_confidence"
            : "no_answer",
      });
    }
    const replyLanguage = localeOf[reply.language as UnderstandingLanguage] ?? reply.language;
    return {
      reply: { ...reply, language: replyLanguage },
      state,
      understanding: {
        language: localeOf[understanding.language],
        intent: understanding.intent,
        confidence: understanding.confidence,
        sentiment: understanding.sentiment.label,
        faqEntryId: understanding.faq?.entryId ?? null,
      },
    };
  };
}
