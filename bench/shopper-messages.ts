/**
 * Load made of shopper messages, shared by `bench:load` (one instance on SQLite) and `bench:scale`
 * (instances on PostgreSQL and Redis, alone and behind a balancer): conversations started through
 * the signed App Proxy route, then autocannon (or an open loop at a fixed rate) sending their
 * messages in turn, each request signed before its run starts.
 */
import { connect, type Socket } from "node:net";
import autocannon from "autocannon";
import { signAppProxyParams } from "../test/emulators/shopify/signatures";
import { DEMO_SHOP } from "../test/support/app-stack";
import { quantile } from "./quantile";

export const QUESTIONS = [
  "how much is shipping?",
  "what is your return policy?",
  "do you ship to Canada?",
  "hello",
  "can I change my order?",
  "how long does delivery take?",
  "what payment methods do you accept?",
  "thanks!",
];

interface LoadConversation {
  visitorId: string;
  conversationId: string;
}

/** The path Shopify's App Proxy calls, signed; the nonce makes each request's signature its own. */
export function signedProxyPath(apiSecret: string, route: string): string {
  const params = new URLSearchParams({
    shop: DEMO_SHOP,
    logged_in_customer_id: "",
    path_prefix: "/apps/concierge",
    timestamp: String(Math.floor(Date.now() / 1000)),
    nonce: crypto.randomUUID(),
  });
  params.set("signature", signAppProxyParams(apiSecret, params));
  return `/proxy/${route}?${params.toString()}`;
}

/** A signed message request made before a run: its path (signature in the query) and JSON body. */
interface SignedMessage {
  path: string;
  body: string;
  /** When it was signed (s); the app accepts a signature for 90 s. */
  signedAt: number;
}

/**
 * A signed request is used at most this long after signing, a margin inside the app's 90 s window;
 * an older one is signed again when it is taken (the run then pays for it, as before).
 */
const PRESIGNED_FRESH_SECONDS = 75;

/**
 * Requests signed before a run, so the generator, which shares the cores with the app, does not
 * spend them on HMACs, UUIDs, query strings and JSON while it measures. Each is still its own
 * (its own nonce) and fresh: the app verifies every signature and remembers every sighting, as for
 * requests signed as they are sent. `take` hands each out once, in order; when the run outlasts
 * the pool, or a request has grown stale, it signs one then (`signedDuringRun` counts those).
 */
function presignedMessages<T extends { signedAt: number }>(options: {
  count: number;
  sign: () => T;
}): {
  take(): T;
  signedDuringRun(): number;
} {
  const pool: (T | null)[] = [];
  for (let index = 0; index < options.count; index += 1) pool.push(options.sign());
  let next = 0;
  let signedLate = 0;
  return {
    take() {
      const ready = next < pool.length ? pool[next] : null;
      if (ready) {
        // Let it go once used: a pool for a minute at saturation is tens of megabytes.
        pool[next] = null;
        next += 1;
        if (Date.now() / 1000 - ready.signedAt <= PRESIGNED_FRESH_SECONDS) return ready;
      }
      signedLate += 1;
      return options.sign();
    },
    signedDuringRun: () => signedLate,
  };
}

async function startLoadConversations(options: {
  appUrl: string;
  apiSecret: string;
  visitors: number;
}): Promise<LoadConversation[]> {
  const conversations: LoadConversation[] = [];
  for (let index = 0; index < options.visitors; index += 1) {
    const visitorId = `load-${String(index).padStart(6, "0")}-${crypto.randomUUID().slice(0, 8)}`;
    const response = await fetch(
      `${options.appUrl}${signedProxyPath(options.apiSecret, "conversation")}`,
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ visitorId, locale: "en", page: {} }),
      },
    );
    if (!response.ok)
      throw new Error(
        `Starting a conversation failed: ${response.status} ${await response.text()}`,
      );
    const { conversation } = (await response.json()) as { conversation: { id: string } };
    conversations.push({ visitorId, conversationId: conversation.id });
  }
  return conversations;
}

/**
 * What a run of messages gave: completed 2xx per second of the run, latency percentiles in ms and
 * failures, whichever generator sent them.
 */
export interface MessageRunResult {
  seconds: number;
  ok: number;
  messagesPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  connectionErrors: number;
  timeouts: number;
  non2xx: number;
}

