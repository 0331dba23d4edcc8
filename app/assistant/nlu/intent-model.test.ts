import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { forgetOlderModels } from "./intent-model";

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
