import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type ShadowAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connectToShadowDb"]>>;

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

// Migrations run through the driver adapter so no native schema engine is downloaded
// (see docs/decisions/0001-prisma-offline.md).
export default defineConfig({
  schema: path.join("prisma", "schema"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const factory = new PrismaBetterSQLite3({
      url: process.env.DATABASE_URL ?? "file:./data/concierge.sqlite",
    });
    return {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: () => factory.connect(),
      connectToShadowDb: async () => replayingScripts(await factory.connectToShadowDb()),
    };
  },
});
