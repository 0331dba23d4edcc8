import type { PrismaClient } from "@prisma/client";
import { z } from "zod";

export interface AuditEntry {
  id: string;
  actor: string;
  action: string;
  subject: string | null;
  detail: Record<string, unknown>;
  createdAt: string;
}

const DetailSchema = z.record(z.unknown()).catch({});

function parseDetail(text: string): Record<string, unknown> {
  try {
    return DetailSchema.parse(JSON.parse(text));
  } catch {
    return {};
  }
}

export interface ListAuditLogOptions {
  prisma: PrismaClient;
  shop: string;
  /** The `createdAt` of the last entry already shown: the next page starts before it. */
  before?: Date;
  action?: string;
  limit?: number;
}

/** The shop's audit log, newest first. */
export async function listAuditLog(
  options: ListAuditLogOptions,
): Promise<{ entries: AuditEntry[]; hasMore: boolean }> {
  const limit = Math.min(options.limit ?? 50, 200);
  const rows = await options.prisma.auditLog.findMany({
    where: {
      shop: options.shop,
      ...(options.before ? { createdAt: { lt: options.before } } : {}),
      ...(options.action ? { action: options.action } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  return {
    entries: rows.slice(0, limit).map((row) => ({
      id: row.id,
      actor: row.actor,
      action: row.action,
      subject: row.subject,
      detail: parseDetail(row.detail),
      createdAt: row.createdAt.toISOString(),
    })),
    hasMore: rows.length > limit,
  };
}
