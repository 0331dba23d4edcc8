import type { TextFeatures } from "../nlu/extract-features";
import { extractFeatures } from "../nlu/extract-features";
import { intentModel } from "../nlu/intent-model";
import type { FaqMatch, Intent, Language } from "../nlu/types";
import { INTENTS } from "../nlu/types";
import type { FaqEntry } from "./faq-entry";

export interface AnswerVotes {
  up: number;
  down: number;
}

/** A shop's FAQ, indexed for matching; rebuilt whenever the entries or votes change. */
export interface ShopKnowledge {
  entries: FaqEntry[];
  languages: Language[];
  entryById(id: string): FaqEntry | undefined;
  /** What an entry is about: the intent its question and alternatives read as together. */
  intentOf(id: string): Intent | undefined;
  /** Best entries for a message, best first; score is a cosine similarity in 0..1 after vote adjustment. */
  searchFaq(options: {
    text: string;
    language: Language;
    features?: TextFeatures;
    /** The message's intent probabilities, when already computed. */
    intents?: { label: Intent; probability: number }[];
    limit?: number;
  }): FaqMatch | null;
}

interface Phrasing {
  entryIndex: number;
  language: Language;
  /** Intent probabilities of the phrasing, in INTENTS order. */
  intents: Float64Array;
  /** Shop-service concepts of the phrasing (shipping, cost, duration…), shared across languages. */
  concepts: Set<string>;
}

/**
 * How much agreeing on intent adds to lexical similarity: "do I pay for postage" shares few words
 * with "How much does shipping cost?" but both read as shipping questions.
 */
const INTENT_AGREEMENT_WEIGHT = 0.25;

/**
 * How much sharing concepts adds: entries of one intent ("how long does shipping take" and "how
 * much does shipping cost") are told apart by the concept that differs (duration, cost).
 */
const CONCEPT_AGREEMENT_WEIGHT = 0.15;

function conceptAgreement(query: Set<string>, phrasing: Set<string>): number {
  if (query.size === 0 || phrasing.size === 0) return 0;
  let shared = 0;
  for (const concept of query) if (phrasing.has(concept)) shared += 1;
  return shared / (query.size + phrasing.size - shared);
}

function intentVector(ranked: { label: Intent; probability: number }[]): Float64Array {
  const vector = new Float64Array(INTENTS.length);
  for (const { label, probability } of ranked) vector[INTENTS.indexOf(label)] = probability;
  return vector;
}

/** Votes nudge a score by at most ±12%, so feedback reorders close answers without overriding meaning. */
function voteFactor(votes: AnswerVotes | undefined): number {
  if (!votes) return 1;
  const balance = Math.max(-4, Math.min(4, votes.up - votes.down));
  return 1 + balance * 0.03;
}

/**
 * Builds the shop's FAQ index: every question and alternative phrasing becomes a TF-IDF weighted
 * vector over the same word, stem and character n-gram features the intent model uses; a message
 * matches the entry whose closest phrasing has the highest cosine.
 */
