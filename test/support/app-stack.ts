import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { buildSync } from "esbuild";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  createDemoShop,
  startShopifyEmulator,
  type RenderStorefrontPage,
  type ShopifyEmulator,
} from "../emulators/shopify";
import { startZendeskEmulator, type ZendeskEmulator } from "../emulators/zendesk";
import { generateEncryptionKey } from "../../app/assistant/encryption";
import { adoptStarterFaq } from "../../app/assistant/knowledge";
import { readKeyring, updateShopSettings, zendeskConnector } from "../../app/assistant/settings";
import type { Language } from "../../app/assistant/nlu/types";
import { openAppDatabase } from "./app-database";
import { MERCHANT_USER_AGENT } from "./browser";
import { freePort } from "./free-port";

const root = path.resolve(import.meta.dirname, "../..");
export const DEMO_SHOP = "concierge-demo.myshopify.com";
export const DEMO_ZENDESK = {
  subdomain: "concierge-demo",
  email: "agent@concierge-demo.example",
  apiToken: "demo-zendesk-token",
  webhookSigningSecret: "demo-zendesk-signing-secret",
};

export interface AppStackOptions {
  /** SQLite file; a fresh temporary one when absent. */
  databaseFile?: string;
  apiKey?: string;
  apiSecret?: string;
  /** Fixed ports for the demo; ephemeral ones in tests. */
  ports?: { app?: number; shopify?: number; storefront?: number; zendesk?: number };
  /** Where the app's own output goes: the demo shows it, tests keep it for failures. */
  appOutput?: "inherit" | "capture";
  renderStorefrontPage?: RenderStorefrontPage;
  /** `id:base64key` list for data at rest; a fresh key when absent. */
  encryptionKeys?: string;
  /** Any DATABASE_URL (e.g. a throwaway PostgreSQL's); migrated before the app starts. Wins over databaseFile. */
  databaseUrl?: string;
  /** Redis shared by the instances; without it each instance keeps limits and jobs to itself. */
  redisUrl?: string;
  /** App processes on one database (and Redis); the first is `appUrl`. One when absent. */
  instances?: number;
  /** More variables for the app processes. */
  environment?: Record<string, string>;
  /** Worker processes per app process (CONCIERGE_WORKERS); one when absent. */
  workers?: number;
}

/** One app process of the stack. */
export interface AppInstance {
  url: string;
  /** The process id while it runs. */
  pid(): number | null;
  start(): Promise<void>;
  /** SIGTERM, and waits for the process to exit (a graceful shutdown). */
  stop(): Promise<void>;
  /** The exit code of the process that ran last, once it exited. */
  exitCode(): number | null;
  /** SIGKILL: the process dies at once, with whatever it was doing. */
  kill(): Promise<void>;
  log(): string;
}

export interface AppStack {
  appUrl: string;
  /** Every app process; `instances[0].url` is `appUrl`. */
  instances: AppInstance[];
  /** The demo shop's admin page for the app: opens the embedded app with a fresh session token. */
  adminUrl: string;
  storefrontUrl: string;
  databaseUrl: string;
  apiKey: string;
  apiSecret: string;
  shopify: ShopifyEmulator;
  zendesk: ZendeskEmulator;
  /** What the app processes printed, when captured. */
  appLog(): string;
  /** Installs the app on the demo shop the way a merchant does: by opening it from the admin. */
  install(): Promise<void>;
  /** The merchant's one-step "adopt the starter FAQ" for these languages. */
  adoptStarterFaq(languages: Language[]): Promise<void>;
  /** The merchant saves one settings section (`{ section, ...values }`), as the settings page does. */
  saveSettings(input: Record<string, unknown>): Promise<void>;
  /** The merchant saves the demo Zendesk account in the settings; the app installs its webhook and triggers. */
  connectZendesk(): Promise<void>;
  /** Stops or starts every instance. */
  stopApp(): Promise<void>;
  startApp(): Promise<void>;
  stop(): Promise<void>;
}

