/**
 * Throwaway PostgreSQL and Redis servers on loopback, each in its own temporary folder and on a free
 * port, for the scale suite, the scale benchmark and `npm run db:migration` (which replays the
 * PostgreSQL migrations on a shadow database). They need Debian's `postgresql` and `redis-server`
 * packages (`.ci/run` installs them). PostgreSQL refuses to run as root: as root the cluster belongs
 * to the `postgres` user the package creates.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

export interface ThrowawayServer {
  url: string;
  stop(): Promise<void>;
}

function postgresBinaries(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(path.join(root, name, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0)
    throw new Error("PostgreSQL is not installed: apt-get install -y postgresql");
  return path.join(root, versions[0]!, "bin");
}

/** Runs a PostgreSQL program as the cluster's owner. */
function asOwner(program: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [program, args];
  return ["runuser", ["-u", "postgres", "--", program, ...args]];
}

/** A fresh PostgreSQL cluster; `url` names its `postgres` database (create others with SQL). */
export async function startThrowawayPostgres(): Promise<ThrowawayServer> {
  const bin = postgresBinaries();
  const folder = mkdtempSync(path.join(tmpdir(), "concierge-postgres-"));
  const data = path.join(folder, "data");
  if (process.getuid?.() === 0) {
    const idOf = (flag: string) =>
      Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    chownSync(folder, idOf("-u"), idOf("-g"));
  }
  const [initProgram, initArgs] = asOwner(path.join(bin, "initdb"), [
    "-D",
    data,
    "-U",
    "postgres",
    "-A",
    "trust",
    "--no-sync",
    "-E",
    "UTF8",
    "--locale=C",
  ]);
  execFileSync(initProgram, initArgs, { stdio: "pipe" });

  const port = await freePort();
  const pgCtl = (args: string[]) => {
    const [program, programArgs] = asOwner(path.join(bin, "pg_ctl"), ["-D", data, ...args]);
    execFileSync(program, programArgs, { stdio: "pipe" });
  };
  // Durability is not what a throwaway cluster is for: no fsync makes tests and migrations quick.
  const settings = [
    `-p ${port}`,
    "-h 127.0.0.1",
    `-k ${folder}`,
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=200",
  ].join(" ");
  pgCtl(["-w", "-t", "30", "-l", path.join(folder, "server.log"), "-o", settings, "start"]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      // "immediate": the cluster is thrown away, so nothing needs to be written on the way out.
      pgCtl(["-w", "-m", "immediate", "stop"]);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A Redis server that keeps nothing on disk. */
export async function startThrowawayRedis(): Promise<ThrowawayServer> {
  const folder = mkdtempSync(path.join(tmpdir(), "concierge-redis-"));
  const port = await freePort();
  const child = spawn(
    "redis-server",
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--dir",
      folder,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await waitUntilReady(
    child,
    () => log,
    () => log.includes("Ready to accept connections"),
    "Redis",
  );
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await stopChild(child, "SIGTERM");
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function waitUntilReady(
  child: ChildProcess,
  log: () => string,
  ready: () => boolean,
  name: string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with ${child.exitCode}:\n${log().slice(-2000)}`);
    if (ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill("SIGKILL");
  throw new Error(`${name} did not start within 30 s:\n${log().slice(-2000)}`);
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}
