import type { PrismaClient } from "@prisma/client";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { isSqliteDatabase } from "../../platform/database";
import { EMPTY_OUTCOME } from "./classify-conversation";
import type { LocalDate, LocalDay } from "./local-days";
import { addDays, localDateOf, localDays } from "./local-days";

/**
 * The dashboard's rollup (ConversationDay): settled conversations counted per shop, local day,
 * outcome, intent and language. Dated in one time zone, recorded on the shop's AnalyticsCursor.
 *
 * Why whole local days and not UTC-hour buckets: zones such as Asia/Kolkata (+05:30) and
 * Asia/Kathmandu (+05:45) put local midnight inside a UTC hour, so hour buckets could not give
 * their days exactly. Instead every write recomputes the days it touches from ConversationSummary
 * (a day is a few thousand rows at most), and a change of the shop's zone rebuilds the shop's
 * rollup once, on the next read. Either way the rollup is what the direct computation gives.
 */

type Database = Pick<PrismaClient, "$executeRaw">;

/*
 * Statements with fragments (Prisma.join, Prisma.sql) are built whole with Prisma.sql and passed
 * as one argument: the PostgreSQL client is generated with its own runtime, whose tagged template
 * would take this runtime's fragments for parameters.
 */

/** Days per statement: three parameters each, well inside SQLite's limit. */
const DAYS_PER_STATEMENT = 400;

/**
 * An instant as a parameter that compares with stored DateTime columns. SQLite stores them as ISO
 * text and compares parameters as given; PostgreSQL cannot type a parameter inside VALUES from its
 * use, and TIMESTAMP would mean NUMERIC (the year alone) to SQLite, so only PostgreSQL casts.
 */
function instantParameter(instant: Date, sqlite: boolean): Prisma.Sql {
  return sqlite ? Prisma.sql`${instant}` : Prisma.sql`CAST(${instant} AS TIMESTAMP(3))`;
}

/** The rows of `WITH days(day, dayStart, dayEnd) AS (VALUES …)`: each local day and its bounds. */
function dayValues(days: LocalDay[], options: { sqlite: boolean }): Prisma.Sql {
  return Prisma.join(
    days.map(
      (day) =>
        Prisma.sql`(CAST(${day.date} AS TEXT), ${instantParameter(day.start, options.sqlite)}, ${instantParameter(day.end, options.sqlite)})`,
    ),
  );
}

/**
 * The cube's cells (local day × outcome × intent × language) counted from the summaries, for the
 * rollup's INSERT and for the direct computation alike. Quoted names and integer casts give the
 * same columns and number types on SQLite and PostgreSQL (whose COUNT and SUM are bigint).
 */
export function summaryCells(options: {
  shop: string;
  days: LocalDay[];
  sqlite: boolean;
}): Prisma.Sql {
  const { shop } = options;
  return Prisma.sql`
    WITH "days"("day", "dayStart", "dayEnd") AS (VALUES ${dayValues(options.days, options)})
    SELECT d."day" AS "day", s."outcome" AS "outcome", COALESCE(s."intent", 'other') AS "intent",
           COALESCE(s."language", 'unknown') AS "language",
           CAST(COUNT(*) AS INTEGER) AS "conversations",
           CAST(COUNT(s."csat") AS INTEGER) AS "ratings",
           CAST(COALESCE(SUM(s."csat"), 0) AS INTEGER) AS "ratingTotal",
           CAST(SUM(CASE WHEN s."csat" >= 4 THEN 1 ELSE 0 END) AS INTEGER) AS "satisfied",
           CAST(COUNT(s."firstReplyMs") AS INTEGER) AS "replies",
           CAST(COALESCE(SUM(s."firstReplyMs"), 0) AS INTEGER) AS "replyTotalMs"
    FROM "days" d JOIN "ConversationSummary" s
      ON s."shop" = ${shop} AND s."startedAt" >= d."dayStart" AND s."startedAt" < d."dayEnd"
    WHERE s."outcome" <> ${EMPTY_OUTCOME}
    GROUP BY d."day", s."outcome", COALESCE(s."intent", 'other'), COALESCE(s."language", 'unknown')`;
}

