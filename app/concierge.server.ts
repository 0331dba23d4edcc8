import type { Responder } from "~/assistant/conversation";
import {
  createAdminGateway,
  createCommerceAnswers,
  createOrderActions,
} from "~/assistant/commerce";
import {
  escalateConversation,
  findShopContact,
  findVerifiedCustomer,
  type VerifiedCustomer,
} from "~/assistant/escalation";
import { cipherBox } from "~/encryption.server";
import {
  dialogueSettingsForShop,
  DialogueStateSchema,
  replyToShopper,
  understandingLanguageOfLocale,
  type ShopperEscalation,
} from "~/assistant/dialogue";
import { loadShopKnowledge } from "~/assistant/knowledge";
import { shopKnowledgeCache, shopSettingsCache } from "~/assistant/shops";
import {
  describeStorefrontSettings,
  openWithOrderStatus,
  recordProductQuestion,
  suggestProductQuestions,
  type ProductQuestion,
} from "~/assistant/proactive";
import type { ConversationView } from "~/assistant/conversation/start-conversation";
import type { Language as UnderstandingLanguage } from "~/assistant/nlu/types";
import { readShopSettings, type Language, type ShopSettings } from "~/assistant/settings";
import type { Prisma } from "@prisma/client";
import prisma from "~/db.server";
import { env } from "~/env.server";

/** Admin API calls answering one shopper message may take this long in all, retries included. */
const COMMERCE_TIMEOUT_MS = 2500;

// Settings and the widget speak Shopify's locale codes; understanding names Chinese by script.
const localeOf = Object.fromEntries(
  Object.entries(understandingLanguageOfLocale).map(([locale, language]) => [language, locale]),
) as Record<UnderstandingLanguage, Language>;

/**
 * The shop's settings as the storefront reads them, on every page view and message: held in
 * memory per shop and forgotten when the merchant saves (shop-cache).
 */
function shopSettingsOf(shop: string): Promise<ShopSettings> {
  return shopSettingsCache.read(shop, () => readShopSettings({ prisma, shop }));
}

/** The shop's language code for a widget locale (`zh-CN`, `pt-BR` → `pt`), or null. */
function shopLanguageOf(locale: string | null): Language | null {
  const requested = locale?.startsWith("zh") ? locale : locale?.split("-")[0];
  return requested && requested in understandingLanguageOfLocale ? (requested as Language) : null;
}

/**
 * What the widget needs from the merchant's settings: consent, voice, the greeting in its
 * language, the appearance defaults and the nudges that are on. The same for every shopper.
 */
export async function storefrontSettings(options: { shop: string; locale: string | null }) {
  const settings = await shopSettingsOf(options.shop);
  const requested = shopLanguageOf(options.locale);
  const greeting =
    (requested ? settings.greeting[requested] : undefined) ??
    settings.greeting[settings.defaultLanguage] ??
    null;
  return describeStorefrontSettings({ settings, greeting });
}

/** Admin API calls for the chat's opening message may take this long: the panel is waiting. */
const OPENING_TIMEOUT_MS = 1500;

/**
 * The proactive part of opening the chat, as far as the merchant switched it on: a logged-in
 * shopper's order on its way (or late) as the first message, and on a product page the FAQ
 * entries most asked about that product. Never for a shopper who has not consented where the shop
 * requires consent.
 */
export async function openConversationProactively(options: {
  shop: string;
  conversation: ConversationView;
  customerId: string | null;
  accessToken: string | null;
  locale: string | null;
  productHandle: string | null;
  consented: boolean;
}): Promise<{ conversation: ConversationView; suggestions: ProductQuestion[] }> {
  const { shop, conversation, customerId, accessToken, productHandle } = options;
  const settings = await shopSettingsOf(shop);
  const proactive = settings.proactive;
  if (settings.privacy.consentRequired && !options.consented)
    return { conversation, suggestions: [] };
  const locale = shopLanguageOf(options.locale) ?? settings.defaultLanguage;

  let opened = conversation;
  if (proactive.orderStatus && customerId && accessToken && conversation.messages.length === 0) {
    const commerce = createCommerceAnswers({
      gateway: createAdminGateway({ shop, accessToken, timeoutMs: OPENING_TIMEOUT_MS }),
    });
    const message = await openWithOrderStatus({
      prisma,
      box: cipherBox,
      shop,
      conversationId: conversation.id,
      loadOrders: () => commerce.ordersOfCustomer({ customerId, language: locale }),
      language: locale,
      now: new Date(),
    });
    if (message) opened = { ...conversation, messages: [message] };
  }
  const suggestions =
    proactive.productQuestions && productHandle
      ? await suggestProductQuestions({
          prisma,
          shop,
          productHandle,
          language: understandingLanguageOfLocale[locale],
        })
      : [];
  return { conversation: opened, suggestions };
}

