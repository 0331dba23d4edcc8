/**
 * Load made of shopper messages, shared by `bench:load` (one instance on SQLite) and `bench:scale`
 * (instances on PostgreSQL and Redis, alone and behind a balancer): conversations started through
 * the signed App Proxy route, then autocannon sending their messages in turn.
 */
import autocannon from "autocannon";
import { signAppProxyParams } from "../test/emulators/shopify/signatures";
import { DEMO_SHOP } from "../test/support/app-stack";

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
 * Starts `visitors` conversations, then sends their messages round-robin. `sendFirst` sends one
 * alone (it builds the shop's knowledge index and intent model, however long that takes); `fire`
 * runs autocannon for `duration` seconds.
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
    fire: (duration: number) =>
      autocannon({
        url: options.appUrl,
        connections: options.connections,
        duration,
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
  };
}
