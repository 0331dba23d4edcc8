import type { PrismaClient } from "@prisma/client";
import { openDatabase } from "../../app/platform/database";

/** A second Prisma client on the app's database (SQLite or PostgreSQL), so tests can check what the app stored. */
export function openAppDatabase(databaseUrl: string): PrismaClient {
  return openDatabase({ url: databaseUrl });
}
