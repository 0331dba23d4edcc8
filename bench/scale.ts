/**
 * `npm run bench:scale`: the shopper-message load of `bench:load` (bench/shopper-messages.ts)
 * against the built app on PostgreSQL and Redis (throwaway local servers), first one instance
 * alone, then two instances behind a round-robin balancer on loopback, in one run. Prints
 * messages/s, p50/p99 latency and errors for each, and the ratio.
 *
 * Everything runs on this machine: the instances, PostgreSQL, Redis, the balancer and the load
 * generator share its cores, so the ratio says how far a second instance helps when it has a core
 * to run on, not what N separate machines would do. BENCH_DURATION (s, default 20),
 * BENCH_CONNECTIONS (32) and BENCH_VISITORS (200) change the run.
 */
import http from "node:http";
import { availableParallelism, loadavg } from "node:os";
import pg from "pg";
import { generateEncryptionKey } from "../app/assistant/encryption/encryption-keys";
import { startAppStack, type AppInstance } from "../test/support/app-stack";
import { startThrowawayPostgres, startThrowawayRedis } from "../test/support/throwaway-servers";
import { prepareShopperMessageLoad } from "./shopper-messages";

const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const VISITORS = Number(process.env.BENCH_VISITORS ?? 200);

/** A small HTTP balancer: each request to the next instance in turn, over kept-alive connections. */
function startBalancer(instances: AppInstance[]): Promise<{ url: string; close(): Promise<void> }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const targets = instances.map((instance) => new URL(instance.url));
  let next = 0;
  const server = http.createServer((request, response) => {
    const target = targets[next++ % targets.length]!;
    const forwarded = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
        agent,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on("error", () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(forwarded);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((closed) => {
            agent.destroy();
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}

interface Figures {
  setup: string;
  messagesPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  firstFailure: string;
}

async function measure(options: {
  setup: string;
  url: string;
  apiSecret: string;
}): Promise<Figures> {
  const load = await prepareShopperMessageLoad({
    appUrl: options.url,
    apiSecret: options.apiSecret,
    visitors: VISITORS,
    connections: CONNECTIONS,
  });
  await load.sendFirst();
  // Warm-up: JIT, caches and connection pools under load on every instance.
  await load.fire(5);
  const result = await load.fire(DURATION);
  return {
    setup: options.setup,
    messagesPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    firstFailure: load.firstFailure(),
  };
}

const [postgres, redis] = await Promise.all([startThrowawayPostgres(), startThrowawayRedis()]);
try {
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query("CREATE DATABASE concierge");
  await admin.end();
  const stack = await startAppStack({
    databaseUrl: postgres.url.replace(/\/postgres$/, "/concierge"),
    redisUrl: redis.url,
    instances: 2,
    encryptionKeys: generateEncryptionKey("bench"),
    environment: {
      // The bench measures the message path, not refusals: the limiter still counts every request.
      CONCIERGE_RATE_LIMIT_SHOP: "100000000",
      CONCIERGE_RATE_LIMIT_VISITOR_WRITES: "100000000",
    },
  });
  try {
    await stack.install();
    const [first] = stack.instances as [AppInstance, AppInstance];
    const one = await measure({ setup: "1 instance", url: first.url, apiSecret: stack.apiSecret });
    const balancer = await startBalancer(stack.instances);
    let two: Figures;
    try {
      two = await measure({
        setup: "2 instances + balancer",
        url: balancer.url,
        apiSecret: stack.apiSecret,
      });
    } finally {
      await balancer.close();
    }
    console.log(
      `PostgreSQL + Redis, ${DURATION} s per run, ${CONNECTIONS} connections, ${VISITORS} conversations, ${availableParallelism()} cores (load average ${loadavg()[0]!.toFixed(2)} at the end)`,
    );
    for (const figures of [one, two]) {
      console.log(
        `${figures.setup.padEnd(24)} messages/s: ${figures.messagesPerSecond.toFixed(0).padStart(5)}   p50: ${figures.p50} ms   p99: ${figures.p99} ms   errors: ${figures.errors}`,
      );
      if (figures.firstFailure) console.log(`  first failure: ${figures.firstFailure}`);
    }
    console.log(
      `ratio (2 instances / 1): ${(two.messagesPerSecond / Math.max(1, one.messagesPerSecond)).toFixed(2)}`,
    );
  } finally {
    await stack.stop();
  }
} finally {
  await Promise.all([postgres.stop(), redis.stop()]);
}
