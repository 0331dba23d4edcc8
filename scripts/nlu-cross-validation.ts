/**
 * `npm run nlu:cv`: five-fold cross-validation over the team's written phrases (every language),
 * the paired measure behind a model or feature change. A phrase's fold is fixed by a digest of
 * its language and text, so it keeps its fold when its label moves or other phrases change; each
 * fold is classified by a model trained, exactly as the shipped one, on the other four (prefix,
 * typo and converted copies follow their written phrase), and read as the shipped understanding
 * reads a message (`classifyIntent`: clause by clause when it reads as a greeting, thanks or anger).
 *
 *   --save <file>     write each phrase's label and prediction (JSON lines)
 *   --against <file>  compare with a saved run, phrase by phrase: fixed / broken and a sign test
 *   --between a b     print errors of a run between two intents (either direction)
 *   --noised          also classify each held-back phrase as a hurried or angry shopper might type
 *                     it (nlu-noise.ts: a typo, caps, a greeting or anger around it) and report
 *                     that beside the phrases as written; saved and compared as their own rows
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { classifyIntent } from "../app/assistant/nlu/classify-intent";
import { trainIntentClassifier } from "../app/assistant/nlu/intent-model";
import type { TrainingExample } from "../app/assistant/nlu/training/index";
import { expandTrainingPhrases, writtenPhrases } from "../app/assistant/nlu/training/index";
import { IntentSchema, LanguageSchema } from "../app/assistant/nlu/types";
import { expectedCalibrationError } from "./nlu-calibration";
import { noisedPhrase } from "./nlu-noise";

const FOLDS = 5;
const print = (line: string) => process.stdout.write(`${line}\n`);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const keyOf = (phrase: TrainingExample) => `${phrase.language}\u0000${phrase.text}`;
const foldOf = (phrase: TrainingExample) =>
  parseInt(createHash("sha1").update(keyOf(phrase)).digest("hex").slice(0, 8), 16) % FOLDS;
const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

const OutcomeSchema = z.object({
  language: LanguageSchema,
  text: z.string(),
  intent: IntentSchema,
  predicted: IntentSchema,
  confidence: z.number(),
  noised: z.boolean().optional(),
});
type Outcome = z.infer<typeof OutcomeSchema>;

const noised = process.argv.includes("--noised");
const outcomes: Outcome[] = [];
const startedAt = process.cpuUsage();
for (let fold = 0; fold < FOLDS; fold += 1) {
  const classifier = trainIntentClassifier(
    expandTrainingPhrases((phrase) => foldOf(phrase) !== fold),
  );
  for (const phrase of writtenPhrases()) {
    if (foldOf(phrase) !== fold) continue;
    const forms = noised
      ? [phrase.text, noisedPhrase(phrase.text, phrase.language, phrase.intent)]
      : [phrase.text];
    forms.forEach((text, index) => {
      const best = classifyIntent({
        text,
        japanese: phrase.language === "ja",
        model: classifier,
      })[0];
      outcomes.push({
        language: phrase.language,
        text: phrase.text,
        intent: phrase.intent,
        predicted: best?.label ?? "other",
        confidence: best?.probability ?? 0,
        ...(index > 0 ? { noised: true } : {}),
      });
    });
  }
}
const { user, system } = process.cpuUsage(startedAt);
print(`${FOLDS} folds trained and classified in ${((user + system) / 1e6).toFixed(1)} s of CPU`);

/** Accuracy per language, overall and per intent, and the calibration error, of one set of rows. */
function report(rows: Outcome[]) {
  const tallies = (keyOfOutcome: (outcome: Outcome) => string) => {
    const map = new Map<string, [number, number]>();
    for (const outcome of rows) {
      const key = keyOfOutcome(outcome);
      const [hits, total] = map.get(key) ?? [0, 0];
      map.set(key, [hits + (outcome.intent === outcome.predicted ? 1 : 0), total + 1]);
    }
    return [...map].sort(([left], [right]) => left.localeCompare(right));
  };
  for (const [key, [hits, total]] of [
    ...tallies((outcome) => outcome.language),
    ["all", tallies(() => "all")[0]?.[1] ?? [0, 0]] as const,
    ...tallies((outcome) => outcome.intent),
  ])
    print(`  ${key.padEnd(18)} ${percent(hits / total).padStart(7)}  n=${total}`);
  const calibration = expectedCalibrationError(
    rows.map(({ confidence, intent, predicted }) => ({ confidence, right: intent === predicted })),
  );
  print(`  expected calibration error ${percent(calibration)}`);
}
report(outcomes.filter((outcome) => !outcome.noised));
if (noised) {
  print("noised (nlu-noise.ts):");
  report(outcomes.filter((outcome) => outcome.noised));
}

