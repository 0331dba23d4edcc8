import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Database as SQLiteConnection } from "better-sqlite3";

/**
 * SQLite copies the write-ahead log back into the database file at checkpoints. By default the
 * commit that finds the log past 1,000 pages does it, synchronously, fsync included: on the app's
 * one connection that is a 15–30 ms stall of the event loop every few hundred chat messages, and
 * half the CPU a commit costs on average. Here the app's connections leave it to one thread per
 * database file and deployment (in the lone process, or in the primary of several workers: one
 * thread's checkpoints serve them all, where one per worker repeated each other's work and
 * RESTARTs). The thread, with its own connection, runs PASSIVE checkpoints (they never wait for or
 * block a writer or a reader) every CHECKPOINT_INTERVAL_MS. PASSIVE alone never lets the log
 * start over while writers and readers keep coming (it grew by gigabytes in a minute of load), so
 * past RESTART_AFTER_FRAMES the thread runs a RESTART checkpoint: it holds writers back while it
 * copies what PASSIVE left and syncs the file (tens of milliseconds under load: every message
 * committing meanwhile waits), and the next commit starts the log over. PASSIVE runs again first
 * until little arrives while it runs, so RESTART has little left to copy, and RESTART waits for
 * nobody while it holds the lock. A checkpoint changes no content and the restart is done by the
 * app's own next commit, so `data_version` on the app's connection does not move. A thread that stops is started again; meanwhile a connection
 * checkpoints itself once the log passes FALLBACK_AUTOCHECKPOINT_PAGES.
 */
const CHECKPOINT_INTERVAL_MS = 200;
/**
 * About 256 MB of log (4 KiB pages). A RESTART can stall the writers for 20–40 ms under load (when
 * it has frames to copy, it syncs holding the writer lock), and a chat message writes ~6.6 frames
 * (docs/decisions/0007): at 16,000 a restart came every ~2.5 s at 1,000 messages/s, at 64,000
 * every ~10 s.
 */
export const RESTART_AFTER_FRAMES = 64_000;
/** RESTART tries, a millisecond apart, before the next interval. */
const RESTART_ATTEMPTS = 50;
/** PASSIVE rounds before a RESTART, until fewer than FEW_FRAMES arrived during one. */
const CATCH_UP_ROUNDS = 10;
const FEW_FRAMES = 10;
/** Past the thread's threshold: a connection checkpoints its own log only while no thread does. */
const FALLBACK_AUTOCHECKPOINT_PAGES = 2 * RESTART_AFTER_FRAMES;
const RESTART_THREAD_AFTER_MS = 1000;

// Plain CommonJS run by the thread (eval), so the bundles need no second entry file.
const CHECKPOINTER_SOURCE = `
const { workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const connection = new Database(workerData.file, { fileMustExist: true });
// No busy handler: SQLite's sleeps (1, 2, 5, 10 ms…) while RESTART holds the writer lock and
// waits for readers would stall every writer that long. Refused, it lets go and tries again.
connection.pragma("busy_timeout = 0");
const passive = connection.prepare("PRAGMA wal_checkpoint(PASSIVE)");
const restart = connection.prepare("PRAGMA wal_checkpoint(RESTART)");
const pause = new Int32Array(new SharedArrayBuffer(4));
setInterval(() => {
  let frames = passive.get().log;
  if (frames <= workerData.restartAfterFrames) return;
  for (let attempt = 0; attempt < workerData.restartAttempts; attempt += 1) {
    // RESTART copies what came in since the last PASSIVE and syncs it (two fsyncs, 10–45 ms each
    // under load) holding the writer lock; with nothing left to copy it syncs nothing. So PASSIVE
    // again (it holds no lock) until little arrives while it runs.
    for (let round = 0; round < workerData.catchUpRounds; round += 1) {
      const now = passive.get().log;
      const arrived = now - frames;
      frames = now;
      if (arrived >= 0 && arrived < workerData.fewFrames) break;
    }
    if (restart.get().busy === 0) return;
    Atomics.wait(pause, 0, 0, 1);
  }
}, workerData.intervalMs);
`;

/**
 * Who runs the checkpoint thread a connection leaves its checkpoints to: this process
 * (checkpointFileInThread) or, among workers, their primary (worker-cluster.ts checkpointInPrimary).
 */
export type CheckpointThreadStarter = (file: string) => void;

/** The database files this process runs a checkpoint thread for. */
const checkpointedFiles = new Set<string>();

/**
 * Keeps a thread checkpointing the file's log for as long as this process runs (started once per
 * file; started again a moment after it stops). Called by the lone app process for its own
 * connection, and by the primary of several workers for theirs.
 */
export function checkpointFileInThread(
  file: string,
  options: { restartAfterFrames?: number } = {},
): void {
  if (checkpointedFiles.has(file)) return;
  checkpointedFiles.add(file);
  const start = () => {
    const thread = new Worker(CHECKPOINTER_SOURCE, {
      eval: true,
      workerData: {
        driver: createRequire(import.meta.url).resolve("better-sqlite3"),
        file,
        intervalMs: CHECKPOINT_INTERVAL_MS,
        restartAfterFrames: options.restartAfterFrames ?? RESTART_AFTER_FRAMES,
        restartAttempts: RESTART_ATTEMPTS,
        catchUpRounds: CATCH_UP_ROUNDS,
        fewFrames: FEW_FRAMES,
      },
    });
    // The thread never keeps the process alive; it ends with it.
    thread.unref();
    // An error ends the thread too: "exit" follows it.
    thread.on("error", () => undefined);
    thread.once("exit", () => setTimeout(start, RESTART_THREAD_AFTER_MS).unref());
  };
  start();
}

/**
 * Leaves this connection's checkpoints to a thread: `checkpointElsewhere` is told the file (it
 * starts the thread here, or asks the primary to), and the connection itself checkpoints only past
 * FALLBACK_AUTOCHECKPOINT_PAGES, which the thread never lets the log reach while it runs.
 */
export function leaveCheckpointsToThread(
  connection: SQLiteConnection,
  checkpointElsewhere: CheckpointThreadStarter,
): void {
  if (connection.memory || !connection.name) return;
  connection.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  // Absolute: the primary may be asked, and the name is as the connection was opened.
  checkpointElsewhere(path.resolve(connection.name));
}
