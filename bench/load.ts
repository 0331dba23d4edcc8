/**
 * `npm run bench:load`: signed shopper messages through the App Proxy route to the built app
 * (NLU + dialogue + SQLite, encryption on) with autocannon for 60 s. Prints messages/s, p50/p99
 * latency, errors, and the app process's resident memory before and after.
 * Target on a 2-core machine: ≥ 1,000 messages/s, p99 < 50 ms, no errors, memory flat.
 *
 * BENCH_DURATION (s), BENCH_CONNECTIONS and BENCH_VISITORS change the run; BENCH_SQLITE_WAL=1
 * switches the database file to write-ahead logging first (diagnostic: the app does not yet); BENCH_CPU_PROFILE=1
 * profiles the app process (bench/cpu-profile-hook.mjs; profiles land in ./artifacts/cpu-profiles).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { generateEncryptionKey } from "../app/assistant/encryption/encryption-keys";
import { signAppProxyParams } from "../test/emulators/shopify/signatures";
import { DEMO_SHOP, startAppStack, type AppStack } from "../test/support/app-stack";

const DURATION = Number(process.env.BENCH_DURATION ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const VISITORS = Number(process.env.BENCH_VISITORS ?? 400);
const QUESTIONS = [
  "how much is shipping?",
  "what is your return policy?",
  "do you ship to Canada?",
  "hello",
  "can I change my order?",
  "how long does delivery take?",
  "what payment methods do you accept?",
  "thanks!",
];

process.env.CONCIERGE_ENCRYPTION_KEYS = generateEncryptionKey("bench");
// The bench measures the message path, not the limiter's refusals: the limiter still counts every request.
process.env.CONCIERGE_RATE_LIMIT_SHOP = "100000000";
process.env.CONCIERGE_RATE_LIMIT_VISITOR_WRITES = "100000000";
if (process.env.BENCH_CPU_PROFILE === "1") {
  const folder = path.resolve("artifacts", "cpu-profiles");
  mkdirSync(folder, { recursive: true });
  process.env.BENCH_CPU_PROFILE_DIR = folder;
  const hook = path.resolve(import.meta.dirname, "cpu-profile-hook.mjs");
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --import ${hook}`.trim();
}

function proxyPath(stack: AppStack, route: string): string {
  const params = new URLSearchParams({
    shop: DEMO_SHOP,
    logged_in_customer_id: "",
    path_prefix: "/apps/concierge",
    timestamp: String(Math.floor(Date.now() / 1000)),
    nonce: crypto.randomUUID(),
  });
  params.set("signature", signAppProxyParams(stack.apiSecret, params));
  return `/proxy/${route}?${params.toString()}`;
}

/** The app process: the one listening on the app's port. */
function appPid(stack: AppStack): number {
  const port = new URL(stack.appUrl).port;
  const listing = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = /pid=(\d+)/.exec(listing)?.[1];
  if (!pid) throw new Error(`No process listens on ${port}`);
  return Number(pid);
}

function residentMegabytes(pid: number): number {
  const kilobytes = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kilobytes) / 1024;
}

const stack = await startAppStack();
try {
  await stack.install();
  if (process.env.BENCH_SQLITE_WAL === "1") {
    // Diagnostic: the same app on a database file switched to write-ahead logging (a file setting).
    await stack.stopApp();
    const database = new Database(stack.databaseUrl.replace(/^file:/, ""));
    database.pragma("journal_mode = WAL");
    database.close();
    await stack.startApp();
  }
  const pid = appPid(stack);

  const conversations: { visitorId: string; conversationId: string }[] = [];
  for (let index = 0; index < VISITORS; index += 1) {
    const visitorId = `load-${String(index).padStart(6, "0")}-${crypto.randomUUID().slice(0, 8)}`;
    const response = await fetch(`${stack.appUrl}${proxyPath(stack, "conversation")}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ visitorId, locale: "en", page: {} }),
    });
    if (!response.ok)
      throw new Error(
        `Starting a conversation failed: ${response.status} ${await response.text()}`,
      );
    const { conversation } = (await response.json()) as { conversation: { id: string } };
    conversations.push({ visitorId, conversationId: conversation.id });
  }

  let next = 0;
  const message = () => {
    const { visitorId, conversationId } = conversations[next % conversations.length]!;
    const text = QUESTIONS[next % QUESTIONS.length]!;
    next += 1;
    return { visitorId, conversationId, text, locale: "en", page: {} };
  };
  const fire = (duration: number) =>
    autocannon({
      url: stack.appUrl,
      connections: CONNECTIONS,
      duration,
      requests: [
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          setupRequest: (request) => ({
            ...request,
            path: proxyPath(stack, "messages"),
            body: JSON.stringify(message()),
          }),
        },
      ],
    });

  // Warm-up: JIT, caches and the knowledge index, so "before" is the steady process.
  await fire(5);
  const before = residentMegabytes(pid);
  const result = await fire(DURATION);
  const after = residentMegabytes(pid);

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
  console.log(
    `app memory (VmRSS): before ${before.toFixed(1)} MB, after ${after.toFixed(1)} MB (${(after - before).toFixed(1)} MB)`,
  );
  console.log(`target: ≥ 1000 messages/s, p99 < 50 ms, 0 errors, memory flat`);
} finally {
  await stack.stop();
}
