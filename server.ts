/**
 * The production server (`npm start`): the Remix build behind express, as remix-serve runs it,
 * except the chat's messages, which go straight to the answers of their route (answerDirectly),
 * plus what running several instances behind a load balancer needs:
 * - `/healthz` (app/routes/healthz.tsx) answers 503 from the moment a shutdown begins;
 * - on SIGTERM or SIGINT it stops taking connections, lets the requests in flight finish (closing
 *   keep-alive connections as they go idle), lets the background jobs in hand finish, closes the
 *   database and Redis, and exits; after CONCIERGE_SHUTDOWN_SECONDS it exits regardless;
 * - with CONCIERGE_WORKERS above 1 (`auto`: one per core) this process is a primary that forks that
 *   many workers on the same port, each the server above; it relays between them what one process
 *   would hold alone (app/platform/worker-cluster.ts), replaces a worker that dies, and on SIGTERM
 *   or SIGINT lets every worker drain, then exits.
 * Built to build/server.js by `npm run build:server` (bundling this file's own imports).
 */
import cluster, { type Worker } from "node:cluster";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { installGlobals, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { z } from "zod";
import type { DirectAnswer, JsonAnswer, NodeRequestInput } from "./app/http.server";
import { serveWorkers } from "./app/platform/worker-cluster";

const SettingsSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().optional(),
  CONCIERGE_SHUTDOWN_SECONDS: z.coerce.number().min(1).max(600).default(25),
  CONCIERGE_WORKERS: z
    .union([z.literal("auto"), z.coerce.number().int().min(1).max(64)])
    .default(1)
    .transform((workers) => (workers === "auto" ? availableParallelism() : workers)),
});
const settings = SettingsSchema.parse(process.env);

const DirectAnswerSchema = z.custom<DirectAnswer>((value) => typeof value === "function");

/** What app/entry.server.tsx exports for this entry. */
const InstanceControlsSchema = z.object({
  startDraining: z.function().returns(z.void()),
  stopInstance: z.function().returns(z.promise(z.void())),
  MAX_BODY_BYTES: z.number().int().positive(),
  directMessages: z.object({ GET: DirectAnswerSchema, POST: DirectAnswerSchema }),
});

const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * The primary of several workers: forks them (each gets its number; worker 1 runs the background
 * jobs when there is no Redis queue), replaces one that dies unexpectedly, and on SIGTERM or SIGINT
 * has each drain as a single process does, exiting once all have (1 if any did not stop cleanly).
 */
function runWorkers(count: number): void {
  serveWorkers({ cluster });
  const running = new Set<Worker>();
  let stopping = false;
  let exitCode = 0;
  const stop = (reason: string, code = 0) => {
    exitCode = Math.max(exitCode, code);
    if (stopping) return;
    stopping = true;
    say(`${reason}: stopping ${count} workers`);
    // Each worker drains itself within CONCIERGE_SHUTDOWN_SECONDS; this is the backstop.
    setTimeout(
      () => {
        console.error("Workers took too long to stop: exiting");
        process.exit(1);
      },
      (settings.CONCIERGE_SHUTDOWN_SECONDS + 5) * 1000,
    ).unref();
    for (const worker of running) worker.process.kill("SIGTERM");
    if (running.size === 0) process.exit(exitCode);
  };
  const fork = (number: number) => {
    const worker = cluster.fork({ CONCIERGE_WORKER_NUMBER: String(number) });
    running.add(worker);
    let listened = false;
    worker.once("listening", () => (listened = true));
    worker.once("exit", (code, signal) => {
      running.delete(worker);
      if (stopping) {
        if (code !== 0) exitCode = 1;
        if (running.size === 0) {
          say("Stopped");
          process.exit(exitCode);
        }
      } else if (!listened) {
        // It failed as it started (configuration, database): a replacement would fail the same way.
        console.error(`Worker ${number} exited (${signal ?? code}) before it listened`);
        stop("Failed start", 1);
      } else {
        console.error(`Worker ${number} exited (${signal ?? code}): starting another`);
        fork(number);
      }
    });
  };
  for (let number = 1; number <= count; number += 1) fork(number);
  say(`Concierge primary ${process.pid}: ${count} workers`);
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => stop(signal));
}

