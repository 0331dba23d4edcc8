import { describeCommerceFailure, isCommerceError } from "../commerce";
import type { CommerceAnswers, CatalogueName } from "../commerce/types";
import type { ShopKnowledge } from "../knowledge/build-shop-knowledge";
import { normaliseText } from "../nlu/normalise-text";
import type { Intent, Language, Understanding } from "../nlu/types";
import { understandMessage } from "../nlu/understand-message";
import type { AssistantReply, Card } from "../reply";
import type { DialogueSettings } from "./dialogue-settings";
import { isWithinBusinessHours } from "./dialogue-settings";
import type { DialogueState } from "./dialogue-state";
import { initialDialogueState } from "./dialogue-state";
import type { DialogueMessages } from "./messages/index";
import { fillMessage, languageNote, messagesFor } from "./messages/index";

export interface ReplyToShopperOptions {
  shop: string;
  text: string;
  locale?: string | null;
  state: DialogueState | null;
  /** The storefront page the chat is open on; `afterPurchase` on the order confirmation page. */
  page?: { productHandle?: string; afterPurchase?: boolean };
  customer: { id: string } | null;
  visitorId: string;
  knowledge: ShopKnowledge;
  commerce: CommerceAnswers | null;
  settings: DialogueSettings;
  now: Date;
}

export interface ShopperReply {
  reply: AssistantReply;
  state: DialogueState;
  understanding: Understanding;
  /** False when the assistant could not help (did not understand or had no answer): record it for the learning loop. */
  answered: boolean;
}

type Handoff = AssistantReply["handoff"];
interface Decision {
  paragraphs: string[];
  cards?: Card[];
  quickReplies?: string[];
  handoff?: Handoff;
  /** False when the assistant could not help this turn (counts toward the miss limit). */
  helped: boolean;
}

const ORDER_INTENTS: Intent[] = ["order_status", "cancel_order", "change_order"];

function localised(
  texts: Partial<Record<Language, string>> | undefined,
  language: Language,
  fallback: Language,
): string | null {
  if (!texts) return null;
  return texts[language] ?? texts[fallback] ?? Object.values(texts)[0] ?? null;
}

async function catalogueOf(commerce: CommerceAnswers | null): Promise<CatalogueName[]> {
  if (!commerce) return [];
  try {
    return await commerce.catalogueNames();
  } catch {
    // Understanding still works without product names; the turn must not fail for them.
    return [];
  }
}

/**
 * One turn of the conversation: understand the message in its context, decide (answer, ask for a
 * missing slot, clarify, admit not knowing, hand off) and reply in the shopper's language when the
 * shop has content in it, otherwise in the shop's default language with a short note.
 */
export async function replyToShopper(options: ReplyToShopperOptions): Promise<ShopperReply> {
  const { settings, knowledge, commerce } = options;
  const previous = options.state ?? initialDialogueState();
  const catalogue = await catalogueOf(commerce);
  const understanding = understandMessage({
    text: options.text,
    locale: options.locale,
    knowledge,
    catalogue,
    context: {
      previousIntent: previous.awaiting ? previous.topic : null,
      expecting: previous.awaiting,
      language: previous.language,
    },
  });

  const shopLanguages = new Set<Language>([
    settings.defaultLanguage,
    ...settings.contentLanguages,
    ...knowledge.languages,
  ]);
  const language = shopLanguages.has(understanding.language)
    ? understanding.language
    : settings.defaultLanguage;
  const messages = messagesFor(language);

  const state: DialogueState = { ...previous, language, turns: previous.turns + 1 };
  if (options.page?.productHandle) state.productHandle = options.page.productHandle;
  for (const entity of understanding.entities) {
    if (entity.type === "product") state.productHandle = entity.value;
    if (entity.type === "sku") state.productHandle = entity.handle;
    if (entity.type === "order_number") state.orderNumber = entity.value;
    if (entity.type === "email") state.contact = { ...state.contact, email: entity.value };
    if (entity.type === "phone") state.contact = { ...state.contact, phone: entity.value };
  }

  // The shop's live data may be slow or unreachable: say so kindly and offer a person, never fail the turn.
  const decision = await decide({
    options,
    understanding,
    state,
    previous,
    messages,
    language,
  }).catch((error: unknown): Decision => {
    if (!isCommerceError(error)) throw error;
    return { paragraphs: [describeCommerceFailure({ error, language })], helped: false };
  });

  state.misses = decision.helped ? 0 : previous.misses + 1;
  let handoff = decision.handoff ?? null;
  const paragraphs = [...decision.paragraphs];
  let quickReplies = decision.quickReplies ?? [];
  if (!decision.helped && !handoff) {
    if (state.misses >= settings.missLimit) {
      handoff = { reason: "low_confidence" };
      paragraphs.push(messages.handoff);
    } else {
      paragraphs.push(messages.offerHuman);
      quickReplies = [...quickReplies, messages.humanQuickReply];
    }
  }
  if (handoff) {
    state.handedOff = true;
    state.awaiting = null;
    quickReplies = [];
    if (!isWithinBusinessHours(settings, options.now)) {
      paragraphs.push(
        localised(settings.scenarioReplies.outsideHours, language, settings.defaultLanguage) ??
          messages.outsideHours,
      );
    }
  }
  if (language !== understanding.language)
    paragraphs.push(
      languageNote({ shopperLanguage: understanding.language, replyLanguage: language }),
    );

  return {
    reply: {
      text: paragraphs.join("\n\n"),
      language,
      cards: decision.cards ?? [],
      quickReplies,
      handoff,
    },
    state,
    understanding,
    answered: decision.helped,
  };
}

