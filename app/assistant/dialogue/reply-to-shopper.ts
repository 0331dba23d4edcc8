import { z } from "zod";
import { describeCommerceFailure, isCommerceError } from "../commerce";
import type { OrderActionOptions, OrderActionResult } from "../commerce/order-actions";
import { orderNameMatches, orderNumberOf } from "../commerce/order-name";
import type { CommerceAnswers, CatalogueName } from "../commerce/types";
import { expectedReplyAt, formatOpeningTime } from "../escalation/business-hours";
import { decideHandoff } from "../escalation/decide-handoff";
import type { ShopKnowledge } from "../knowledge/build-shop-knowledge";
import type { Intent, Language, SentimentLabel, Understanding } from "../nlu/types";
import { holdsPhrase, normaliseText } from "../nlu/normalise-text";
import { understandMessage } from "../nlu/understand-message";
import type { AssistantReply, Card } from "../reply";
import type { DialogueSettings } from "./dialogue-settings";
import type { DialogueState } from "./dialogue-state";
import { initialDialogueState } from "./dialogue-state";
import { answerAboutProduct } from "./answer-about-product";
import type { Budget } from "./read-budget";
import { sameCurrency } from "../commerce/same-currency";
import { asksCheaper, readBudget } from "./read-budget";
import type { DialogueMessages } from "./messages/index";
import { fillMessage, languageNote, messagesFor } from "./messages/index";

/** Where a hand-off goes: whether a person can answer in the chat, and the addresses involved. */
export interface HandoffDesk {
  /** False when the shop has no help desk connected: the chat must not promise a person. */
  connected: boolean;
  /** The logged-in customer's verified email (Admin API), asked only when a hand-off is decided. */
  customerEmail(): Promise<string | null>;
  /** How shoppers reach the shop otherwise (Admin API `shop { contactEmail }`). */
  shopContactEmail(): Promise<string | null>;
}

/** Cancel and return with confirmation (commerce/order-actions), when the shop's data is reachable. */
export interface OrderActionsPort {
  cancelOrder(request: OrderActionOptions): Promise<OrderActionResult>;
  startReturn(request: OrderActionOptions): Promise<OrderActionResult>;
}

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
  orderActions: OrderActionsPort | null;
  desk: HandoffDesk;
  settings: DialogueSettings;
  now: Date;
}

type HandoffReason = NonNullable<AssistantReply["handoff"]>["reason"];

/** A hand-off ready for a ticket: what the turn that asked for it was about, and who to answer. */
export interface ShopperEscalation {
  reason: HandoffReason;
  intent: Intent;
  sentiment: SentimentLabel;
  email: string;
}

export interface ShopperReply {
  reply: AssistantReply;
  state: DialogueState;
  understanding: Understanding;
  /** False when the assistant could not help (did not understand or had no answer): record it for the learning loop. */
  answered: boolean;
  /** Set when a person takes over now: the ticket is made from it. */
  escalation: ShopperEscalation | null;
}

interface Decision {
  paragraphs: string[];
  cards?: Card[];
  quickReplies?: string[];
  handoff?: HandoffReason | null;
  /** The turn a pending hand-off came from, when this turn only supplied the email. */
  handoffTopic?: { intent: Intent; sentiment: SentimentLabel };
  /** False when the assistant could not help this turn. */
  helped: boolean;
}

const ORDER_INTENTS: Intent[] = ["order_status", "cancel_order", "change_order"];
const EmailSchema = z.string().trim().toLowerCase().email().max(254);
/** Asking for an email this many times without getting one drops the hand-off. */
const EMAIL_ASKS = 3;

async function catalogueOf(commerce: CommerceAnswers | null): Promise<CatalogueName[]> {
  if (!commerce) return [];
  try {
    return await commerce.catalogueNames();
  } catch {
    // Understanding still works without product names; the turn must not fail for them.
    return [];
  }
}

function localised(
  texts: Partial<Record<Language, string>> | undefined,
  language: Language,
  fallback: Language,
): string | null {
  if (!texts) return null;
  return texts[language] ?? texts[fallback] ?? Object.values(texts)[0] ?? null;
}

