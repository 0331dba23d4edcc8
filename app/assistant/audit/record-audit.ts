import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@prisma/client";
import { z } from "zod";

export { SECRET_MARK } from "./secret-mark";

export const AUDIT_ACTIONS = [
  "settings.updated",
  "zendesk.tested",
  "transcript.viewed",
  "data.exported",
  "learning.resolved",
  "onboarding.updated",
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export interface RecordAuditOptions {
  prisma: PrismaClient | Prisma.TransactionClient;
  shop: string;
  actor: string;
  action: AuditAction;
  subject?: string | null;
  /** What changed; callers replace secrets with SECRET_MARK before passing them. */
  detail?: Record<string, unknown>;
}

let sequence = 0;

/** Sortable ids (time, then a per-process sequence) keep the log in order within one millisecond. */
function auditId(now: number): string {
  sequence = (sequence + 1) % 1_000_000;
  return `${now.toString(36).padStart(9, "0")}${sequence.toString(36).padStart(4, "0")}-${randomUUID().slice(0, 8)}`;
}

export async function recordAudit(options: RecordAuditOptions): Promise<void> {
  const now = new Date();
  await options.prisma.auditLog.create({
    data: {
      id: auditId(now.getTime()),
      shop: options.shop,
      actor: options.actor,
      action: options.action,
      subject: options.subject ?? null,
      detail: JSON.stringify(options.detail ?? {}),
      createdAt: now,
    },
  });
}