export function ensureBuilt(): void {
  if (!existsSync(path.join(root, "build", "server", "index.js"))) {
    throw new Error("The app is not built: run `npm run build` first (npm test does it for you).");
  }
  // The entry is tiny and `remix vite:build` alone (without `npm run build`) removes it.
  if (!existsSync(path.join(root, "build", "server.js"))) {
    const result = spawnSync("npm", ["run", "build:server"], { cwd: root, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`Building server.ts failed:\n${result.stderr}`);
  }
}

/**
 * A copy of the server build for this stack, so a rebuild while it runs (another test, another
 * person) cannot pull the files from under a restarting instance. It stays under node_modules so
 * the build's imports resolve as they do from build/. The loopback network is bundled to plain
 * JavaScript beside it: the app runs as in production (`node build/server.js`), without tsx's
 * loader in the process.
 */
function snapshotServerBuild(): { entry: string; loopbackNetwork: string; remove(): void } {
  const parent = path.join(root, "node_modules", ".cache", "concierge-stacks");
  mkdirSync(parent, { recursive: true });
  const folder = mkdtempSync(path.join(parent, "build-"));
  cpSync(path.join(root, "build", "server"), path.join(folder, "server"), { recursive: true });
  cpSync(path.join(root, "build", "server.js"), path.join(folder, "server.js"));
  const loopbackNetwork = path.join(folder, "loopback-network.mjs");
  buildSync({
    entryPoints: [path.join(root, "test", "support", "loopback-network.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: loopbackNetwork,
    logLevel: "error",
  });
  return {
    entry: path.join(folder, "server.js"),
    loopbackNetwork,
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

function migrate(databaseUrl: string): void {
  const result = spawnSync(
    process.execPath,
    [path.join(root, "scripts", "prisma.mjs"), "migrate", "deploy"],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
    },
  );
  if (result.status !== 0)
    throw new Error(`Migrations failed:\n${result.stdout}\n${result.stderr}`);
}

/** The built server (server.ts) as a child process, with shop and Zendesk traffic sent to the emulators. */
function appInstance(options: {
  entry: string;
  loopbackNetwork: string;
  url: string;
  environment: NodeJS.ProcessEnv;
  output: "inherit" | "capture";
  onOutput: (text: string) => void;
}): AppInstance {
  let child: ChildProcess | null = null;
  let lastExitCode: number | null = null;
  let output = "";
  const exited = (running: ChildProcess) =>
    running.exitCode !== null || running.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => running.once("exit", () => resolve()));
  const end = async (signal: NodeJS.Signals) => {
    const running = child;
    child = null;
    if (!running) return;
    const done = exited(running);
    running.kill(signal);
    await done;
  };
  return {
    url: options.url,
    pid: () => child?.pid ?? null,
    exitCode: () => lastExitCode,
    log: () => output,
    async start() {
      const server = spawn(process.execPath, ["--import", options.loopbackNetwork, options.entry], {
        cwd: root,
        env: options.environment,
        stdio: options.output === "inherit" ? "inherit" : "pipe",
      });
      const record = (chunk: Buffer) => {
        output += chunk.toString();
        options.onOutput(chunk.toString());
      };
      server.stdout?.on("data", record);
      server.stderr?.on("data", record);
      server.once("exit", (code) => (lastExitCode = code));
      child = server;
      await waitForHttp(`${options.url}/`, server, () => output);
    },
    stop: () => end("SIGTERM"),
    kill: () => end("SIGKILL"),
  };
}

async function waitForHttp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The app exited with ${child.exitCode}:\n${log().slice(-2000)}`);
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`The app did not answer on ${url} within 90 s:\n${log().slice(-2000)}`);
}

/** The whole local world: Shopify and Zendesk emulators with the demo shop, and the built app on SQLite. */
export async function startAppStack(options: AppStackOptions = {}): Promise<AppStack> {
  ensureBuilt();
  const serverEntry = snapshotServerBuild();
  const apiKey = options.apiKey ?? "concierge-demo-api-key";
  const apiSecret = options.apiSecret ?? "concierge-demo-api-secret";
  const temporaryFolder =
    options.databaseFile || options.databaseUrl
      ? null
      : mkdtempSync(path.join(tmpdir(), "concierge-stack-"));
  const databaseUrl =
    options.databaseUrl ??
    `file:${options.databaseFile ?? path.join(temporaryFolder!, "concierge.sqlite")}`;
  const encryptionKeys = options.encryptionKeys ?? generateEncryptionKey("stack");
  migrate(databaseUrl);

  const appPort = options.ports?.app ?? (await freePort());
  const appUrl = `http://127.0.0.1:${appPort}`;
  const shopify = await startShopifyEmulator({
    apiKey,
    apiSecret,
    appUrl,
    port: options.ports?.shopify,
    storefrontPort: options.ports?.storefront,
    shops: [createDemoShop(1)],
    scopes: "read_customers,read_orders,read_products,write_app_proxy,write_orders,write_returns",
    ...(options.renderStorefrontPage ? { renderStorefrontPage: options.renderStorefrontPage } : {}),
  });
  const zendesk = await startZendeskEmulator({
    port: options.ports?.zendesk,
    accounts: [DEMO_ZENDESK],
  });

  const appEnvironment: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    SHOPIFY_API_KEY: apiKey,
    SHOPIFY_API_SECRET: apiSecret,
    SHOPIFY_APP_URL: appUrl,
    SCOPES: "read_customers,read_orders,read_products,write_app_proxy,write_orders,write_returns",
    DATABASE_URL: databaseUrl,
    CONCIERGE_ENCRYPTION_KEYS: encryptionKeys,
    APP_BRIDGE_URL: `${shopify.url}/app-bridge.js`,
    ZENDESK_URL_TEMPLATE: `${zendesk.url}/{subdomain}`,
    ZENDESK_APP_PUBLIC_KEY: zendesk.appPublicKeyPem,
    CONCIERGE_SHOPIFY_EMULATOR_URL: shopify.url,
    CONCIERGE_ZENDESK_EMULATOR_URL: zendesk.url,
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...(options.workers ? { CONCIERGE_WORKERS: String(options.workers) } : {}),
    ...options.environment,
  };

  let output = "";
  const instances: AppInstance[] = [];
  for (let index = 0; index < (options.instances ?? 1); index += 1) {
    const port = index === 0 ? appPort : await freePort();
    instances.push(
      appInstance({
        entry: serverEntry.entry,
        loopbackNetwork: serverEntry.loopbackNetwork,
        url: `http://127.0.0.1:${port}`,
        environment: { ...appEnvironment, PORT: String(port) },
        output: options.appOutput ?? "capture",
        onOutput: (text) => (output += text),
      }),
    );
  }

  const startApp = async () => {
    await Promise.all(instances.map((instance) => instance.start()));
  };
  const stopApp = async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
  };

  await startApp();
  const adminUrl = `${shopify.url}/${DEMO_SHOP}/admin/apps/${apiKey}`;

  return {
    appUrl,
    instances,
    adminUrl,
    storefrontUrl: shopify.storefrontUrl,
    databaseUrl,
    apiKey,
    apiSecret,
    shopify,
    zendesk,
    appLog: () => output,
    async install() {
      const offlineToken = async () => {
        const database = openAppDatabase(databaseUrl);
        try {
          const session = await database.session.findUnique({
            where: { id: `offline_${DEMO_SHOP}` },
            select: { accessToken: true },
          });
          return session?.accessToken ?? "";
        } finally {
          await database.$disconnect();
        }
      };
      // A database kept from an earlier run (the demo's) holds a token this emulator never issued:
      // the first visit's Admin API call is refused and Shopify's library drops the token, and the
      // next visit exchanges a new one, as it would for a merchant.
      for (let visit = 1; visit <= 2; visit += 1) {
        // Shopify's library answers bots 410; a merchant opens the app in an ordinary browser.
        const response = await fetch(adminUrl, { headers: { "User-Agent": MERCHANT_USER_AGENT } });
        if (!response.ok) {
          throw new Error(
            `Opening the app from the admin failed: ${response.status}\n${output.slice(-2000)}`,
          );
        }
        if ((await offlineToken()) !== "") return;
      }
      throw new Error(`Opening the app twice left ${DEMO_SHOP} without an access token`);
    },
    async adoptStarterFaq(languages) {
      const database = openAppDatabase(databaseUrl);
      try {
        for (const language of languages)
          await adoptStarterFaq({ prisma: database, shop: DEMO_SHOP, language });
      } finally {
        await database.$disconnect();
      }
    },
    async saveSettings(input) {
      const database = openAppDatabase(databaseUrl);
      try {
        const saved = await updateShopSettings({
          prisma: database,
          shop: DEMO_SHOP,
          actor: "owner@concierge-demo.example",
          keyring: null,
          input,
        });
        if (!saved.ok) throw new Error(`Saving settings failed: ${JSON.stringify(saved.errors)}`);
      } finally {
        await database.$disconnect();
      }
    },
    async connectZendesk() {
      const database = openAppDatabase(databaseUrl);
      try {
        const saved = await updateShopSettings({
          prisma: database,
          shop: DEMO_SHOP,
          actor: "owner@concierge-demo.example",
          keyring: readKeyring(encryptionKeys),
          input: {
            section: "zendesk",
            subdomain: DEMO_ZENDESK.subdomain,
            email: DEMO_ZENDESK.email,
            apiToken: DEMO_ZENDESK.apiToken,
          },
          connectZendesk: zendeskConnector({
            prisma: database,
            shop: DEMO_SHOP,
            appUrl,
            urlTemplate: `${zendesk.url}/{subdomain}`,
          }),
        });
        if (!saved.ok)
          throw new Error(`Connecting Zendesk failed: ${JSON.stringify(saved.errors)}`);
      } finally {
        await database.$disconnect();
      }
    },
    stopApp,
    startApp,
    async stop() {
      await stopApp();
      await Promise.all([shopify.close(), zendesk.close()]);
      if (temporaryFolder) rmSync(temporaryFolder, { recursive: true, force: true });
      serverEntry.remove();
    },
  };
}