const notKnownTests = new Map<Language, ((folded: string) => boolean)[]>();
/** One test per not-known phrase of a language, built once: its words, or its parts with a gap. */
function notKnownTestsOf(language: Language): ((folded: string) => boolean)[] {
  let tests = notKnownTests.get(language);
  if (tests) return tests;
  tests = messagesFor(language).notKnownWords.map((words) => {
    const [first = "", ...rest] = words.split(" … ").map(normaliseText);
    if (rest.length === 0) return (folded: string) => holdsPhrase(folded, first);
    // Whole words in order, up to three others between each part.
    const gap = "(?: \\S+){0,3}";
    const parts = [first, ...rest].map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const pattern = new RegExp(`(?:^| )${parts.join(`${gap} `)}(?: |$)`);
    return (folded: string) => pattern.test(folded);
  });
  notKnownTests.set(language, tests);
  return tests;
}

/** "I don't remember it", "不记得": the shopper does not have what was asked for. */
function saysNotKnown(text: string, languages: Language[]): boolean {
  const folded = normaliseText(text);
  return languages.some((language) => notKnownTestsOf(language).some((test) => test(folded)));
}

/** The message names a size or a colour ("what about size M?", "how about red?"). */
function namesChoiceOf(understanding: Understanding): boolean {
  return understanding.entities.some(
    (entity) => entity.type === "size" || entity.type === "colour",
  );
}

/**
 * The message asked about and the intent chosen for it, when this message is one of the choices
 * offered after "Do you mean …?", in the language they were offered in.
 */
function clarificationOf(
  text: string,
  previous: DialogueState,
): { text: string; intent: Intent } | null {
  if (!previous.clarifying) return null;
  const said = normaliseText(text);
  const labels = messagesFor(previous.language ?? "en").intentLabels;
  const intent = previous.clarifying.choices.find(
    (choice) => normaliseText(labels[choice]) === said,
  );
  return intent ? { text: previous.clarifying.text, intent } : null;
}

/** "yes" / "no" to the question asked last turn, in the reply's or the shopper's language. */
function answerOf(text: string, languages: Language[]): "yes" | "no" | null {
  const said = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s.!?。！？,，]+$/u, "")
    .trim();
  for (const language of languages) {
    const messages = messagesFor(language);
    if (messages.yesWords.includes(said)) return "yes";
    if (messages.noWords.includes(said)) return "no";
  }
  return null;
}

/** Sentiment score from which a reply opens with a word of empathy: one clear cue ("damaged", "worried"). */
const EMPATHY_SCORE = 0.6;

/**
 * One turn of the conversation: understand the message in its context, decide (answer, ask for a
 * missing slot, clarify, admit not knowing, act on an order after a yes, hand off) and reply in the
 * shopper's language when the shop has content in it, otherwise in the shop's default language
 * with a short note.
 */
