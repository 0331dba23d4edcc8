import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createCipherBox,
  generateEncryptionKey,
  parseEncryptionKeys,
} from "../app/assistant/encryption";
import { createTestDatabase, type TestDatabase } from "../test/support/database";

const root = path.resolve(import.meta.dirname, "..");

function runRotation(environment: Record<string, string>) {
  return spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(root, "scripts", "rotate-encryption-key.ts")],
    {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", ...environment },
      encoding: "utf8",
      timeout: 60_000,
    },
  );
}

describe("npm run encryption:rotate", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.close();
  });

  it("re-seals the database's rows with the active key and reports what it did", async () => {
    const oldKey = generateEncryptionKey("old");
    const newKey = generateEncryptionKey("new");
    const old = createCipherBox(parseEncryptionKeys({ CONCIERGE_ENCRYPTION_KEYS: oldKey })!);
    const shop = "alpha.myshopify.com";
    const conversationId = `conv_${"a".repeat(32)}`;
    const context = { context: `${shop}:${conversationId}` };
    await db.prisma.conversation.create({
      data: { id: conversationId, shop, visitorId: "visitor-aaaaaaaaaaaaaaaa" },
    });
    for (const [index, text] of ["where is my order", "it is on its way"].entries()) {
      await db.prisma.message.create({
        data: {
          id: `msg_${index}`,
          shop,
          conversationId,
          role: "shopper",
          body: old.seal(text, context),
        },
      });
    }

    const result = runRotation({
      DATABASE_URL: db.url,
      CONCIERGE_ENCRYPTION_KEYS: `${oldKey},${newKey}`,
      CONCIERGE_ENCRYPTION_ACTIVE_KEY: "new",
      CONCIERGE_ROTATION_BATCH_SIZE: "1",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout.trim().split("\n").at(-1)!)).toMatchObject({
      activeKeyId: "new",
      resealed: { messages: 2 },
    });

    const onlyNew = createCipherBox(parseEncryptionKeys({ CONCIERGE_ENCRYPTION_KEYS: newKey })!);
    const bodies = await db.prisma.message.findMany({ orderBy: { seq: "asc" } });
    expect(bodies.map((message) => onlyNew.open(message.body, context))).toEqual([
      "where is my order",
      "it is on its way",
    ]);
  }, 60_000);

  it("refuses to run without keys", () => {
    const result = runRotation({ DATABASE_URL: db.url });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("CONCIERGE_ENCRYPTION_KEYS");
  });
});
