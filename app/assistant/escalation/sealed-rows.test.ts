import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test/support/database";
import { CustomerRedactSchema, redactCustomer } from "../compliance";
import {
  createCipherBox,
  generateEncryptionKey,
  parseEncryptionKeys,
  rotateEncryptionKey,
} from "../encryption";
import { requestEscalation } from "./request-escalation";
import { openJobPayload, openRequesterEmail } from "./sealed-rows";

/** The escalation tables' personal data at rest: sealed, rotated, and still found for erasure. */

const SHOP = "acme.myshopify.com";
const oldKey = generateEncryptionKey("old");
const newKey = generateEncryptionKey("new");
const boxOf = (keys: string, active?: string) =>
  createCipherBox(
    parseEncryptionKeys({
      CONCIERGE_ENCRYPTION_KEYS: keys,
      ...(active ? { CONCIERGE_ENCRYPTION_ACTIVE_KEY: active } : {}),
    })!,
  );
const oldBox = boxOf(oldKey);

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.close();
});

async function handOver(conversationId: string, email: string, words: string) {
  await db.prisma.conversation.create({
    data: { id: conversationId, shop: SHOP, visitorId: "visitor-aaaaaaaaaaaaaaaaaaaa" },
  });
  await requestEscalation({
    prisma: db.prisma,
    box: oldBox,
    shop: SHOP,
    conversationId,
    reason: "asked_for_person",
    ticket: {
      subject: "Asked for a person",
      body: `Shopper: ${words}`,
      requester: { name: null, email },
      priority: "normal",
      tags: [],
      externalId: `concierge:${SHOP}:${conversationId}`,
    },
  });
}

const rawDatabase = () =>
  ["", "-wal"]
    .map((suffix) => {
      try {
        return readFileSync(`${db.file}${suffix}`).toString("latin1");
      } catch {
        return "";
      }
    })
    .join("");

function redact(email: string) {
  return redactCustomer({
    prisma: db.prisma,
    box: boxOf(`${oldKey},${newKey}`, "new"),
    shop: SHOP,
    request: CustomerRedactSchema.parse({
      shop_id: 1,
      shop_domain: SHOP,
      customer: { id: 424242, email, phone: null },
    }),
  });
}

describe("sealed escalation rows", () => {
  it("stores no requester email or transcript in plain text", async () => {
    await handOver("conv_sealed", "Gus.Guest@Example.org", "my parcel 77-ZZ-QUOKKA never came");
    const raw = rawDatabase();
    expect(raw.includes("Gus.Guest@Example.org")).toBe(false);
    expect(raw.toLowerCase().includes("gus.guest@example.org")).toBe(false);
    expect(raw.includes("77-ZZ-QUOKKA")).toBe(false);
    const escalation = await db.prisma.escalation.findFirstOrThrow();
    expect(escalation.requesterEmailDigest).toMatch(/^old\./);
    expect(openRequesterEmail(oldBox, escalation)).toBe("Gus.Guest@Example.org");
    const job = await db.prisma.outboxJob.findFirstOrThrow();
    expect(JSON.stringify(openJobPayload(oldBox, job))).toContain("77-ZZ-QUOKKA");
  });

  it("re-seals them with a new key, digest included, and customers/redact still finds them", async () => {
    await handOver("conv_rotated", "gus.guest@example.org", "where is my order");
    await handOver("conv_other", "someone.else@example.org", "hello");
    // A row from before sealing: plain email, plain payload, no digest.
    await db.prisma.conversation.create({
      data: { id: "conv_legacy", shop: SHOP, visitorId: "visitor-bbbbbbbbbbbbbbbbbbbb" },
    });
    await db.prisma.escalation.create({
      data: {
        id: "esc_legacy",
        shop: SHOP,
        conversationId: "conv_legacy",
        reason: "keyword",
        priority: "normal",
        externalId: `concierge:${SHOP}:conv_legacy`,
        requesterEmail: "gus.guest@example.org",
      },
    });
    await db.prisma.outboxJob.create({
      data: {
        id: "job_legacy",
        shop: SHOP,
        kind: "zendesk.create_ticket",
        payload: JSON.stringify({ escalationId: "esc_legacy", conversationId: "conv_legacy" }),
        idempotencyKey: "concierge-escalation-esc_legacy",
      },
    });

    const rotated = await rotateEncryptionKey({
      prisma: db.prisma,
      box: boxOf(`${oldKey},${newKey}`, "new"),
    });
    expect(rotated.resealed).toMatchObject({ escalations: 3, outboxJobs: 3 });
    const onlyNew = boxOf(newKey);
    const escalations = await db.prisma.escalation.findMany({ orderBy: { id: "asc" } });
    expect(escalations.map((row) => row.requesterEmailDigest?.split(".")[0])).toEqual([
      "new",
      "new",
      "new",
    ]);
    expect(escalations.map((row) => openRequesterEmail(onlyNew, row)).sort()).toEqual([
      "gus.guest@example.org",
      "gus.guest@example.org",
      "someone.else@example.org",
    ]);
    for (const job of await db.prisma.outboxJob.findMany())
      expect(openJobPayload(onlyNew, job)).toMatchObject({ escalationId: expect.any(String) });

    await redact("GUS.GUEST@example.org");
    expect(
      (await db.prisma.escalation.findMany({ select: { conversationId: true } })).map(
        (row) => row.conversationId,
      ),
    ).toEqual(["conv_other"]);
    expect(await db.prisma.outboxJob.count()).toBe(1);
    expect(await db.prisma.conversation.count()).toBe(1);
  });

  it("finds hand-offs sealed before a key change, before the rotation ran", async () => {
    await handOver("conv_before", "gus.guest@example.org", "where is my order");
    await redact("gus.guest@example.org");
    expect(await db.prisma.escalation.count()).toBe(0);
    expect(await db.prisma.outboxJob.count()).toBe(0);
  });
});
