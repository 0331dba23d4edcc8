/**
 * Load made of shopper messages, shared by `bench:load` (one instance on SQLite) and `bench:scale`
 * (instances on PostgreSQL and Redis, alone and behind a balancer): conversations started through
 * the signed App Proxy route, then autocannon sending their messages in turn.
 */
import { Agent, request as httpRequest } from "node:http";
import autocannon from "autocannon";
import { signAppProxyParams } from "../test/emulators/shopify/signatures";
import { DEMO_SHOP } from "../test/support/app-stack";
import { quantile } from "./quantile";

export const QUESTIONS = [
  "how much is shipping?",
  "what is your return policy?",
  "do you ship to Canada?",
  "hello",
  "can I change my order?",
  "how long does delivery take?",
  "what payment methods do you accept?",
  "thanks!",
];

interface LoadConversation {
  visitorId: string;
  conversationId: string;
}

/** The path Shopify's App Proxy calls, signed; the nonce makes each request's signature its own. */
export function signedProxyPath(apiSecret: string, route: string): string {
  const params = new URLSearchParams({
    shop: DEMO_SHOP,
    logged_in_customer_id: "",
    path_prefix: "/apps/concierge",
    timestamp: String(Math.floor(Date.now() / 1000)),
    nonce: crypto.randomUUID(),
  });
  params.set("signature", signAppProxyParams(apiSecret, params));
  return `/proxy/${route}?${params.toString()}`;
}

async function startLoadConversations(options: {
  appUrl: string;
  apiSecret: string;
  visitors: number;
}): Promise<LoadConversation[]> {
  const conversations: LoadConversation[] = [];
  for (let index = 0; index < options.visitors; index += 1) {
    const visitorId = `load-${String(index).padStart(6, "0")}-${crypto.randomUUID().slice(0, 8)}`;
    const response = await fetch(
      `${options.appUrl}${signedProxyPath(options.apiSecret, "conversation")}`,
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ visitorId, locale: "en", page: {} }),
      },
    );
    if (!response.ok)
      throw new Error(
        `Starting a conversation failed: ${response.status} ${await response.text()}`,
      );
    const { conversation } = (await response.json()) as { conversation: { id: string } };
    conversations.push({ visitorId, conversationId: conversation.id });
  }
  return conversations;
}

/**
 * What a run of messages gave: completed 2xx per second of the run, latency percentiles in ms and
 * failures, whichever generator sent them.
 */
export interface MessageRunResult {
  seconds: number;
  ok: number;
  messagesPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  connectionErrors: number;
  timeouts: number;
  non2xx: number;
}

