import type { TextFeatures } from "./extract-features";
import type { FeatureTable } from "./feature-table";
import { featureIdOf, packFeatureNames } from "./feature-table";
import { findKnownSpellings, WORD_PREFIX } from "./find-known-spellings";
import type { EncodedPhrase, NearestPhraseParameters } from "./nearest-phrases";
import { indexNearestPhrases, NEIGHBOUR_STRENGTH, nearestPhraseScorer } from "./nearest-phrases";

/**
 * Multinomial logistic regression over sparse text features, trained with SGD, blended with a
 * multinomial naive Bayes over the same features. Naive Bayes counts every feature it has seen
 * with a class, so it generalises better from few phrases (short CJK messages, rare words), while
 * the regression weighs features against each other; the blend beat either alone on the
 * development split (docs/decisions/0002). A softmax temperature keeps probabilities from being
 * overconfident. When the training marks written phrases, the blend is then multiplied per intent by
 * exp(strength × the best similarity to one of that intent's phrases) (`nearest-phrases.ts`).
 */
export interface IntentClassifier<Label extends string> {
  labels: readonly Label[];
  classify(features: TextFeatures): { label: Label; probability: number }[];
  /** The learnt parameters, to be stored and given back to restoreClassifier. */
  parameters(): ClassifierParameters;
}

export interface ClassifierParameters {
  /** Feature names and their ids (rows of `weights`). */
  features: FeatureTable;
  weights: Float32Array;
  bias: Float32Array;
  /** Naive Bayes log-likelihood of each feature per class, laid out like `weights`. */
  likelihoods: Float32Array;
  temperature: number;
  /** The written phrases' index, when training was given any. */
  neighbours?: NearestPhraseParameters;
}

/** Additive smoothing of the naive Bayes counts; small, as most features are rare n-grams. */
const BAYES_SMOOTHING = 0.02;
/** Sharpens naive Bayes scores of L2-normalised features to probabilities comparable with the regression's. */
const BAYES_SCALE = 8;
/** Share of naive Bayes in the blended probabilities. */
const BAYES_SHARE = 0.2;
/** Kind prefix of a word-pair feature (`extract-features.ts`: "b:where_is"). */
const PAIR_PREFIX = "b:";

export interface TrainClassifierOptions<Label extends string> {
  labels: readonly Label[];
  /**
   * Read once, in order; a generator keeps only one example's features in memory at a time.
   * `written` marks a phrase as the team wrote it (not a generated variant): those are the neighbours.
   */
  examples: Iterable<{ features: TextFeatures; label: Label; written?: boolean }>;
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** Softmax temperature; >1 softens probabilities of a model that fits its training data closely. */
  temperature?: number;
}

/** Deterministic shuffle so training (and so every figure) is reproducible. */
function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
  return items;
}

function softmax(values: Float64Array, scale: number): void {
  let max = -Infinity;
  for (const value of values) max = Math.max(max, value);
  let sum = 0;
  for (let label = 0; label < values.length; label += 1) {
    values[label] = Math.exp(((values[label] ?? 0) - max) / scale);
    sum += values[label] ?? 0;
  }
  for (let label = 0; label < values.length; label += 1) values[label] = (values[label] ?? 0) / sum;
}

