import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test/support/database";
import {
  CipherBoxError,
  createCipherBox,
  generateEncryptionKey,
  keyIdOf,
  learningQuestionContext,
  parseEncryptionKeys,
  rotateEncryptionKey,
  type CipherBox,
} from "./index";

function aBox(
  keyIds: string[],
  activeKeyId = keyIds[0]!,
  keyTexts = new Map<string, string>(),
): CipherBox {
  const texts = keyIds.map((id) => keyTexts.get(id) ?? generateEncryptionKey(id));
  texts.forEach((text, index) => keyTexts.set(keyIds[index]!, text));
  return createCipherBox(
    parseEncryptionKeys({
      CONCIERGE_ENCRYPTION_KEYS: texts.join(","),
      CONCIERGE_ENCRYPTION_ACTIVE_KEY: activeKeyId,
    })!,
  );
}

describe("cipher box", () => {
  const context = { context: "alpha.myshopify.com:conv_1" };

  it("seals to the compact form and opens what it sealed", () => {
    const box = aBox(["k1"]);
    const sealed = box.seal("Où est ma commande? 🚚", context);
    expect(sealed).toMatch(/^v1\.k1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain("commande");
    expect(box.open(sealed, context)).toBe("Où est ma commande? 🚚");
    expect(box.seal("same", context)).not.toBe(box.seal("same", context));
    expect(box.open(box.seal("", context), context)).toBe("");
  });

  it("never seals two values with the same IV, across many refills of its random pool", () => {
    const box = aBox(["k1"]);
    const ivs = new Set<string>();
    for (let index = 0; index < 2000; index += 1) {
      const sealed = box.seal(`message ${index}`, context);
      ivs.add(sealed.split(".")[2]!);
      if (index % 500 === 0) expect(box.open(sealed, context)).toBe(`message ${index}`);
    }
    expect(ivs.size).toBe(2000);
  });

  it("refuses a value opened in another context, tampered with, or sealed with an unknown key", () => {
    const box = aBox(["k1"]);
    const sealed = box.seal("jane@example.org", context);
    expect(() => box.open(sealed, { context: "beta.myshopify.com:conv_1" })).toThrow(
      CipherBoxError,
    );
    const flipped = sealed.slice(0, -2) + (sealed.endsWith("A") ? "B" : "A") + sealed.at(-1);
    expect(() => box.open(flipped, context)).toThrow(CipherBoxError);
    expect(() => box.open(sealed.replace("v1.k1.", "v1.k2."), context)).toThrow(CipherBoxError);
    expect(() => aBox(["k1"]).open(sealed, context)).toThrow(CipherBoxError);
    expect(() => box.open("plain text", context)).toThrow(CipherBoxError);
  });

  it("opens values of an older key after a new key became active", () => {
    const keyTexts = new Map<string, string>();
    const old = aBox(["old"], "old", keyTexts);
    const sealed = old.seal("order #1001", context);
    const rotated = aBox(["old", "new"], "new", keyTexts);
    expect(rotated.open(sealed, context)).toBe("order #1001");
    expect(keyIdOf(rotated.seal("x", context))).toBe("new");
  });

  it("reads keys from the environment and names what is wrong without echoing key material", () => {
    expect(parseEncryptionKeys({})).toBeNull();
    const two = `${generateEncryptionKey("a")},${generateEncryptionKey("b")}`;
    expect(parseEncryptionKeys({ CONCIERGE_ENCRYPTION_KEYS: two })?.activeKeyId).toBe("a");
    expect(
      parseEncryptionKeys({ CONCIERGE_ENCRYPTION_KEYS: two, CONCIERGE_ENCRYPTION_ACTIVE_KEY: "b" })
        ?.activeKeyId,
    ).toBe("b");
    expect(() =>
      parseEncryptionKeys({ CONCIERGE_ENCRYPTION_KEYS: two, CONCIERGE_ENCRYPTION_ACTIVE_KEY: "c" }),
    ).toThrow(/CONCIERGE_ENCRYPTION_ACTIVE_KEY names key c/);
    expect(() => parseEncryptionKeys({ CONCIERGE_ENCRYPTION_KEYS: "k1:c2VjcmV0LXNob3J0" })).toThrow(
      /32 bytes/,
    );
    expect(() =>
      parseEncryptionKeys({ CONCIERGE_ENCRYPTION_KEYS: "k1:c2VjcmV0LXNob3J0" }),
    ).not.toThrow(/c2VjcmV0/);
    const a = generateEncryptionKey("a");
    expect(() => parseEncryptionKeys({ CONCIERGE_ENCRYPTION_KEYS: `${a},${a}` })).toThrow(/unique/);
  });
});

describe("keyed digests", () => {
  it("match for the same value and context, and reveal nothing without the key", () => {
    const box = createCipherBox(
      parseEncryptionKeys({ CONCIERGE_ENCRYPTION_KEYS: generateEncryptionKey("a") })!,
    );
    const other = createCipherBox(
      parseEncryptionKeys({ CONCIERGE_ENCRYPTION_KEYS: generateEncryptionKey("a") })!,
    );
    const context = { context: "alpha.myshopify.com:learning" };
    const digest = box.digest("do you ship to mars", context);
    expect(box.digest("do you ship to mars", context)).toBe(digest);
    expect(digest).not.toContain("mars");
    expect(box.digest("do you ship to venus", context)).not.toBe(digest);
    expect(box.digest("do you ship to mars", { context: "beta.myshopify.com:learning" })).not.toBe(
      digest,
    );
    expect(other.digest("do you ship to mars", context)).not.toBe(digest);
  });
});

describe("key rotation", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.close();
  });

  async function seedConversation(box: CipherBox | null, shop: string, index: number) {
    const id = `conv_${String(index).padStart(32, "0")}`;
    const context = { context: `${shop}:${id}` };
    const seal = (text: string) => (box ? box.seal(text, context) : text);
    await db.prisma.conversation.create({
      data: {
        id,
        shop,
        visitorId: "visitor-aaaaaaaaaaaaaaaa",
        dialogueState: seal(`{"guestEmail":"guest${index}@example.org"}`),
      },
    });
    await db.prisma.message.create({
      data: {
        id: `msg_${index}`,
        shop,
        conversationId: id,
        role: "shopper",
        body: seal(`question ${index}`),
      },
    });
  }

  it("seals plain rows and rows of the old key with the active key, in resumable batches", async () => {
    const keyTexts = new Map<string, string>();
    const old = aBox(["old"], "old", keyTexts);
    for (let index = 0; index < 7; index += 1)
      await seedConversation(old, "alpha.myshopify.com", index);
    for (let index = 7; index < 10; index += 1)
      await seedConversation(null, "beta.myshopify.com", index);
    await db.prisma.complianceRequest.create({
      data: {
        id: "cr_1",
        shop: "alpha.myshopify.com",
        topic: "customers/data_request",
        export: old.seal("{}", { context: "alpha.myshopify.com:compliance:cr_1" }),
      },
    });
    await db.prisma.learningQuestion.createMany({
      data: [
        {
          id: "lq_1",
          shop: "alpha.myshopify.com",
          text: old.seal("do you ship to mars", {
            context: "alpha.myshopify.com:learning:lq_1",
          }),
          reason: "unanswered",
          askedAt: new Date(),
        },
        // Carried over from before the queue was sealed: still plain.
        {
          id: "lq_2",
          shop: "beta.myshopify.com",
          text: "gift cards?",
          reason: "unanswered",
          askedAt: new Date(),
        },
      ],
    });

    const rotated = aBox(["old", "new"], "new", keyTexts);
    let batches = 0;
    await expect(
      rotateEncryptionKey({
        prisma: db.prisma,
        box: rotated,
        batchSize: 3,
        onBatch: () => {
          batches += 1;
          if (batches === 2) throw new Error("interrupted");
        },
      }),
    ).rejects.toThrow("interrupted");
    const halfway = await db.prisma.message.count({ where: { body: { startsWith: "v1.new." } } });
    expect(halfway).toBe(6);

    const rest = await rotateEncryptionKey({ prisma: db.prisma, box: rotated, batchSize: 3 });
    expect(rest).toEqual({
      resealed: {
        messages: 4,
        conversations: 10,
        complianceRequests: 1,
        learningQuestions: 2,
        escalations: 0,
        outboxJobs: 0,
      },
      unreadable: 0,
    });
    expect(
      await db.prisma.message.count({ where: { NOT: { body: { startsWith: "v1.new." } } } }),
    ).toBe(0);
    expect(
      await db.prisma.conversation.count({
        where: { NOT: { dialogueState: { startsWith: "v1.new." } } },
      }),
    ).toBe(0);

    const onlyNew = aBox(["new"], "new", keyTexts);
    const message = await db.prisma.message.findUniqueOrThrow({ where: { id: "msg_8" } });
    expect(
      onlyNew.open(message.body, { context: `beta.myshopify.com:${message.conversationId}` }),
    ).toBe("question 8");
    const conversation = await db.prisma.conversation.findFirstOrThrow({
      where: { shop: "alpha.myshopify.com" },
    });
    expect(
      onlyNew.open(conversation.dialogueState!, {
        context: `alpha.myshopify.com:${conversation.id}`,
      }),
    ).toContain("guest0@example.org");

    const carried = await db.prisma.learningQuestion.findUniqueOrThrow({ where: { id: "lq_2" } });
    expect(
      onlyNew.open(carried.text, {
        context: learningQuestionContext({ shop: carried.shop, questionId: "lq_2" }),
      }),
    ).toBe("gift cards?");

    expect(await rotateEncryptionKey({ prisma: db.prisma, box: onlyNew })).toEqual({
      resealed: {
        messages: 0,
        conversations: 0,
        complianceRequests: 0,
        learningQuestions: 0,
        escalations: 0,
        outboxJobs: 0,
      },
      unreadable: 0,
    });
  });

  it("leaves rows it cannot open untouched and counts them", async () => {
    const lost = aBox(["lost"]);
    await seedConversation(lost, "alpha.myshopify.com", 1);
    const before = await db.prisma.message.findUniqueOrThrow({ where: { id: "msg_1" } });
    const progress = await rotateEncryptionKey({ prisma: db.prisma, box: aBox(["new"]) });
    expect(progress.unreadable).toBe(2);
    expect((await db.prisma.message.findUniqueOrThrow({ where: { id: "msg_1" } })).body).toBe(
      before.body,
    );
  });
});
