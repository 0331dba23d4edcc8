import type { PrismaClient } from "@prisma/client";
import { isSqliteDatabase } from "../../platform/database";

/**
 * SQLite leaves deleted rows' bytes in free pages and in the write-ahead log. Erasure that must
 * leave nothing readable runs with `secure_delete` (freed content is overwritten with zeros) and
 * ends with a checkpoint that folds and truncates the log. PostgreSQL reclaims dead rows itself
 * (VACUUM) and has no such settings.
 */
export async function scrubDeletedRows<T>(
  prisma: PrismaClient,
  erase: () => Promise<T>,
): Promise<T> {
  if (!isSqliteDatabase(prisma)) return erase();
  await prisma.$queryRawUnsafe("PRAGMA secure_delete = ON");
  const result = await erase();
  await prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  return result;
}
