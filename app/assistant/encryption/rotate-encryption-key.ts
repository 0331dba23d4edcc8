import type { Prisma, PrismaClient } from "@prisma/client";
import { keyIdOf, type CipherBox } from "./cipher-box";
import {
  complianceRequestContext,
  conversationContext,
  escalationContext,
  learningQuestionContext,
  outboxJobContext,
  requesterEmailDigest,
} from "./contexts";
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
  resealed: {
    messages: number;
    conversations: number;
    complianceRequests: number;
    learningQuestions: number;
    escalations: number;
    outboxJobs: number;
  };
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
  write(row: Row, resealed: string, plaintext: string): Prisma.PrismaPromise<Prisma.BatchPayload>;
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
    resealed: {
      messages: 0,
      conversations: 0,
      complianceRequests: 0,
      learningQuestions: 0,
      escalations: 0,
      outboxJobs: 0,
    },
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

  const learningQuestions: SealedColumn<{ id: string; shop: string; text: string }> = {
    table: "learningQuestions",
    read: (after, take) =>
      prisma.learningQuestion.findMany({
        where: { id: { gt: after?.id ?? "" }, NOT: { text: { startsWith: activePrefix } } },
        select: { id: true, shop: true, text: true },
        orderBy: { id: "asc" },
        take,
      }),
    valueOf: (row) => row.text,
    contextOf: (row) => learningQuestionContext({ shop: row.shop, questionId: row.id }),
    write: (row, text) =>
      prisma.learningQuestion.updateMany({ where: { id: row.id, text: row.text }, data: { text } }),
  };

  // The requester email's lookup digest is keyed too: it is computed again with the new key.
  const escalations: SealedColumn<{ id: string; shop: string; requesterEmail: string | null }> = {
    table: "escalations",
    read: (after, take) =>
      prisma.escalation.findMany({
        where: {
          id: { gt: after?.id ?? "" },
          requesterEmail: { not: null },
          NOT: { requesterEmail: { startsWith: activePrefix } },
        },
        select: { id: true, shop: true, requesterEmail: true },
        orderBy: { id: "asc" },
        take,
      }),
    valueOf: (row) => row.requesterEmail ?? "",
    contextOf: (row) => escalationContext({ shop: row.shop, escalationId: row.id }),
    write: (row, sealed, email) =>
      prisma.escalation.updateMany({
        where: { id: row.id, requesterEmail: row.requesterEmail },
        data: {
          requesterEmail: sealed,
          requesterEmailDigest: requesterEmailDigest(box, { shop: row.shop, email }),
        },
      }),
  };

  const outboxJobs: SealedColumn<{ id: string; shop: string; payload: string }> = {
    table: "outboxJobs",
    read: (after, take) =>
      prisma.outboxJob.findMany({
        where: { id: { gt: after?.id ?? "" }, NOT: { payload: { startsWith: activePrefix } } },
        select: { id: true, shop: true, payload: true },
        orderBy: { id: "asc" },
        take,
      }),
    valueOf: (row) => row.payload,
    contextOf: (row) => outboxJobContext({ shop: row.shop, jobId: row.id }),
    write: (row, payload) =>
      prisma.outboxJob.updateMany({
        where: { id: row.id, payload: row.payload },
        data: { payload },
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
        rewrites.push(column.write(row, box.seal(plaintext, context), plaintext));
      }
      const written = await prisma.$transaction(rewrites);
      progress.resealed[column.table] += written.reduce((sum, { count }) => sum + count, 0);
      options.onBatch?.(progress);
    }
  }

  await rotate(messages);
  await rotate(conversations);
  await rotate(complianceRequests);
  await rotate(learningQuestions);
  await rotate(escalations);
  await rotate(outboxJobs);
  return progress;
}