export function trainClassifier<Label extends string>(
  options: TrainClassifierOptions<Label>,
): IntentClassifier<Label> {
  const { labels, examples } = options;
  const epochs = options.epochs ?? 12;
  const learningRate = options.learningRate ?? 0.6;
  const l2 = options.l2 ?? 1e-5;
  const temperature = options.temperature ?? 1;
  const classCount = labels.length;
  const labelIndex = new Map(labels.map((label, index) => [label, index]));

  const featureIndex = new Map<string, number>();
  const encoded: EncodedPhrase[] = [];
  const written: EncodedPhrase[] = [];
  for (const { features, label, written: isWritten } of examples) {
    const ids = new Int32Array(features.weights.size);
    const values = new Float64Array(features.weights.size);
    let position = 0;
    for (const [name, value] of features.weights) {
      let id = featureIndex.get(name);
      if (id === undefined) {
        id = featureIndex.size;
        featureIndex.set(name, id);
      }
      ids[position] = id;
      values[position] = value;
      position += 1;
    }
    const example = { ids, values, target: labelIndex.get(label) ?? 0 };
    encoded.push(example);
    if (isWritten) written.push(example);
  }

  // Balance classes: an intent with many generated phrases must not drown one with few.
  const counts = new Array<number>(classCount).fill(0);
  for (const example of encoded) counts[example.target] = (counts[example.target] ?? 0) + 1;
  const classWeight = counts.map((count) => (count ? encoded.length / (classCount * count) : 0));

  const weights = new Float32Array(featureIndex.size * classCount);
  const bias = new Float32Array(classCount);
  const scores = new Float64Array(classCount);
  const activeLabels = new Int32Array(classCount);
  const activeGradients = new Float64Array(classCount);

  const scoreInto = (ids: Int32Array, values: Float64Array, target: Float64Array) => {
    for (let label = 0; label < classCount; label += 1) target[label] = bias[label] ?? 0;
    for (let position = 0; position < ids.length; position += 1) {
      const value = values[position] ?? 0;
      const offset = (ids[position] ?? 0) * classCount;
      for (let label = 0; label < classCount; label += 1)
        target[label] = (target[label] ?? 0) + (weights[offset + label] ?? 0) * value;
    }
  };

  const order = encoded.map((_, index) => index);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const rate = learningRate / (1 + epoch * 0.5);
    for (const index of shuffle(order, 17 + epoch)) {
      const example = encoded[index];
      if (!example) continue;
      scoreInto(example.ids, example.values, scores);
      softmax(scores, 1);
      const step = rate * (classWeight[example.target] ?? 1);
      const { ids, values } = example;
      let active = 0;
      for (let label = 0; label < classCount; label += 1) {
        const gradient = (scores[label] ?? 0) - (label === example.target ? 1 : 0);
        // Classes the example already rules out move their weights by a negligible amount; skipping
        // them keeps first-start training (no cache yet) to a few seconds.
        if (Math.abs(gradient) < 1e-2) continue;
        bias[label] = (bias[label] ?? 0) - step * gradient * 0.1;
        activeLabels[active] = label;
        activeGradients[active] = gradient;
        active += 1;
      }
      // Feature by feature, so each feature's row of weights is visited once (same updates as class by class).
      for (let position = 0; position < ids.length; position += 1) {
        const offset = (ids[position] ?? 0) * classCount;
        const value = values[position] ?? 0;
        for (let slot = 0; slot < active; slot += 1) {
          const cell = offset + (activeLabels[slot] ?? 0);
          const current = weights[cell] ?? 0;
          weights[cell] = current - step * ((activeGradients[slot] ?? 0) * value + l2 * current);
        }
      }
    }
  }

  // Naive Bayes over the same encoded examples, with uniform class priors (classes are balanced above).
  const likelihoods = new Float32Array(weights.length);
  const classTotals = new Float64Array(classCount);
  for (const { ids, values, target } of encoded)
    ids.forEach((id, position) => {
      const value = values[position] ?? 0;
      const cell = id * classCount + target;
      likelihoods[cell] = (likelihoods[cell] ?? 0) + value;
      classTotals[target] = (classTotals[target] ?? 0) + value;
    });
  const vocabulary = featureIndex.size;
  for (let cell = 0; cell < likelihoods.length; cell += 1) {
    const total = classTotals[cell % classCount] ?? 0;
    likelihoods[cell] = Math.log(
      ((likelihoods[cell] ?? 0) + BAYES_SMOOTHING) / (total + BAYES_SMOOTHING * vocabulary),
    );
  }

  const featureNames = [...featureIndex.keys()];
  return restoreClassifier(labels, {
    features: packFeatureNames(featureNames),
    weights,
    bias,
    likelihoods,
    temperature,
    ...(written.length
      ? { neighbours: indexNearestPhrases({ featureNames, phrases: written }) }
      : {}),
  });
}