export async function replyToShopper(options: ReplyToShopperOptions): Promise<ShopperReply> {
  const { settings, knowledge, commerce } = options;
  const previous = options.state ?? initialDialogueState();
  const catalogue = await catalogueOf(commerce);
  // A choice tapped after "Do you mean …?" answers the message that question was about.
  const clarified = clarificationOf(options.text, previous);
  const understood = understandMessage({
    text: clarified?.text ?? options.text,
    locale: options.locale,
    knowledge,
    catalogue,
    context: {
      previousIntent: previous.awaiting ? previous.topic : null,
      expecting:
        previous.awaiting === "order_number" || previous.awaiting === "contact"
          ? previous.awaiting
          : null,
      language: previous.language,
    },
  });
  const understanding: Understanding = clarified
    ? { ...understood, intent: clarified.intent, confidence: 1 }
    : understood;

  // An email or a yes/no says nothing about the shopper's language: keep the conversation's.
  const heardIn = [understanding.language, ...(previous.language ? [previous.language] : [])];
  const answersQuestion =
    previous.awaiting !== null &&
    (understanding.entities.some((entity) =>
      ["order_number", "email", "phone"].includes(entity.type),
    ) ||
      options.text.includes("@") ||
      answerOf(options.text, heardIn) !== null ||
      // "Je ne sais pas" to "what is your order number?" answers it, whatever it reads as alone.
      (previous.awaiting === "order_number" && saysNotKnown(options.text, heardIn)));
  const shopperLanguage =
    answersQuestion && previous.language ? previous.language : understanding.language;
  const shopLanguages = new Set<Language>([
    settings.defaultLanguage,
    ...settings.contentLanguages,
    ...knowledge.languages,
  ]);
  const language = shopLanguages.has(shopperLanguage) ? shopperLanguage : settings.defaultLanguage;
  const messages = messagesFor(language);

  // Suggestions are refined, and a question asked back is answered, only on the turn right after.
  const state: DialogueState = {
    ...previous,
    language,
    turns: previous.turns + 1,
    recommended: null,
    clarifying: null,
  };
  if (options.page?.productHandle) state.productHandle = options.page.productHandle;
  for (const entity of understanding.entities) {
    if (entity.type === "product") state.productHandle = entity.value;
    if (entity.type === "sku") state.productHandle = entity.handle;
    if (entity.type === "order_number") state.orderNumber = entity.value;
    if (entity.type === "email") state.contact = { ...state.contact, email: entity.value };
    if (entity.type === "phone") state.contact = { ...state.contact, phone: entity.value };
  }
  const input: DecideOptions = {
    options: clarified ? { ...options, text: clarified.text } : options,
    understanding,
    state,
    previous,
    messages,
    language,
    shopperLanguage,
  };

  // The shop's live data may be slow or unreachable: say so kindly and offer a person, never fail the turn.
  const decision = await (async (): Promise<Decision> => {
    const answered = await answerPendingQuestion(input);
    if (answered) return answered;
    const policy = decideHandoff({
      text: options.text,
      intent: understanding.intent,
      confidence: understanding.confidence,
      sentiment: understanding.sentiment,
      lowConfidenceStreak: previous.misses,
      answersQuestion,
      answerFound:
        (understanding.faq?.score ?? 0) >= settings.thresholds.faq ||
        (state.productHandle !== null && namesChoiceOf(understanding)),
      rules: settings.handoff,
    });
    state.misses = policy.lowConfidenceStreak;
    if (policy.reason) return { paragraphs: [], handoff: policy.reason, helped: true };
    return decide(input);
  })().catch((error: unknown): Decision => {
    if (!isCommerceError(error)) throw error;
    return { paragraphs: [describeCommerceFailure({ error, language })], helped: false };
  });

  let paragraphs = [...decision.paragraphs];
  let quickReplies = decision.quickReplies ?? [];
  let handoff: AssistantReply["handoff"] = null;
  let escalation: ShopperEscalation | null = null;
  if (decision.handoff) {
    const handedOver = await handOver({
      ...input,
      reason: decision.handoff,
      topic: decision.handoffTopic ?? {
        intent: understanding.intent,
        sentiment: understanding.sentiment.label,
      },
      paragraphs,
    });
    paragraphs = handedOver.paragraphs;
    escalation = handedOver.escalation;
    handoff = escalation ? { reason: escalation.reason } : null;
    quickReplies = [];
  } else {
    const feeling = understanding.sentiment;
    // An upset or worried shopper hears that first; an answer to our own question carries no news.
    if (
      !answersQuestion &&
      feeling.score >= EMPATHY_SCORE &&
      feeling.label !== "neutral" &&
      feeling.label !== "positive" &&
      paragraphs.length > 0
    )
      paragraphs.unshift(
        feeling.label === "anxious" ? messages.empathy.anxious : messages.empathy.negative,
      );
    if (!decision.helped) {
      paragraphs.push(messages.offerHuman);
      quickReplies = [...quickReplies, messages.humanQuickReply];
    }
  }
  if (language !== shopperLanguage)
    paragraphs.push(languageNote({ shopperLanguage, replyLanguage: language }));

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
    escalation,
  };
}

