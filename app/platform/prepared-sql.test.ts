import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { databaseDriverOf, openDatabase } from "./database";
import { preparedSqlOf } from "./prepared-sql";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function aDatabase() {
  const folder = mkdtempSync(path.join(tmpdir(), "concierge-sql-"));
  folders.push(folder);
  const file = path.join(folder, "lock.sqlite");
  const prisma = openDatabase({ url: `file:${file}` });
  const driver = await databaseDriverOf(prisma);
  if (driver.provider !== "sqlite") throw new Error("Expected SQLite");
  driver.connection.exec('CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY, "body" TEXT NOT NULL)');
  return { prisma, file };
}

/** Another process (as a second worker would) takes the write lock, says so, and holds it for `holdMs`. */
function holdWriteLock(file: string, holdMs: number): Promise<{ released: Promise<void> }> {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const child = spawn(
    process.execPath,
    [
      "-e",
      `const Database = require(${JSON.stringify(driver)});
       const connection = new Database(${JSON.stringify(file)});
       connection.exec("BEGIN IMMEDIATE");
       process.stdout.write("locked\\n");
       setTimeout(() => { connection.exec("COMMIT"); connection.close(); }, ${holdMs});`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const released = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve) => child.stdout.once("data", () => resolve({ released })));
}

describe("writes on SQLite while another process holds the write lock", () => {
  it("GIVEN the lock is held elsewhere THEN the event loop keeps serving and the write lands once it is free", async () => {
    const { prisma, file } = await aDatabase();
    const sql = await preparedSqlOf(prisma);
    const { released } = await holdWriteLock(file, 300);

    let ticks = 0;
    const ticking = setInterval(() => (ticks += 1), 10);
    const startedAt = performance.now();
    const written = sql.write([
      { sql: 'INSERT INTO "Note" ("body") VALUES (?) RETURNING "id"', params: ["hello"] },
    ]);
    const [rows] = await written;
    const waitedMs = performance.now() - startedAt;
    clearInterval(ticking);
    await released;

    expect(rows).toHaveLength(1);
    // It waited for the other process's lock (about 300 ms) with the event loop running all along
    // (SQLite's own busy handler would have slept through it: no tick at all).
    expect(waitedMs).toBeGreaterThan(150);
    expect(ticks).toBeGreaterThan(waitedMs / 10 / 3);
    expect(await sql.read({ sql: 'SELECT "body" FROM "Note"', params: [] })).toEqual([
      { body: "hello" },
    ]);
    await prisma.$disconnect();
  });

  it("GIVEN writes arrive while the batch waits for the lock THEN they all commit, in order", async () => {
    const { prisma, file } = await aDatabase();
    const sql = await preparedSqlOf(prisma);
    const { released } = await holdWriteLock(file, 100);
    const insert = (body: string) =>
      sql.write([{ sql: 'INSERT INTO "Note" ("body") VALUES (?)', params: [body] }]);
    const first = insert("first");
    await new Promise((resolve) => setTimeout(resolve, 30));
    await Promise.all([first, insert("second"), insert("third")]);
    await released;
    expect(await sql.read({ sql: 'SELECT "body" FROM "Note" ORDER BY "id"', params: [] })).toEqual([
      { body: "first" },
      { body: "second" },
      { body: "third" },
    ]);
    await prisma.$disconnect();
  });
});
