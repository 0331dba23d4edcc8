import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";
import { env } from "~/env.server";

/**
 * WAL lets readers go on while one writer commits, and NORMAL sync commits without an fsync each
 * (durable at checkpoints; a power cut may lose the last moments, never corrupt the file).
 * secure_delete overwrites freed pages, so erased conversations leave no copy in the file.
 */
export async function applyDatabasePragmas(prisma: PrismaClient): Promise<void> {
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await prisma.$executeRawUnsafe("PRAGMA secure_delete = ON");
  await prisma.$executeRawUnsafe("PRAGMA busy_timeout = 5000");
}

export function createDatabaseClient(databaseUrl: string): PrismaClient {
  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl }) });
  void applyDatabasePragmas(prisma);
  return prisma;
}

declare global {
  // Survives Vite's module reloads in development, so one connection serves the process.
  var conciergeDatabase: PrismaClient | undefined;
}

const prisma = (globalThis.conciergeDatabase ??= createDatabaseClient(env.DATABASE_URL));

export default prisma;
