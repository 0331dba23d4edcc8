#!/usr/bin/env node
/**
 * Runs the Prisma CLI without engine downloads. The client uses the driver adapter and the
 * TypeScript query compiler, and migrations use the bundled WebAssembly schema engine, yet the
 * CLI still looks for native engine files before it starts. Empty placeholders satisfy that check
 * (docs/decisions/0001-prisma-offline.md).
 *
 * One schema serves SQLite and PostgreSQL, but Prisma takes one provider per schema: before each
 * call this writes a copy of prisma/schema with only the provider changed (and the client's output
 * moved), which prisma.config.ts uses when DATABASE_URL is a postgres:// URL. `generate` makes both
 * clients: @prisma/client for SQLite, .prisma/client-postgresql for PostgreSQL (app/platform/database.ts).
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const folder = path.resolve("node_modules", ".cache", "concierge-prisma");
const queryEngine = path.join(folder, "libquery_engine.so.node");
const schemaEngine = path.join(folder, "schema-engine");
const postgresSchema = path.join(folder, "postgresql-schema");
const postgresClient = path.resolve("node_modules", ".prisma", "client-postgresql");

mkdirSync(folder, { recursive: true });
for (const file of [queryEngine, schemaEngine]) {
  if (!existsSync(file)) writeFileSync(file, "");
}
chmodSync(schemaEngine, 0o755);

function writePostgresSchema() {
  rmSync(postgresSchema, { recursive: true, force: true });
  mkdirSync(postgresSchema, { recursive: true });
  const source = path.resolve("prisma", "schema");
  for (const name of readdirSync(source).filter((file) => file.endsWith(".prisma"))) {
    const text = readFileSync(path.join(source, name), "utf8")
      .replace(/(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
      .replace(
        /(generator\s+client\s*\{)/,
        `$1\n  output = ${JSON.stringify(path.relative(postgresSchema, postgresClient))}`,
      );
    writeFileSync(path.join(postgresSchema, name), text);
  }
}
writePostgresSchema();

const cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
function prisma(args, databaseUrl) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    stdio: "inherit",
    env: {
      ...process.env,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? queryEngine,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? schemaEngine,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
  return result.status ?? 1;
}

const args = process.argv.slice(2);
if (args[0] === "generate") {
  // Generating reads no database: the URLs only choose the provider's schema.
  const status = prisma(args, "file:./data/concierge.sqlite");
  process.exit(status === 0 ? prisma(args, "postgresql://127.0.0.1/concierge") : status);
}
process.exit(prisma(args));