interface DecideOptions {
  options: ReplyToShopperOptions;
  understanding: Understanding;
  state: DialogueState;
  previous: DialogueState;
  messages: DialogueMessages;
  language: Language;
  /** The language the shopper writes in (the conversation's when this turn is only an answer). */
  shopperLanguage: Language;
}

/**
 * A hand-off the policy or the turn decided. Without a connected desk nobody would answer, so the
 * shopper is told how to reach the shop instead; without an email to answer, one is asked for
 * first (the ticket waits in the state); otherwise the ticket is made and the shopper is told
 * when to expect a reply.
 */
async function handOver(
  input: DecideOptions & {
    reason: HandoffReason;
    topic: { intent: Intent; sentiment: SentimentLabel };
    paragraphs: string[];
  },
): Promise<{ paragraphs: string[]; escalation: ShopperEscalation | null }> {
  const { options, state, messages, language, reason, topic } = input;
  state.awaiting = null;
  state.pendingHandoff = null;
  if (!options.desk.connected) {
    const contact = await options.desk.shopContactEmail().catch(() => null);
    return {
      paragraphs: [
        contact ? fillMessage(messages.noDeskContact, { email: contact }) : messages.noDeskNeutral,
      ],
      escalation: null,
    };
  }

  const given = EmailSchema.safeParse(state.contact?.email ?? "");
  const email = given.success
    ? given.data
    : options.customer
      ? await options.desk.customerEmail().catch(() => null)
      : null;
  if (!email) {
    state.awaiting = "handoff_email";
    state.pendingHandoff = { reason, intent: topic.intent, sentiment: topic.sentiment, asked: 0 };
    return { paragraphs: [...input.paragraphs, messages.askHandoffEmail], escalation: null };
  }

  state.handedOff = true;
  const paragraphs = [...input.paragraphs];
  if (paragraphs.length === 0)
    paragraphs.push(
      reason === "sentiment"
        ? messages.angry
        : topic.intent === "complaint"
          ? messages.complaint
          : messages.handoff,
    );
  const expected = expectedReplyAt({
    hours: options.settings.handoff.businessHours,
    now: options.now,
  });
  if (expected.kind === "when_open")
    paragraphs.push(
      fillMessage(messages.expectReplyAt, {
        time: formatOpeningTime({ ...expected, locale: language }),
      }),
    );
  if (expected.kind === "unknown") paragraphs.push(messages.outsideHours);
  return { paragraphs, escalation: { reason, ...topic, email } };
}

/**
 * The shopper's answer to what the assistant asked last turn that is not an order slot: the email
 * for a pending hand-off, or yes/no to an order action. Null when the shopper moved on.
 */