/** The figures of an autocannon run. */
export function autocannonFigures(result: autocannon.Result): MessageRunResult {
  return {
    seconds: result.duration,
    ok: result["2xx"],
    messagesPerSecond: result["2xx"] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * Starts `visitors` conversations, then sends their messages round-robin. `sendFirst` sends one
 * alone (it builds the shop's knowledge index and intent model, however long that takes); `fire`
 * runs autocannon for `duration` seconds (closed loop; with `overallRate`, autocannon's per-second
 * quota per connection); `pace` sends open loop at a fixed rate.
 */
export async function prepareShopperMessageLoad(options: {
  appUrl: string;
  apiSecret: string;
  visitors: number;
  connections: number;
}) {
  const conversations = await startLoadConversations(options);
  let next = 0;
  let firstFailure = "";
  const message = () => {
    const { visitorId, conversationId } = conversations[next % conversations.length]!;
    const text = QUESTIONS[next % QUESTIONS.length]!;
    next += 1;
    return { visitorId, conversationId, text, locale: "en", page: {} };
  };
  return {
    firstFailure: () => firstFailure,
    async sendFirst(): Promise<void> {
      const response = await fetch(
        `${options.appUrl}${signedProxyPath(options.apiSecret, "messages")}`,
        {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(message()),
          signal: AbortSignal.timeout(120_000),
        },
      );
      if (!response.ok)
        throw new Error(`The first message failed: ${response.status} ${await response.text()}`);
    },
    fire: (duration: number, settings: { overallRate?: number; connections?: number } = {}) =>
      autocannon({
        url: options.appUrl,
        connections: settings.connections ?? options.connections,
        duration,
        // Its correction for coordinated omission takes ceil(1 / per-connection rate in seconds)
        // = 1 ms as the interval and adds made-up samples; raw latencies are reported instead.
        ...(settings.overallRate
          ? { overallRate: settings.overallRate, ignoreCoordinatedOmission: true }
          : {}),
        requests: [
          {
            method: "POST",
            headers: { "content-type": "application/json" },
            setupRequest: (request) => ({
              ...request,
              path: signedProxyPath(options.apiSecret, "messages"),
              body: JSON.stringify(message()),
            }),
            onResponse: (status, body) => {
              if (status >= 300 && !firstFailure) firstFailure = `${status} ${body.slice(0, 300)}`;
            },
          },
        ],
      }),
    /**
     * Open loop at a fixed rate: message i is due at start + i / rate and is sent then, whatever
     * has come back, on at most `connections` keep-alive connections (a message waits for a free
     * one). Latency counts from when the message was due, so a stall is charged to every message
     * it delayed, not hidden by a generator that waits for answers.
     */
    pace: async (settings: {
      seconds: number;
      rate: number;
      connections: number;
    }): Promise<MessageRunResult> => {
      const { hostname, port } = new URL(options.appUrl);
      const agent = new Agent({ keepAlive: true, maxSockets: settings.connections });
      const total = Math.round(settings.seconds * settings.rate);
      const latencies: number[] = [];
      let connectionErrors = 0;
      let timeouts = 0;
      let non2xx = 0;
      let done = 0;
      let lastAnswer = 0;
      const start = performance.now();
      await new Promise<void>((resolve) => {
        const finish = () => {
          done += 1;
          lastAnswer = performance.now();
          if (done === total) resolve();
        };
        const send = (due: number) => {
          const body = JSON.stringify(message());
          const sent = httpRequest(
            {
              agent,
              host: hostname,
              port,
              method: "POST",
              path: signedProxyPath(options.apiSecret, "messages"),
              headers: {
                "content-type": "application/json",
                "content-length": Buffer.byteLength(body),
              },
              timeout: 10_000,
            },
            (response) => {
              let text = "";
              response.setEncoding("utf8");
              response.on("data", (chunk: string) => (text += chunk));
              response.on("end", () => {
                const status = response.statusCode ?? 0;
                if (status >= 200 && status < 300) latencies.push(performance.now() - due);
                else {
                  non2xx += 1;
                  if (!firstFailure) firstFailure = `${status} ${text.slice(0, 300)}`;
                }
                finish();
              });
            },
          );
          let timedOut = false;
          sent.on("timeout", () => {
            timedOut = true;
            timeouts += 1;
            sent.destroy();
          });
          // A timed-out request ends here too (destroyed), counted once, as a timeout.
          sent.on("error", () => {
            if (!timedOut) connectionErrors += 1;
            finish();
          });
          sent.end(body);
        };
        let scheduled = 0;
        const tick = () => {
          const due = Math.min(
            total,
            Math.floor(((performance.now() - start) * settings.rate) / 1000) + 1,
          );
          for (; scheduled < due; scheduled += 1) send(start + (scheduled * 1000) / settings.rate);
          if (scheduled < total) setTimeout(tick, 1);
        };
        tick();
      });
      agent.destroy();
      latencies.sort((a, b) => a - b);
      const seconds = (lastAnswer - start) / 1000;
      return {
        seconds,
        ok: latencies.length,
        messagesPerSecond: latencies.length / seconds,
        p50: Math.round(quantile(latencies, 0.5)),
        p99: Math.round(quantile(latencies, 0.99)),
        max: Math.round(latencies.at(-1) ?? 0),
        connectionErrors,
        timeouts,
        non2xx,
      };
    },
  };
}
