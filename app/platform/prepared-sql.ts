import type { PrismaClient } from "@prisma/client";
import type { Database as SQLiteConnection, Statement } from "better-sqlite3";
import pg from "pg";
import { databaseDriverOf, outsideForeignTransaction, type DatabaseProvider } from "./database";

/**
 * Prepared statements beside Prisma, for the paths that run on every chat message: Prisma's query
 * compiler costs about a millisecond of CPU per query, a prepared statement a few microseconds.
 * SQL is written once for both providers: `?` placeholders, quoted identifiers, and dates as
 * Prisma stores them (SQLite: ISO text with `+00:00`; PostgreSQL: `timestamp(3)` in UTC).
 */
export type SqlValue = string | number | boolean | null | Date;
export type SqlRow = Record<string, unknown>;

export interface SqlStatement {
  sql: string;
  params: SqlValue[];
  /** The statement must return a row (`RETURNING …`); when it returns none, the transaction rolls back with NoRowError. */
  required?: boolean;
}

export class NoRowError extends Error {
  constructor(readonly sql: string) {
    super("A statement that must change a row changed none");
  }
}

export interface PreparedSql {
  provider: DatabaseProvider;
  /** The rows of one statement. */
  read(statement: SqlStatement): Promise<SqlRow[]>;
  /** The statements in one transaction, in order; each one's rows. */
  write(statements: SqlStatement[]): Promise<SqlRow[][]>;
}

/** A date column as read from either provider: Date, ISO text, SQLite's `CURRENT_TIMESTAMP` text, or epoch ms. */
export function readSqlDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
  if (typeof value === "string")
    return new Date(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/.test(value) ? `${value}Z` : value);
  throw new Error("Not a stored date");
}

// Per connection or pool, so a client that reconnects gets statements on its new connection.
const sqlByDriver = new WeakMap<SQLiteConnection | pg.Pool, PreparedSql>();

/** Prepared statements on the client's own connection (SQLite) or pool (PostgreSQL). */
export async function preparedSqlOf(prisma: PrismaClient): Promise<PreparedSql> {
  const driver = await databaseDriverOf(prisma);
  const key = driver.provider === "sqlite" ? driver.connection : driver.pool;
  let sql = sqlByDriver.get(key);
  if (!sql) {
    sql =
      driver.provider === "sqlite"
        ? sqlitePreparedSql(driver.connection)
        : postgresPreparedSql(driver.pool);
    sqlByDriver.set(key, sql);
  }
  return sql;
}

/** How long a batch of writes waits for another process's write lock (SQLite's busy timeout here). */
const WRITE_LOCK_WAIT_MS = 5000;

function isBusy(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "SQLITE_BUSY";
}

function sqliteParam(value: SqlValue): string | number | null {
  // What Prisma's SQLite adapter writes for a DateTime (its default "iso8601" format) and a Boolean.
  if (typeof value === "boolean") return value ? 1 : 0;
  return value instanceof Date ? value.toISOString().replace("Z", "+00:00") : value;
}

