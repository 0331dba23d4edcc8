/**
 * The test and demo transport: production code calls `https://{shop}.myshopify.com/...` and
 * `https://{subdomain}.zendesk.com/...`; this fetch sends those to the loopback emulators and
 * refuses every other non-loopback host, so a test can never reach the internet.
 */

export interface LoopbackFetchOptions {
  shopifyEmulatorUrl: string;
  zendeskEmulatorUrl?: string;
  /** Used for loopback URLs and for the rewritten emulator requests (default: global fetch). */
  fallback?: typeof fetch;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

export class NonLoopbackRequestError extends Error {
  constructor(url: string) {
    super(
      `Refusing a request to ${url}: tests may only reach *.myshopify.com, *.zendesk.com (through the emulators) or loopback addresses.`,
    );
    this.name = "NonLoopbackRequestError";
  }
}

function requestUrl(input: Parameters<typeof fetch>[0]) {
  if (typeof input === "string") return input;
  if (input instanceof URL) return input.toString();
  return input.url;
}

/** Maps a production URL to the emulator URL that serves it, or null when it needs no rewrite. */
export function rewriteToEmulator(
  url: URL,
  options: Pick<LoopbackFetchOptions, "shopifyEmulatorUrl" | "zendeskEmulatorUrl">,
): URL | null {
  const hostname = url.hostname.toLowerCase();
  if (hostname.endsWith(".myshopify.com")) {
    return new URL(
      `${options.shopifyEmulatorUrl.replace(/\/$/, "")}/${hostname}${url.pathname}${url.search}`,
    );
  }
  if (hostname.endsWith(".zendesk.com")) {
    if (!options.zendeskEmulatorUrl) throw new NonLoopbackRequestError(url.toString());
    const subdomain = hostname.slice(0, -".zendesk.com".length);
    return new URL(
      `${options.zendeskEmulatorUrl.replace(/\/$/, "")}/${subdomain}${url.pathname}${url.search}`,
    );
  }
  return null;
}

export function createLoopbackFetch(options: LoopbackFetchOptions): typeof fetch {
  const fallback = options.fallback ?? globalThis.fetch.bind(globalThis);
  const loopbackFetch = async (
    input: Parameters<typeof fetch>[0],
    init?: Parameters<typeof fetch>[1],
  ) => {
    const url = new URL(requestUrl(input));
    const rewritten = rewriteToEmulator(url, options);
    if (rewritten) {
      if (input instanceof Request) {
        // Keep method, headers and body of a Request object; only the address changes.
        const body =
          input.method === "GET" || input.method === "HEAD" ? undefined : await input.arrayBuffer();
        return fallback(rewritten, {
          method: input.method,
          headers: input.headers,
          body,
          redirect: input.redirect,
          signal: input.signal,
          ...init,
        });
      }
      return fallback(rewritten, init);
    }
    if (LOOPBACK_HOSTS.has(url.hostname)) return fallback(input, init);
    throw new NonLoopbackRequestError(url.toString());
  };
  return loopbackFetch as typeof fetch;
}