/** The figures of an autocannon run. */
export function autocannonFigures(result: autocannon.Result): MessageRunResult {
  return {
    seconds: result.duration,
    ok: result["2xx"],
    messagesPerSecond: result["2xx"] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * The state of one keep-alive connection of the open loop: at most one request in flight on it
 * (no pipelining, as Node's agent), its answer read as it arrives.
 */
interface OpenLoopConnection {
  socket: Socket;
  /** When the message in flight was due (performance.now()), or null when the connection is free. */
  due: number | null;
  received: Buffer[];
  receivedBytes: number;
}

/** Where an HTTP/1.1 answer in `bytes` ends (its length), or -1 while it is incomplete. */
function answerLength(bytes: Buffer): number {
  const headEnd = bytes.indexOf("\r\n\r\n");
  if (headEnd < 0) return -1;
  const head = bytes.toString("latin1", 0, headEnd);
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  if (length) {
    const total = headEnd + 4 + Number(length[1]);
    return bytes.length >= total ? total : -1;
  }
  if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
    const last = bytes.indexOf("\r\n0\r\n\r\n", headEnd);
    return last < 0 ? -1 : last + 7;
  }
  throw new Error(`An answer with neither Content-Length nor chunks: ${head.slice(0, 200)}`);
}

/**
 * Starts `visitors` conversations, then sends their messages round-robin. `sendFirst` sends one
 * alone (it builds the shop's knowledge index and intent model, however long that takes); `fire`
 * runs autocannon for `duration` seconds (closed loop: each connection sends its next message
 * when the last is answered); `preparePace` sends open loop at a fixed rate. The requests of `fire` and `pace`
 * are signed before the run starts (presignedMessages).
 */
export async function prepareShopperMessageLoad(options: {
  appUrl: string;
  apiSecret: string;
  visitors: number;
  connections: number;
  /** How many messages a second `fire` signs ahead (more are signed during the run if needed). */
  saturationRate?: number;
}) {
  const conversations = await startLoadConversations(options);
  let next = 0;
  let firstFailure = "";
  let lastSignedDuringRun = 0;
  const message = () => {
    const { visitorId, conversationId } = conversations[next % conversations.length]!;
    const text = QUESTIONS[next % QUESTIONS.length]!;
    next += 1;
    return { visitorId, conversationId, text, locale: "en", page: {} };
  };
  const sign = (): SignedMessage => ({
    path: signedProxyPath(options.apiSecret, "messages"),
    body: JSON.stringify(message()),
    signedAt: Date.now() / 1000,
  });
  /** An autocannon run of `duration` seconds, its requests signed now, to start with `run`. */
  const prepareFire = (duration: number) => {
    const signed = presignedMessages({
      count: Math.ceil(duration * (options.saturationRate ?? 3500)),
      sign,
    });
    return {
      run: async () => {
        const result = await autocannon({
          url: options.appUrl,
          connections: options.connections,
          duration,
          requests: [
            {
              method: "POST",
              headers: { "content-type": "application/json" },
              setupRequest: (request) => {
                const { path, body } = signed.take();
                return { ...request, path, body };
              },
              onResponse: (status, body) => {
                if (status >= 300 && !firstFailure)
                  firstFailure = `${status} ${body.slice(0, 300)}`;
              },
            },
          ],
        });
        lastSignedDuringRun = signed.signedDuringRun();
        return result;
      },
    };
  };
  return {
    firstFailure: () => firstFailure,
    /** How many requests the last run had to sign while it ran (beyond its pool, or stale). */
    signedDuringLastRun: () => lastSignedDuringRun,
    async sendFirst(): Promise<void> {
      const response = await fetch(
        `${options.appUrl}${signedProxyPath(options.apiSecret, "messages")}`,
        {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(message()),
          signal: AbortSignal.timeout(120_000),
        },
      );
      if (!response.ok)
        throw new Error(`The first message failed: ${response.status} ${await response.text()}`);
    },
    /** An autocannon run of `duration` seconds, signed and run at once (bench:scale). */
    fire: (duration: number) => prepareFire(duration).run(),
    prepareFire,
    /**
     * Open loop at a fixed rate: message i is due at start + i / rate and is sent then, whatever
     * has come back, on at most `connections` keep-alive connections (a message waits for a free
     * one). Latency counts from when the message was due, so a stall is charged to every message
     * it delayed, not hidden by a generator that waits for answers. Each request's bytes are built
     * before the run and written to the socket as they are; the answer is read as far as its
     * status line and length.
     */
    preparePace(settings: { seconds: number; rate: number; connections: number }): {
      run(): Promise<MessageRunResult>;
    } {
      const { hostname, port } = new URL(options.appUrl);
      const total = Math.round(settings.seconds * settings.rate);
      const signedBytes = () => {
        const { path, body, signedAt } = sign();
        const bytes = Buffer.from(
          `POST ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
        );
        return { bytes, signedAt };
      };
      const prepared = presignedMessages({ count: total, sign: signedBytes });
      return {
        run: async () => {
          const latencies: number[] = [];
          let connectionErrors = 0;
          let timeouts = 0;
          let non2xx = 0;
          let done = 0;
          let lastAnswer = 0;
          const start = performance.now();
          await new Promise<void>((resolve) => {
            const free: OpenLoopConnection[] = [];
            const waiting: number[] = [];
            let open = 0;
            const finish = () => {
              done += 1;
              lastAnswer = performance.now();
              if (done === total) {
                for (const connection of free) connection.socket.destroy();
                resolve();
              }
            };
            const sendOn = (connection: OpenLoopConnection, index: number) => {
              // Any prepared request serves any due message: each is signed and its own.
              connection.due = start + (index * 1000) / settings.rate;
              connection.socket.write(prepared.take().bytes);
            };
            const release = (connection: OpenLoopConnection) => {
              connection.due = null;
              const index = waiting.shift();
              if (index === undefined) free.push(connection);
              else sendOn(connection, index);
            };
            const openConnection = (): OpenLoopConnection => {
              open += 1;
              const socket = connect({ host: hostname, port: Number(port), noDelay: true });
              const connection: OpenLoopConnection = {
                socket,
                due: null,
                received: [],
                receivedBytes: 0,
              };
              socket.setTimeout(10_000);
              socket.on("data", (chunk: Buffer) => {
                connection.received.push(chunk);
                connection.receivedBytes += chunk.length;
                const bytes =
                  connection.received.length === 1
                    ? chunk
                    : Buffer.concat(connection.received, connection.receivedBytes);
                const length = answerLength(bytes);
                if (length < 0 || connection.due === null) return;
                connection.received = [];
                connection.receivedBytes = 0;
                const status = Number(bytes.toString("latin1", 9, 12));
                if (status >= 200 && status < 300)
                  latencies.push(performance.now() - connection.due);
                else {
                  non2xx += 1;
                  if (!firstFailure)
                    firstFailure = `${status} ${bytes.toString("utf8", bytes.indexOf("\r\n\r\n") + 4, length).slice(0, 300)}`;
                }
                finish();
                release(connection);
              });
              socket.on("timeout", () => {
                if (connection.due === null) return;
                timeouts += 1;
                connection.due = null;
                socket.destroy();
                finish();
              });
              // A connection that fails loses its message in flight (counted once) and leaves the pool.
              socket.on("error", () => {
                if (connection.due === null) return;
                connectionErrors += 1;
                connection.due = null;
                finish();
              });
              socket.on("close", () => {
                open -= 1;
                const index = free.indexOf(connection);
                if (index >= 0) free.splice(index, 1);
                if (connection.due !== null) {
                  connectionErrors += 1;
                  connection.due = null;
                  finish();
                }
                // Messages waiting for a connection get a new one in its place.
                const waitingIndex = waiting.shift();
                if (waitingIndex !== undefined) sendOn(openConnection(), waitingIndex);
              });
              return connection;
            };
            const send = (index: number) => {
              const connection =
                free.pop() ?? (open < settings.connections ? openConnection() : null);
              if (connection) sendOn(connection, index);
              else waiting.push(index);
            };
            let scheduled = 0;
            const tick = () => {
              const due = Math.min(
                total,
                Math.floor(((performance.now() - start) * settings.rate) / 1000) + 1,
              );
              for (; scheduled < due; scheduled += 1) send(scheduled);
              if (scheduled < total) setTimeout(tick, 1);
            };
            tick();
          });
          lastSignedDuringRun = prepared.signedDuringRun();
          latencies.sort((a, b) => a - b);
          const seconds = (lastAnswer - start) / 1000;
          return {
            seconds,
            ok: latencies.length,
            messagesPerSecond: latencies.length / seconds,
            p50: Math.round(quantile(latencies, 0.5)),
            p99: Math.round(quantile(latencies, 0.99)),
            max: Math.round(latencies.at(-1) ?? 0),
            connectionErrors,
            timeouts,
            non2xx,
          };
        },
      };
    },
  };
}