async function answerPendingQuestion(input: DecideOptions): Promise<Decision | null> {
  const { options, understanding, state, previous, messages, language } = input;
  const said = answerOf(options.text, [language, input.shopperLanguage, understanding.language]);

  if (previous.awaiting === "confirmation" && previous.pendingAction) {
    // One answer per question: a second "yes" finds nothing to confirm.
    const pending = previous.pendingAction;
    state.pendingAction = null;
    state.awaiting = null;
    if (said === "no")
      return {
        paragraphs: [fillMessage(messages.actionKept, { order: `#${pending.orderNumber}` })],
        helped: true,
      };
    if (said !== "yes" || !options.orderActions) return null;
    const request = {
      shopper: shopperOf(options, state),
      orderNumber: pending.orderNumber,
      language,
      confirmationToken: pending.token,
    };
    const result =
      pending.action === "cancel"
        ? await options.orderActions.cancelOrder(request)
        : await options.orderActions.startReturn(request);
    return decisionOf(result, state, pending.action, pending.orderNumber);
  }

  if (previous.awaiting === "handoff_email" && previous.pendingHandoff) {
    const pending = previous.pendingHandoff;
    const topic = { intent: pending.intent, sentiment: pending.sentiment };
    const typed = understanding.entities.find((entity) => entity.type === "email")?.value;
    const attempt = typed ?? options.text.split(/\s+/).find((word) => word.includes("@"));
    const email = EmailSchema.safeParse(attempt ?? options.text);
    if (email.success) {
      state.contact = { ...state.contact, email: email.data };
      return { paragraphs: [], handoff: pending.reason, handoffTopic: topic, helped: true };
    }
    const declined = (reply: string): Decision => {
      state.pendingHandoff = null;
      state.awaiting = null;
      return { paragraphs: [reply], quickReplies: [messages.humanQuickReply], helped: true };
    };
    if (said === "no") return declined(messages.handoffEmailDeclined);
    const movedOn =
      understanding.confidence >= options.settings.thresholds.answer &&
      understanding.intent !== "other" &&
      understanding.intent !== "human_agent";
    if (!attempt && movedOn) {
      state.pendingHandoff = null;
      state.awaiting = null;
      return null;
    }
    if (pending.asked + 1 >= EMAIL_ASKS) return declined(messages.handoffEmailDeclined);
    state.pendingHandoff = { ...pending, asked: pending.asked + 1 };
    state.awaiting = "handoff_email";
    return {
      paragraphs: [
        attempt
          ? fillMessage(messages.invalidEmail, { email: attempt.slice(0, 80) })
          : messages.askHandoffEmail,
      ],
      helped: true,
    };
  }
  return null;
}

function shopperOf(
  options: ReplyToShopperOptions,
  state: DialogueState,
): OrderActionOptions["shopper"] {
  return options.customer
    ? { kind: "customer", customerId: options.customer.id }
    : { kind: "guest", visitorId: options.visitorId, contact: state.contact ?? {} };
}

/** What an order action's answer means for the conversation. */
function decisionOf(
  result: OrderActionResult,
  state: DialogueState,
  action: "cancel" | "return",
  orderNumber: string,
): Decision {
  switch (result.kind) {
    case "confirm":
      state.pendingAction = { action, orderNumber, token: result.token };
      state.awaiting = "confirmation";
      return { paragraphs: [result.text], quickReplies: result.quickReplies, helped: true };
    case "escalate":
      return { paragraphs: [result.text], handoff: "human_only_intent", helped: true };
    case "limited":
      return { paragraphs: [result.text], handoff: "limit_reached", helped: true };
    case "not_found":
      return { paragraphs: [result.text], helped: false };
    case "done":
    case "expired":
      return { paragraphs: [result.text], helped: true };
  }
}

