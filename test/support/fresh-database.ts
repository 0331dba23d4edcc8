import { afterAll, afterEach, beforeEach } from "vitest";
import type { DatabaseProvider } from "../../app/platform/database";
import { createTestDatabase, stopTestPostgres, type ProviderTestDatabase } from "./database";

/**
 * A fresh database on `provider` for each test of the enclosing describe, closed after it, and the
 * throwaway PostgreSQL server stopped after the file. `db.prisma` is always the current test's.
 */
export function freshDatabaseForEachTest(provider: DatabaseProvider): ProviderTestDatabase {
  let current: ProviderTestDatabase | null = null;
  beforeEach(async () => {
    current = await createTestDatabase({ provider });
  });
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  afterAll(stopTestPostgres);
  const open = () => {
    if (!current) throw new Error("The test database exists only while a test runs");
    return current;
  };
  return {
    provider,
    get prisma() {
      return open().prisma;
    },
    get url() {
      return open().url;
    },
    close: () => open().close(),
  };
}