const saveTo = argument("--save");
if (saveTo) writeFileSync(saveTo, outcomes.map((outcome) => JSON.stringify(outcome)).join("\n"));

const between = process.argv.indexOf("--between");
if (between >= 0) {
  const pair = new Set(process.argv.slice(between + 1, between + 3));
  for (const outcome of outcomes)
    if (
      !outcome.noised &&
      outcome.intent !== outcome.predicted &&
      pair.has(outcome.intent) &&
      pair.has(outcome.predicted)
    )
      print(`  [${outcome.language}] ${outcome.intent} → ${outcome.predicted}: ${outcome.text}`);
}

/** Two-sided sign test: the chance of a split at least this uneven if neither run were better. */
function signTest(fixed: number, broken: number): number {
  const total = fixed + broken;
  const fewer = Math.min(fixed, broken);
  let logChoose = 0;
  let tail = 0;
  for (let count = 0; count <= fewer; count += 1) {
    if (count > 0) logChoose += Math.log(total - count + 1) - Math.log(count);
    tail += Math.exp(logChoose - total * Math.LN2);
  }
  return Math.min(1, 2 * tail);
}

const pairKey = (outcome: Outcome) =>
  `${outcome.language}\u0000${outcome.text}\u0000${outcome.intent}\u0000${outcome.noised ? 1 : 0}`;

const against = argument("--against");
if (against) {
  const before = new Map(
    readFileSync(against, "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => OutcomeSchema.parse(JSON.parse(line)))
      .map((outcome) => [pairKey(outcome), outcome]),
  );
  // Phrases as written and their noised forms are paired and counted apart.
  for (const noisedRows of noised ? [false, true] : [false]) {
    const byLanguage = new Map<string, [number, number]>();
    let fixed = 0;
    let broken = 0;
    let paired = 0;
    for (const outcome of outcomes) {
      if (Boolean(outcome.noised) !== noisedRows) continue;
      const earlier = before.get(pairKey(outcome));
      if (!earlier) continue;
      paired += 1;
      const wasRight = earlier.predicted === earlier.intent;
      const isRight = outcome.predicted === outcome.intent;
      if (wasRight === isRight) continue;
      const [languageFixed, languageBroken] = byLanguage.get(outcome.language) ?? [0, 0];
      byLanguage.set(
        outcome.language,
        isRight ? [languageFixed + 1, languageBroken] : [languageFixed, languageBroken + 1],
      );
      if (isRight) fixed += 1;
      else broken += 1;
      if (process.argv.includes("--flips"))
        print(
          `  ${isRight ? "+" : "-"} [${outcome.language}] ${outcome.intent} (${earlier.predicted} → ${outcome.predicted}): ${outcome.text}`,
        );
    }
    const kind = noisedRows ? "noised phrases" : "phrases";
    print(`against ${against}: ${paired} ${kind} with the same label in both runs`);
    for (const [language, [languageFixed, languageBroken]] of [...byLanguage].sort())
      print(`  ${language.padEnd(8)} +${languageFixed} −${languageBroken}`);
    print(`  all      +${fixed} −${broken}, sign test p = ${signTest(fixed, broken).toFixed(3)}`);
  }
}