async function decide(input: DecideOptions): Promise<Decision> {
  const { options, understanding, state, previous, messages, language } = input;
  const { settings } = options;
  const thresholds = settings.thresholds;

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

  const faqEntry =
    understanding.faq && understanding.faq.score >= thresholds.faq
      ? options.knowledge.entryById(understanding.faq.entryId)
      : undefined;
  // Asked for the order number and given neither it nor a clear new question ("I don't remember
  // it"): say where to find it and keep waiting for it.
  if (
    previous.awaiting === "order_number" &&
    !suppliesSlot &&
    (continuing ||
      !confident ||
      (intent === "other" && !faqEntry) ||
      saysNotKnown(options.text, [understanding.language, language]))
  ) {
    state.awaiting = "order_number";
    state.topic = previous.topic;
    return { paragraphs: [messages.orderNumberHelp], helped: false };
  }
  const orderInView = state.orderNumber !== null || options.customer !== null;
  const orderIntents: Intent[] = settings.orderActions.returns.enabled
    ? [...ORDER_INTENTS, "return_refund"]
    : ORDER_INTENTS;

  // An FAQ entry on another topic ("how long does shipping take" for "Wo ist meine Bestellung?")
  // does not answer a question about the shopper's own order.
  const faqOnTopic = faqEntry !== undefined && options.knowledge.intentOf(faqEntry.id) === intent;
  if (confident && orderIntents.includes(intent) && (orderInView || !faqOnTopic || continuing)) {
    return orderTurn({ ...input, intent });
  }
  if (faqEntry && intent === "return_refund" && orderIntents.includes(intent) && !continuing) {
    // The shop's return policy, then the way to start one: the order number is the next slot.
    state.topic = "return_refund";
    state.awaiting = "order_number";
    return { paragraphs: [faqEntry.answer, messages.returnHelp], helped: true };
  }
  // "How much is this one?" on a product page is about that product, not the FAQ on shipping
  // costs; "what about size M?" is about its variants, not the FAQ's size guide.
  const namesChoice = namesChoiceOf(understanding);
  // "Quanto costa?" names a cost and nothing else: on a product page, the product's price.
  const { concepts } = understanding;
  const asksOnlyPrice = concepts.length === 1 && concepts[0] === "cost";
  const aboutProductInView =
    state.productHandle !== null &&
    ((confident &&
      intent === "product_question" &&
      (!faqEntry ||
        namesChoice ||
        options.knowledge.intentOf(faqEntry.id) !== "product_question")) ||
      (asksOnlyPrice && intent !== "payment") ||
      // "How about red?" on a product page: a size or colour the model cannot place is the product's.
      (namesChoice && (!confident || intent === "other")));
  if (aboutProductInView) return productTurn(input);
  if (previous.recommended !== null) {
    const wish = priceWishOf(options.text);
    if (wish.cheaper || wish.budget !== null) return recommendationTurn(input, wish);
  }
  if (faqEntry && !(continuing && previous.awaiting)) {
    return { paragraphs: [faqEntry.answer], helped: true };
  }
  if (!confident && understanding.confidence >= thresholds.clarify && intent !== "other") {
    const intents = [intent, ...understanding.alternatives.map((alternative) => alternative.intent)]
      .filter((candidate) => candidate !== "other")
      .slice(0, 2);
    const choices = intents.map((candidate) => messages.intentLabels[candidate]);
    state.clarifying = { text: options.text, choices: intents };
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
    case "human_agent":
      // Below the merchant's threshold for handing over: offer, and let the shopper confirm.
      return {
        paragraphs: [messages.offerHuman],
        quickReplies: [messages.humanQuickReply],
        helped: true,
      };
    case "product_question":
      return productTurn(input);
    case "recommendation":
      return recommendationTurn(input);
    case "return_refund":
      state.topic = "return_refund";
      return { paragraphs: [messages.returnHelp], helped: true };
    default:
      // Complaints the merchant does not send to a person land here too: offer one.
      return { paragraphs: [messages.dontKnow], helped: false };
  }
}

