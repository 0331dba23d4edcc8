/**
 * One app instance as two worker processes on SQLite (CONCIERGE_WORKERS=2, no Redis): the kernel
 * hands each new connection to a worker in turn, so requests on fresh connections reach both. What
 * one process would hold alone is held once for both: a replay is refused whichever worker it
 * reaches, a visitor has one budget, a settings change made through one worker is seen by the other,
 * and SIGTERM drains both and exits cleanly.
 */
import { readdirSync, readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintSessionToken, signAppProxyParams } from "../emulators/shopify/signatures";
import { DEMO_SHOP, startAppStack, type AppStack } from "../support/app-stack";

const VISITOR_WRITES_PER_MINUTE = 6;
/** Requests sent on fresh connections: enough that, taken in turn, both workers get several. */
const CONNECTIONS = 6;

let stack: AppStack;

const aVisitorId = () => crypto.randomUUID().replaceAll("-", "").slice(0, 22);

/** The URL Shopify's App Proxy calls, signed as Shopify signs it. */
function proxyUrl(route: string, query: Record<string, string> = {}): string {
  const params = new URLSearchParams({
    ...query,
    shop: DEMO_SHOP,
    logged_in_customer_id: "",
    path_prefix: "/apps/concierge",
    timestamp: String(Math.floor(Date.now() / 1000)),
  });
  params.set("signature", signAppProxyParams(stack.apiSecret, params));
  return `${stack.appUrl}/proxy/${route}?${params.toString()}`;
}

/** One request on a connection of its own (no keep-alive agent), so the next may reach the other worker. */
function onFreshConnection(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      url,
      { method: options.method ?? "GET", headers: options.headers, agent: false },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    sent.on("error", reject);
    sent.end(options.body);
  });
}

const postJson = (url: string, body: unknown) =>
  onFreshConnection(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

/** The processes the primary forked (their parent process id is the primary's). */
function workerPids(primary: number): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        return Number(stat.split(") ")[1]!.split(" ")[1]) === primary;
      } catch {
        return false;
      }
    });
}

const listeningLines = () => (stack.appLog().match(/Concierge listening/g) ?? []).length;

async function eventually(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function startConversation(visitorId: string): Promise<string> {
  const response = await postJson(proxyUrl("conversation"), { visitorId, locale: "en", page: {} });
  expect(response.status).toBe(200);
  return (JSON.parse(response.text) as { conversation: { id: string } }).conversation.id;
}

async function greetingsSeen(): Promise<(string | null)[]> {
  const seen: (string | null)[] = [];
  for (let index = 0; index < CONNECTIONS; index += 1) {
    const response = await onFreshConnection(proxyUrl("widget", { locale: "en" }));
    expect(response.status).toBe(200);
    seen.push((JSON.parse(response.text) as { greeting: string | null }).greeting);
  }
  return seen;
}

describe("one instance, two workers, on SQLite", { timeout: 60_000 }, () => {
  beforeAll(async () => {
    stack = await startAppStack({
      workers: 2,
      environment: { CONCIERGE_RATE_LIMIT_VISITOR_WRITES: String(VISITOR_WRITES_PER_MINUTE) },
    });
    await stack.install();
    await stack.adoptStarterFaq(["en"]);
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("starts two workers under one primary", async () => {
    expect(stack.appLog()).toMatch(/Concierge primary \d+: 2 workers/);
    // The stack is up once one worker answers; the other may still be starting.
    await eventually(() => listeningLines() >= 2, "both workers to listen");
    expect(listeningLines()).toBe(2);
    expect(workerPids(stack.instances[0]!.pid()!)).toHaveLength(2);
  });

  it("runs the background jobs in one worker only", async () => {
    const queues = new Set<string>();
    for (let index = 0; index < CONNECTIONS; index += 1) {
      const health = await onFreshConnection(`${stack.appUrl}/healthz`);
      expect(health.status).toBe(200);
      queues.add((JSON.parse(health.text) as { queue: string }).queue);
    }
    // Worker 1 runs them in its process; worker 2 has none.
    expect(queues).toEqual(new Set(["in-process", "off"]));
  });

  it("GIVEN a chat message WHEN the very same request arrives again on other connections THEN only the first is answered", async () => {
    const visitorId = aVisitorId();
    const conversationId = await startConversation(visitorId);
    const url = proxyUrl("messages");
    const body = {
      visitorId,
      conversationId,
      text: "how much is shipping?",
      locale: "en",
      page: {},
    };
    const statuses: number[] = [];
    for (let index = 0; index < CONNECTIONS; index += 1)
      statuses.push((await postJson(url, body)).status);
    expect(statuses[0]).toBe(200);
    expect(statuses.slice(1)).toEqual(Array.from({ length: CONNECTIONS - 1 }, () => 400));
  });

  it("GIVEN one visitor writing on many connections THEN both workers charge one budget", async () => {
    const visitorId = aVisitorId();
    // Starting the conversation is the first write of the budget.
    const conversationId = await startConversation(visitorId);
    const statuses: number[] = [];
    for (let index = 0; index < VISITOR_WRITES_PER_MINUTE + 4; index += 1) {
      const response = await postJson(proxyUrl("messages"), {
        visitorId,
        conversationId,
        text: `question number ${index} about shipping`,
        locale: "en",
        page: {},
      });
      statuses.push(response.status);
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(VISITOR_WRITES_PER_MINUTE - 1);
    expect(statuses.slice(VISITOR_WRITES_PER_MINUTE - 1).every((status) => status === 429)).toBe(
      true,
    );
  });

  it("GIVEN both workers hold the settings WHEN the merchant changes the greeting through one THEN the next request on either sees it", async () => {
    // Both workers read (and keep) the settings first.
    expect(new Set(await greetingsSeen()).size).toBe(1);

    const greeting = `Welcome, from a test at ${Date.now()}`;
    const token = mintSessionToken({
      apiKey: stack.apiKey,
      apiSecret: stack.apiSecret,
      shop: DEMO_SHOP,
      userId: "1",
    });
    const saved = await onFreshConnection(
      `${stack.appUrl}/app/settings?_data=routes%2Fapp.settings`,
      {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ section: "greeting", greeting: { en: greeting }, tone: "friendly" }),
      },
    );
    expect(saved.status, saved.text).toBe(200);

    expect(await greetingsSeen()).toEqual(Array.from({ length: CONNECTIONS }, () => greeting));
  });

  it("GIVEN a worker that dies WHEN it is gone THEN the primary starts another and requests are answered", async () => {
    const primary = stack.instances[0]!.pid()!;
    const [victim] = workerPids(primary);
    process.kill(victim!, "SIGKILL");
    await eventually(() => listeningLines() >= 3, "a replacement worker to listen");
    expect(stack.appLog()).toMatch(/Worker \d exited \(SIGKILL\): starting another/);
    const pids = workerPids(primary);
    expect(pids).toHaveLength(2);
    expect(pids).not.toContain(victim);
    for (let index = 0; index < CONNECTIONS; index += 1)
      expect((await onFreshConnection(proxyUrl("widget", { locale: "en" }))).status).toBe(200);
  });

  it("GIVEN SIGTERM THEN both workers drain and the instance exits 0", async () => {
    const [instance] = stack.instances;
    await instance!.stop();
    expect(instance!.exitCode()).toBe(0);
    expect(instance!.log()).toMatch(/SIGTERM: stopping 2 workers/);
    expect(instance!.log().match(/SIGTERM: draining/g)).toHaveLength(2);
    expect(instance!.log()).toMatch(/Stopped\s*$/);
  });
});