/** The statements that recompute these local days of the shop (run them in one transaction). */
export function recomputeConversationDays(options: {
  database: Database;
  /** Whether the database is SQLite: a transaction's client cannot tell (isSqliteDatabase). */
  sqlite: boolean;
  shop: string;
  timeZone: string;
  dates: LocalDate[];
}): Prisma.PrismaPromise<number>[] {
  const { database, shop, timeZone, sqlite } = options;
  const dates = [...new Set(options.dates)].sort();
  const statements: Prisma.PrismaPromise<number>[] = [];
  for (let index = 0; index < dates.length; index += DAYS_PER_STATEMENT) {
    const chunk = dates.slice(index, index + DAYS_PER_STATEMENT);
    const days = chunk.flatMap((date) => localDays({ from: date, to: date, timeZone }));
    statements.push(
      database.$executeRaw(
        Prisma.sql`DELETE FROM "ConversationDay" WHERE "shop" = ${shop} AND "date" IN (${Prisma.join(chunk)})`,
      ),
      database.$executeRaw(Prisma.sql`
        INSERT INTO "ConversationDay" ("date", "outcome", "intent", "language", "conversations",
                                       "ratings", "ratingTotal", "satisfied", "replies",
                                       "replyTotalMs", "shop")
        SELECT cells.*, CAST(${shop} AS TEXT) FROM (${summaryCells({ shop, days, sqlite })}) AS cells`),
    );
  }
  return statements;
}

/** The shop's local dates these instants fall on. */
export function localDatesOf(instants: Date[], timeZone: string): LocalDate[] {
  return [...new Set(instants.map((instant) => localDateOf(instant, timeZone)))];
}

const SpanSchema = z.object({
  first: z.union([z.date(), z.string(), z.null()]),
  last: z.union([z.date(), z.string(), z.null()]),
});

/**
 * Makes the shop's rollup dated in `timeZone`: rebuilt from the summaries when it was built in
 * another zone (the merchant changed it) or never built. Cheap when it already is.
 */
export async function alignConversationDays(options: {
  prisma: PrismaClient;
  shop: string;
  timeZone: string;
}): Promise<{ rebuilt: boolean }> {
  const { prisma, shop, timeZone } = options;
  const cursor = await prisma.analyticsCursor.findUnique({
    where: { shop },
    select: { rollupTimeZone: true },
  });
  if (cursor?.rollupTimeZone === timeZone) return { rebuilt: false };
  const span = SpanSchema.parse(
    (
      await prisma.$queryRaw<unknown[]>`
        SELECT MIN("startedAt") AS "first", MAX("startedAt") AS "last" FROM "ConversationSummary"
        WHERE "shop" = ${shop}`
    )[0],
  );
  const dates: LocalDate[] = [];
  if (span.first !== null && span.last !== null) {
    const last = localDateOf(new Date(span.last), timeZone);
    for (
      let date = localDateOf(new Date(span.first), timeZone);
      date <= last;
      date = addDays(date, 1)
    )
      dates.push(date);
  }
  await prisma.$transaction([
    prisma.conversationDay.deleteMany({ where: { shop } }),
    ...recomputeConversationDays({
      database: prisma,
      sqlite: isSqliteDatabase(prisma),
      shop,
      timeZone,
      dates,
    }),
    // A shop whose conversations never settled yet: every conversation before 1970 is settled.
    prisma.analyticsCursor.upsert({
      where: { shop },
      create: { shop, unsettledFrom: new Date(0), rollupTimeZone: timeZone },
      update: { rollupTimeZone: timeZone },
    }),
  ]);
  return { rebuilt: true };
}

/**
 * Statements for a transaction that changed the summaries of these instants: the days they fall
 * on are recomputed, and should the zone have changed meanwhile, the rollup is marked for rebuild.
 */
export function refreshConversationDays(options: {
  prisma: PrismaClient;
  shop: string;
  timeZone: string;
  startedAt: Date[];
}): Prisma.PrismaPromise<unknown>[] {
  const { prisma, shop, timeZone } = options;
  if (options.startedAt.length === 0) return [];
  return [
    ...recomputeConversationDays({
      database: prisma,
      sqlite: isSqliteDatabase(prisma),
      shop,
      timeZone,
      dates: localDatesOf(options.startedAt, timeZone),
    }),
    prisma.analyticsCursor.updateMany({
      where: { shop, NOT: { rollupTimeZone: timeZone } },
      data: { rollupTimeZone: null },
    }),
  ];
}
