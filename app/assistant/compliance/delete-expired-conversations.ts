import type { PrismaClient } from "@prisma/client";
import { readShopSettings } from "../settings";
import { eraseConversations } from "./erase-conversations";
import { scrubDeletedRows } from "./scrub-deleted-rows";

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;

/**
 * Each shop's retention setting (`privacy.retentionDays`): conversations whose last message is
 * older than that are erased with everything kept about them. Returns how many went, by shop.
 */
export async function deleteExpiredConversations(options: {
  prisma: PrismaClient;
  now: Date;
}): Promise<Record<string, number>> {
  const { prisma, now } = options;
  const shops = await prisma.conversation.findMany({ distinct: ["shop"], select: { shop: true } });
  const erased: Record<string, number> = {};
  await scrubDeletedRows(prisma, async () => {
    for (const { shop } of shops) {
      const settings = await readShopSettings({ prisma, shop });
      const before = new Date(now.getTime() - settings.privacy.retentionDays * DAY_MS);
      for (;;) {
        const expired = await prisma.conversation.findMany({
          where: { shop, lastMessageAt: { lt: before } },
          select: { id: true },
          take: BATCH,
        });
        if (expired.length === 0) break;
        const { conversations } = await eraseConversations({
          prisma,
          shop,
          conversationIds: expired.map(({ id }) => id),
        });
        erased[shop] = (erased[shop] ?? 0) + conversations;
      }
    }
  });
  return erased;
}

export interface RetentionSchedule {
  stop(): void;
}

/**
 * Runs deleteExpiredConversations soon after boot and then every `intervalMs` (6 hours by default).
 * The timers do not keep the process alive; a run never overlaps the previous one.
 */
export function startRetentionSchedule(options: {
  prisma: PrismaClient;
  intervalMs?: number;
  firstRunAfterMs?: number;
  now?: () => Date;
  onRun?: (erased: Record<string, number>) => void;
  onError?: (error: unknown) => void;
}): RetentionSchedule {
  const intervalMs = options.intervalMs ?? 6 * 60 * 60 * 1000;
  const now = options.now ?? (() => new Date());
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const run = async () => {
    try {
      options.onRun?.(await deleteExpiredConversations({ prisma: options.prisma, now: now() }));
    } catch (error) {
      options.onError?.(error);
    }
    if (!stopped) schedule(intervalMs);
  };
  const schedule = (delay: number) => {
    timer = setTimeout(() => void run(), delay);
    timer.unref();
  };
  schedule(options.firstRunAfterMs ?? 60_000);
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
