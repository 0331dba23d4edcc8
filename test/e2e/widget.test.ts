/**
 * The storefront chat widget in Debian's Chromium against the whole demo stack: the Shopify
 * emulator serves a storefront page rendered from the real app embed block, forwards
 * /apps/concierge/* to the built app with Shopify's signature, and runs the Ajax cart.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SHOP, startAppStack } from "../support/app-stack";
import type { AppStack } from "../support/app-stack";
import { artifactPath } from "../support/browser";
import { chatStorefrontRenderer } from "../storefront/emulator-storefront";
import type { WidgetAssetServer } from "../storefront/emulator-storefront";
import { installSpeechStandIn, scanAccessibility, widget } from "../storefront/widget-page";
import { startChatStorefront, type ChatStorefront } from "../storefront/chat-storefront";

const FAQ_QUESTION = "How long does delivery take?";
const FAQ_ANSWER = /Delivery usually takes 3–5 business days/;

// A first answer can wait for the app to warm its language models; each test gets room for that.
describe("storefront chat widget", { timeout: 90_000 }, () => {
  let chat: ChatStorefront;
  let assets: WidgetAssetServer;
  let stack: AppStack;
  let browser: Browser;

  beforeAll(async () => {
    chat = await startChatStorefront();
    ({ assets, stack, browser } = chat);
  });

  afterAll(() => chat?.close());

  async function storefront(
    options: { viewport?: { width: number; height: number } } = {},
  ): Promise<{ context: BrowserContext; page: Page; proxyCalls: string[]; errors: string[] }> {
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const proxyCalls: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/apps/concierge/"))
        proxyCalls.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
    page.on("pageerror", (error) => errors.push(error.message));
    return { context, page, proxyCalls, errors };
  }

  const ask = async (page: Page, text: string): Promise<void> => {
    const input = widget(page).getByRole("textbox", { name: "Your message" });
    await input.fill(text);
    await input.press("Enter");
  };

  /** Presses Tab (or Shift+Tab) until the focused control inside the widget has this name. */
  const tabUntil = async (page: Page, name: string, key: "Tab" | "Shift+Tab"): Promise<boolean> => {
    for (let step = 0; step < 60; step++) {
      const focused = await page.evaluate(
        () => document.activeElement?.shadowRoot?.activeElement?.getAttribute("aria-label") ?? null,
      );
      if (focused === name) return true;
      await page.keyboard.press(key);
    }
    return false;
  };

  it("paints only the launcher until the shopper shows intent, without shifting the page", async () => {
    const { context, page, proxyCalls } = await storefront();
    const servedBefore = assets.served.length;
    await page.addInitScript(() => {
      const shifts: number[] = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: "layout-shift", buffered: true });
      Object.assign(window, { __shifts: shifts });
    });
    await page.goto(`${stack.storefrontUrl}/`, { waitUntil: "load" });
    const launcher = widget(page).getByRole("button", { name: "Chat with us" });
    await launcher.waitFor();
    await page.waitForTimeout(1500);
    expect(assets.served.slice(servedBefore)).toEqual(["concierge-loader.js"]);
    // The shop's appearance and nudges: the same for everyone, cacheable, nothing about the visitor.
    expect(proxyCalls).toEqual(["GET /apps/concierge/widget"]);
    expect(
      await page.evaluate(() =>
        (window as unknown as { __shifts: number[] }).__shifts.reduce(
          (sum, value) => sum + value,
          0,
        ),
      ),
    ).toBe(0);

    await launcher.hover();
    await expect
      .poll(() => assets.served.slice(servedBefore))
      .toEqual(["concierge-loader.js", "concierge-chat-en.js"]);
    // Mounting twice is harmless: a second copy of the loader finds the first and stops.
    await page.addScriptTag({ url: `${assets.url}/concierge-loader.js` });
    expect(await page.locator("#concierge-chat-host").count()).toBe(1);
    await context.close();
  });

  it("answers an FAQ question and keeps the conversation across reload and a new tab", async () => {
    const { context, page, errors } = await storefront();
    await page.goto(`${stack.storefrontUrl}/`);
    await widget(page).getByRole("button", { name: "Chat with us" }).click();
    await ask(page, FAQ_QUESTION);
    await widget(page).getByText(FAQ_ANSWER).waitFor();

    await page.reload();
    // The panel was open: it comes back open with the history once the page is idle.
    await widget(page).getByText(FAQ_ANSWER).waitFor();
    await widget(page).getByText(FAQ_QUESTION).waitFor();

    const secondTab = await context.newPage();
    await secondTab.goto(`${stack.storefrontUrl}/`);
    await widget(secondTab).getByRole("button", { name: "Chat with us" }).click();
    await widget(secondTab).getByText(FAQ_ANSWER).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows a logged-in customer's order as a card", async () => {
    const shop = stack.shopify.shop(DEMO_SHOP);
    const order = shop.orders.find(
      (candidate) => candidate.customerId !== null && candidate.cancelledAt === null,
    );
    if (!order?.customerId) throw new Error("the demo shop has no customer orders");
    const customerOrders = shop.orders
      .filter((candidate) => candidate.customerId === order.customerId)
      .map((candidate) => `#${candidate.number}`);
    const { context, page } = await storefront();
    await page.goto(
      `${stack.storefrontUrl}/account/login?customer_id=${order.customerId}&return_to=/`,
    );
    await widget(page).getByRole("button", { name: "Chat with us" }).click();
    await ask(page, "Where is my order?");
    const card = widget(page).locator("article.order").first();
    await card.waitFor();
    expect(customerOrders).toContain(await card.getAttribute("aria-label"));
    await page.screenshot({ path: artifactPath("widget-order-desktop.png") });
    await context.close();
  });

  it("adds a recommended product to the storefront's cart", async () => {
    const { context, page } = await storefront();
    await page.goto(`${stack.storefrontUrl}/`);
    await widget(page).getByRole("button", { name: "Chat with us" }).click();
    await ask(page, "Can you recommend a jacket?");
    const add = widget(page)
      .locator("article.product")
      .getByRole("button", { name: "Add to cart" })
      .first();
    await add.click();
    await widget(page).getByRole("button", { name: "Added to cart" }).first().waitFor();
    const cart = await page.evaluate(() =>
      fetch("/cart.js").then((response) => response.json() as Promise<{ item_count: number }>),
    );
    expect(cart.item_count).toBe(1);
    await expect.poll(() => page.locator("#cart-count").textContent()).toBe("1");
    await page.screenshot({ path: artifactPath("widget-products-desktop.png") });
    await context.close();
  });

  it("answers about the product page the shopper is on: a size, then what the page says", async () => {
    const { context, page } = await storefront();
    await page.goto(`${stack.storefrontUrl}/products/ridgeline-trail-runner`);
    await widget(page).getByRole("button", { name: "Chat with us" }).click();
    await ask(page, "do you have it in size 10?");
    await widget(page)
      .getByText(/Ridgeline Trail Runner in Size 10 is (in stock|sold out right now)/)
      .waitFor();
    await ask(page, "what is it made of?");
    await widget(page).getByText("Here's what the page for Ridgeline Trail Runner says:").waitFor();
    await widget(page)
      .getByText(/Made from recycled mesh upper/)
      .waitFor();
    await page.screenshot({ path: artifactPath("widget-product-answers-desktop.png") });
    await context.close();
  });

  it("completes a conversation with the keyboard alone", async () => {
    const { context, page } = await storefront();
    await page.goto(`${stack.storefrontUrl}/`);
    await widget(page).getByRole("button", { name: "Chat with us" }).waitFor();
    // Tab through the theme until the launcher has focus.
    let onLauncher = false;
    for (let step = 0; step < 40 && !onLauncher; step++) {
      await page.keyboard.press("Tab");
      onLauncher = await page.evaluate(
        () =>
          document.activeElement?.id === "concierge-chat-host" &&
          document.activeElement.shadowRoot?.activeElement?.classList.contains("launcher") === true,
      );
    }
    expect(onLauncher).toBe(true);
    await page.keyboard.press("Enter");
    const input = widget(page).getByRole("textbox", { name: "Your message" });
    await expect
      .poll(() =>
        input.evaluate(
          (element) => element === (element.getRootNode() as ShadowRoot).activeElement,
        ),
      )
      .toBe(true);
    await page.keyboard.type(FAQ_QUESTION);
    await page.keyboard.press("Enter");
    await widget(page).getByText(FAQ_ANSWER).waitFor();
    // Rate the chat: Shift+Tab back to the header's "Rate this chat", then Tab to the fifth star.
    expect(await tabUntil(page, "Rate this chat", "Shift+Tab")).toBe(true);
    await page.keyboard.press("Enter");
    expect(await tabUntil(page, "5 out of 5", "Tab")).toBe(true);
    await page.keyboard.press("Enter");
    await widget(page).getByText("Thank you for your feedback!").waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => widget(page).locator(".panel").isHidden()).toBe(true);
    expect(
      await page.evaluate(() =>
        document.activeElement?.shadowRoot?.activeElement?.classList.contains("launcher"),
      ),
    ).toBe(true);
    await context.close();
  });

  it("keeps what the shopper typed when sending fails, and explains why", async () => {
    const { context, page } = await storefront();
    await page.goto(`${stack.storefrontUrl}/`);
    await widget(page).getByRole("button", { name: "Chat with us" }).click();
    await ask(page, FAQ_QUESTION);
    await widget(page).getByText(FAQ_ANSWER).waitFor();
    const input = widget(page).getByRole("textbox", { name: "Your message" });

    stack.shopify.misbehave({ failNext: 1, errorStatus: 500, routes: ["proxy"] });
    await ask(page, "Do you ship internationally?");
    await widget(page).getByRole("alert").getByText("Something went wrong on our side").waitFor();
    expect(await input.inputValue()).toBe("Do you ship internationally?");

    await context.setOffline(true);
    await input.press("Enter");
    await widget(page).getByRole("alert").getByText("You're offline").waitFor();
    expect(await input.inputValue()).toBe("Do you ship internationally?");
    await context.setOffline(false);
    await widget(page).getByRole("button", { name: "Try again" }).click();
    await widget(page)
      .getByText(/ship to most countries/)
      .waitFor();
    expect(await input.inputValue()).toBe("");

    const tooLong = "a".repeat(2001);
    await input.fill(tooLong);
    await input.press("Enter");
    await widget(page).getByRole("alert").getByText("That message is too long").waitFor();
    expect(await input.inputValue()).toBe(tooLong);
    stack.shopify.misbehave({ failNext: 0 });
    await context.close();
  });

  it("takes a spoken question in the shopper's language and reads the answer aloud", async () => {
    const { context, page } = await storefront();
    await installSpeechStandIn(page);
    await page.goto(`${stack.storefrontUrl}/fr/`);
    await widget(page).getByRole("button", { name: "Discutez avec nous" }).click();
    await widget(page).getByRole("button", { name: "Dicter votre message" }).click();
    expect(
      await page.evaluate(
        () => (window as unknown as { __speech: { languages: string[] } }).__speech.languages,
      ),
    ).toEqual(["fr"]);
    await page.evaluate(() =>
      (window as unknown as { __speech: { say(text: string): void } }).__speech.say(
        "Combien de temps prend la livraison ?",
      ),
    );
    await widget(page).getByText("Combien de temps prend la livraison ?").waitFor();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (window as unknown as { __speech: { spoken: { lang: string }[] } }).__speech.spoken
              .length,
        ),
      )
      .toBeGreaterThan(0);
    const spoken = await page.evaluate(
      () =>
        (window as unknown as { __speech: { spoken: { text: string; lang: string }[] } }).__speech
          .spoken,
    );
    expect(spoken[0]?.lang).toBe("fr");
    // Switching back to text at any moment: the read-aloud toggle turns voice off again.
    await widget(page).getByRole("button", { name: "Lire les réponses à voix haute" }).click();
    expect(
      await widget(page)
        .getByRole("button", { name: "Lire les réponses à voix haute" })
        .getAttribute("aria-pressed"),
    ).toBe("false");
    await context.close();
  });

  it("hides voice where the browser has no speech recognition", async () => {
    const { context, page } = await storefront();
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, "webkitSpeechRecognition");
      Reflect.deleteProperty(window, "SpeechRecognition");
    });
    await page.goto(`${stack.storefrontUrl}/`);
    await widget(page).getByRole("button", { name: "Chat with us" }).click();
    await widget(page).getByRole("textbox", { name: "Your message" }).waitFor();
    expect(await widget(page).getByRole("button", { name: "Speak your message" }).count()).toBe(0);
    await context.close();
  });

  it("stores and sends nothing before consent when the shop requires it, and deletes on request", async () => {
    const consentStack = await startAppStack({
      renderStorefrontPage: chatStorefrontRenderer({
        assetBaseUrl: assets.url,
        settings: { require_consent: true },
      }),
    });
    try {
      await consentStack.install();
      await consentStack.adoptStarterFaq(["en"]);
      const { context, page, proxyCalls } = await storefront();
      await page.goto(`${consentStack.storefrontUrl}/`);
      await widget(page).getByRole("button", { name: "Chat with us" }).click();
      await widget(page).getByRole("button", { name: "Agree and chat" }).waitFor();
      expect(proxyCalls).toEqual([]);
      expect(
        await page.evaluate(() =>
          Object.keys(localStorage).filter((key) => key.startsWith("concierge:")),
        ),
      ).toEqual([]);

      await widget(page).getByRole("button", { name: "Agree and chat" }).click();
      await ask(page, FAQ_QUESTION);
      await widget(page).getByText(FAQ_ANSWER).waitFor();
      expect(await page.evaluate(() => localStorage.getItem("concierge:consent"))).toBe("yes");

      await widget(page).getByRole("button", { name: "Delete this conversation" }).click();
      await widget(page).getByRole("button", { name: "Delete", exact: true }).click();
      await widget(page).getByText("The conversation was deleted.").waitFor();
      expect(proxyCalls).toContain("POST /apps/concierge/conversation/delete");
      expect(await widget(page).getByText(FAQ_ANSWER).count()).toBe(0);
      expect(await page.evaluate(() => localStorage.getItem("concierge:conversation"))).toBeNull();
      await context.close();
    } finally {
      await consentStack.stop();
    }
  });

  it("has no serious or critical axe-core violations, open or closed, on desktop and mobile", async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const { context, page } = await storefront({ viewport });
      await page.goto(`${stack.storefrontUrl}/`);
      const closed = await scanAccessibility(page);
      await widget(page).getByRole("button", { name: "Chat with us" }).click();
      await ask(page, FAQ_QUESTION);
      await widget(page).getByText(FAQ_ANSWER).waitFor();
      const open = await scanAccessibility(page);
      const name = viewport.width > 640 ? "desktop" : "mobile";
      await page.screenshot({ path: artifactPath(`widget-chat-${name}.png`) });
      const blocking = [...closed, ...open].filter(
        (violation) => violation.impact === "serious" || violation.impact === "critical",
      );
      expect(blocking).toEqual([]);
      await context.close();
    }
  });
});
