import type { TextFeatures } from "./extract-features";

/**
 * Multinomial logistic regression over sparse text features, trained with SGD. Softmax outputs
 * are probabilities; a temperature fitted on the training data keeps them from being overconfident.
 */
export interface IntentClassifier<Label extends string> {
  labels: readonly Label[];
  classify(features: TextFeatures): { label: Label; probability: number }[];
  /** The learnt parameters, to be stored and given back to restoreClassifier. */
  parameters(): ClassifierParameters;
}

export interface ClassifierParameters {
  features: string[];
  weights: Float32Array;
  bias: Float32Array;
  temperature: number;
}

export interface TrainClassifierOptions<Label extends string> {
  labels: readonly Label[];
  examples: { features: TextFeatures; label: Label }[];
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
  const encoded = examples.map(({ features, label }) => {
    const ids: number[] = [];
    const values: number[] = [];
    for (const [name, value] of features.weights) {
      let id = featureIndex.get(name);
      if (id === undefined) {
        id = featureIndex.size;
        featureIndex.set(name, id);
      }
      ids.push(id);
      values.push(value);
    }
    return { ids, values, target: labelIndex.get(label) ?? 0 };
  });

  // Balance classes: an intent with many generated phrases must not drown one with few.
  const counts = new Array<number>(classCount).fill(0);
  for (const example of encoded) counts[example.target] = (counts[example.target] ?? 0) + 1;
  const classWeight = counts.map((count) => (count ? encoded.length / (classCount * count) : 0));

  const weights = new Float32Array(featureIndex.size * classCount);
  const bias = new Float32Array(classCount);
  const scores = new Float64Array(classCount);

  const scoreInto = (ids: number[], values: number[], target: Float64Array) => {
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
      for (let label = 0; label < classCount; label += 1) {
        const gradient = (scores[label] ?? 0) - (label === example.target ? 1 : 0);
        // Classes the example already rules out move their weights by a negligible amount; skipping
        // them keeps first-start training (no cache yet) to a few seconds.
        if (Math.abs(gradient) < 1e-2) continue;
        bias[label] = (bias[label] ?? 0) - step * gradient * 0.1;
        for (let position = 0; position < ids.length; position += 1) {
          const cell = (ids[position] ?? 0) * classCount + label;
          const current = weights[cell] ?? 0;
          weights[cell] = current - step * (gradient * (values[position] ?? 0) + l2 * current);
        }
      }
    }
  }

  return restoreClassifier(labels, {
    features: [...featureIndex.keys()],
    weights,
    bias,
    temperature,
  });
}

/** A classifier from stored parameters (same labels, same order). */
export function restoreClassifier<Label extends string>(
  labels: readonly Label[],
  parameters: ClassifierParameters,
): IntentClassifier<Label> {
  const classCount = labels.length;
  const { weights, bias, temperature } = parameters;
  const featureIndex = new Map(parameters.features.map((name, index) => [name, index]));
  const scoreInto = (ids: number[], values: number[], target: Float64Array) => {
    for (let label = 0; label < classCount; label += 1) target[label] = bias[label] ?? 0;
    ids.forEach((id, position) => {
      const value = values[position] ?? 0;
      const offset = id * classCount;
      for (let label = 0; label < classCount; label += 1)
        target[label] = (target[label] ?? 0) + (weights[offset + label] ?? 0) * value;
    });
  };
  return {
    labels,
    parameters: () => parameters,
    classify(features) {
      const ids: number[] = [];
      const values: number[] = [];
      for (const [name, value] of features.weights) {
        const id = featureIndex.get(name);
        if (id === undefined) continue;
        ids.push(id);
        values.push(value);
      }
      const output = new Float64Array(classCount);
      scoreInto(ids, values, output);
      softmax(output, temperature);
      return labels
        .map((label, index) => ({ label, probability: output[index] ?? 0 }))
        .sort((left, right) => right.probability - left.probability);
    },
  };
}