interface DecideOptions {
  options: ReplyToShopperOptions;
  understanding: Understanding;
  state: DialogueState;
  previous: DialogueState;
  messages: DialogueMessages;
  language: Language;
}

async function decide(input: DecideOptions): Promise<Decision> {
  const { options, understanding, state, previous, messages, language } = input;
  const { settings } = options;
  const thresholds = settings.thresholds;

  const folded = ` ${normaliseText(options.text)} `;
  for (const rule of settings.keywordReplies) {
    if (
      rule.keywords.some(
        (keyword) =>
          folded.includes(` ${normaliseText(keyword)} `) ||
          (/[\u3040-\u9fff]/.test(keyword) && options.text.includes(keyword)),
      )
    ) {
      const text = localised(rule.reply, language, settings.defaultLanguage) ?? messages.dontKnow;
      return {
        paragraphs: [text],
        handoff: rule.handoff ? { reason: "keyword" } : null,
        helped: true,
      };
    }
  }

  const suppliesSlot = understanding.entities.some(
    (entity) =>
      entity.type === "order_number" || entity.type === "email" || entity.type === "phone",
  );
  const continuing =
    previous.awaiting !== null &&
    previous.topic !== null &&
    (suppliesSlot || understanding.intent === previous.topic);
  const intent: Intent = continuing && previous.topic ? previous.topic : understanding.intent;
  const confident = continuing || understanding.confidence >= thresholds.answer;
  if (!continuing) {
    // A new topic: forget the slot we were waiting for, keep the order and product in view.
    state.awaiting = null;
    state.topic = confident ? intent : previous.topic;
  }

  if (
    understanding.sentiment.label === "angry" &&
    understanding.sentiment.score >= 0.6 &&
    settings.handOffWhenAngry
  ) {
    return { paragraphs: [messages.angry], handoff: { reason: "sentiment" }, helped: true };
  }
  if (intent === "human_agent" && understanding.confidence >= thresholds.clarify) {
    return {
      paragraphs: [messages.handoff],
      handoff: { reason: "asked_for_person" },
      helped: true,
    };
  }
  if (confident && settings.humanOnlyIntents.includes(intent)) {
    return {
      paragraphs: [messages.handoff],
      handoff: { reason: "human_only_intent" },
      helped: true,
    };
  }

  const faqEntry =
    understanding.faq && understanding.faq.score >= thresholds.faq
      ? options.knowledge.entryById(understanding.faq.entryId)
      : undefined;
  const orderInView = state.orderNumber !== null || options.customer !== null;

  if (confident && ORDER_INTENTS.includes(intent) && (orderInView || !faqEntry || continuing)) {
    return orderTurn({ ...input, intent });
  }
  if (faqEntry && !(continuing && previous.awaiting)) {
    return { paragraphs: [faqEntry.answer], helped: true };
  }
  if (!confident && understanding.confidence >= thresholds.clarify && intent !== "other") {
    const choices = [intent, ...understanding.alternatives.map((alternative) => alternative.intent)]
      .filter((candidate) => candidate !== "other")
      .slice(0, 2)
      .map((candidate) => messages.intentLabels[candidate]);
    return {
      paragraphs: [fillMessage(messages.clarify, { options: choices.join(" / ") })],
      quickReplies: choices,
      helped: true,
    };
  }
  if (!confident) return { paragraphs: [messages.dontKnow], helped: false };

  switch (intent) {
    case "greeting": {
      const scenario = options.page?.afterPurchase
        ? settings.scenarioReplies.afterPurchase
        : settings.scenarioReplies.greeting;
      return {
        paragraphs: [localised(scenario, language, settings.defaultLanguage) ?? messages.greeting],
        helped: true,
      };
    }
    case "thanks_goodbye":
      return { paragraphs: [messages.goodbye], helped: true };
    case "complaint":
      return { paragraphs: [messages.complaint], handoff: { reason: "sentiment" }, helped: true };
    case "product_question":
      return productTurn(input);
    case "recommendation":
      return recommendationTurn(input);
    case "return_refund":
      state.topic = "return_refund";
      return { paragraphs: [messages.returnHelp], helped: true };
    default:
      return { paragraphs: [messages.dontKnow], helped: false };
  }
}

