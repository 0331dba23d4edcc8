import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { PrismaClient } from "@prisma/client";
import { openDatabase, type DatabaseProvider } from "../../app/platform/database";
import { startThrowawayPostgres, type ThrowawayServer } from "./throwaway-servers";

const migrationsFolders: Record<DatabaseProvider, string> = {
  sqlite: path.resolve(import.meta.dirname, "../../prisma/migrations"),
  postgresql: path.resolve(import.meta.dirname, "../../prisma/migrations-postgresql"),
};

/** Every migration's SQL, in the order `prisma migrate deploy` applies them. */
export function readMigrations(provider: DatabaseProvider = "sqlite"): string[] {
  const folder = migrationsFolders[provider];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(folder, name, "migration.sql"), "utf8"));
}

/** Both providers, for suites that must give the same results on each (describe.each). */
export const DATABASE_PROVIDERS: DatabaseProvider[] = ["sqlite", "postgresql"];

/** A fresh database with every migration applied, behind the client the app would open. */
export interface ProviderTestDatabase {
  provider: DatabaseProvider;
  prisma: PrismaClient;
  /** `file:` or `postgresql://` URL, for a second client or a child process. */
  url: string;
  close(): Promise<void>;
}

export interface TestDatabase extends ProviderTestDatabase {
  provider: "sqlite";
  /** Path of the SQLite file, to read it raw. */
  file: string;
}

/**
 * A fresh database with every migration applied: a SQLite file by default, or a database on a
 * throwaway PostgreSQL server (one per test process, stopped by stopTestPostgres).
 */
export function createTestDatabase(options?: { provider?: "sqlite" }): Promise<TestDatabase>;
export function createTestDatabase(options: {
  provider: DatabaseProvider;
}): Promise<ProviderTestDatabase>;
export async function createTestDatabase(
  options: { provider?: DatabaseProvider } = {},
): Promise<ProviderTestDatabase> {
  return options.provider === "postgresql" ? createPostgresDatabase() : createSqliteDatabase();
}

async function createSqliteDatabase(): Promise<TestDatabase> {
  const folder = mkdtempSync(path.join(tmpdir(), "concierge-db-"));
  const file = path.join(folder, "test.sqlite");
  const raw = new Database(file);
  raw.pragma("journal_mode = WAL");
  for (const sql of readMigrations()) raw.exec(sql);
  raw.close();

  const url = `file:${file}`;
  const prisma = openDatabase({ url });
  return {
    provider: "sqlite",
    prisma,
    url,
    file,
    async close() {
      await prisma.$disconnect();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The migrated database every PostgreSQL test database is copied from (CREATE DATABASE … TEMPLATE). */
const TEMPLATE = "concierge_template";
let postgres: Promise<ThrowawayServer> | null = null;
let databases = 0;

function databaseUrl(server: ThrowawayServer, name: string): string {
  return server.url.replace(/\/postgres$/, `/${name}`);
}

async function onAdminConnection<T>(
  server: ThrowawayServer,
  run: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The throwaway server, started and given the migrated template on first use. */
function testPostgres(): Promise<ThrowawayServer> {
  postgres ??= (async () => {
    const server = await startThrowawayPostgres();
    await onAdminConnection(server, (client) => client.query(`CREATE DATABASE ${TEMPLATE}`));
    const template = new pg.Client({ connectionString: databaseUrl(server, TEMPLATE) });
    await template.connect();
    try {
      for (const sql of readMigrations("postgresql")) await template.query(sql);
    } finally {
      await template.end();
    }
    return server;
  })();
  return postgres;
}

async function createPostgresDatabase(): Promise<ProviderTestDatabase> {
  const server = await testPostgres();
  databases += 1;
  const name = `concierge_test_${databases}`;
  await onAdminConnection(server, (client) =>
    client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`),
  );
  const url = databaseUrl(server, name);
  const prisma = openDatabase({ url, poolSize: 4 });
  return {
    provider: "postgresql",
    prisma,
    url,
    async close() {
      await prisma.$disconnect();
      await onAdminConnection(server, (client) => client.query(`DROP DATABASE ${name}`));
    },
  };
}

/** Stops the throwaway PostgreSQL server, if this process started one (call it in afterAll). */
export async function stopTestPostgres(): Promise<void> {
  if (!postgres) return;
  const server = postgres;
  postgres = null;
  await (await server).stop();
}
