import type { Cluster } from "node:cluster";
import { RateLimiterClusterMaster } from "rate-limiter-flexible";
import { z } from "zod";
import { rememberSightings } from "../assistant/abuse/replay-guard";
import { APP_PROXY_REPLAY_WINDOW_SECONDS } from "../assistant/abuse/verify-app-proxy-signature";

/**
 * One instance as several worker processes on one machine (CONCIERGE_WORKERS > 1, server.ts).
 * What would otherwise stay inside one process goes through the primary over cluster IPC: a
 * worker's shop-cache forget is relayed to every other worker, and the replay guard's sightings
 * live in the primary, so a request is answered "first" once whichever worker it reaches. Rate
 * limits use rate-limiter-flexible's own channel (`RateLimiterClusterMaster` here,
 * `RateLimiterCluster` in the workers). With REDIS_URL, Redis does all of this instead.
 */

const CHANNEL = "concierge";

const ForgetSchema = z.object({
  channel: z.literal(CHANNEL),
  type: z.literal("forget"),
  key: z.string(),
});
const WorkerMessageSchema = z.discriminatedUnion("type", [
  ForgetSchema,
  z.object({
    channel: z.literal(CHANNEL),
    type: z.literal("sighting"),
    id: z.number().int(),
    key: z.string(),
  }),
]);
const SightingAnswerSchema = z.object({
  channel: z.literal(CHANNEL),
  type: z.literal("sighted"),
  id: z.number().int(),
  first: z.boolean(),
});
/** Messages on other channels (rate-limiter-flexible's) pass by without being parsed. */
const isOurs = (message: unknown) =>
  typeof message === "object" &&
  message !== null &&
  (message as { channel?: unknown }).channel === CHANNEL;

/** In the primary: answers and relays what the workers send, for as long as it runs. */
export function serveWorkers(options: { cluster: Cluster }): void {
  // A singleton that listens on `cluster` and keeps the counts every worker's limiters share.
  new RateLimiterClusterMaster();
  const firstSightingOf = rememberSightings({ windowSeconds: APP_PROXY_REPLAY_WINDOW_SECONDS });
  options.cluster.on("message", (sender, raw: unknown) => {
    if (!isOurs(raw)) return;
    const parsed = WorkerMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === "sighting") {
      sender.send({
        channel: CHANNEL,
        type: "sighted",
        id: message.id,
        first: firstSightingOf(message.key),
      });
      return;
    }
    for (const worker of Object.values(options.cluster.workers ?? {})) {
      if (worker && worker !== sender && worker.isConnected()) worker.send(message);
    }
  });
}

function sendToPrimary(message: object): void {
  if (!process.send) throw new Error("This process is not a worker of a cluster");
  process.send(message);
}

/**
 * In a worker: tells the other workers (through the primary) which shop-cache key this one
 * forgot, and hears theirs.
 */
export function relayForgetsThroughPrimary(options: { onForeignForget: (key: string) => void }): {
  announce(key: string): void;
} {
  process.on("message", (raw: unknown) => {
    if (!isOurs(raw)) return;
    const forget = ForgetSchema.safeParse(raw);
    if (forget.success) options.onForeignForget(forget.data.key);
  });
  return { announce: (key) => sendToPrimary({ channel: CHANNEL, type: "forget", key }) };
}

/**
 * In a worker: asks the primary whether a replay-guard fingerprint is seen for the first time.
 * Rejects when the primary does not answer within `timeoutMs`.
 */
export function askPrimaryForSightings(options: {
  timeoutMs: number;
}): (key: string) => Promise<boolean> {
  const waiting = new Map<number, (first: boolean) => void>();
  let nextId = 0;
  process.on("message", (raw: unknown) => {
    if (!isOurs(raw)) return;
    const answer = SightingAnswerSchema.safeParse(raw);
    if (!answer.success) return;
    waiting.get(answer.data.id)?.(answer.data.first);
  });
  return (key) =>
    new Promise<boolean>((resolve, reject) => {
      const id = (nextId = (nextId + 1) % Number.MAX_SAFE_INTEGER);
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error("The primary did not answer the replay guard in time"));
      }, options.timeoutMs);
      waiting.set(id, (first) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(first);
      });
      sendToPrimary({ channel: CHANNEL, type: "sighting", id, key });
    });
}
