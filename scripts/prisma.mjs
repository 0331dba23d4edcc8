#!/usr/bin/env node
/**
 * Runs the Prisma CLI without engine downloads. The client uses the driver adapter and the
 * TypeScript query compiler, and migrations use the bundled WebAssembly schema engine, yet the
 * CLI still looks for native engine files before it starts. Empty placeholders satisfy that check
 * (docs/decisions/0001-prisma-offline.md).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const folder = path.resolve("node_modules", ".cache", "concierge-prisma");
const queryEngine = path.join(folder, "libquery_engine.so.node");
const schemaEngine = path.join(folder, "schema-engine");

mkdirSync(folder, { recursive: true });
for (const file of [queryEngine, schemaEngine]) {
  if (!existsSync(file)) writeFileSync(file, "");
}
chmodSync(schemaEngine, 0o755);

const cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? queryEngine,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? schemaEngine,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
