import type { Responder } from "~/assistant/conversation";
import { createAdminGateway, createCommerceAnswers, type AdminGateway } from "~/assistant/commerce";
import { escalateConversation, findVerifiedCustomer } from "~/assistant/escalation";
import { cipherBox } from "~/encryption.server";
import {
  dialogueSettingsForShop,
  DialogueStateSchema,
  replyToShopper,
  understandingLanguageOfLocale,
} from "~/assistant/dialogue";
import { loadShopKnowledge, recordUnansweredQuestion } from "~/assistant/knowledge";
import { redactText } from "~/assistant/privacy/redact";
import type { Language as UnderstandingLanguage, Understanding } from "~/assistant/nlu/types";
import type { AssistantReply } from "~/assistant/reply";
import { readShopSettings, type Language, type ShopSettings } from "~/assistant/settings";
import type { Prisma } from "@prisma/client";
import prisma from "~/db.server";

/** Admin API calls answering one shopper message may take this long in all, retries included. */
const COMMERCE_TIMEOUT_MS = 2500;

// Settings and the widget speak Shopify's locale codes; understanding names Chinese by script.
const localeOf = Object.fromEntries(
  Object.entries(understandingLanguageOfLocale).map(([locale, language]) => [language, locale]),
) as Record<UnderstandingLanguage, Language>;

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
    const gateway = options.accessToken
      ? createAdminGateway({
          shop,
          accessToken: options.accessToken,
          timeoutMs: COMMERCE_TIMEOUT_MS,
        })
      : null;
    const commerce = gateway ? createCommerceAnswers({ gateway }) : null;
    const stored = DialogueStateSchema.safeParse(turn.state);
    const dialogueSettings = dialogueSettingsForShop(settings);
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
    const handOff =
      reply.handoff && settings.escalation.zendesk
        ? await prepareHandOff({
            shop,
            conversationId: turn.conversationId,
            reason: reply.handoff.reason,
            understanding,
            language: replyLanguage,
            customerId,
            guestEmail: state.contact?.email ?? null,
            gateway,
            settings,
          })
        : undefined;
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
      handOff,
    };
  };
}

/**
 * What the ticket needs from outside the transaction (the verified customer comes from the Admin
 * API), then the step that queues it with the reply. A guest who never gave an email still gets a
 * ticket: agents answer in Zendesk and the reply reaches the chat; the address only marks it.
 */
async function prepareHandOff(options: {
  shop: string;
  conversationId: string;
  reason: NonNullable<AssistantReply["handoff"]>["reason"];
  understanding: Understanding;
  language: string;
  customerId: string | null;
  guestEmail: string | null;
  gateway: AdminGateway | null;
  settings: ShopSettings;
}): Promise<(tx: Prisma.TransactionClient) => Promise<void>> {
  const { shop, conversationId, understanding, settings } = options;
  const customer =
    options.customerId && options.gateway
      ? await findVerifiedCustomer({
          gateway: options.gateway,
          customerId: options.customerId,
        }).catch(() => null)
      : null;
  const email = customer?.email ?? options.guestEmail ?? `chat-${conversationId}@concierge.invalid`;
  return async (tx) => {
    await escalateConversation(tx, {
      box: cipherBox,
      shop,
      conversationId,
      reason: options.reason,
      intent: understanding.intent,
      sentiment: understanding.sentiment.label,
      language: options.language,
      requester: { name: customer?.name ?? null, email },
      customer,
      settings: settings.escalation,
    });
  };
}