export function buildShopKnowledge(
  entries: FaqEntry[],
  options: { votes?: Record<string, AnswerVotes> } = {},
): ShopKnowledge {
  const enabled = entries.filter((entry) => entry.enabled);
  const phrasings: Phrasing[] = [];
  const rawVectors: Map<string, number>[] = [];
  const model = intentModel();
  // What each entry is about: the intent its question and alternatives read as together.
  const intentById = new Map<string, Intent>();
  enabled.forEach((entry, entryIndex) => {
    const totals = new Float64Array(INTENTS.length);
    for (const text of [entry.question, ...entry.alternatives]) {
      const features = extractFeatures(text, { japanese: entry.language === "ja" });
      const intents = intentVector(model.classify(features));
      intents.forEach((probability, index) => (totals[index] = (totals[index] ?? 0) + probability));
      phrasings.push({
        entryIndex,
        language: entry.language,
        intents,
        concepts: features.concepts,
      });
      rawVectors.push(features.weights);
    }
    intentById.set(entry.id, INTENTS[totals.indexOf(Math.max(...totals))] as Intent);
  });

  const documentFrequency = new Map<string, number>();
  for (const vector of rawVectors)
    for (const name of vector.keys())
      documentFrequency.set(name, (documentFrequency.get(name) ?? 0) + 1);
  const count = Math.max(rawVectors.length, 1);
  // One lookup per query feature: its IDF and the phrasings that hold it, computed once per index.
  const postings = new Map<string, { idf: number; phrasings: number[]; weights: number[] }>();
  for (const [name, frequency] of documentFrequency)
    postings.set(name, {
      idf: Math.log(1 + count / (1 + frequency)),
      phrasings: [],
      weights: [],
    });
  rawVectors.forEach((vector, phrasingIndex) => {
    let norm = 0;
    const weighted: [string, number][] = [];
    for (const [name, value] of vector) {
      const weight = value * (postings.get(name)?.idf ?? 0);
      weighted.push([name, weight]);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [name, weight] of weighted) {
      const posting = postings.get(name);
      posting?.phrasings.push(phrasingIndex);
      posting?.weights.push(weight / norm);
    }
  });
  const unknownIdf = Math.log(1 + count);
  const intentCount = INTENTS.length;
  // Scratch space reused by every search (searches are synchronous); only touched cells are reset.
  const scores = new Float64Array(phrasings.length);
  // Phrasings in each language: a message in a language the shop writes in is scored against those only.
  const inLanguage = new Map<Language, Uint8Array>();
  phrasings.forEach((phrasing, phrasingIndex) => {
    const mask = inLanguage.get(phrasing.language) ?? new Uint8Array(phrasings.length);
    mask[phrasingIndex] = 1;
    inLanguage.set(phrasing.language, mask);
  });
  const bestByEntry = new Float64Array(enabled.length);

  const commonFeatureLimit = Math.max(60, Math.floor(rawVectors.length * 0.15));
  const byId = new Map(enabled.map((entry) => [entry.id, entry]));
  const languages = [...new Set(enabled.map((entry) => entry.language))];

  return {
    entries: enabled,
    languages,
    entryById: (id) => byId.get(id),
    intentOf: (id) => intentById.get(id),
    searchFaq({ text, language, features, intents, limit = 3 }) {
      if (phrasings.length === 0) return null;
      const query = features ?? extractFeatures(text, { japanese: language === "ja" });
      const queryIntents = intentVector(intents ?? model.classify(query));
      const queryConcepts = query.concepts;
      const weighted: { posting: { phrasings: number[]; weights: number[] }; weight: number }[] =
        [];
      let norm = 0;
      // Unknown features still count in the query's length: a long message that shares one word
      // with an entry should not look like a close match.
      let unknown = 0;
      for (const [name, value] of query.weights) {
        const posting = postings.get(name);
        if (!posting) {
          unknown += (value * unknownIdf) ** 2;
          continue;
        }
        const weight = value * posting.idf;
        weighted.push({ posting, weight });
        norm += weight * weight;
      }
      if (norm === 0) return null;
      norm = Math.sqrt(norm);
      const queryNorm = Math.sqrt(norm * norm + unknown);

      const sameLanguage = languages.includes(language);
      const scored = sameLanguage ? inLanguage.get(language) : undefined;
      const touched: number[] = [];
      for (const { posting, weight } of weighted) {
        const list = posting.phrasings;
        // Features in most phrasings ("how", "<wh") carry almost no weight after IDF but cost the
        // most to walk; they still count in the norms above.
        if (list.length > commonFeatureLimit) continue;
        const share = weight / queryNorm;
        for (let position = 0; position < list.length; position += 1) {
          const phrasingIndex = list[position] ?? 0;
          if (scored && !scored[phrasingIndex]) continue;
          if (scores[phrasingIndex] === 0) touched.push(phrasingIndex);
          scores[phrasingIndex] =
            (scores[phrasingIndex] ?? 0) + share * (posting.weights[position] ?? 0);
        }
      }
      const touchedEntries: number[] = [];
      for (const phrasingIndex of touched) {
        const lexical = scores[phrasingIndex] ?? 0;
        scores[phrasingIndex] = 0;
        const phrasing = phrasings[phrasingIndex];
        if (!phrasing || lexical <= 0) continue;
        let agreement = 0;
        for (let index = 0; index < intentCount; index += 1)
          agreement += (queryIntents[index] ?? 0) * (phrasing.intents[index] ?? 0);
        const score =
          lexical * (1 - INTENT_AGREEMENT_WEIGHT) +
          (agreement * INTENT_AGREEMENT_WEIGHT +
            conceptAgreement(queryConcepts, phrasing.concepts) * CONCEPT_AGREEMENT_WEIGHT) *
            Math.min(1, lexical * 4);
        const best = bestByEntry[phrasing.entryIndex] ?? 0;
        if (best === 0) touchedEntries.push(phrasing.entryIndex);
        if (best < score) bestByEntry[phrasing.entryIndex] = score;
      }
      // Entry order breaks ties, as the stable sort below expects.
      touchedEntries.sort((left, right) => left - right);
      const ranked = touchedEntries
        .map((entryIndex) => {
          const entry = enabled[entryIndex] as FaqEntry;
          const score = bestByEntry[entryIndex] ?? 0;
          bestByEntry[entryIndex] = 0;
          return {
            entryId: entry.id,
            score: Math.min(1, score * voteFactor(options.votes?.[entry.id])),
          };
        })
        .sort((left, right) => right.score - left.score)
        .slice(0, limit);
      const [best, ...runnersUp] = ranked;
      return best ? { entryId: best.entryId, score: best.score, runnersUp } : null;
    },
  };
}
