import type { Prisma, PrismaClient } from "@prisma/client";
import { keyIdOf, type CipherBox } from "./cipher-box";
import { complianceRequestContext, conversationContext } from "./contexts";
import { openStored } from "./stored-values";

export interface RotateEncryptionKeyOptions {
  prisma: PrismaClient;
  /** Holds the new active key and every key that sealed rows still to be rotated. */
  box: CipherBox;
  /** Rows read and rewritten per transaction. */
  batchSize?: number;
  onBatch?: (progress: RotationProgress) => void;
}

export interface RotationProgress {
  /** Rows sealed again under the active key (plain text rows included), by table. */
  resealed: { messages: number; conversations: number; complianceRequests: number };
  /** Rows that did not open (their key is missing or the value was tampered with); left untouched. */
  unreadable: number;
}

interface SealedColumn<Row> {
  table: keyof RotationProgress["resealed"];
  /** Rows after the cursor whose value is not sealed with the active key, in cursor order. */
  read(after: Row | null, take: number): Promise<Row[]>;
  valueOf(row: Row): string;
  contextOf(row: Row): string;
  /** Writes only when the stored value is still the one read, so a concurrent write wins. */
  write(row: Row, resealed: string): Prisma.PrismaPromise<Prisma.BatchPayload>;
}

/**
 * Seals every stored value again with the active key, in batches. Safe to stop and run again:
 * rows already under the active key are not read twice, and each batch commits on its own.
 */
export async function rotateEncryptionKey(
  options: RotateEncryptionKeyOptions,
): Promise<RotationProgress> {
  const { prisma, box } = options;
  const batchSize = options.batchSize ?? 500;
  const activePrefix = `v1.${box.activeKeyId}.`;
  const progress: RotationProgress = {
    resealed: { messages: 0, conversations: 0, complianceRequests: 0 },
    unreadable: 0,
  };

  const messages: SealedColumn<{
    seq: number;
    shop: string;
    conversationId: string;
    body: string;
  }> = {
    table: "messages",
    read: (after, take) =>
      prisma.message.findMany({
        where: { seq: { gt: after?.seq ?? 0 }, NOT: { body: { startsWith: activePrefix } } },
        select: { seq: true, shop: true, conversationId: true, body: true },
        orderBy: { seq: "asc" },
        take,
      }),
    valueOf: (row) => row.body,
    contextOf: (row) => conversationContext(row),
    write: (row, body) =>
      prisma.message.updateMany({ where: { seq: row.seq, body: row.body }, data: { body } }),
  };
  const conversations: SealedColumn<{ id: string; shop: string; dialogueState: string | null }> = {
    table: "conversations",
    read: (after, take) =>
      prisma.conversation.findMany({
        where: {
          id: { gt: after?.id ?? "" },
          dialogueState: { not: null },
          NOT: { dialogueState: { startsWith: activePrefix } },
        },
        select: { id: true, shop: true, dialogueState: true },
        orderBy: { id: "asc" },
        take,
      }),
    valueOf: (row) => row.dialogueState ?? "",
    contextOf: (row) => conversationContext({ shop: row.shop, conversationId: row.id }),
    write: (row, dialogueState) =>
      prisma.conversation.updateMany({
        where: { id: row.id, dialogueState: row.dialogueState },
        data: { dialogueState },
      }),
  };
  const complianceRequests: SealedColumn<{ id: string; shop: string; export: string | null }> = {
    table: "complianceRequests",
    read: (after, take) =>
      prisma.complianceRequest.findMany({
        where: {
          id: { gt: after?.id ?? "" },
          export: { not: null },
          NOT: { export: { startsWith: activePrefix } },
        },
        select: { id: true, shop: true, export: true },
        orderBy: { id: "asc" },
        take,
      }),
    valueOf: (row) => row.export ?? "",
    contextOf: (row) => complianceRequestContext({ shop: row.shop, requestId: row.id }),
    write: (row, sealed) =>
      prisma.complianceRequest.updateMany({
        where: { id: row.id, export: row.export },
        data: { export: sealed },
      }),
  };

  async function rotate<Row>(column: SealedColumn<Row>): Promise<void> {
    let after: Row | null = null;
    for (;;) {
      const rows = await column.read(after, batchSize);
      if (rows.length === 0) return;
      after = rows.at(-1)!;
      const rewrites: Prisma.PrismaPromise<Prisma.BatchPayload>[] = [];
      for (const row of rows) {
        const value = column.valueOf(row);
        if (keyIdOf(value) === box.activeKeyId) continue;
        const context = { context: column.contextOf(row) };
        let plaintext: string;
        try {
          plaintext = openStored(box, value, context);
        } catch {
          progress.unreadable += 1;
          continue;
        }
        rewrites.push(column.write(row, box.seal(plaintext, context)));
      }
      const written = await prisma.$transaction(rewrites);
      progress.resealed[column.table] += written.reduce((sum, { count }) => sum + count, 0);
      options.onBatch?.(progress);
    }
  }

  await rotate(messages);
  await rotate(conversations);
  await rotate(complianceRequests);
  return progress;
}
