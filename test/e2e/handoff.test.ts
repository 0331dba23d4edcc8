/**
 * A hand-off as the three people involved live it, against the whole stack: the shopper asks the
 * storefront chat for a person, the merchant's Zendesk gets a ticket (through the outbox worker in
 * the app process), the agent answers in Zendesk, and the answer appears in the open chat.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWidget } from "../../scripts/build-widget";
import {
  chatStorefrontRenderer,
  serveWidgetAssets,
  type WidgetAssetServer,
} from "../storefront/emulator-storefront";
import { widget } from "../storefront/widget-page";
import { DEMO_SHOP, DEMO_ZENDESK, startAppStack, type AppStack } from "../support/app-stack";
import { artifactPath, launchBrowser } from "../support/browser";

async function eventually<T>(
  read: () => T | undefined | null,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("handing a conversation to a person", { timeout: 120_000 }, () => {
  let assets: WidgetAssetServer;
  let stack: AppStack;
  let browser: Browser;

  beforeAll(async () => {
    await buildWidget();
    assets = await serveWidgetAssets();
    stack = await startAppStack({
      renderStorefrontPage: chatStorefrontRenderer({ assetBaseUrl: assets.url }),
    });
    await stack.install();
    await stack.adoptStarterFaq(["en"]);
    await stack.connectZendesk();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await assets?.close();
  });

  it("GIVEN a logged-in shopper WHEN they ask for a person THEN a ticket is made once and the agent's reply reaches the open chat", async () => {
    const shop = stack.shopify.shop(DEMO_SHOP);
    const customer = shop.customers.find((candidate) => candidate.email);
    if (!customer?.email) throw new Error("the demo shop has no customer with an email");
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${stack.storefrontUrl}/account/login?customer_id=${customer.id}&return_to=/`);
    await widget(page).getByRole("button", { name: "Chat with us" }).click();
    const input = widget(page).getByRole("textbox", { name: "Your message" });
    await input.fill("I want to talk to a real person please");
    await input.press("Enter");
    await widget(page)
      .getByText(/connecting you with a person/i)
      .waitFor();

    const tickets = () => [...stack.zendesk.account(DEMO_ZENDESK.subdomain).tickets.values()];
    const ticket = await eventually(
      () => tickets().find((candidate) => candidate.external_id?.includes(DEMO_SHOP)),
      "the ticket",
    );
    expect(tickets()).toHaveLength(1);
    const requester = stack.zendesk.account(DEMO_ZENDESK.subdomain).users.get(ticket.requester_id);
    expect(requester?.email).toBe(customer.email);

    const agentText =
      "Hi, this is Dana from the team. I have your order open and will sort it out now.";
    await stack.zendesk.agentReplies({
      subdomain: DEMO_ZENDESK.subdomain,
      ticketId: ticket.id,
      body: agentText,
      public: true,
      authorName: "Dana",
    });
    const reply = widget(page).getByText(agentText);
    await reply.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: artifactPath("handoff-agent-reply.png") });

    await stack.zendesk.agentReplies({
      subdomain: DEMO_ZENDESK.subdomain,
      ticketId: ticket.id,
      body: "An internal note",
      public: false,
      authorName: "Dana",
    });
    await page.waitForTimeout(3000);
    expect(await widget(page).getByText("An internal note").count()).toBe(0);
    expect(tickets()).toHaveLength(1);
    await context.close();
  });
});
