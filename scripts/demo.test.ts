import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import stringWidth from "string-width";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../test/support/free-port";
import { aVisitorId } from "../test/support/storefront-requests";

const root = path.resolve(import.meta.dirname, "..");

/** The README's first command after its build: the demo launcher, on free ports and its own data folder. */
async function startDemo(dataDirectory = mkdtempSync(path.join(tmpdir(), "concierge-demo-"))) {
  const environment = {
    ...process.env,
    DEMO_DATA_DIR: dataDirectory,
    DEMO_APP_PORT: String(await freePort()),
    DEMO_SHOPIFY_PORT: String(await freePort()),
    DEMO_STOREFRONT_PORT: String(await freePort()),
    DEMO_ZENDESK_PORT: String(await freePort()),
  };
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(root, "scripts", "demo.ts")],
    {
      cwd: root,
      env: environment,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (output.includes("Press Ctrl-C to stop.")) {
        clearInterval(check);
        resolve();
      }
    }, 100);
    child.once("exit", (code) => {
      clearInterval(check);
      reject(new Error(`The demo exited with ${code} before it was ready:\n${output}`));
    });
  });
  return { child, dataDirectory, output: () => output };
}

function stopped(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });
}

const urlAfter = (output: string, label: string) => {
  const match = new RegExp(`${label}\\s+(http://\\S+)`).exec(output);
  if (!match?.[1]) throw new Error(`The demo printed no URL after "${label}":\n${output}`);
  return match[1];
};

/** POSTs JSON to the chat's App Proxy path on the demo storefront, as the widget does. */
const postToChat = (storefrontUrl: string) => (path: string, body: unknown) =>
  fetch(new URL(`/apps/concierge/${path}`, storefrontUrl), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

describe("npm run demo", () => {
  let demo: Awaited<ReturnType<typeof startDemo>>;
  beforeAll(async () => {
    demo = await startDemo();
  }, 120_000);
  afterAll(async () => {
    if (demo) {
      demo.child.kill("SIGTERM");
      await stopped(demo.child);
      rmSync(demo.dataDirectory, { recursive: true, force: true });
    }
  });

  it("prints the demo's URLs, customers named as the shop writes them", () => {
    const output = demo.output();
    expect(output).toContain("Concierge demo is running.");
    expect(output).toMatch(/Storefront as 王芳\s+http:\/\//);
    expect(output).not.toContain("芳 王");
    // The URLs line up in a terminal: 王芳 takes the four columns "Emma" does.
    const urlColumn = (name: string) => {
      const line = output.split("\n").find((each) => each.includes(`Storefront as ${name}`)) ?? "";
      return stringWidth(line.slice(0, line.indexOf("http://")));
    };
    expect(urlColumn("王芳")).toBe(urlColumn("Emma"));
  });

  it("serves a storefront page with the chat, and the chat answers through the App Proxy", async () => {
    const storefrontUrl = urlAfter(demo.output(), "Storefront with the chat \\(guest\\):");
    const page = await fetch(storefrontUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("concierge");

    const post = postToChat(storefrontUrl);
    const visitorId = aVisitorId();
    const started = await post("conversation", { visitorId, locale: "en" });
    expect(started.status, await started.clone().text()).toBe(200);
    const { conversation } = (await started.json()) as { conversation: { id: string } };
    const response = await post("messages", {
      visitorId,
      conversationId: conversation.id,
      text: "How long does shipping take?",
      locale: "en",
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const body = JSON.stringify(await response.json());
    expect(body).toContain("How long does shipping take?");
    expect(body).toMatch(/"role":"assistant"/);
  });

  it("logs a demo customer into the storefront from the printed link, on a page with the chat", async () => {
    const link = urlAfter(demo.output(), "Storefront as 王芳");
    const login = await fetch(link, { redirect: "manual" });
    expect(login.status).toBe(302);
    const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
    const page = await fetch(new URL(login.headers.get("location") ?? "", link), {
      headers: { cookie },
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("芳");
    expect(html).toContain("concierge-chat");
  });

  it("stops cleanly on SIGTERM", async () => {
    const health = await fetch(new URL("/healthz", urlAfter(demo.output(), "App server:")));
    expect(health.status).toBe(200);
    demo.child.kill("SIGTERM");
    expect(await stopped(demo.child)).toBe(0);
  });

  it("started again on the same data, the chat still reads the shop's products", async () => {
    // The previous test stopped it; the emulator starts afresh and no longer knows the old token.
    demo = await startDemo(demo.dataDirectory);
    const storefrontUrl = urlAfter(demo.output(), "Storefront with the chat \\(guest\\):");
    const post = postToChat(storefrontUrl);
    const visitorId = aVisitorId();
    const page = {
      url: "/products/ridgeline-trail-runner",
      productHandle: "ridgeline-trail-runner",
    };
    const started = await post("conversation", { visitorId, locale: "en", page });
    const { conversation } = (await started.json()) as { conversation: { id: string } };
    const response = await post("messages", {
      visitorId,
      conversationId: conversation.id,
      text: "how much is this one?",
      locale: "en",
      page,
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(JSON.stringify(await response.json())).toContain("Ridgeline Trail Runner costs $");
  }, 120_000);
});
