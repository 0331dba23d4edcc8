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
import type { IntentClassifier } from "./intent-classifier";
import { restoreClassifier, trainClassifier } from "./intent-classifier";
import type { TrainingExample } from "./training/index";
import { trainingExamples } from "./training/index";
import type { Intent } from "./types";
import { INTENTS } from "./types";

/** Bump when feature extraction or training changes in a way the training phrases do not show. */
const MODEL_FORMAT = "intent-model-v6";
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

/** Stored layout: JSON header line (features, temperature, labels), then bias, weights and likelihoods as float32. */
function readCached(file: string): IntentClassifier<Intent> | null {
  try {
    const buffer = readFileSync(file);
    const newline = buffer.indexOf(10);
    const header = JSON.parse(buffer.subarray(0, newline).toString("utf8")) as {
      features: string[];
      temperature: number;
      labels: string[];
    };
    if (header.labels.join() !== INTENTS.join()) return null;
    const floats = new Float32Array(
      buffer.buffer.slice(buffer.byteOffset + newline + 1, buffer.byteOffset + buffer.length),
    );
    const cells = header.features.length * INTENTS.length;
    if (floats.length !== INTENTS.length + 2 * cells) return null;
    const bias = floats.slice(0, INTENTS.length);
    const weights = floats.slice(INTENTS.length, INTENTS.length + cells);
    const likelihoods = floats.slice(INTENTS.length + cells);
    return restoreClassifier(INTENTS, {
      features: header.features,
      weights,
      bias,
      likelihoods,
      temperature: header.temperature,
    });
  } catch {
    return null;
  }
}

function writeCached(file: string, classifier: IntentClassifier<Intent>): void {
  try {
    const { features, weights, bias, likelihoods, temperature } = classifier.parameters();
    const header = Buffer.from(
      `${JSON.stringify({ features, temperature, labels: INTENTS })}\n`,
      "utf8",
    );
    const body = new Float32Array(bias.length + weights.length + likelihoods.length);
    body.set(bias, 0);
    body.set(weights, bias.length);
    body.set(likelihoods, bias.length + weights.length);
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([header, Buffer.from(body.buffer)]));
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
