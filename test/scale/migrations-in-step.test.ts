/**
 * The SQLite and PostgreSQL migration sets must build the same tables: each is applied to a fresh
 * database and the two are read back from the database's own catalogue, so a step written for one
 * provider and forgotten for the other fails here.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startThrowawayPostgres, type ThrowawayServer } from "../support/throwaway-servers";

const prismaFolder = path.resolve(import.meta.dirname, "../../prisma");

function migrationNames(folder: string): string[] {
  return readdirSync(path.join(prismaFolder, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function migrationSql(folder: string, name: string): string {
  return readFileSync(path.join(prismaFolder, folder, name, "migration.sql"), "utf8");
}

/** A table as both providers can describe it: column types in Prisma's vocabulary. */
interface TableShape {
  columns: Record<string, { type: string; required: boolean }>;
  primaryKey: string[];
  indexes: string[];
}

const SQLITE_TYPES: Record<string, string> = {
  TEXT: "String",
  INTEGER: "Int",
  BIGINT: "BigInt",
  REAL: "Float",
  BOOLEAN: "Boolean",
  DATETIME: "DateTime",
};
const POSTGRES_TYPES: Record<string, string> = {
  text: "String",
  integer: "Int",
  bigint: "BigInt",
  "double precision": "Float",
  boolean: "Boolean",
  "timestamp without time zone": "DateTime",
};

const indexKey = (columns: string[], unique: boolean) =>
  `${unique ? "unique" : "index"}(${columns.join(",")})`;

function sqliteShape(): Record<string, TableShape> {
  const database = new Database(":memory:");
  for (const name of migrationNames("migrations")) database.exec(migrationSql("migrations", name));
  const tables = database
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const shape: Record<string, TableShape> = {};
  for (const table of tables) {
    const columns = database.pragma(`table_info("${table}")`) as {
      name: string;
      type: string;
      notnull: number;
      pk: number;
    }[];
    const indexes = database.pragma(`index_list("${table}")`) as {
      name: string;
      unique: number;
      origin: string;
    }[];
    shape[table] = {
      columns: Object.fromEntries(
        columns.map((column) => [
          column.name,
          {
            type: SQLITE_TYPES[column.type] ?? column.type,
            // SQLite lets a primary key column be null unless it says NOT NULL; Prisma's keys never are.
            required: column.notnull === 1 || column.pk > 0,
          },
        ]),
      ),
      primaryKey: columns
        .filter((column) => column.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((column) => column.name),
      indexes: indexes
        .filter((index) => index.origin !== "pk")
        .map((index) =>
          indexKey(
            (database.pragma(`index_info("${index.name}")`) as { name: string }[]).map(
              (column) => column.name,
            ),
            index.unique === 1,
          ),
        )
        .sort(),
    };
  }
  database.close();
  return shape;
}

async function postgresShape(url: string): Promise<Record<string, TableShape>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const name of migrationNames("migrations-postgresql"))
      await client.query(migrationSql("migrations-postgresql", name));
    const columns = await client.query<{
      table_name: string;
      column_name: string;
      data_type: string;
      is_nullable: string;
    }>(
      `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
       WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
    );
    const indexes = await client.query<{
      table_name: string;
      columns: string[];
      is_unique: boolean;
      is_primary: boolean;
    }>(
      `SELECT t.relname AS table_name, i.indisunique AS is_unique, i.indisprimary AS is_primary,
              ARRAY(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                    ORDER BY k.position) AS columns
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public'`,
    );
    const shape: Record<string, TableShape> = {};
    for (const column of columns.rows) {
      const table = (shape[column.table_name] ??= { columns: {}, primaryKey: [], indexes: [] });
      table.columns[column.column_name] = {
        type: POSTGRES_TYPES[column.data_type] ?? column.data_type,
        required: column.is_nullable === "NO",
      };
    }
    for (const index of indexes.rows) {
      const table = shape[index.table_name]!;
      if (index.is_primary) table.primaryKey = index.columns;
      else table.indexes.push(indexKey(index.columns, index.is_unique));
    }
    for (const table of Object.values(shape)) table.indexes.sort();
    return shape;
  } finally {
    await client.end();
  }
}

describe("the SQLite and PostgreSQL migrations", () => {
  let postgres: ThrowawayServer;
  beforeAll(async () => {
    postgres = await startThrowawayPostgres();
  });
  afterAll(() => postgres?.stop());

  it("have the same steps, by name and order", () => {
    expect(migrationNames("migrations-postgresql")).toEqual(migrationNames("migrations"));
  });

  it("build the same tables, columns, keys and indexes", async () => {
    const sqlite = sqliteShape();
    const postgresql = await postgresShape(postgres.url);
    expect(Object.keys(sqlite).length).toBeGreaterThan(10);
    expect(postgresql).toEqual(sqlite);
  });
});
