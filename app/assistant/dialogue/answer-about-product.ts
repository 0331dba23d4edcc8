import stopwords from "stopwords-iso/stopwords-iso.json" with { type: "json" };
import { formatMoney } from "../commerce/messages";
import { escapeMarkdown } from "../commerce/order-reply";
import type { ProductFacts } from "../commerce/types";
import { holdsPhrase, isCjkCharacter, normaliseText } from "../nlu/normalise-text";
import type { Entity, Language } from "../nlu/types";
import type { DialogueMessages } from "./messages/index";
import { colourFamiliesOf } from "./colour-families";
import { productAspectsOf } from "./product-aspects";
import { fillMessage } from "./messages/index";

/** What the chat says about the product in view, and whether the page held the answer. */
export interface ProductAnswer {
  paragraphs: string[];
  /** False when the shopper asked something the product page does not say. */
  helped: boolean;
  /** The variant the card should offer: the one asked for when in stock, else one like it. */
  variant?: ProductFacts["variants"][number];
}

const STOPWORD_LISTS: Record<Language, string> = {
  en: "en",
  es: "es",
  fr: "fr",
  de: "de",
  it: "it",
  pt: "pt",
  ja: "ja",
  "zh-Hans": "zh",
  "zh-Hant": "zh",
};
/**
 * Words the stop lists drop that shoppers ask about ("where is it made", "how long", "is it big"),
 * found by checking each list against words of size, origin, use and place.
 */
const ASKED_ABOUT = new Set(
  [
    ...["made", "make", "use", "used", "work", "works", "long", "big", "small", "old", "new"],
    ...["full", "high", "large", "little", "inside", "outside", "free", "last", "open"],
    ...["front", "back", "top", "bottom", "side"],
    ...["fait", "nouveau", "dedans", "dehors", "haut", "bas"],
    ...["gemacht", "lang", "groß", "leicht", "hoch"],
    ...["fatto", "lungo", "grande", "nuovo", "dentro", "fuori"],
    ...["novo", "usar", "fora", "hecho", "largo", "nuevo", "fuera"],
    ...["大", "小", "用", "做"],
  ].map(normaliseText),
);

const stopwordSets = new Map<Language, Set<string>>();
/** Words of the question that say nothing about the product ("is", "this", "does"), folded. */
function stopwordsOf(language: Language): Set<string> {
  let set = stopwordSets.get(language);
  if (!set) {
    const list = (stopwords as Record<string, string[]>)[STOPWORD_LISTS[language]] ?? [];
    set = new Set(
      [...list, ...stopwords.en].map(normaliseText).filter((word) => !ASKED_ABOUT.has(word)),
    );
    stopwordSets.set(language, set);
  }
  return set;
}

const segmenters = new Map<Language, Intl.Segmenter>();
/** The words of a text that carry meaning, folded: segmented by the language's rules (CJK has no spaces). */
function termsOf(text: string, language: Language): string[] {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
    segmenters.set(language, segmenter);
  }
  const stop = stopwordsOf(language);
  const terms = new Set<string>();
  for (const { segment, isWordLike } of segmenter.segment(normaliseText(text))) {
    if (!isWordLike || stop.has(segment) || /^\d+$/.test(segment)) continue;
    if (segment.length < 2 && !isCjkCharacter(segment)) continue;
    terms.add(segment);
  }
  return [...terms];
}

/**
 * "wash" meets "washable", "ship" "shipping" and "colour" "colours", but "water" not "waterproof"
 * and "note" not "notebook": an ending of at most four letters that reads as one (a single letter,
 * or a vowel first, after a doubled consonant too), not a second word. CJK words meet when one
 * holds the other.
 */
function sameTerm(left: string, right: string): boolean {
  if (left === right) return true;
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  if (isCjkCharacter(short.charAt(0))) return short.length >= 2 && long.includes(short);
  const stem = short.slice(0, Math.max(4, short.length - 1));
  if (short.length < 4 || long.length - stem.length > 4 || !long.startsWith(stem)) return false;
  const ending = long.slice(long.startsWith(short) ? short.length : stem.length);
  const undoubled = ending.charAt(0) === short.charAt(short.length - 1) ? ending.slice(1) : ending;
  return ending.length <= 1 || VOWEL_FIRST.test(ending) || VOWEL_FIRST.test(undoubled);
}
const VOWEL_FIRST = /^[aeiouy]/;

const hasTerm = (terms: string[], term: string) => terms.some((other) => sameTerm(other, term));