async function orderTurn(input: DecideOptions & { intent: Intent }): Promise<Decision> {
  const { options, state, messages, language, intent } = input;
  const commerce = options.commerce;
  state.topic = intent;
  if (!commerce) return { paragraphs: [messages.dontKnow], helped: false };

  const conclude = (orderName: string, card: Card | null): Decision => {
    if (intent === "cancel_order")
      return {
        paragraphs: [fillMessage(messages.orderCancelHandoff, { order: orderName })],
        handoff: { reason: "human_only_intent" },
        helped: true,
      };
    if (intent === "change_order")
      return {
        paragraphs: [fillMessage(messages.orderChangeHandoff, { order: orderName })],
        handoff: { reason: "human_only_intent" },
        helped: true,
      };
    const status = card && card.type === "order" ? card.statusLabel : "";
    return {
      paragraphs: [fillMessage(messages.orderFound, { order: orderName, status })],
      cards: card ? [card] : [],
      helped: true,
    };
  };

  if (options.customer) {
    const orders = await commerce.ordersOfCustomer({ customerId: options.customer.id, language });
    const wanted = state.orderNumber;
    const order = wanted
      ? orders.find((candidate) => candidate.orderName.replace(/\D/g, "") === wanted)
      : orders[0];
    if (order) {
      state.orderNumber = order.orderName.replace(/\D/g, "");
      state.awaiting = null;
      return conclude(order.orderName, order);
    }
    if (!wanted) return { paragraphs: [messages.noOrders], helped: true };
    // A number not on this customer's account is looked up as a guest order below.
  }

  if (!state.orderNumber) {
    state.awaiting = "order_number";
    return { paragraphs: [messages.askOrderNumber], helped: true };
  }
  if (!state.contact?.email && !state.contact?.phone) {
    state.awaiting = "contact";
    return {
      paragraphs: [fillMessage(messages.askContact, { order: `#${state.orderNumber}` })],
      helped: true,
    };
  }
  const result = await commerce.orderForGuest({
    orderNumber: state.orderNumber,
    contact: state.contact,
    visitorId: options.visitorId,
    language,
  });
  state.awaiting = null;
  if (result.kind === "found") return conclude(result.order.orderName, result.order);
  if (result.kind === "limited")
    return {
      paragraphs: [messages.orderLimited],
      handoff: { reason: "limit_reached" },
      helped: true,
    };
  state.contact = null;
  state.orderNumber = null;
  return { paragraphs: [messages.orderNotFound], helped: false };
}

async function productTurn(input: DecideOptions): Promise<Decision> {
  const { options, state, messages, language } = input;
  if (!options.commerce) return { paragraphs: [messages.dontKnow], helped: false };
  if (!state.productHandle) return { paragraphs: [messages.productWhich], helped: true };
  const facts = await options.commerce.productFacts({ handle: state.productHandle, language });
  if (!facts) return { paragraphs: [messages.productWhich], helped: true };
  const { card } = facts;
  const price = new Intl.NumberFormat(language, {
    style: "currency",
    currency: card.price.currencyCode,
  }).format(Number(card.price.amount));
  const lines = [
    fillMessage(messages.productPrice, { title: card.title, price }),
    card.available ? messages.productInStock : messages.productOutOfStock,
    ...facts.options
      .filter((option) => option.values.length > 1)
      .map((option) =>
        fillMessage(messages.productOptions, {
          name: option.name,
          values: option.values.join(", "),
        }),
      ),
  ];
  return {
    paragraphs: [
      fillMessage(messages.productSummary, { title: card.title }),
      lines.map((line) => `- ${line}`).join("\n"),
    ],
    cards: [card],
    helped: true,
  };
}

async function recommendationTurn(input: DecideOptions): Promise<Decision> {
  const { options, state, messages, language } = input;
  if (!options.commerce) return { paragraphs: [messages.dontKnow], helped: false };
  const cards = await options.commerce.recommendProducts({
    productHandle: state.productHandle ?? undefined,
    customerId: options.customer?.id,
    need: { text: options.text },
    language,
    limit: 3,
  });
  if (cards.length === 0) return { paragraphs: [messages.recommendNone], helped: true };
  return { paragraphs: [messages.recommendIntro], cards, helped: true };
}
