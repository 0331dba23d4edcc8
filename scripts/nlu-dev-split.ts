/**
 * `npm run nlu:dev`: the development split used for
 * tuning instead of any held-out set. One written phrase in five (per language and intent, chosen
 * by a digest of its text) is left out of training and classified by a model trained on the rest;
 * FAQ retrieval is measured leave-one-out over the starter FAQ's alternative phrasings.
 * `--noised` also classifies the held-back phrases as a hurried or angry shopper might type them.
 */
import { createHash } from "node:crypto";
import { buildShopKnowledge } from "../app/assistant/knowledge/build-shop-knowledge";
import { demoShopFaq } from "../app/assistant/knowledge/demo-shop-faq";
import { classifyIntent } from "../app/assistant/nlu/classify-intent";
import { trainIntentClassifier } from "../app/assistant/nlu/intent-model";
import { INTENTS, LANGUAGES } from "../app/assistant/nlu/types";
import type { TrainingExample } from "../app/assistant/nlu/training/index";
import { expandTrainingPhrases, writtenPhrases } from "../app/assistant/nlu/training/index";
import { expectedCalibrationError } from "./nlu-calibration";
import { noisedPhrase } from "./nlu-noise";

const digest = (text: string) => createHash("sha1").update(text).digest("hex");
const keyOf = (phrase: TrainingExample) => `${phrase.language}\u0000${phrase.text}`;
// A development tool run by hand; figures go to stdout (console is reserved for warnings in app code).
const print = (line: string) => process.stdout.write(`${line}\n`);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

const development = new Set<string>();
for (const language of LANGUAGES)
  for (const intent of INTENTS) {
    const group = writtenPhrases()
      .filter((phrase) => phrase.language === language && phrase.intent === intent)
      .sort((left, right) => digest(left.text).localeCompare(digest(right.text)));
    group.forEach((phrase, index) => {
      if (index % 5 === 0) development.add(keyOf(phrase));
    });
  }

const startedAt = performance.now();
const classifier = trainIntentClassifier(
  expandTrainingPhrases((phrase) => !development.has(keyOf(phrase))),
);
print(`trained on 80% in ${(performance.now() - startedAt).toFixed(0)} ms`);

const held = writtenPhrases().filter((phrase) => development.has(keyOf(phrase)));
const rightByLanguage = new Map<string, [number, number]>();
const rightByIntent = new Map<string, [number, number]>();
const tally = (map: Map<string, [number, number]>, key: string, right: boolean) => {
  const [hits, total] = map.get(key) ?? [0, 0];
  map.set(key, [hits + (right ? 1 : 0), total + 1]);
};
const mistakes: string[] = [];
const confidences: { confidence: number; right: boolean }[] = [];
for (const phrase of held) {
  const best = classifyIntent({
    text: phrase.text,
    japanese: phrase.language === "ja",
    model: classifier,
  })[0];
  const predicted = best?.label;
  const right = predicted === phrase.intent;
  confidences.push({ confidence: best?.probability ?? 0, right });
  tally(rightByLanguage, phrase.language, right);
  tally(rightByIntent, phrase.intent, right);
  if (!right)
    mistakes.push(`  [${phrase.language}] ${phrase.intent} → ${predicted}: ${phrase.text}`);
}
let hitsAll = 0;
for (const [language, [hits, total]] of rightByLanguage) {
  hitsAll += hits;
  print(`  ${language.padEnd(8)} ${percent(hits / total).padStart(7)}  n=${total}`);
}
print(`  all      ${percent(hitsAll / held.length).padStart(7)}  n=${held.length}`);
for (const [intent, [hits, total]] of rightByIntent)
  print(`  ${intent.padEnd(18)} ${percent(hits / total).padStart(7)}  n=${total}`);
if (process.argv.includes("--mistakes")) print(mistakes.join("\n"));

print(`  expected calibration error ${percent(expectedCalibrationError(confidences))}`);

// The same held-back phrases as a hurried or angry shopper might type them (nlu-noise.ts).
if (process.argv.includes("--noised")) {
  const noisedRight = new Map<string, [number, number]>();
  for (const phrase of held) {
    const text = noisedPhrase(phrase.text, phrase.language, phrase.intent);
    const right =
      classifyIntent({ text, japanese: phrase.language === "ja", model: classifier })[0]?.label ===
      phrase.intent;
    tally(noisedRight, phrase.language, right);
    tally(noisedRight, "all", right);
  }
  for (const [language, [hits, total]] of noisedRight)
    print(`  noised ${language.padEnd(8)} ${percent(hits / total).padStart(7)}  n=${total}`);
}

// FAQ: each alternative phrasing, removed from its entry, must still find that entry.
const entries = demoShopFaq();
let top1 = 0;
let top3 = 0;
let asked = 0;
const faqMistakes: string[] = [];
entries.forEach((entry, entryIndex) => {
  entry.alternatives.forEach((alternative, alternativeIndex) => {
    const knowledge = buildShopKnowledge(
      entries.map((other, otherIndex) =>
        otherIndex === entryIndex
          ? { ...other, alternatives: other.alternatives.filter((_, i) => i !== alternativeIndex) }
          : other,
      ),
    );
    const match = knowledge.searchFaq({ text: alternative, language: entry.language, limit: 3 });
    const ids = match ? [match.entryId, ...match.runnersUp.map((runner) => runner.entryId)] : [];
    asked += 1;
    if (ids[0] === entry.id) top1 += 1;
    else faqMistakes.push(`  ${entry.id} → ${ids[0] ?? "none"}: ${alternative}`);
    if (ids.includes(entry.id)) top3 += 1;
  });
});
print(
  `FAQ leave-one-out (${asked} alternatives): top-1 ${percent(top1 / asked)}, top-3 ${percent(top3 / asked)}`,
);
if (process.argv.includes("--mistakes")) print(faqMistakes.join("\n"));
