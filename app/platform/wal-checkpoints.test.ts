import { mkdtempSync, rmSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { databaseDriverOf, openDatabase, readSqliteDataVersion } from "./database";
import { checkpointFileInThread, RESTART_AFTER_FRAMES } from "./wal-checkpoints";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The tests' restart threshold: the app's (RESTART_AFTER_FRAMES) is a quarter gigabyte of log. */
const TEST_RESTART_AFTER_FRAMES = 2000;

async function aDatabase(backgroundCheckpoints: boolean) {
  const folder = mkdtempSync(path.join(tmpdir(), "concierge-wal-"));
  folders.push(folder);
  const file = path.join(folder, "wal.sqlite");
  const prisma = openDatabase({
    url: `file:${file}`,
    ...(backgroundCheckpoints
      ? {
          backgroundCheckpoints: (file: string) =>
            checkpointFileInThread(file, { restartAfterFrames: TEST_RESTART_AFTER_FRAMES }),
        }
      : {}),
  });
  const driver = await databaseDriverOf(prisma);
  if (driver.provider !== "sqlite") throw new Error("Expected SQLite");
  return { prisma, file, connection: driver.connection };
}

type Connection = Awaited<ReturnType<typeof aDatabase>>["connection"];

/** Rows of about one 4 KiB page each, in commits of at most `perCommit` rows. */
function writeRows(connection: Connection, count: number, perCommit = 1) {
  connection.exec(
    'CREATE TABLE IF NOT EXISTS "Note" ("id" INTEGER PRIMARY KEY, "body" TEXT NOT NULL)',
  );
  const insert = connection.prepare('INSERT INTO "Note" ("body") VALUES (?)');
  const commit = connection.transaction((rows: number) => {
    for (let index = 0; index < rows; index += 1) insert.run("x".repeat(4000));
  });
  for (let written = 0; written < count; written += perCommit)
    commit(Math.min(perCommit, count - written));
}

/** Frames in the log now (a PASSIVE checkpoint reports them and waits for nobody). */
function framesInLog(connection: Connection): number {
  const [result] = connection.pragma("wal_checkpoint(PASSIVE)") as { log: number | bigint }[];
  return Number(result!.log);
}

async function fileGrowsPast(file: string, bytes: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (statSync(file).size > bytes) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe("WAL checkpoints off the app's connection", () => {
  it("GIVEN background checkpoints THEN commits never checkpoint, a thread copies the log into the file, and data_version stays put", async () => {
    const { prisma, file, connection } = await aDatabase(true);
    // The connection would checkpoint only far past the thread's threshold (if the thread stopped).
    expect(Number(connection.pragma("wal_autocheckpoint", { simple: true }))).toBeGreaterThan(
      RESTART_AFTER_FRAMES,
    );
    // About 2 MB, under SQLite's own 1,000-page checkpoint threshold (4 MB).
    writeRows(connection, 500);
    const version = readSqliteDataVersion(prisma);
    expect(await fileGrowsPast(file, 1_000_000, 5_000)).toBe(true);
    // The checkpoint is no commit: the shop caches do not take it for another process's write.
    expect(readSqliteDataVersion(prisma)).toBe(version);
    await prisma.$disconnect();
  });

  it("GIVEN writes past the restart threshold THEN the log starts over instead of growing", async () => {
    const { prisma, connection } = await aDatabase(true);
    writeRows(connection, TEST_RESTART_AFTER_FRAMES + 1000, 500);
    const version = readSqliteDataVersion(prisma);
    let frames = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 100 && frames > 10; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      // The next commit after a RESTART checkpoint writes from the log's start.
      writeRows(connection, 1);
      frames = framesInLog(connection);
    }
    expect(frames).toBeLessThanOrEqual(10);
    expect(readSqliteDataVersion(prisma)).toBe(version);
    await prisma.$disconnect();
  });

  it("GIVEN a reader that keeps the log in use THEN the thread's RESTART never holds writers back while it waits", async () => {
    const { prisma, file, connection } = await aDatabase(true);
    writeRows(connection, 10);
    // A reader's snapshot keeps the log in use: RESTART can copy the log but not start it over.
    const reader = new Database(file, { readonly: true });
    reader.exec("BEGIN");
    reader.prepare('SELECT COUNT(*) FROM "Note"').get();
    writeRows(connection, TEST_RESTART_AFTER_FRAMES + 500, 500);
    // Another writer that never waits: every refusal is a moment the writer lock was held.
    const writer = new Database(file);
    writer.pragma("busy_timeout = 0");
    const insert = writer.prepare('INSERT INTO "Note" ("body") VALUES (?)');
    let longestRefusalMs = 0;
    let refusedSince: number | null = null;
    let written = 0;
    const until = performance.now() + 1500;
    while (performance.now() < until) {
      try {
        insert.run("y");
        written += 1;
        if (refusedSince !== null)
          longestRefusalMs = Math.max(longestRefusalMs, performance.now() - refusedSince);
        refusedSince = null;
      } catch (error) {
        if (!(error instanceof Error && "code" in error && error.code === "SQLITE_BUSY"))
          throw error;
        refusedSince ??= performance.now();
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    reader.exec("COMMIT");
    reader.close();
    writer.close();
    expect(written).toBeGreaterThan(100);
    // SQLite's busy handler would hold the lock for its whole wait for the reader (100 ms a try).
    expect(longestRefusalMs).toBeLessThan(50);
    await prisma.$disconnect();
  });

  it("GIVEN a short-lived client THEN it checkpoints as SQLite does by default", async () => {
    const { prisma, connection } = await aDatabase(false);
    expect(Number(connection.pragma("wal_autocheckpoint", { simple: true }))).toBe(1000);
    await prisma.$disconnect();
  });
});