function sqlitePreparedSql(connection: SQLiteConnection): PreparedSql {
  const statements = new Map<string, Statement<unknown[], SqlRow>>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      // Prisma's adapter turns on safe integers for the connection; these columns fit a number.
      statement = connection.prepare<unknown[], SqlRow>(sql).safeIntegers(false);
      statements.set(sql, statement);
    }
    return statement;
  };
  const run = ({ sql, params, required }: SqlStatement): SqlRow[] => {
    const statement = prepared(sql);
    const values = params.map(sqliteParam);
    if (!statement.reader) {
      statement.run(values);
      return [];
    }
    const rows = statement.all(values);
    if (required && rows.length === 0) throw new NoRowError(sql);
    return rows;
  };
  // Nested in the batch's transaction, each write is a savepoint: one that fails rolls back alone.
  const runWrite = connection.transaction((list: SqlStatement[]) => list.map(run));
  const runBatch = connection.transaction((batch: PendingWrite[]) =>
    batch.map((write): WriteOutcome => {
      try {
        return { rows: runWrite(write.statements) };
      } catch (error) {
        return { error };
      }
    }),
  );

  // Another process (a second worker, the checkpoint thread's RESTART) may hold the write lock.
  // SQLite's busy handler would wait for it asleep, with this process's event loop stopped; so the
  // batch asks for the lock without waiting and, refused, tries again on a later turn while the
  // event loop goes on serving (and the writes that arrive meanwhile join the batch).
  const busyTimeout = Number(connection.pragma("busy_timeout", { simple: true }));
  const waitForLocks = connection.prepare(`PRAGMA busy_timeout = ${busyTimeout}`);
  const waitForNoLock = connection.prepare("PRAGMA busy_timeout = 0");
  const beginWithoutWaiting = (batch: PendingWrite[]): WriteOutcome[] | "locked" => {
    waitForNoLock.get();
    try {
      // IMMEDIATE takes the write lock at BEGIN: a deferred transaction that read first could
      // fail halfway if another worker committed meanwhile.
      return runBatch.immediate(batch);
    } catch (error) {
      if (isBusy(error) && !connection.inTransaction) return "locked";
      throw error;
    } finally {
      waitForLocks.get();
    }
  };

  // Group commit: the writes of every request that reached this point in one turn of the event
  // loop share one transaction. A commit costs more than the turn's statements (WAL frames and,
  // at checkpoints, an fsync), and it blocks the event loop; shared, it costs a third per write.
  let queued: PendingWrite[] = [];
  let flushScheduled = false;
  let lockedSince: number | null = null;
  const flush = async () => {
    let outcomes: WriteOutcome[] | null = null;
    let failure: unknown = null;
    try {
      await outsideForeignTransaction(connection);
    } catch (error) {
      failure = error;
    }
    const batch = queued;
    queued = [];
    flushScheduled = false;
    if (!failure) {
      try {
        const result = beginWithoutWaiting(batch);
        if (result === "locked") {
          lockedSince ??= performance.now();
          const waited = performance.now() - lockedSince;
          if (waited < WRITE_LOCK_WAIT_MS) {
            queued = batch.concat(queued);
            flushScheduled = true;
            // Turn by turn at first (the lock is usually held for a commit's sub-millisecond);
            // past that, once a millisecond, so a long hold does not spin a core the holder needs.
            if (waited < 1) setImmediate(() => void flush());
            else setTimeout(() => void flush(), 1);
            return;
          }
          failure = new Error("The database stayed locked by another writer");
        } else outcomes = result;
      } catch (error) {
        failure = error;
      }
      lockedSince = null;
    }
    batch.forEach((write, index) => {
      const outcome = outcomes?.[index];
      if (outcome && "rows" in outcome) write.resolve(outcome.rows);
      else write.reject(outcome ? outcome.error : failure);
    });
  };

  return {
    provider: "sqlite",
    async read(statement) {
      await outsideForeignTransaction(connection);
      return run(statement);
    },
    write(statements) {
      return new Promise((resolve, reject) => {
        queued.push({ statements, resolve, reject });
        if (!flushScheduled) {
          flushScheduled = true;
          setImmediate(() => void flush());
        }
      });
    },
  };
}

interface PendingWrite {
  statements: SqlStatement[];
  resolve(rows: SqlRow[][]): void;
  reject(error: unknown): void;
}

type WriteOutcome = { rows: SqlRow[][] } | { error: unknown };

// Named statements are prepared once per pooled connection; one name per distinct SQL text.
const postgresNames = new Map<string, { name: string; text: string }>();

function postgresStatement(sql: string): { name: string; text: string } {
  let named = postgresNames.get(sql);
  if (!named) {
    let index = 0;
    named = {
      name: `concierge_${postgresNames.size + 1}`,
      text: sql.replace(/\?/g, () => `$${(index += 1)}`),
    };
    postgresNames.set(sql, named);
  }
  return named;
}

const TIMESTAMP_OID = 1114;

/** Prisma keeps DateTime as `timestamp(3)` in UTC; pg would read it in the process's time zone. */
const postgresTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID
      ? (text: string) => new Date(`${text.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

function postgresPreparedSql(pool: pg.Pool): PreparedSql {
  const query = async (client: pg.Pool | pg.PoolClient, statement: SqlStatement) => {
    const { rows } = await client.query<SqlRow>({
      ...postgresStatement(statement.sql),
      values: statement.params.map((value) =>
        // `timestamp` ignores the zone in the text, so the UTC text is stored as UTC.
        value instanceof Date ? value.toISOString() : value,
      ),
      types: postgresTypes,
    });
    if (statement.required && rows.length === 0) throw new NoRowError(statement.sql);
    return rows;
  };
  return {
    provider: "postgresql",
    read: (statement) => query(pool, statement),
    async write(list) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const results: SqlRow[][] = [];
        for (const statement of list) results.push(await query(client, statement));
        await client.query("COMMIT");
        client.release();
        return results;
      } catch (error) {
        // A connection that cannot roll back is dropped, not handed to the next request.
        const rolledBack = await client.query("ROLLBACK").then(
          () => true,
          () => false,
        );
        client.release(!rolledBack);
        throw error;
      }
    },
  };
}