/** One server process: the whole instance, or one worker of several. */
async function serveRequests(): Promise<void> {
  const buildFolder = import.meta.dirname;
  const build = (await import(
    pathToFileURL(path.join(buildFolder, "server", "index.js")).href
  )) as ServerBuild;
  const instance = InstanceControlsSchema.parse(build.entry.module);
  installGlobals({ nativeFetch: build.future.v3_singleFetch });

  let draining = false;
  let inFlight = 0;
  let drained: (() => void) | null = null;

  /** compression()'s own default threshold: smaller bodies are sent as they are. */
  const COMPRESSION_THRESHOLD_BYTES = 1024;
  const compress = compression({ threshold: COMPRESSION_THRESHOLD_BYTES });

  /** The request body, cut one byte past the route's own limit so the route still answers 413. */
  function readBodyPrefix(request: IncomingMessage): Promise<Buffer<ArrayBuffer>> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const limit = instance.MAX_BODY_BYTES + 1;
      const finish = () => {
        request.off("data", take);
        request.off("end", finish);
        request.off("error", reject);
        resolve(Buffer.concat(chunks, Math.min(size, limit)));
      };
      const take = (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= limit) finish();
      };
      request.on("data", take);
      request.once("end", finish);
      request.once("error", reject);
    });
  }

  /** The request's headers as sent, repeats included. */
  function headerPairsOf(request: IncomingMessage): [string, string][] {
    const pairs: [string, string][] = [];
    const raw = request.rawHeaders;
    for (let index = 0; index < raw.length; index += 2) pairs.push([raw[index]!, raw[index + 1]!]);
    return pairs;
  }

  /** An answer as it is written: its headers as pairs, so repeats (Set-Cookie) stay apart. */
  interface WrittenAnswer {
    status: number;
    headers: [string, string][];
    body: string;
  }

  function writtenOfJson(answer: JsonAnswer): WrittenAnswer {
    return { status: answer.status, headers: Object.entries(answer.headers), body: answer.body };
  }

  /** What Shopify's authentication throws (a Response), as an answer to write. */
  async function writtenOfResponse(response: Response): Promise<WrittenAnswer> {
    return { status: response.status, headers: [...response.headers], body: await response.text() };
  }

  type NodeHandler = (request: IncomingMessage, response: ServerResponse) => void;

  /**
   * The shopper's chat messages (`/apps/concierge/messages` through the App Proxy) are nearly all of
   * the traffic. They go straight to the answers their Remix route's loader and action give
   * (app/shopper-messages.server.ts), without express, Remix's route matching, or the Fetch API's
   * Request and Response and their streams (a profile put them at ~6 % of a message's CPU and a
   * sixth of what it allocates): the route's logic lives in one place. Anything else (other
   * methods, Remix data requests) goes to `otherwise`.
   */
  function answerDirectly(
    routeId: string,
    direct: Record<"GET" | "POST", DirectAnswer>,
    otherwise: NodeHandler,
  ): NodeHandler {
    return (request, response) => {
      const method = request.method;
      if (!(method === "GET" || method === "POST") || /[?&]_data(?:[=&]|$)/.test(request.url ?? ""))
        return otherwise(request, response);
      void (async () => {
        const input: NodeRequestInput = {
          method,
          url: `http://${request.headers.host}${request.url}`,
          headers: headerPairsOf(request),
          body: method === "POST" ? await readBodyPrefix(request) : undefined,
        };
        let answer: WrittenAnswer;
        try {
          answer = writtenOfJson(await direct[method](input));
        } catch (thrown) {
          if (!(thrown instanceof Response)) throw thrown;
          answer = await writtenOfResponse(thrown);
        }
        const send = () => {
          response.statusCode = answer.status;
          for (const [name, value] of answer.headers) response.appendHeader(name, value);
          response.end(answer.body);
        };
        // compression() leaves bodies under its threshold alone anyway; skip its per-response work.
        if (Buffer.byteLength(answer.body) < COMPRESSION_THRESHOLD_BYTES) send();
        else compress(request as express.Request, response as express.Response, send);
      })().catch((error: unknown) => {
        console.error(
          `Unexpected error in ${routeId}`,
          error instanceof Error ? error.name : typeof error,
        );
        if (response.headersSent) response.destroy();
        else
          response.writeHead(500, { "Content-Type": "text/plain" }).end("Unexpected Server Error");
      });
    };
  }

  const app = express();
  app.disable("x-powered-by");
  // Nothing reads express's parsed query (Remix reads the URL): skip parsing it on every request.
  app.set("query parser", false);
  app.use(compress);
  app.use(
    build.publicPath,
    express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y" }),
  );
  app.use(express.static("public", { maxAge: "1h" }));
  app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }));

  const answerMessages = answerDirectly("routes/proxy.messages", instance.directMessages, app);
  /** `/proxy/messages` as express routes it: any case, with or without a trailing slash. */
  const MESSAGES_PATH = /^\/proxy\/messages\/?(?:\?|$)/i;

  const server = createServer((request, response) => {
    inFlight += 1;
    // Clients on a keep-alive connection come back through the balancer to another instance.
    if (draining) response.setHeader("Connection", "close");
    response.once("close", () => {
      inFlight -= 1;
      if (draining && inFlight === 0) drained?.();
    });
    if (MESSAGES_PATH.test(request.url ?? "")) answerMessages(request, response);
    else app(request, response);
  });
  server.listen(settings.PORT, settings.HOST ?? "0.0.0.0", () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : settings.PORT;
    say(`Concierge listening on http://${settings.HOST ?? "localhost"}:${port}`);
  });

  // A balancer reuses its connections to an instance; closing one it is about to reuse answers its
  // request with an error, so an instance keeps idle connections longer than balancers usually do (60 s).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  async function shutDown(signal: string): Promise<void> {
    if (draining) return;
    draining = true;
    say(`${signal}: draining`);
    instance.startDraining();
    const deadline = setTimeout(() => {
      console.error("Shutdown took too long: exiting with work in flight");
      process.exit(1);
    }, settings.CONCIERGE_SHUTDOWN_SECONDS * 1000);
    deadline.unref();

    server.close();
    server.closeIdleConnections();
    if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
    server.closeAllConnections();
    await instance.stopInstance();
    say("Stopped");
    process.exit(0);
  }

  for (const signal of ["SIGTERM", "SIGINT"] as const)
    process.once(signal, () => void shutDown(signal));
}

if (cluster.isPrimary && settings.CONCIERGE_WORKERS > 1) runWorkers(settings.CONCIERGE_WORKERS);
else await serveRequests();
