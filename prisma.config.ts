import { randomUUID } from "node:crypto";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

type ShadowAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connectToShadowDb"]>>;
type PostgresAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * The WebAssembly schema engine replays each migration on the shadow database with one
 * `executeRaw`, which better-sqlite3 refuses for a script of several statements; run those as a
 * script instead.
 */
function replayingScripts(shadow: ShadowAdapter): ShadowAdapter {
  return new Proxy(shadow, {
    get(target, property) {
      if (property === "executeRaw") {
        return async (query: Parameters<ShadowAdapter["executeRaw"]>[0]) => {
          if (query.args.length > 0 || !/;\s*\S/.test(query.sql)) return target.executeRaw(query);
          await target.executeScript(query.sql);
          return 0;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * The adapter's shadow database is its own config with another database name; pg lets a
 * connection string override that name, so the URL is handed over as separate fields.
 */
function postgresConfig(url: string) {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname),
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)) || "postgres",
  };
}

/**
 * The schema engine reads PostgreSQL's catalogue, whose `name` and `"char"` columns the adapter
 * cannot type (prisma/orm#27403); they hold plain text, so the pool reports them as text.
 */
const CATALOGUE_TEXT_TYPES = new Map([
  [18, 25], // "char" → text
  [19, 25], // name → text
  [1002, 1009], // "char"[] → text[]
  [1003, 1009], // name[] → text[]
]);

function cataloguePool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  return Object.assign(pool, {
    query(...args: unknown[]) {
      const pending = query(...args);
      if (!(pending instanceof Promise)) return pending;
      return pending.then((result: pg.QueryResult) => {
        for (const field of result.fields ?? [])
          field.dataTypeID = CATALOGUE_TEXT_TYPES.get(field.dataTypeID) ?? field.dataTypeID;
        return result;
      });
    },
  });
}

/**
 * The adapter runs a migration script by splitting it at every `;`, even one inside a comment or a
 * string; PostgreSQL runs a parameterless script of many statements itself, in one transaction.
 */
function wholeScripts(adapter: PostgresAdapter): PostgresAdapter {
  return new Proxy(adapter, {
    get(target, property) {
      if (property === "executeScript") {
        return async (script: string) => {
          await target.underlyingDriver().query(script);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

async function connectForMigrations(
  config: ReturnType<typeof postgresConfig>,
): Promise<PostgresAdapter> {
  const adapter = new PrismaPg(cataloguePool(config), { disposeExternalPool: true });
  return wholeScripts(await adapter.connect());
}

/**
 * A shadow database for PostgreSQL. The adapter's own drops the database while its pool still holds
 * a connection, which PostgreSQL refuses; this one closes the pool first.
 */
async function postgresShadow(config: ReturnType<typeof postgresConfig>): Promise<PostgresAdapter> {
  const main = await connectForMigrations(config);
  const database = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
  await main.executeScript(`CREATE DATABASE "${database}"`);
  const shadow = await connectForMigrations({ ...config, database });
  return new Proxy(shadow, {
    get(target, property) {
      if (property === "dispose") {
        return async () => {
          await target.dispose();
          await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
          await main.dispose();
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const databaseUrl = process.env.DATABASE_URL ?? "file:./data/concierge.sqlite";
const postgres = /^postgres(ql)?:\/\//.test(databaseUrl);

// Migrations run through the driver adapter so no native schema engine is downloaded
// (see docs/decisions/0001-prisma-offline.md). PostgreSQL uses the copy of the schema that
// scripts/prisma.mjs writes with only the provider changed, and its own migrations.
export default defineConfig({
  schema: postgres
    ? path.join("node_modules", ".cache", "concierge-prisma", "postgresql-schema")
    : path.join("prisma", "schema"),
  migrations: { path: path.join("prisma", postgres ? "migrations-postgresql" : "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    if (postgres) {
      const config = postgresConfig(databaseUrl);
      const factory = new PrismaPg(config);
      return {
        provider: factory.provider,
        adapterName: factory.adapterName,
        connect: () => connectForMigrations(config),
        connectToShadowDb: () => postgresShadow(config),
      };
    }
    const factory = new PrismaBetterSQLite3({ url: databaseUrl });
    return {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: () => factory.connect(),
      connectToShadowDb: async () => replayingScripts(await factory.connectToShadowDb()),
    };
  },
});
