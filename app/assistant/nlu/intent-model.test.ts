import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFeatures } from "./extract-features";
import { forgetOlderModels, intentModel } from "./intent-model";
import { trainingExamples } from "./training/index";

describe("the cached intent models", () => {
  it("keeps the newest model and the two written before it, and nothing else of ours", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "concierge-nlu-"));
    const write = (name: string, minutesAgo: number) => {
      const file = path.join(folder, name);
      writeFileSync(file, "model");
      const at = new Date(Date.now() - minutesAgo * 60_000);
      utimesSync(file, at, at);
      return file;
    };
    const newest = write("newest.bin", 0);
    write("a.bin", 5);
    write("b.bin", 10);
    write("c.bin", 15);
    write("d.bin", 20);
    write("notes.txt", 30);

    forgetOlderModels(newest);

    expect(readdirSync(folder).sort()).toEqual(["a.bin", "b.bin", "newest.bin", "notes.txt"]);
  });
});

describe("the shipped intent model", () => {
  it("carries the index of every written phrase, read back from its cached file", () => {
    // The global test setup trained or loaded the model, so this reads the cached file's layout.
    const { neighbours } = intentModel().parameters();
    const written = trainingExamples().filter((example) => example.written);
    expect(neighbours?.labels.length).toBe(written.length);
    expect(neighbours?.starts).toHaveLength(intentModel().parameters().features.starts.length);
    const phrase = written.find((example) => example.language === "fr") ?? written[0];
    const ranked = intentModel().classify(extractFeatures(phrase?.text ?? ""));
    expect(ranked[0]?.label).toBe(phrase?.intent);
  });
});