/**
 * The assistant for one storefront request: the shop's knowledge, its live commerce data (when the
 * shop has an offline session), and the dialogue that decides what to say.
 */
export function respondToShopper(options: { accessToken: string | null }): Responder {
  return async (turn) => {
    const { shop, visitorId, customerId } = turn.shopper;
    const [settings, knowledge] = await Promise.all([
      shopSettingsOf(shop),
      shopKnowledgeCache.read(shop, () => loadShopKnowledge({ prisma, shop })),
    ]);
    const gateway = options.accessToken
      ? createAdminGateway({
          shop,
          accessToken: options.accessToken,
          timeoutMs: COMMERCE_TIMEOUT_MS,
        })
      : null;
    const commerce = gateway ? createCommerceAnswers({ gateway }) : null;
    const orderActions = gateway
      ? createOrderActions({
          gateway,
          policy: settings.orderActions,
          secret: env.SHOPIFY_API_SECRET,
        })
      : null;
    // Asked of the Admin API only when a hand-off is decided, and once per turn.
    let customerLookup: Promise<VerifiedCustomer | null> | undefined;
    const verifiedCustomer = () =>
      (customerLookup ??=
        customerId && gateway
          ? findVerifiedCustomer({ gateway, customerId }).catch(() => null)
          : Promise.resolve(null));
    const stored = DialogueStateSchema.safeParse(turn.state);
    const dialogueSettings = dialogueSettingsForShop(settings);
    const { reply, state, understanding, escalation, answered } = await replyToShopper({
      shop,
      text: turn.text,
      locale: turn.locale,
      state: stored.success ? stored.data : null,
      page: turn.page.productHandle ? { productHandle: turn.page.productHandle } : {},
      customer: customerId ? { id: customerId } : null,
      visitorId,
      knowledge,
      commerce,
      orderActions,
      desk: {
        connected: settings.escalation.zendesk !== null,
        customerEmail: async () => (await verifiedCustomer())?.email ?? null,
        shopContactEmail: async () => (gateway ? findShopContact({ gateway }) : null),
      },
      settings: dialogueSettings,
      now: new Date(),
    });
    const faqEntryId = understanding.faq?.entryId ?? null;
    if (turn.page.productHandle && faqEntryId) {
      // What shoppers ask on a product's page, counted without them, for the proactive offer.
      await recordProductQuestion({
        prisma,
        shop,
        productHandle: turn.page.productHandle,
        faqEntryId,
      }).catch(() => undefined);
    }
    const replyLanguage = localeOf[reply.language as UnderstandingLanguage] ?? reply.language;
    const handOff = escalation
      ? prepareHandOff({
          shop,
          conversationId: turn.conversationId,
          escalation,
          language: replyLanguage,
          customer: await verifiedCustomer(),
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
        faqEntryId,
      },
      answered,
      handOff,
    };
  };
}

/**
 * The step that queues the ticket with the reply. The dialogue only hands over once it has an
 * email to answer (the verified customer's, or one the guest gave and the dialogue checked), and
 * the ticket carries the intent and sentiment of the turn that asked for a person.
 */
function prepareHandOff(options: {
  shop: string;
  conversationId: string;
  escalation: ShopperEscalation;
  language: string;
  customer: VerifiedCustomer | null;
  settings: ShopSettings;
}): (tx: Prisma.TransactionClient) => Promise<void> {
  const { shop, conversationId, escalation, customer, settings } = options;
  return async (tx) => {
    await escalateConversation(tx, {
      box: cipherBox,
      shop,
      conversationId,
      reason: escalation.reason,
      intent: escalation.intent,
      sentiment: escalation.sentiment,
      language: options.language,
      requester: { name: customer?.name ?? null, email: escalation.email },
      customer,
      settings: settings.escalation,
    });
  };
}
