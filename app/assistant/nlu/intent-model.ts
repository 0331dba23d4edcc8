import { createHash } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { extractFeatures } from "./extract-features";
import { featureTableOf } from "./feature-table";
import type { IntentClassifier } from "./intent-classifier";
import { restoreClassifier, trainClassifier } from "./intent-classifier";
import type { TrainingExample } from "./training/index";
import { trainingExamples } from "./training/index";
import type { Intent } from "./types";
import { INTENTS } from "./types";

/** Bump when feature extraction or training changes in a way the training phrases do not show. */
const MODEL_FORMAT = "intent-model-v11";
const TRAINING = { epochs: 12, learningRate: 1, temperature: 0.7 } as const;

let model: IntentClassifier<Intent> | null = null;

function cacheFile(): string {
  const digest = createHash("sha256")
    .update(MODEL_FORMAT)
    .update(JSON.stringify(TRAINING))
    .update(JSON.stringify(trainingExamples()))
    .digest("hex")
    .slice(0, 16);
  return path.join(process.cwd(), "node_modules", ".cache", "concierge-nlu", `${digest}.bin`);
}

/**
 * Stored layout: a JSON header line (the feature names as one string, each ended by "\n";
 * temperature, labels, index sizes), then bias, weights, likelihoods, the neighbour index's idf and
 * posting weights as float32, then its posting starts, posting phrases and phrase labels as int32.
 */
function readCached(file: string): IntentClassifier<Intent> | null {
  try {
    const buffer = readFileSync(file);
    const newline = buffer.indexOf(10);
    const header = JSON.parse(buffer.subarray(0, newline).toString("utf8")) as {
      features: string;
      temperature: number;
      labels: string[];
      postings: number;
      phrases: number;
    };
    if (header.labels.join() !== INTENTS.join()) return null;
    const classes = INTENTS.length;
    const features = featureTableOf(header.features);
    const featureCount = features.starts.length - 1;
    const cells = featureCount * classes;
    const floatCount = classes + 2 * cells + featureCount + header.postings;
    const intCount = featureCount + 1 + header.postings + header.phrases;
    if (buffer.length - newline - 1 !== 4 * (floatCount + intCount)) return null;
    const body = buffer.buffer.slice(
      buffer.byteOffset + newline + 1,
      buffer.byteOffset + buffer.length,
    );
    const floats = new Float32Array(body, 0, floatCount);
    const ints = new Int32Array(body, 4 * floatCount, intCount);
    let at = 0;
    const nextFloats = (count: number) => floats.subarray(at, (at += count));
    const bias = nextFloats(classes);
    const weights = nextFloats(cells);
    const likelihoods = nextFloats(cells);
    const idf = nextFloats(featureCount);
    const postingWeights = nextFloats(header.postings);
    at = 0;
    const nextInts = (count: number) => ints.subarray(at, (at += count));
    const starts = nextInts(featureCount + 1);
    const phrases = nextInts(header.postings);
    const labels = nextInts(header.phrases);
    return restoreClassifier(INTENTS, {
      features,
      weights,
      bias,
      likelihoods,
      temperature: header.temperature,
      neighbours: { idf, starts, phrases, weights: postingWeights, labels },
    });
  } catch {
    return null;
  }
}

function writeCached(file: string, classifier: IntentClassifier<Intent>): void {
  try {
    const { features, weights, bias, likelihoods, temperature, neighbours } =
      classifier.parameters();
    // The layout needs the index; every shipped phrase set has written phrases to build it from.
    if (!neighbours) return;
    const header = Buffer.from(
      `${JSON.stringify({
        features: features.names,
        temperature,
        labels: INTENTS,
        postings: neighbours.phrases.length,
        phrases: neighbours.labels.length,
      })}\n`,
      "utf8",
    );
    const parts = [
      bias,
      weights,
      likelihoods,
      neighbours.idf,
      neighbours.weights,
      neighbours.starts,
      neighbours.phrases,
      neighbours.labels,
    ].map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength));
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([header, ...parts]));
    renameSync(temporary, file);
    forgetOlderModels(file);
  } catch {
    // A read-only disk only costs the next start the training time.
  }
}

/** Models kept besides the newest: a built app and the source may run different phrase sets. */
const OLDER_MODELS_KEPT = 2;

/** Each phrase change writes a new ~20 MB model; only the last few can still be wanted. */
export function forgetOlderModels(newest: string): void {
  const folder = path.dirname(newest);
  readdirSync(folder)
    .filter((name) => name.endsWith(".bin"))
    .map((name) => path.join(folder, name))
    .filter((file) => file !== newest)
    .map((file) => ({ file, writtenAt: statSync(file).mtimeMs }))
    .sort((a, b) => b.writtenAt - a.writtenAt)
    .slice(OLDER_MODELS_KEPT)
    .forEach(({ file }) => rmSync(file, { force: true }));
}

/**
 * The intent model, trained from the team's phrases (deterministic, about a second) and cached on
 * disk keyed by a digest of the phrases, so later starts load it in milliseconds.
 */
export function intentModel(): IntentClassifier<Intent> {
  if (model) return model;
  const file = cacheFile();
  model = readCached(file);
  if (model) return model;
  model = trainIntentClassifier(trainingExamples());
  writeCached(file, model);
  return model;
}

function* featuresOf(examples: TrainingExample[]) {
  for (const example of examples)
    yield {
      features: extractFeatures(example.text, { japanese: example.language === "ja" }),
      label: example.intent,
      written: example.written,
    };
}

/** Trains a classifier the way the shipped model is trained; the development split uses it on a subset. */
export function trainIntentClassifier(examples: TrainingExample[]): IntentClassifier<Intent> {
  return trainClassifier({
    labels: INTENTS,
    examples: featuresOf(examples),
    ...TRAINING,
  });
}
