import { createRequire } from "node:module";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import type { Database as SQLiteConnection, Statement } from "better-sqlite3";
import pg from "pg";
import { leaveCheckpointsToThread, type CheckpointThreadStarter } from "./wal-checkpoints";

/**
 * The database behind one URL: `file:` is SQLite (the embedded default), `postgres://` or
 * `postgresql://` is PostgreSQL. Both speak through the same models; Prisma generates one client
 * per provider (scripts/prisma.mjs), and the PostgreSQL one answers to the same type.
 */
export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseProviderOf(url: string): DatabaseProvider {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error("DATABASE_URL must start with file: or postgres(ql)://");
}

const postgresClients = new WeakSet<PrismaClient>();

/** True for a client on SQLite, where files keep deleted bytes until scrubbed. */
export function isSqliteDatabase(prisma: PrismaClient): boolean {
  return !postgresClients.has(prisma);
}

type PostgresClientConstructor = new (options: { adapter: PrismaPg }) => PrismaClient;

/**
 * WAL lets readers go on while one writer commits, and NORMAL sync commits without an fsync each
 * (durable at checkpoints; a power cut may lose the last moments, never corrupt the file).
 * secure_delete overwrites freed pages, so erased conversations leave no copy in the file.
 * Set on the connection as it opens, before Prisma runs anything on it: `synchronous` cannot
 * change inside a transaction, so setting it through queries could race the first one.
 */
function applySqlitePragmas(connection: SQLiteConnection): void {
  connection.pragma("journal_mode = WAL");
  connection.pragma("synchronous = NORMAL");
  connection.pragma("secure_delete = FAST");
  connection.pragma("busy_timeout = 5000");
}

const sqliteConnections = new WeakMap<PrismaClient, SQLiteConnection>();
const postgresPools = new WeakMap<PrismaClient, pg.Pool>();
// Read on every storefront request: prepared once per connection, not per read.
const dataVersionStatements = new WeakMap<SQLiteConnection, Statement<[], number>>();

/** Per connection: the `data_version` already read in this turn of the event loop. */
const dataVersionsThisTurn = new WeakMap<SQLiteConnection, number>();

/**
 * SQLite's `data_version` on the client's own connection: it moves when another connection (another
 * process, a script, a test) commits to the file, never for this client's writes. Null on
 * PostgreSQL and before the client's first query. Read once per turn of the event loop: every shop
 * cache asks on every read, several times per chat message, and another process's commit seen a
 * turn later is the same as one made a moment later.
 */
export function readSqliteDataVersion(prisma: PrismaClient): number | null {
  const connection = sqliteConnections.get(prisma);
  if (!connection) return null;
  const known = dataVersionsThisTurn.get(connection);
  if (known !== undefined) return known;
  let statement = dataVersionStatements.get(connection);
  if (!statement) {
    statement = connection.prepare<[], number>("PRAGMA data_version").pluck().safeIntegers(false);
    dataVersionStatements.set(connection, statement);
  }
  const version = statement.get()!;
  dataVersionsThisTurn.set(connection, version);
  setImmediate(() => dataVersionsThisTurn.delete(connection));
  return version;
}

/** The driver under a client: the SQLite connection Prisma opened, or the PostgreSQL pool it shares. */
export type DatabaseDriver =
  { provider: "sqlite"; connection: SQLiteConnection } | { provider: "postgresql"; pool: pg.Pool };

/**
 * The driver under a client from openDatabase, for the few hot paths that run prepared statements
 * beside Prisma. On SQLite it is Prisma's own connection (a second one would move `data_version`
 * and deadlock against Prisma's transactions), opened here if Prisma has not run anything yet.
 */
export async function databaseDriverOf(prisma: PrismaClient): Promise<DatabaseDriver> {
  const pool = postgresPools.get(prisma);
  if (pool) return { provider: "postgresql", pool };
  if (!sqliteConnections.get(prisma)?.open) await prisma.$connect();
  const connection = sqliteConnections.get(prisma);
  if (!connection) throw new Error("This Prisma client was not opened by openDatabase");
  return { provider: "sqlite", connection };
}

