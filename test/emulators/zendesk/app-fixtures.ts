import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { PrismaClient } from "@prisma/client";
import { sealSecret } from "../../../app/assistant/settings/secret-box";
import { readKeyring } from "../../../app/assistant/settings/zendesk-connection";

/**
 * Shared by the Zendesk route tests: a keyring, a shop whose settings hold a sealed Zendesk
 * connection, and a loopback server that hands each request to a Remix action or loader, so the
 * emulator's real webhook deliveries reach the route under test.
 */

export function aKeyringText(): string {
  return `k1:${randomBytes(32).toString("base64")}`;
}

export async function aShopWithZendesk(options: {
  prisma: PrismaClient;
  shop: string;
  keyringText: string;
  zendesk: { subdomain: string; email: string; apiToken: string; webhookSigningSecret: string };
}): Promise<void> {
  const keyring = readKeyring(options.keyringText)!;
  const seal = (plaintext: string) => sealSecret({ keyring, plaintext });
  const settings = {
    escalation: {
      zendesk: {
        subdomain: options.zendesk.subdomain,
        email: options.zendesk.email,
        apiToken: seal(options.zendesk.apiToken),
        webhookSigningSecret: seal(options.zendesk.webhookSigningSecret),
      },
    },
  };
  await options.prisma.shop.upsert({
    where: { domain: options.shop },
    create: { domain: options.shop, settings: JSON.stringify(settings) },
    update: { settings: JSON.stringify(settings) },
  });
}

type Handler = (args: {
  request: Request;
  params: Record<string, string>;
  context: Record<string, unknown>;
}) => Promise<Response>;

/** Serves `handler` on 127.0.0.1; returns its base URL and a way to stop it. */
export async function serveRoute(
  handler: Handler,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (typeof value === "string") headers.set(name, value);
      }
      const method = incoming.method ?? "GET";
      const request = new Request(`http://${incoming.headers.host}${incoming.url ?? "/"}`, {
        method,
        headers,
        body: method === "GET" || method === "HEAD" ? undefined : Buffer.concat(chunks),
      });
      handler({ request, params: {}, context: {} })
        .then(async (response) => {
          outgoing.writeHead(response.status, Object.fromEntries(response.headers));
          outgoing.end(Buffer.from(await response.arrayBuffer()));
        })
        .catch((error: unknown) => {
          outgoing.writeHead(error instanceof Response ? error.status : 500).end();
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
