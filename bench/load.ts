/**
 * `npm run bench:load`: signed shopper messages through the App Proxy route to the built app
 * (NLU + dialogue + SQLite, encryption on) with autocannon for 60 s. Prints messages/s, p50/p99
 * latency, errors, and the app process's resident memory before and after.
 * Target on a 2-core machine: ≥ 1,000 messages/s, p99 < 50 ms, no errors, memory flat.
 *
 * Also prints the app's heap after a full GC before and after, and its CPU time per message (the
 * figure that holds when other work shares the machine).
 *
 * BENCH_DURATION (s), BENCH_CONNECTIONS and BENCH_VISITORS change the run; BENCH_CPU_PROFILE=1
 * profiles the app process (bench/cpu-profile-hook.mjs; profiles land in ./artifacts/cpu-profiles).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { generateEncryptionKey } from "../app/assistant/encryption/encryption-keys";
import { startAppStack, type AppStack } from "../test/support/app-stack";
import { prepareShopperMessageLoad } from "./shopper-messages";

const DURATION = Number(process.env.BENCH_DURATION ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const VISITORS = Number(process.env.BENCH_VISITORS ?? 400);
process.env.CONCIERGE_ENCRYPTION_KEYS = generateEncryptionKey("bench");
// The bench measures the message path, not the limiter's refusals: the limiter still counts every request.
process.env.CONCIERGE_RATE_LIMIT_SHOP = "100000000";
process.env.CONCIERGE_RATE_LIMIT_VISITOR_WRITES = "100000000";
const heapHook = path.resolve(import.meta.dirname, "heap-report-hook.mjs");
process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --import ${heapHook}`.trim();
if (process.env.BENCH_CPU_PROFILE === "1") {
  const folder = path.resolve("artifacts", "cpu-profiles");
  mkdirSync(folder, { recursive: true });
  process.env.BENCH_CPU_PROFILE_DIR = folder;
  const hook = path.resolve(import.meta.dirname, "cpu-profile-hook.mjs");
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --import ${hook}`.trim();
}

/** The app process: the one listening on the app's port. */
function appPid(stack: AppStack): number {
  const port = new URL(stack.appUrl).port;
  const listing = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = /pid=(\d+)/.exec(listing)?.[1];
  if (!pid) throw new Error(`No process listens on ${port}`);
  return Number(pid);
}

/** CPU seconds (user + system) the process has used so far. */
function cpuSeconds(pid: number): number {
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The app's heap after a full garbage collection, in MB (bench/heap-report-hook.mjs answers). */
async function heapAfterGcMegabytes(stack: AppStack, pid: number): Promise<number> {
  const seen = stack.appLog().length;
  process.kill(pid, "SIGUSR2");
  for (let tries = 0; tries < 100; tries += 1) {
    const line = /bench-heap-after-gc (\d+)/.exec(stack.appLog().slice(seen));
    if (line) return Number(line[1]) / 1024 / 1024;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("The app did not report its heap");
}

function residentMegabytes(pid: number): number {
  const kilobytes = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kilobytes) / 1024;
}

const stack = await startAppStack();
try {
  await stack.install();
  const pid = appPid(stack);

  const load = await prepareShopperMessageLoad({
    appUrl: stack.appUrl,
    apiSecret: stack.apiSecret,
    visitors: VISITORS,
    connections: CONNECTIONS,
  });
  const fire = load.fire;

  // Warm-up: one message first (it builds the shop's knowledge index and intent model, however
  // long that takes), then JIT and caches under load, so "before" is the steady process.
  await load.sendFirst();
  await fire(5);
  const heapBefore = await heapAfterGcMegabytes(stack, pid);
  const before = residentMegabytes(pid);
  const cpuBefore = cpuSeconds(pid);
  const result = await fire(DURATION);
  const cpuUsed = cpuSeconds(pid) - cpuBefore;
  const after = residentMegabytes(pid);
  const heapAfter = await heapAfterGcMegabytes(stack, pid);
  const [load1] = loadavg();

  const errors = result.errors + result.timeouts + result.non2xx;
  const journal = new Database(stack.databaseUrl.replace(/^file:/, ""), { readonly: true });
  const journalMode = String(journal.pragma("journal_mode", { simple: true }));
  journal.close();
  console.log(`SQLite journal mode: ${journalMode}`);
  console.log(
    `duration: ${result.duration.toFixed(1)} s, connections: ${CONNECTIONS}, conversations: ${VISITORS}`,
  );
  console.log(`messages/s: ${result.requests.average.toFixed(0)} (2xx total ${result["2xx"]})`);
  console.log(
    `latency p50: ${result.latency.p50} ms, p99: ${result.latency.p99} ms, max: ${result.latency.max} ms`,
  );
  console.log(
    `errors: ${errors} (connection errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`,
  );
  if (load.firstFailure())
    console.log(`first failure: ${load.firstFailure()}\n${stack.appLog().slice(-1500)}`);
  console.log(
    `app memory (VmRSS): before ${before.toFixed(1)} MB, after ${after.toFixed(1)} MB (${(after - before).toFixed(1)} MB)`,
  );
  console.log(
    `app heap after GC: before ${heapBefore.toFixed(1)} MB, after ${heapAfter.toFixed(1)} MB (${(heapAfter - heapBefore).toFixed(1)} MB)`,
  );
  console.log(
    `app CPU: ${cpuUsed.toFixed(1)} s for ${result["2xx"]} messages = ${((cpuUsed * 1000) / Math.max(1, result["2xx"])).toFixed(2)} ms per message (machine load average ${load1!.toFixed(2)} at the end)`,
  );
  console.log(`target: ≥ 1000 messages/s, p99 < 50 ms, 0 errors, memory flat`);
} finally {
  await stack.stop();
}
