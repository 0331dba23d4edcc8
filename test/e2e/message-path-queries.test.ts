import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppStack, type AppStack } from "../support/app-stack";
import { aVisitorId, postJson, proxyUrl } from "../support/storefront-requests";

const hook = path.resolve(import.meta.dirname, "../support/statement-count-hook.mjs");
const MESSAGES = 12;

/** A signed App Proxy URL that is its own request (the replay guard refuses a repeated one). */
function freshProxyUrl(stack: AppStack, route: string, query: Record<string, string> = {}) {
  return proxyUrl(stack, route, { query: { ...query, nonce: crypto.randomUUID() } });
}

/** What the app prepared since the last call: SQL text → times (statement-count-hook.mjs). */
async function takePreparedStatements(stack: AppStack): Promise<Record<string, number>> {
  const seen = stack.appLog().length;
  process.kill(stack.instances[0]!.pid()!, "SIGUSR2");
  for (let tries = 0; tries < 100; tries += 1) {
    const line = /statements-prepared (.*)\n/.exec(stack.appLog().slice(seen));
    if (line) return JSON.parse(line[1]!) as Record<string, number>;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("The app did not report its statements");
}

describe("the chat message path on SQLite", () => {
  let stack: AppStack;

  beforeAll(async () => {
    stack = await startAppStack({
      environment: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${hook}`.trim() },
    });
    await stack.install();
    await stack.adoptStarterFaq(["en"]);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  // Long timeout: the first message builds the shop's intent model, slow on a busy machine.
  it("runs no Prisma query per message once warm: sending, answering on a product page, polling", async () => {
    const visitorId = aVisitorId();
    const started = await postJson(freshProxyUrl(stack, "conversation"), {
      visitorId,
      locale: "en",
      page: {},
    });
    expect(started.status).toBe(200);
    const { conversation } = (await started.json()) as { conversation: { id: string } };
    let cursor = "0";
    const exchange = async (text: string, productHandle?: string) => {
      const sent = await postJson(freshProxyUrl(stack, "messages"), {
        visitorId,
        conversationId: conversation.id,
        text,
        locale: "en",
        page: productHandle ? { productHandle } : {},
      });
      expect(sent.status, await sent.clone().text()).toBe(200);
      const polled = await fetch(
        freshProxyUrl(stack, "messages", {
          visitorId,
          conversationId: conversation.id,
          after: cursor,
        }),
      );
      expect(polled.status).toBe(200);
      cursor = ((await polled.json()) as { cursor: string }).cursor;
    };
    const questions = ["what is your return policy?", "how much is shipping?", "hello"];
    // Warm-up: caches filled, the ledger's statements prepared once.
    for (const text of questions) await exchange(text, "summit-hiking-boot");
    await takePreparedStatements(stack);

    for (let index = 0; index < MESSAGES; index += 1)
      await exchange(
        questions[index % questions.length]!,
        index % 2 ? "summit-hiking-boot" : undefined,
      );
    // The outbox worker polls once a second whatever the shoppers do: not part of a message.
    const prepared = Object.fromEntries(
      Object.entries(await takePreparedStatements(stack)).filter(
        ([sql]) => !/^SELECT `main`.`OutboxJob`.`id` FROM `main`.`OutboxJob`/.test(sql),
      ),
    );

    const queries = Object.values(prepared).reduce((sum, count) => sum + count, 0);
    console.log(
      `Prisma queries per chat message (a POST and a polling GET each): ${(queries / MESSAGES).toFixed(2)} (${queries} in ${MESSAGES} messages)`,
    );
    expect(prepared).toEqual({});
  }, 120_000);
});
