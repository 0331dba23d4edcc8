import type { Cluster } from "node:cluster";
import { z } from "zod";
import {
  AdmissionRequestSchema,
  AdmissionSchema,
  createMemoryStorefrontGate,
  StorefrontLimitsEnvironmentSchema,
  type Admission,
  type AdmissionRequest,
  type StorefrontGate,
} from "../assistant/abuse";
import { checkpointFileInThread } from "./wal-checkpoints";

/**
 * One instance as several worker processes on one machine (CONCIERGE_WORKERS > 1, server.ts).
 * What would otherwise stay inside one process goes through the primary over cluster IPC: a
 * worker's shop-cache forget is relayed to every other worker, and the storefront's rate-limit
 * counts and replay sightings live in the primary (rate-limiter-flexible memory limiters there), so
 * a visitor has one budget and a request is answered "first" once whichever worker it reaches,
 * and one thread in the primary checkpoints the SQLite log for all of them.
 * Exact because one process, one thread, holds each count: the primary answers the admissions in
 * the order they arrive. A worker asks once per request (storefront-gate.ts: shop budget, replay,
 * visitor budget together), and the requests of one event-loop turn share one message. With
 * REDIS_URL, Redis does all of this instead.
 */

const CHANNEL = "concierge";

const ForgetSchema = z.object({
  channel: z.literal(CHANNEL),
  type: z.literal("forget"),
  key: z.string(),
});
const CheckpointSchema = z.object({
  channel: z.literal(CHANNEL),
  type: z.literal("checkpoint"),
  file: z.string().min(1),
});
const WorkerMessageSchema = z.discriminatedUnion("type", [
  ForgetSchema,
  CheckpointSchema,
  z.object({
    channel: z.literal(CHANNEL),
    type: z.literal("admit"),
    requests: z.array(z.object({ id: z.number().int(), request: AdmissionRequestSchema })),
  }),
]);
const AdmittedSchema = z.object({
  channel: z.literal(CHANNEL),
  type: z.literal("admitted"),
  answers: z.array(z.object({ id: z.number().int(), admission: AdmissionSchema })),
});
/**
 * Messages on other channels (Node's own cluster messages), or of another type than a listener
 * wants, pass by without being parsed: a failed zod parse costs more than the message.
 */
const isOurs = (message: unknown, type?: string) =>
  typeof message === "object" &&
  message !== null &&
  (message as { channel?: unknown }).channel === CHANNEL &&
  (type === undefined || (message as { type?: unknown }).type === type);

/** In the primary: answers and relays what the workers send, for as long as it runs. */
export function serveWorkers(options: { cluster: Cluster }): void {
  // The workers inherit this environment, so these are the budgets each would count alone.
  const gate = createMemoryStorefrontGate(StorefrontLimitsEnvironmentSchema.parse(process.env));
  options.cluster.on("message", (sender, raw: unknown) => {
    if (!isOurs(raw)) return;
    const parsed = WorkerMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === "checkpoint") {
      checkpointFileInThread(message.file);
      return;
    }
    if (message.type === "admit") {
      // Each check counts when it is asked, in arrival order; one answer for the whole batch.
      void Promise.all(
        message.requests.map(async ({ id, request }) => ({
          id,
          admission: await gate.admit(request),
        })),
      ).then((answers) => {
        if (sender.isConnected()) sender.send({ channel: CHANNEL, type: "admitted", answers });
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
 * In a worker: asks the primary to checkpoint the database file's log (its one thread serves every
 * worker: wal-checkpoints.ts). Each worker asks as its connection opens; the primary starts the
 * thread once per file.
 */
export function checkpointInPrimary(file: string): void {
  sendToPrimary({ channel: CHANNEL, type: "checkpoint", file });
}

/**
 * In a worker: tells the other workers (through the primary) which shop-cache key this one
 * forgot, and hears theirs.
 */
export function relayForgetsThroughPrimary(options: { onForeignForget: (key: string) => void }): {
  announce(key: string): void;
} {
  process.on("message", (raw: unknown) => {
    if (!isOurs(raw, "forget")) return;
    const forget = ForgetSchema.safeParse(raw);
    if (forget.success) options.onForeignForget(forget.data.key);
  });
  return { announce: (key) => sendToPrimary({ channel: CHANNEL, type: "forget", key }) };
}

/**
 * In a worker: the storefront gate whose counts the primary holds. The requests that reach the gate
 * in one turn of the event loop go in one message and come back in one answer: a message costs a
 * write to the pipe and a wake-up of the primary, far more than the checks. While the primary does
 * not answer within `timeoutMs`, `fallback` (this worker's own counts) decides, so shoppers are
 * still served, as an instance does when Redis does not answer.
 */
export function askPrimaryToAdmit(options: {
  timeoutMs: number;
  fallback: StorefrontGate;
}): StorefrontGate {
  type Waiting = {
    request: AdmissionRequest;
    resolve: (admission: Admission | Promise<Admission>) => void;
  };
  const waiting = new Map<number, Waiting>();
  let queued: { id: number; request: AdmissionRequest }[] = [];
  let nextId = 0;
  process.on("message", (raw: unknown) => {
    if (!isOurs(raw, "admitted")) return;
    const answer = AdmittedSchema.safeParse(raw);
    if (!answer.success) return;
    for (const { id, admission } of answer.data.answers) {
      waiting.get(id)?.resolve(admission);
      waiting.delete(id);
    }
  });
  const send = () => {
    const batch = queued;
    queued = [];
    sendToPrimary({ channel: CHANNEL, type: "admit", requests: batch });
    setTimeout(() => {
      for (const { id } of batch) {
        const unanswered = waiting.get(id);
        if (!unanswered) continue;
        waiting.delete(id);
        unanswered.resolve(options.fallback.admit(unanswered.request));
      }
    }, options.timeoutMs).unref();
  };
  return {
    admit: (request) =>
      new Promise((resolve) => {
        const id = (nextId = (nextId + 1) % Number.MAX_SAFE_INTEGER);
        waiting.set(id, { request, resolve });
        if (queued.push({ id, request }) === 1) setImmediate(send);
      }),
  };
}