/** The page's statements: sentences of the description, then each merchant fact as "Material: …". */
function statementsOf(facts: ProductFacts): string[] {
  const sentences = facts.description
    .split(/(?<=[.!?。！？])\s*|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 1)
    .slice(0, 40);
  const merchantFacts = Object.entries(facts.facts).map(([key, value]) => {
    const name = key.replace(/[_-]+/g, " ").trim();
    return `${name.charAt(0).toUpperCase()}${name.slice(1)}: ${value}`;
  });
  return [...sentences, ...merchantFacts].map((statement) =>
    statement.length > 300 ? `${statement.slice(0, 297)}…` : statement,
  );
}

interface AskedChoice {
  /** As the shopper wrote it ("talla 42", "negro"). */
  text: string;
  /** Folded forms an option value may carry ("42"; "black", "negro"). */
  forms: string[];
}

/**
 * The sizes and colours the shopper names, and the product's own option values named in the
 * question ("Slate", "Glacier" are no colour words, but they are what the shop sells). Values that
 * are only digits count through the size entity alone: "for 2 people" is not size 2.
 */
function askedChoices(facts: ProductFacts, text: string, entities: Entity[]): AskedChoice[] {
  const asked: AskedChoice[] = entities.flatMap((entity) => {
    if (entity.type === "size")
      return [{ text: entity.text, forms: [normaliseText(entity.value)] }];
    if (entity.type === "colour")
      return [
        { text: entity.text, forms: [normaliseText(entity.value), normaliseText(entity.text)] },
      ];
    return [];
  });
  const question = normaliseText(text);
  for (const option of facts.options) {
    if (option.values.length < 2) continue;
    for (const value of option.values) {
      const folded = normaliseText(value);
      // One Latin letter or two say little ("S" is also a word); two Han characters ("大号") do.
      const shortest = isCjkCharacter(folded.charAt(0)) ? 2 : 3;
      if (folded.length < shortest || /^[\d. ]+$/.test(folded) || !holdsPhrase(question, folded))
        continue;
      if (asked.some((choice) => choice.forms.includes(folded))) continue;
      // The shop's value is what was meant, not the colour word inside it ("燕麦白" is no plain 白).
      const inside = asked.findIndex(
        (choice) => choice.text !== value && holdsPhrase(folded, normaliseText(choice.text)),
      );
      if (inside >= 0) asked.splice(inside, 1);
      asked.push({ text: value, forms: [folded] });
    }
  }
  return asked;
}

/**
 * An option value fits a form when it is that value or one of its words ("EU 42", "Forest Green"),
 * or a shop's name for that plain colour ("Forest" for green).
 */
function fits(optionValue: string, forms: string[]): boolean {
  const folded = normaliseText(optionValue);
  const words = folded.split(" ");
  const families = colourFamiliesOf(words);
  return forms.some(
    (form) => form !== "" && (folded === form || words.includes(form) || families.includes(form)),
  );
}

/** "Size: 7, 8, 9.": each option the shopper can choose in. */
function optionLines(facts: ProductFacts, messages: DialogueMessages): string[] {
  return facts.options
    .filter((option) => option.values.length > 1)
    .map((option) =>
      fillMessage(messages.productOptions, { name: option.name, values: option.values.join(", ") }),
    );
}

/** Price, stock and the choices on offer: the answer when the question names nothing in particular. */
function summaryOf(facts: ProductFacts, language: Language, messages: DialogueMessages): string[] {
  const { card } = facts;
  const price = formatMoney(card.price.amount, card.price.currencyCode, language);
  const lines = [
    fillMessage(messages.productPrice, { title: card.title, price }),
    card.available ? messages.productInStock : messages.productOutOfStock,
    ...optionLines(facts, messages),
  ];
  return [
    fillMessage(messages.productSummary, { title: card.title }),
    lines.map((line) => `- ${line}`).join("\n"),
  ];
}

