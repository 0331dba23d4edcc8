import type { CatalogueName } from "../commerce/types";
import type { ShopKnowledge } from "../knowledge/build-shop-knowledge";
import { detectLanguage } from "./detect-language";
import { detectSentiment } from "./detect-sentiment";
import { extractEntities } from "./extract-entities";
import { classifyIntent } from "./classify-intent";
import { extractFeatures } from "./extract-features";
import { intentModel } from "./intent-model";
import { hasHan, hasKana, normaliseText } from "./normalise-text";
import type { Entity, Intent, Language, Understanding } from "./types";

const hasCjk = (text: string) => hasHan(text) || hasKana(text);

export interface UnderstandingContext {
  /** The intent the conversation is in, when the assistant has just asked for something. */
  previousIntent?: Intent | null;
  /** What the assistant asked for last turn; a bare answer ("1042", an email) continues that topic. */
  expecting?: "order_number" | "contact" | null;
  /** The language the conversation has been in; decides messages with no words of their own ("1042"). */
  language?: Language | null;
}

export interface UnderstandMessageOptions {
  text: string;
  locale?: string | null;
  knowledge: ShopKnowledge;
  catalogue?: CatalogueName[];
  context?: UnderstandingContext;
}

/** True when the message is nothing but entities (an order number, an email) and filler. */
function isOnlyEntities(text: string, entityTexts: string[]): boolean {
  let rest = text;
  for (const entityText of entityTexts) rest = rest.split(entityText).join(" ");
  const leftover = normaliseText(rest)
    .split(" ")
    .filter(
      (word) =>
        word &&
        !/^(it s|its|is|my|the|here|order|number|email|mail|es|est|ist|e|c est|voila|aqui|hier|ecco|aqui esta|是|号|號)$/.test(
          word,
        ),
    );
  return leftover.join("").length <= 3;
}

/** Entities whose words are no evidence of the shopper's language, and answers to what the assistant asked. */
const LANGUAGE_NEUTRAL_ENTITIES = new Set<Entity["type"]>([
  "email",
  "phone",
  "order_number",
  "product",
  "sku",
]);

/** The message's language, ignoring such entities; the conversation's language is the prior. */
function languageOf(
  text: string,
  folded: string,
  neutralTexts: string[],
  options: UnderstandMessageOptions,
): Language {
  let words = text;
  for (const entityText of neutralTexts) words = words.split(entityText).join(" ");
  const conversationLanguage = options.context?.language ?? null;
  // A lone Han or kana character is a word ("好", "嗨"); a lone Latin letter is not.
  if (!/\p{L}{2,}/u.test(words) && !hasCjk(words)) {
    // "订单号 1042" has no words left, but its script still tells Chinese from Japanese.
    if (!conversationLanguage && hasCjk(text))
      return detectLanguage({ text, locale: options.locale, folded }).language;
    return conversationLanguage ?? detectLanguage({ text: "", locale: options.locale }).language;
  }
  return detectLanguage({
    text: words,
    locale: options.locale ?? conversationLanguage,
    ...(neutralTexts.length ? {} : { folded }),
  }).language;
}

/** Language, intent with calibrated confidence, entities, sentiment and the best FAQ entry for one message. */
export function understandMessage(options: UnderstandMessageOptions): Understanding {
  const { text, knowledge } = options;
  // Folded once here; entities, language, features and sentiment all read the same folded text.
  const folded = normaliseText(text);
  const entities = extractEntities({ text, catalogue: options.catalogue, folded });
  // Sizes and colours are words of the shopper's language; order numbers, emails and names are not.
  const neutralTexts = entities
    .filter((entity) => LANGUAGE_NEUTRAL_ENTITIES.has(entity.type))
    .map((entity) => entity.text);
  const language = languageOf(text, folded, neutralTexts, options);
  const features = extractFeatures(text, { japanese: language === "ja", folded });
  const ranked = classifyIntent({
    text,
    japanese: language === "ja",
    features,
    model: intentModel(),
  });

  let intent: Intent = ranked[0]?.label ?? "other";
  let confidence = ranked[0]?.probability ?? 0;
  const previous = options.context?.previousIntent;
  if (
    previous &&
    options.context?.expecting &&
    entities.length > 0 &&
    isOnlyEntities(text, neutralTexts)
  ) {
    intent = previous;
    confidence = Math.max(confidence, 0.9);
  } else if (
    entities.some((entity) => entity.type === "order_number") &&
    isOnlyEntities(text, neutralTexts)
  ) {
    // A bare "#1042" is someone asking about that order.
    intent = "order_status";
    confidence = Math.max(confidence, 0.7);
  }

  const faq = knowledge.searchFaq({ text, language, features, intents: ranked });
  return {
    language,
    intent,
    confidence,
    alternatives: ranked
      .filter((candidate) => candidate.label !== intent)
      .slice(0, 3)
      .map((candidate) => ({ intent: candidate.label, confidence: candidate.probability })),
    entities,
    concepts: [...features.concepts],
    sentiment: detectSentiment(text, folded),
    faq,
  };
}