async function orderTurn(input: DecideOptions & { intent: Intent }): Promise<Decision> {
  const { options, state, messages, language, intent } = input;
  const commerce = options.commerce;
  state.topic = intent;
  if (!commerce) return { paragraphs: [messages.dontKnow], helped: false };

  const conclude = async (orderName: string, card: Card | null): Promise<Decision> => {
    const orderNumber = orderNumberOf(orderName);
    const action =
      intent === "cancel_order" ? "cancel" : intent === "return_refund" ? "return" : null;
    if (action && options.orderActions) {
      const request = { shopper: shopperOf(options, state), orderNumber, language };
      const result =
        action === "cancel"
          ? await options.orderActions.cancelOrder(request)
          : await options.orderActions.startReturn(request);
      // A shop that cancels by hand: the request goes to the team, named as what it is.
      const byHand = result.kind === "escalate" && result.reason === "not_allowed";
      if (!(byHand && action === "cancel")) return decisionOf(result, state, action, orderNumber);
    }
    if (intent === "cancel_order")
      return {
        paragraphs: [fillMessage(messages.orderCancelHandoff, { order: orderName })],
        handoff: "human_only_intent",
        helped: true,
      };
    if (intent === "change_order")
      return {
        paragraphs: [fillMessage(messages.orderChangeHandoff, { order: orderName })],
        handoff: "human_only_intent",
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
      ? orders.find((candidate) => orderNameMatches(candidate.orderName, wanted))
      : orders[0];
    if (order) {
      state.orderNumber = orderNumberOf(order.orderName);
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
      handoff: "limit_reached",
      helped: true,
    };
  state.contact = null;
  state.orderNumber = null;
  return { paragraphs: [messages.orderNotFound], helped: false };
}

async function productTurn(input: DecideOptions): Promise<Decision> {
  const { options, state, messages, language, understanding } = input;
  if (!options.commerce) return { paragraphs: [messages.dontKnow], helped: false };
  if (!state.productHandle) return { paragraphs: [messages.productWhich], helped: true };
  const facts = await options.commerce.productFacts({ handle: state.productHandle, language });
  if (!facts) return { paragraphs: [messages.productWhich], helped: true };
  const answer = answerAboutProduct({
    facts,
    text: options.text,
    entities: understanding.entities,
    concepts: understanding.concepts,
    language,
    messages,
  });
  const { variant } = answer;
  // "Add to cart" on the card adds the size and colour the answer was about.
  const card = variant
    ? {
        ...facts.card,
        variantId: variant.id,
        variantTitle: variant.title,
        price: { ...facts.card.price, amount: variant.price },
        available: variant.available,
      }
    : facts.card;
  return { paragraphs: answer.paragraphs, cards: [card], helped: answer.helped };
}

/** What the shopper says about price: a most they will pay, or "anything cheaper?". */
interface PriceWish {
  budget: Budget | null;
  cheaper: boolean;
}

function priceWishOf(text: string): PriceWish {
  return { budget: readBudget(text), cheaper: asksCheaper(text) };
}

async function recommendationTurn(
  input: DecideOptions,
  wish: PriceWish = priceWishOf(input.options.text),
): Promise<Decision> {
  const { options, state, previous, messages, language } = input;
  if (!options.commerce) return { paragraphs: [messages.dontKnow], helped: false };
  const shown = previous.recommended;
  // A refinement ("anything cheaper?", "under 50?") of the suggestions shown last turn.
  const refined = shown !== null && (wish.cheaper || wish.budget !== null) ? shown : null;
  const cheaper = refined !== null && wish.cheaper;
  // The refinement's own words are its price ("what about under 100?"), not a new need.
  const need = refined?.need ?? options.text;
  const maxPrice =
    wish.budget?.amount ??
    (cheaper && refined ? Math.max(0, refined.lowestPrice - 0.01) : undefined);
  const maxPriceCurrency = wish.budget?.currency ?? undefined;
  const cards = await options.commerce.recommendProducts({
    productHandle: state.productHandle ?? undefined,
    customerId: options.customer?.id,
    // "Anything cheaper?" or "under 100?" wants the same kind of thing, not whatever costs less.
    need: {
      text: need,
      ...(maxPrice === undefined ? {} : { maxPrice }),
      ...(maxPriceCurrency === undefined ? {} : { maxPriceCurrency }),
      matchingOnly: refined !== null,
    },
    language,
    limit: 3,
  });
  if (cards.length === 0) {
    // Keep what was shown, so a budget can still refine it.
    if (shown) state.recommended = shown;
    return {
      paragraphs: [cheaper ? messages.recommendNoneCheaper : messages.recommendNone],
      helped: true,
    };
  }
  const prices = cards.flatMap((card) =>
    card.type === "product" ? [Number(card.price.amount)] : [],
  );
  state.recommended = { need, lowestPrice: Math.min(...prices) };
  // "200元以内" in a shop priced in dollars: say the budget was not applied rather than read it as $200.
  const shopCurrency = cards.find((card) => card.type === "product")?.price.currencyCode;
  const otherCurrency =
    maxPriceCurrency !== undefined &&
    shopCurrency !== undefined &&
    !sameCurrency(maxPriceCurrency, shopCurrency);
  return {
    paragraphs: otherCurrency
      ? [
          fillMessage(messages.budgetOtherCurrency, { currency: shopCurrency }),
          messages.recommendIntro,
        ]
      : [messages.recommendIntro],
    cards,
    helped: true,
  };
}
