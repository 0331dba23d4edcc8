/**
 * The workers of one instance on SQLite (CONCIERGE_WORKERS > 1) leave WAL checkpoints to one thread
 * in their primary, instead of a thread each repeating the other's work and RESTARTs. Real
 * node:cluster processes on a real file (fixtures/checkpoint-cluster.ts).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { RESTART_AFTER_FRAMES } from "../../app/platform/wal-checkpoints";

const run = promisify(execFile);
const fixture = path.resolve(import.meta.dirname, "fixtures", "checkpoint-cluster.ts");
const tsx = path.resolve(import.meta.dirname, "..", "..", "node_modules", ".bin", "tsx");

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("WAL checkpoints among the workers of one instance", { timeout: 60_000 }, () => {
  it("GIVEN two workers writing THEN the primary's one thread copies their log into the file and neither worker runs its own", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "concierge-checkpoints-"));
    folders.push(folder);
    const file = path.join(folder, "workers.sqlite");
    const setup = new Database(file);
    setup.pragma("journal_mode = WAL");
    setup.exec('CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY, "body" TEXT NOT NULL)');
    setup.close();

    const { stdout } = await run(tsx, [fixture], {
      env: { ...process.env, DATABASE_FILE: file },
    });
    const { workers, primaryDescriptors, fileGrewBytes } = JSON.parse(
      stdout.trim().split("\n").at(-1)!,
    ) as {
      workers: { descriptors: number; autocheckpoint: number }[];
      primaryDescriptors: number;
      fileGrewBytes: number;
    };
    // Each worker has its own connection on the file and no checkpoint thread's beside it.
    expect(workers.map((worker) => worker.descriptors)).toEqual([1, 1]);
    for (const worker of workers)
      expect(worker.autocheckpoint).toBeGreaterThan(RESTART_AFTER_FRAMES);
    // The primary's thread holds the file and copied both workers' writes (about 4 MB) into it.
    expect(primaryDescriptors).toBe(1);
    expect(fileGrewBytes).toBeGreaterThan(3_000_000);
  });
});
