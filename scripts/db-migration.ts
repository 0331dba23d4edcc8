/**
 * Writes a new migration from the difference between prisma/migrations and prisma/schema.
 * `prisma migrate dev` needs the native schema engine, which cannot be downloaded here; `migrate diff`
 * runs on the bundled WebAssembly engine (docs/decisions/0001-prisma-offline.md).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(2);
}

const sql = execFileSync(
  process.execPath,
  [
    "scripts/prisma.mjs",
    "migrate",
    "diff",
    "--from-migrations",
    "prisma/migrations",
    "--to-schema-datamodel",
    "prisma/schema",
    "--script",
  ],
  {
    encoding: "utf8",
    env: {
      ...process.env,
      DATABASE_URL: `file:${path.join(tmpdir(), `concierge-migration-diff-${process.pid}.sqlite`)}`,
    },
    stdio: ["ignore", "pipe", "inherit"],
  },
);

const statements = sql.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("--"));
if (statements.length === 0) {
  console.log("The schema matches the migrations: nothing to write.");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(path.join(folder, "migration.sql"), sql);
console.log(`Wrote ${folder}/migration.sql`);