/** How long a statement waits for a Prisma transaction on the same connection to end. */
const FOREIGN_TRANSACTION_WAIT_MS = 5000;

/**
 * Prisma runs its interactive transactions on the one SQLite connection (BEGIN, awaits, COMMIT),
 * and its adapter lets any other query run meanwhile: a write would join that transaction and
 * roll back with it after its caller was told it succeeded, a read would see rows that may never
 * commit. So every statement from outside the transaction waits, yielding to the event loop, until
 * none is open, then runs synchronously, which nothing can interleave. (So never await a query of
 * the outer client inside a transaction on SQLite: it would wait for it until
 * FOREIGN_TRANSACTION_WAIT_MS and fail.)
 */
export async function outsideForeignTransaction(connection: SQLiteConnection): Promise<void> {
  if (!connection.inTransaction) return;
  const deadline = Date.now() + FOREIGN_TRANSACTION_WAIT_MS;
  while (connection.inTransaction) {
    if (Date.now() > deadline) throw new Error("A database transaction did not end in time");
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/** The adapter's own queries (not a transaction's) wait for any open transaction to end. */
function queriesOutsideTransactions(adapter: object, connection: SQLiteConnection): void {
  const queryable = adapter as {
    queryRaw: (query: unknown) => Promise<unknown>;
    executeRaw: (query: unknown) => Promise<unknown>;
  };
  for (const method of ["queryRaw", "executeRaw"] as const) {
    const run = queryable[method].bind(adapter);
    queryable[method] = async (query) => {
      await outsideForeignTransaction(connection);
      return run(query);
    };
  }
}

/**
 * The SQLite adapter, setting the pragmas on the connection it opens and keeping it for
 * readSqliteDataVersion; with `backgroundCheckpoints`, checkpoints leave that connection
 * (wal-checkpoints.ts).
 */
function watchedSqliteAdapter(
  url: string,
  keep: (connection: SQLiteConnection) => void,
  backgroundCheckpoints: CheckpointThreadStarter | null,
) {
  const factory = new PrismaBetterSQLite3({ url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const { client } = adapter as unknown as { client?: SQLiteConnection };
    if (typeof client?.pragma !== "function")
      throw new Error("The SQLite adapter no longer exposes its connection");
    applySqlitePragmas(client);
    queriesOutsideTransactions(adapter, client);
    if (backgroundCheckpoints) leaveCheckpointsToThread(client, backgroundCheckpoints);
    keep(client);
    return adapter;
  };
  return factory;
}

/**
 * `backgroundCheckpoints` (SQLite): the app server's connection, which serves chat messages, leaves
 * WAL checkpoints to a thread (wal-checkpoints.ts), started by this function with the file's path;
 * short-lived clients (scripts, tests) checkpoint as SQLite does by default.
 */
export function openDatabase(options: {
  url: string;
  poolSize?: number;
  backgroundCheckpoints?: CheckpointThreadStarter;
}): PrismaClient {
  if (databaseProviderOf(options.url) === "sqlite") {
    const prisma: PrismaClient = new PrismaClient({
      adapter: watchedSqliteAdapter(
        options.url,
        (connection) => sqliteConnections.set(prisma, connection),
        options.backgroundCheckpoints ?? null,
      ),
    });
    return prisma;
  }
  // Loaded only on PostgreSQL, so the embedded default never needs it; the client is generated
  // next to @prisma/client's and has the same models.
  const { PrismaClient: PostgresClient } = createRequire(import.meta.url)(
    ".prisma/client-postgresql",
  ) as { PrismaClient: PostgresClientConstructor };
  // One pool for Prisma and the prepared statements beside it; Prisma's $disconnect ends it.
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
  const prisma = new PostgresClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
  });
  postgresClients.add(prisma);
  postgresPools.set(prisma, pool);
  return prisma;
}

/**
 * A write refused by a unique constraint (Prisma's P2002), from either client. Checked by code, not
 * `instanceof`: the PostgreSQL client has its own runtime, so its errors are not @prisma/client's.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "P2002";
}
