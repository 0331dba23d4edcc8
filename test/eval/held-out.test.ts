import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { demoShopFaq } from "../../app/assistant/knowledge/index";
import { normaliseText } from "../../app/assistant/nlu/index";
import { trainingExamples } from "../../app/assistant/nlu/training/index";

const folder = import.meta.dirname;

/** Long enough that two authors would not write it the same way by chance ("hello", "thanks" would). */
function isDistinctive(text: string): boolean {
  const folded = normaliseText(text).replace(/\d+/g, "9");
  return folded.split(" ").length >= 3 || [...folded.replace(/ /g, "")].length >= 6;
}

function heldOutTexts(): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".jsonl"))
    .flatMap((name) =>
      readFileSync(path.join(folder, name), "utf8")
        .split("\n")
        .filter((line) => line.trim()),
    )
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

describe("held-out evaluation sets", () => {
  it("share no distinctive message with the training phrases or the starter FAQ", () => {
    const fold = (text: string) => normaliseText(text).replace(/\d+/g, "9");
    const seen = new Set([
      ...trainingExamples().map((example) => fold(example.text)),
      ...demoShopFaq().flatMap((entry) => [entry.question, ...entry.alternatives].map(fold)),
    ]);
    const leaked = heldOutTexts().filter((text) => isDistinctive(text) && seen.has(fold(text)));
    expect(leaked).toEqual([]);
  });
});