/** "Do you have it in 42 / in black?": the variants that fit, in stock or not, or that none exists. */
function answerChoice(
  facts: ProductFacts,
  asked: AskedChoice[],
  messages: DialogueMessages,
): Omit<ProductAnswer, "helped"> {
  const title = facts.card.title;
  const wanted = new Map<string, Set<string>>();
  const missing: AskedChoice[] = [];
  for (const choice of asked) {
    let found = false;
    for (const option of facts.options)
      for (const value of option.values)
        if (fits(value, choice.forms)) {
          found = true;
          const values = wanted.get(option.name) ?? new Set<string>();
          values.add(value);
          wanted.set(option.name, values);
        }
    if (!found) missing.push(choice);
  }
  const paragraphs: string[] = [];
  if (missing.length > 0) {
    paragraphs.push(
      fillMessage(messages.productChoiceMissing, {
        title,
        asked: missing.map((choice) => choice.text).join(", "),
      }),
    );
    const offered = optionLines(facts, messages);
    if (wanted.size === 0 && offered.length > 0) paragraphs.push(offered.join("\n"));
  }
  if (wanted.size === 0) return { paragraphs };

  const fitting = facts.variants.filter((variant) =>
    [...wanted].every(([name, values]) =>
      variant.choices.some((choice) => choice.name === name && values.has(choice.value)),
    ),
  );
  // "Size 10", not a bare "10"; "Black" says what it is.
  const choice = [...wanted]
    .map(([name, values]) =>
      [...values].map((value) => (/^[\d.,]+$/.test(value) ? `${name} ${value}` : value)).join(", "),
    )
    .join(" / ");
  const inStock = fitting.filter((variant) => variant.available);
  if (inStock.length > 0) {
    paragraphs.push(fillMessage(messages.productChoiceInStock, { title, choice }));
    if (inStock.length < fitting.length)
      paragraphs.push(
        fillMessage(messages.productChoicesInStock, {
          choices: inStock.map((variant) => variant.title).join(", "),
        }),
      );
    return { paragraphs, variant: inStock[0] };
  }
  paragraphs.push(fillMessage(messages.productChoiceSoldOut, { title, choice }));
  // Other variants that share something the shopper asked for (the same size in another colour).
  const alternatives = facts.variants
    .filter(
      (variant) =>
        variant.available &&
        variant.choices.some((option) => wanted.get(option.name)?.has(option.value)),
    )
    .slice(0, 5);
  if (alternatives.length > 0)
    paragraphs.push(
      fillMessage(messages.productChoicesInStock, {
        choices: alternatives.map((variant) => variant.title).join(", "),
      }),
    );
  return { paragraphs, variant: alternatives[0] };
}

/**
 * Answers a shopper's question about the product in view from what its page holds: the variants
 * for a size or colour, the description's sentences and the merchant's facts that share the
 * question's words, otherwise price, stock and choices, saying when the page is silent on what
 * was asked so the chat can offer a person.
 */
export function answerAboutProduct(options: {
  facts: ProductFacts;
  text: string;
  entities: Entity[];
  /** The question's shop concepts, as understanding read them. */
  concepts: string[];
  language: Language;
  messages: DialogueMessages;
}): ProductAnswer {
  const { facts, text, entities, concepts, language, messages } = options;
  const asked = askedChoices(facts, text, entities);
  if (asked.length > 0 && facts.options.length > 0)
    return { ...answerChoice(facts, asked, messages), helped: true };

  // Words of the title are in every sentence of the page: they say nothing about what is asked.
  const titleTerms = termsOf(facts.card.title, language);
  const questionTerms = termsOf(text, language).filter((term) => !hasTerm(titleTerms, term));
  // The page is in the shop's language; the aspect asked about also meets it from another one.
  const questionAspects = productAspectsOf(text);
  const statements = statementsOf(facts).map((statement) => {
    const statementTerms = termsOf(statement, language);
    const sharedAspects = [...productAspectsOf(statement)].filter((aspect) =>
      questionAspects.has(aspect),
    );
    return {
      statement,
      matched:
        questionTerms.filter((term) => hasTerm(statementTerms, term)).length + sharedAspects.length,
    };
  });
  const best = Math.max(0, ...statements.map(({ matched }) => matched));
  if (best > 0) {
    const quoted = statements
      .filter(({ matched }) => matched === best)
      .slice(0, 2)
      // The page's words are the merchant's text, not the reply's markup.
      .map(({ statement }) => `- ${escapeMarkdown(statement)}`);
    return {
      paragraphs: [
        fillMessage(messages.productPageSays, { title: facts.card.title }),
        quoted.join("\n"),
      ],
      helped: true,
    };
  }

  const summary = summaryOf(facts, language, messages);
  // Price, stock and choices are in the summary; anything else the question names is not.
  const summaryTerms = termsOf(summary.join(" "), language);
  const unanswered = questionTerms.filter((term) => !hasTerm(summaryTerms, term));
  const asksPrice = concepts.includes("cost");
  if (unanswered.length === 0 || asksPrice) return { paragraphs: summary, helped: true };
  return { paragraphs: [...summary, messages.productPageSilent], helped: false };
}
