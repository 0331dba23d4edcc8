import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/support/database";

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

const shopNamed = (domain: string) => ({ data: { domain, settings: "{}" } });

/** Runs `during` while an interactive transaction that has written a row is open, then rolls it back. */
async function duringRolledBackTransaction(
  prisma: TestDatabase["prisma"],
  during: () => Promise<unknown>[],
): Promise<unknown[]> {
  let started: Promise<unknown>[] = [];
  const failing = prisma.$transaction(async (tx) => {
    await tx.shop.create(shopNamed("rolled-back.myshopify.com"));
    // Other requests (a webhook, an admin page) reach the database while this one awaits.
    started = during();
    await new Promise((resolve) => setTimeout(resolve, 30));
    throw new Error("validation failed after the first write");
  });
  await expect(failing).rejects.toThrow("validation failed");
  return Promise.all(started);
}

describe("Prisma on SQLite: other requests beside an interactive transaction on the one connection", () => {
  it("keeps writes that were acknowledged while the transaction was open, when it rolls back", async () => {
    database = await createTestDatabase();
    const { prisma } = database;
    // then() sends a query now: Prisma's queries are lazy until awaited.
    await duringRolledBackTransaction(prisma, () => [
      prisma.shop.create(shopNamed("created-meanwhile.myshopify.com")).then(() => "created"),
      prisma.$executeRaw`INSERT INTO Shop (domain, settings, updatedAt) VALUES ('raw-meanwhile.myshopify.com', '{}', 0)`.then(
        () => "inserted",
      ),
    ]);
    const domains = (await prisma.shop.findMany({ orderBy: { domain: "asc" } })).map(
      (shop) => shop.domain,
    );
    expect(domains).toEqual(["created-meanwhile.myshopify.com", "raw-meanwhile.myshopify.com"]);
  });

  it("never lets a read see rows the transaction has not committed", async () => {
    database = await createTestDatabase();
    const { prisma } = database;
    const [count, shop] = await duringRolledBackTransaction(prisma, () => [
      prisma.shop.count().then((found) => found),
      prisma.shop
        .findUnique({ where: { domain: "rolled-back.myshopify.com" } })
        .then((found) => found),
    ]);
    expect(count).toBe(0);
    expect(shop).toBeNull();
  });
});
