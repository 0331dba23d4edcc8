import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/support/database";
import { readSqliteDataVersion } from "./database";

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("SQLite's data_version, read once per turn of the event loop", () => {
  it("GIVEN another connection commits between two reads in one turn THEN both reads agree, and the next turn sees the commit", async () => {
    database = await createTestDatabase();
    const { prisma, file } = database;
    await prisma.shop.count();
    const other = new Database(file);
    try {
      const first = readSqliteDataVersion(prisma);
      other.exec(
        `INSERT INTO Shop (domain, settings, updatedAt) VALUES ('other.myshopify.com', '{}', 0)`,
      );
      // Every shop cache asks on every read: the same answer for the rest of this turn.
      expect(readSqliteDataVersion(prisma)).toBe(first);
      await nextTurn();
      expect(readSqliteDataVersion(prisma)).not.toBe(first);
    } finally {
      other.close();
    }
  });
});
