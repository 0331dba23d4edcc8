/**
 * The production server (`npm start`): the Remix build behind express, as remix-serve runs it,
 * plus what running several instances behind a load balancer needs:
 * - `/healthz` (app/routes/healthz.tsx) answers 503 from the moment a shutdown begins;
 * - on SIGTERM or SIGINT it stops taking connections, lets the requests in flight finish (closing
 *   keep-alive connections as they go idle), lets the background jobs in hand finish, closes the
 *   database and Redis, and exits; after CONCIERGE_SHUTDOWN_SECONDS it exits regardless.
 * Built to build/server.js by `npm run build:server`.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { installGlobals, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { z } from "zod";

const SettingsSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().optional(),
  CONCIERGE_SHUTDOWN_SECONDS: z.coerce.number().min(1).max(600).default(25),
});
const settings = SettingsSchema.parse(process.env);

/** What app/entry.server.tsx exports for this entry. */
const InstanceControlsSchema = z.object({
  startDraining: z.function().returns(z.void()),
  stopInstance: z.function().returns(z.promise(z.void())),
});

const buildFolder = import.meta.dirname;
const build = (await import(
  pathToFileURL(path.join(buildFolder, "server", "index.js")).href
)) as ServerBuild;
const instance = InstanceControlsSchema.parse(build.entry.module);
installGlobals({ nativeFetch: build.future.v3_singleFetch });

const say = (line: string) => process.stdout.write(`${line}\n`);

let draining = false;
let inFlight = 0;
let drained: (() => void) | null = null;

const app = express();
app.disable("x-powered-by");
app.use(compression());
app.use(
  build.publicPath,
  express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y" }),
);
app.use(express.static("public", { maxAge: "1h" }));
app.use((_request: IncomingMessage, response: ServerResponse, next: () => void) => {
  inFlight += 1;
  // Clients on a keep-alive connection come back through the balancer to another instance.
  if (draining) response.setHeader("Connection", "close");
  response.once("close", () => {
    inFlight -= 1;
    if (draining && inFlight === 0) drained?.();
  });
  next();
});
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }));

const server = app.listen(settings.PORT, settings.HOST ?? "0.0.0.0", () => {
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
