/**
 * Writes a new migration from the difference between the migrations and prisma/schema, for SQLite
 * (prisma/migrations) and PostgreSQL (prisma/migrations-postgresql) under the same name, so the two
 * sets stay in step (test/scale/migrations-in-step.test.ts checks they build the same tables).
 * `prisma migrate dev` needs the native schema engine, which cannot be downloaded here; `migrate diff`
 * runs on the bundled WebAssembly engine (docs/decisions/0001-prisma-offline.md). PostgreSQL replays
 * its migrations on a shadow database: a throwaway local server unless POSTGRES_SHADOW_URL names one.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startThrowawayPostgres } from "../test/support/throwaway-servers";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(2);
}

const POSTGRES_SCHEMA = path.join(
  "node_modules",
  ".cache",
  "concierge-prisma",
  "postgresql-schema",
);

function diff(options: { migrations: string; schema: string; databaseUrl: string }): string {
  return execFileSync(
    process.execPath,
    [
      "scripts/prisma.mjs",
      "migrate",
      "diff",
      "--from-migrations",
      options.migrations,
      "--to-schema-datamodel",
      options.schema,
      "--script",
    ],
    {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: options.databaseUrl },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
}

const changes = (sql: string) =>
  sql.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("--")).length;

const sqlite = diff({
  migrations: path.join("prisma", "migrations"),
  schema: path.join("prisma", "schema"),
  databaseUrl: `file:${path.join(tmpdir(), `concierge-migration-diff-${process.pid}.sqlite`)}`,
});
const shadowServer = process.env.POSTGRES_SHADOW_URL ? null : await startThrowawayPostgres();
let postgresql: string;
try {
  postgresql = diff({
    migrations: path.join("prisma", "migrations-postgresql"),
    // scripts/prisma.mjs rewrote this copy of prisma/schema while running the SQLite diff.
    schema: POSTGRES_SCHEMA,
    databaseUrl: process.env.POSTGRES_SHADOW_URL ?? shadowServer!.url,
  });
} finally {
  await shadowServer?.stop();
}

if (changes(sqlite) === 0 && changes(postgresql) === 0) {
  console.log("The schema matches the migrations: nothing to write.");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const [folder, sql] of [
  ["migrations", sqlite],
  ["migrations-postgresql", postgresql],
] as const) {
  const target = path.join("prisma", folder, `${stamp}_${name}`);
  mkdirSync(target, { recursive: true });
  // A change one provider needs and the other does not still gets its (empty) step, so both
  // sets keep the same names in the same order.
  writeFileSync(
    path.join(target, "migration.sql"),
    changes(sql) > 0 ? sql : "-- No change on this provider.\n",
  );
  console.log(`Wrote ${target}/migration.sql`);
}
