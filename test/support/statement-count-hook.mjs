// Loaded with NODE_OPTIONS=--import by tests that count the SQL an app process runs on SQLite.
// Prisma's SQLite adapter prepares every statement it runs anew, so statements prepared after
// warm-up are Prisma's queries. On SIGUSR2 the process prints them (SQL → count) and starts over.
import { createRequire } from "node:module";
import path from "node:path";

const Database = createRequire(path.join(process.cwd(), "package.json"))("better-sqlite3");
const prepare = Database.prototype.prepare;
let prepared = new Map();

Database.prototype.prepare = function countedPrepare(sql, ...rest) {
  prepared.set(sql, (prepared.get(sql) ?? 0) + 1);
  return prepare.call(this, sql, ...rest);
};

process.on("SIGUSR2", () => {
  console.log(`statements-prepared ${JSON.stringify(Object.fromEntries(prepared))}`);
  prepared = new Map();
});
