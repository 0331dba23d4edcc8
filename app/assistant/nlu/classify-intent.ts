import type { TextFeatures } from "./extract-features";
import { extractFeatures } from "./extract-features";
import type { IntentClassifier } from "./intent-classifier";
import type { Intent } from "./types";

/**
 * Intents of what shoppers put around a request: a greeting, thanks, or anger. A message that is
 * only that is one of them; beside a request ("hi there, good morning. is it waterproof?"), the
 * request is what the assistant must answer.
 */
export const WRAPPER_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  "greeting",
  "thanks_goodbye",
  "complaint",
]);

/**
 * How surely the message's other clauses must read as a request to outrank its greeting, thanks or
 * anger, and how little of a greeting, thanks or anger they may still read as; measured in
 * docs/decisions/0002 (ninth round). Looser lets small talk beside a greeting ("buongiorno, come
 * sta?", "hola, ¿hay alguien?") pass for a request.
 */
const REQUEST_CONFIDENCE = 0.7;
const MOST_WRAPPER_SHARE = 0.05;

type Ranked = ReturnType<IntentClassifier<Intent>["classify"]>;

/** True when a reading is a request and hardly a greeting, thanks or anger at all. */
function isRequest(ranked: Ranked): boolean {
  let wrapperShare = 0;
  for (const { label, probability } of ranked)
    if (WRAPPER_INTENTS.has(label)) wrapperShare += probability;
  return !WRAPPER_INTENTS.has(ranked[0]?.label ?? "other") && wrapperShare < MOST_WRAPPER_SHARE;
}

/**
 * Sentence and clause ends: Latin punctuation followed by a space or the end (not "1,000" or
 * "a.b@c.de"), "!" or "?" run into the next word, and CJK punctuation anywhere.
 */
const CLAUSE_END = /[.!?;,](?=\s|$)|[!?](?=\S)|[。！？；，、\n]/gu;

/** The message's clauses, in order, as typed (without their punctuation). */
export function splitClauses(text: string): string[] {
  return text
    .split(CLAUSE_END)
    .map((clause) => clause.trim())
    .filter((clause) => /[\p{L}\p{N}]/u.test(clause));
}

export interface ClassifyIntentOptions {
  text: string;
  japanese: boolean;
  /** The whole message's features, when the caller has them already (FAQ search reads them too). */
  features?: TextFeatures;
  model: IntentClassifier<Intent>;
}

/**
 * The message's intents, most likely first. When the whole reads as a greeting, thanks or anger,
 * its clauses are read one by one: clauses that read clearly as a request, read together, decide
 * when they are read surely enough; the others are what the shopper put around the request.
 */
export function classifyIntent(options: ClassifyIntentOptions): Ranked {
  const { text, japanese, model } = options;
  const read = (part: string) => model.classify(extractFeatures(part, { japanese }));
  const whole = options.features ? model.classify(options.features) : read(text);
  if (!WRAPPER_INTENTS.has(whole[0]?.label ?? "other")) return whole;
  const clauses = splitClauses(text);
  if (clauses.length < 2) return whole;
  const readings = clauses.map((clause) => ({ clause, ranked: read(clause) }));
  const requests = readings.filter(({ ranked }) => isRequest(ranked));
  if (requests.length === 0 || requests.length === clauses.length) return whole;
  // One request clause has been read already; several are read together.
  const request =
    requests.length === 1
      ? (requests[0]?.ranked ?? whole)
      : read(requests.map(({ clause }) => clause).join(" "));
  return isRequest(request) && (request[0]?.probability ?? 0) >= REQUEST_CONFIDENCE
    ? request
    : whole;
}
