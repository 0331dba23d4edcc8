import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { Database as SQLiteConnection } from "better-sqlite3";

/**
 * SQLite copies the write-ahead log back into the database file at checkpoints. By default the
 * commit that finds the log past 1,000 pages does it, synchronously, fsync included: on the app's
 * one connection that is a 15–30 ms stall of the event loop every few hundred chat messages, and
 * half the CPU a commit costs on average. Here the app's connection never checkpoints; a thread
 * with its own connection runs PASSIVE checkpoints (they never wait for or block a writer or a
 * reader) every CHECKPOINT_INTERVAL_MS. PASSIVE alone never lets the log start over while writers
 * and readers keep coming (it grew by gigabytes in a minute of load), so past
 * RESTART_AFTER_FRAMES the thread runs a RESTART checkpoint: it holds writers back only while it
 * copies what PASSIVE left (little) and waits for readers, and the next commit starts the log
 * over. A checkpoint changes no content and the restart is done by the app's own next commit, so
 * `data_version` on the app's connection does not move. If the thread stops, the connection
 * checkpoints itself again.
 */
const CHECKPOINT_INTERVAL_MS = 200;
/** About 8 MB of log (4 KiB pages). */
const RESTART_AFTER_FRAMES = 2000;
/** SQLite's default: checkpoint at the commit that finds this many pages in the log. */
const SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

// Plain CommonJS run by the thread (eval), so the bundles need no second entry file.
const CHECKPOINTER_SOURCE = `
const { workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const connection = new Database(workerData.file, { fileMustExist: true });
// RESTART may wait this long for the writer and the readers before it answers "busy".
connection.pragma("busy_timeout = 100");
const passive = connection.prepare("PRAGMA wal_checkpoint(PASSIVE)");
const restart = connection.prepare("PRAGMA wal_checkpoint(RESTART)");
setInterval(() => {
  // PASSIVE answers "busy" in its result rather than waiting; the next interval tries again.
  const { log } = passive.get();
  if (log > workerData.restartAfterFrames) restart.get();
}, workerData.intervalMs);
`;

/** Per database file: the connections that leave checkpoints to its thread. */
const checkpointed = new Map<string, Set<SQLiteConnection>>();

/** Leaves this connection's checkpoints to the file's checkpoint thread, started on first use. */
export function checkpointInBackground(connection: SQLiteConnection): void {
  const file = connection.name;
  if (connection.memory || !file) return;
  let connections = checkpointed.get(file);
  if (!connections) {
    const started = new Set<SQLiteConnection>();
    connections = started;
    checkpointed.set(file, started);
    const thread = new Worker(CHECKPOINTER_SOURCE, {
      eval: true,
      workerData: {
        driver: createRequire(import.meta.url).resolve("better-sqlite3"),
        file,
        intervalMs: CHECKPOINT_INTERVAL_MS,
        restartAfterFrames: RESTART_AFTER_FRAMES,
      },
    });
    // The thread never keeps the process alive; it ends with it.
    thread.unref();
    const checkpointHere = () => {
      if (checkpointed.get(file) !== started) return;
      checkpointed.delete(file);
      for (const each of started)
        if (each.open) each.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES}`);
    };
    thread.once("error", checkpointHere);
    thread.once("exit", checkpointHere);
  }
  connections.add(connection);
  connection.pragma("wal_autocheckpoint = 0");
}
