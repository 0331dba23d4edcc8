import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";

const migrationsFolder = path.resolve(import.meta.dirname, "../../prisma/migrations");

/** Every migration's SQL, in the order `prisma migrate deploy` applies them. */
export function readMigrations(): string[] {
  return readdirSync(migrationsFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(migrationsFolder, name, "migration.sql"), "utf8"));
}

export interface TestDatabase {
  prisma: PrismaClient;
  /** `file:` URL of the SQLite file, for a second client or a child process. */
  url: string;
  /** Path of the SQLite file, to read it raw. */
  file: string;
  close(): Promise<void>;
}

/** A fresh SQLite file with every migration applied, behind the real Prisma client. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const folder = mkdtempSync(path.join(tmpdir(), "concierge-db-"));
  const file = path.join(folder, "test.sqlite");
  const raw = new Database(file);
  raw.pragma("journal_mode = WAL");
  for (const sql of readMigrations()) raw.exec(sql);
  raw.close();

  const url = `file:${file}`;
  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  return {
    prisma,
    url,
    file,
    async close() {
      await prisma.$disconnect();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