/** A classifier from stored parameters (same labels, same order). */
export function restoreClassifier<Label extends string>(
  labels: readonly Label[],
  parameters: ClassifierParameters,
): IntentClassifier<Label> {
  const classCount = labels.length;
  const { features: table, weights, bias, likelihoods, temperature } = parameters;
  const neighbours = parameters.neighbours
    ? nearestPhraseScorer(parameters.neighbours, classCount)
    : null;
  const nearest = new Float64Array(classCount);
  // Reused by every message: the misspelt words found and the word pairs the model has not seen.
  const typos = new Map<string, string[]>();
  const unknownPairs: (string | number)[] = [];
  const regression = new Float64Array(classCount);
  const bayes = new Float64Array(classCount);
  const addFeature = (id: number | undefined, name: string, value: number) => {
    neighbours?.add(id, name, value);
    if (id === undefined) return;
    const offset = id * classCount;
    const bayesValue = value * BAYES_SCALE;
    for (let label = 0; label < classCount; label += 1) {
      regression[label] = (regression[label] ?? 0) + (weights[offset + label] ?? 0) * value;
      bayes[label] = (bayes[label] ?? 0) + (likelihoods[offset + label] ?? 0) * bayesValue;
    }
  };
  return {
    labels,
    parameters: () => parameters,
    classify(features) {
      regression.set(bias);
      bayes.fill(0);
      typos.clear();
      unknownPairs.length = 0;
      for (const [name, value] of features.weights) {
        const id = featureIdOf(table, name);
        if (id === undefined && name.startsWith(PAIR_PREFIX)) {
          unknownPairs.push(name, value);
          continue;
        }
        if (id !== undefined || !name.startsWith(WORD_PREFIX)) {
          addFeature(id, name, value);
          continue;
        }
        const spellings = findKnownSpellings({ word: name.slice(WORD_PREFIX.length), table });
        if (spellings.length === 0) {
          addFeature(id, name, value);
          continue;
        }
        // A misspelt word counts as the known words one typo away, its weight shared among them.
        typos.set(name.slice(WORD_PREFIX.length), spellings);
        for (const spelling of spellings) {
          const known = `${WORD_PREFIX}${spelling}`;
          addFeature(featureIdOf(table, known), known, value / spellings.length);
        }
      }
      // And so in the word pairs it is part of.
      for (let index = 0; index < unknownPairs.length; index += 2) {
        const name = unknownPairs[index] as string;
        const value = unknownPairs[index + 1] as number;
        const split = name.indexOf("_", PAIR_PREFIX.length);
        const left = name.slice(PAIR_PREFIX.length, split);
        const right = name.slice(split + 1);
        if (typos.size === 0 || split < 0 || (!typos.has(left) && !typos.has(right))) {
          addFeature(undefined, name, value);
          continue;
        }
        const pairs = (typos.get(left) ?? [left]).flatMap((leftSpelling) =>
          (typos.get(right) ?? [right]).map(
            (rightSpelling) => `${PAIR_PREFIX}${leftSpelling}_${rightSpelling}`,
          ),
        );
        for (const pair of pairs) addFeature(featureIdOf(table, pair), pair, value / pairs.length);
      }
      softmax(regression, temperature);
      softmax(bayes, 1);
      const blended = new Float64Array(classCount);
      for (let label = 0; label < classCount; label += 1)
        blended[label] =
          (1 - BAYES_SHARE) * (regression[label] ?? 0) + BAYES_SHARE * (bayes[label] ?? 0);
      if (neighbours) {
        neighbours.bestPerIntent(nearest);
        for (let label = 0; label < classCount; label += 1)
          blended[label] =
            Math.log((blended[label] ?? 0) + 1e-9) + NEIGHBOUR_STRENGTH * (nearest[label] ?? 0);
        softmax(blended, 1);
      }
      return labels
        .map((label, index) => ({ label, probability: blended[index] ?? 0 }))
        .sort((left, right) => right.probability - left.probability);
    },
  };
}
