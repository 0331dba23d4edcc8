/**
 * Proactive help and the merchant's appearance defaults, in Debian's Chromium against the demo
 * stack: the built app behind the Shopify emulator's App Proxy, the storefront rendered from the
 * real app embed block, and the merchant's settings saved as the admin saves them.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SHOP } from "../support/app-stack";
import type { AppStack } from "../support/app-stack";
import { artifactPath } from "../support/browser";
import type { OrderRecord } from "../emulators/shopify/shop-data";
import { startChatStorefront, type ChatStorefront } from "./chat-storefront";
import type { ChatEmbedSettings } from "./render-storefront";
import { widget } from "./widget-page";

const NUDGE = "Need a hand choosing? Ask us anything.";
const SIZING = "How do your sizes fit?";
const RETURNS = "What is your return policy?";
const DELIVERY = "How long does delivery take?";

const trigger = (kind: string, overrides: Record<string, unknown> = {}) => ({
  kind,
  enabled: false,
  delaySeconds: 30,
  message: "",
  minimumCartValue: null,
  ...overrides,
});

describe("proactive help in the storefront widget", { timeout: 120_000 }, () => {
  let chat: ChatStorefront;
  let stack: AppStack;
  let browser: Browser;
  // The theme editor's settings for the app embed; tests change them between page loads.
  const embed: Partial<ChatEmbedSettings> = {};

  beforeAll(async () => {
    chat = await startChatStorefront({ embed });
    ({ stack, browser } = chat);
  });

  afterAll(() => chat?.close());

  const saveSettings = (input: Record<string, unknown>) => stack.saveSettings(input);

  const saveProactive = (overrides: Record<string, unknown>) =>
    saveSettings({
      section: "proactive",
      orderStatus: false,
      productQuestions: false,
      nudgesPerDay: 2,
      triggers: [],
      ...overrides,
    });

  async function visitor(): Promise<{
    context: BrowserContext;
    page: Page;
    proxyCalls: string[];
  }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const proxyCalls: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/apps/concierge/"))
        proxyCalls.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
    return { context, page, proxyCalls };
  }

  const launcherOf = (page: Page, name = "Chat with us") =>
    widget(page).getByRole("button", { name });
  const nudgeOf = (page: Page) => widget(page).getByRole("button", { name: NUDGE });
  const ask = async (page: Page, text: string, answered: RegExp): Promise<void> => {
    const input = widget(page).getByRole("textbox", { name: "Your message" });
    await input.fill(text);
    await input.press("Enter");
    await widget(page).locator(".from-assistant .bubble").getByText(answered).last().waitFor();
  };

  it("paints the merchant's colour and corner from the admin, unless the theme editor set them", async () => {
    await saveSettings({
      section: "widget",
      voice: true,
      position: "bottom-left",
      accent: "#aa3300",
    });
    const { context, page, proxyCalls } = await visitor();
    await page.goto(`${stack.storefrontUrl}/`);
    const launcher = launcherOf(page);
    await launcher.waitFor();
    await expect
      .poll(() => launcher.evaluate((element) => getComputedStyle(element).backgroundColor))
      .toBe("rgb(170, 51, 0)");
    const box = await launcher.boundingBox();
    expect(box?.x).toBeLessThan(100);
    // One cacheable read of the shop's settings, without anything about the visitor.
    expect(proxyCalls).toEqual(["GET /apps/concierge/widget"]);
    await launcher.click();
    await widget(page).getByRole("textbox", { name: "Your message" }).waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: artifactPath("proactive-appearance-admin.png") });

    Object.assign(embed, { position: "bottom-right", accent_color: "#0b6e4f" });
    try {
      await page.goto(`${stack.storefrontUrl}/`);
      const themed = launcherOf(page);
      await themed.waitFor();
      expect(await themed.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
        "rgb(11, 110, 79)",
      );
      expect((await themed.boundingBox())?.x).toBeGreaterThan(1000);
    } finally {
      Object.assign(embed, { position: "app", accent_color: "" });
      await context.close();
    }
  });

  it("opens with the status of a logged-in shopper's order in transit, in their language", async () => {
    await saveProactive({ orderStatus: true });
    const shop = stack.shopify.shop(DEMO_SHOP);
    const ordersOf = (customerId: number) =>
      shop.orders.filter((order) => order.customerId === customerId);
    const inTransit = (order: OrderRecord) =>
      order.cancelledAt === null &&
      order.fulfillments.some((fulfillment) => fulfillment.displayStatus === "IN_TRANSIT") &&
      order.fulfillments.every(
        (fulfillment) =>
          !fulfillment.estimatedDeliveryAt ||
          Date.parse(fulfillment.estimatedDeliveryAt) > Date.now(),
      );
    const customer = shop.customers.find((candidate) => {
      const orders = ordersOf(candidate.id);
      return orders.length === 1 && orders.every(inTransit);
    });
    if (!customer) throw new Error("the demo shop has no customer with one order in transit");
    const orderName = `#${ordersOf(customer.id)[0]!.number}`;

    for (const locale of ["", "/zh-CN"]) {
      const { context, page } = await visitor();
      await page.goto(
        `${stack.storefrontUrl}/account/login?customer_id=${customer.id}&return_to=${locale}/`,
      );
      await page.goto(`${stack.storefrontUrl}${locale}/`);
      await launcherOf(page, locale ? "在线咨询" : "Chat with us").click();
      const first = widget(page).locator(".messages > li").first();
      await first.locator("article.order").waitFor();
      expect(await first.locator("article.order").getAttribute("aria-label")).toBe(orderName);
      expect(await widget(page).locator("article.order").count()).toBe(1);
      const words = (await first.locator(".bubble").textContent()) ?? "";
      expect(words).toContain(orderName);
      if (locale) expect(words).toMatch(/[\u4e00-\u9fff]/);
      else expect(words).not.toMatch(/[\u4e00-\u9fff]/);
      await page.screenshot({
        path: artifactPath(`proactive-order-status${locale ? "-zh-CN" : ""}.png`),
      });
      await context.close();
    }
  });

  it("offers the two FAQ entries most asked about the product in view", async () => {
    await saveProactive({ productQuestions: true });
    const [asked, other] = stack.shopify
      .shop(DEMO_SHOP)
      .products.filter((product) => product.status === "ACTIVE");
    if (!asked || !other) throw new Error("the demo shop needs two active products");

    const first = await visitor();
    await first.page.goto(`${stack.storefrontUrl}/products/${asked.handle}`);
    await launcherOf(first.page).click();
    await ask(first.page, SIZING, /./);
    await ask(first.page, RETURNS, /30 days/);
    await ask(first.page, SIZING, /./);
    await ask(first.page, DELIVERY, /business days/);
    await ask(first.page, RETURNS, /30 days/);
    await first.context.close();

    const next = await visitor();
    await next.page.goto(`${stack.storefrontUrl}/products/${asked.handle}`);
    await launcherOf(next.page).click();
    const chips = widget(next.page).getByRole("group", { name: "Suggested replies" });
    await chips.waitFor();
    expect((await chips.getByRole("button").allTextContents()).sort()).toEqual(
      [RETURNS, SIZING].sort(),
    );
    await next.page.screenshot({ path: artifactPath("proactive-product-questions.png") });
    await chips.getByRole("button", { name: SIZING }).click();
    await widget(next.page).locator(".from-shopper .bubble").getByText(SIZING).waitFor();

    await next.context.close();

    // Nobody asked about the other product and the merchant tagged nothing with it: no guess.
    const elsewhere = await visitor();
    await elsewhere.page.goto(`${stack.storefrontUrl}/products/${other.handle}`);
    await launcherOf(elsewhere.page).click();
    await widget(elsewhere.page).getByRole("textbox", { name: "Your message" }).waitFor();
    await expect.poll(() => elsewhere.proxyCalls).toContain("POST /apps/concierge/conversation");
    await elsewhere.page.waitForTimeout(500);
    expect(await widget(elsewhere.page).locator(".chip-row .chip").count()).toBe(0);
    await elsewhere.context.close();
  });

  it("nudges once per session after time on the page, up to the daily cap", async () => {
    await saveProactive({
      nudgesPerDay: 2,
      triggers: [trigger("time_on_page", { enabled: true, delaySeconds: 3, message: NUDGE })],
    });
    const { context, page } = await visitor();
    await page.goto(`${stack.storefrontUrl}/`);
    await nudgeOf(page).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: artifactPath("proactive-nudge.png") });

    // Same session (a reload keeps the tab's session storage): not again.
    await page.reload();
    await launcherOf(page).waitFor();
    await page.waitForTimeout(4500);
    expect(await nudgeOf(page).count()).toBe(0);

    // A new session the same day: once more; then the daily cap of two is spent.
    const second = await context.newPage();
    await second.goto(`${stack.storefrontUrl}/`);
    await nudgeOf(second).waitFor({ timeout: 10_000 });
    const third = await context.newPage();
    await third.goto(`${stack.storefrontUrl}/`);
    await launcherOf(third).waitFor();
    await third.waitForTimeout(4500);
    expect(await nudgeOf(third).count()).toBe(0);

    // The nudge opens the chat, which greets with the same words.
    await nudgeOf(second).click();
    await widget(second).locator(".messages").getByText(NUDGE).waitFor();
    expect(await nudgeOf(second).count()).toBe(0);
    await context.close();
  });

  it("nudges when the cart reaches the merchant's value, read from the storefront's /cart.js", async () => {
    const product = stack.shopify
      .shop(DEMO_SHOP)
      .products.find(
        (candidate) =>
          candidate.status === "ACTIVE" &&
          candidate.variants.some((variant) => variant.inventoryQuantity > 3),
      );
    const variant = product?.variants.find((candidate) => candidate.inventoryQuantity > 3);
    if (!variant) throw new Error("the demo shop needs a product in stock");
    const price = Number(variant.price);
    await saveProactive({
      triggers: [
        trigger("cart_value", {
          enabled: true,
          delaySeconds: 3,
          message: NUDGE,
          minimumCartValue: price * 2,
        }),
      ],
    });
    const { context, page } = await visitor();
    await page.goto(`${stack.storefrontUrl}/`);
    const addToCart = (quantity: number) =>
      page.evaluate(
        async (items) => {
          await fetch("/cart/add.js", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ items }),
          });
        },
        [{ id: variant.id, quantity }],
      );
    await addToCart(1);
    // Below the value: nothing, on this page or the next.
    await page.reload();
    await launcherOf(page).waitFor();
    await page.waitForTimeout(4500);
    expect(await nudgeOf(page).count()).toBe(0);

    await addToCart(1);
    const next = await context.newPage();
    await next.goto(`${stack.storefrontUrl}/`);
    await nudgeOf(next).waitFor({ timeout: 10_000 });
    await context.close();
  });

  it("shows nothing proactive before consent where the shop requires it", async () => {
    await saveProactive({
      orderStatus: true,
      triggers: [trigger("time_on_page", { enabled: true, delaySeconds: 3, message: NUDGE })],
    });
    Object.assign(embed, { require_consent: true });
    try {
      const { context, page, proxyCalls } = await visitor();
      await page.goto(`${stack.storefrontUrl}/`);
      await launcherOf(page).waitFor();
      await page.waitForTimeout(4500);
      expect(await nudgeOf(page).count()).toBe(0);
      expect(proxyCalls).toEqual([]);
      expect(
        await page.evaluate(() =>
          Object.keys(localStorage).filter((key) => key.startsWith("concierge:")),
        ),
      ).toEqual([]);

      await launcherOf(page).click();
      await widget(page).getByRole("button", { name: "Agree and chat" }).click();
      await widget(page).getByRole("textbox", { name: "Your message" }).waitFor();
      // Once the shopper agreed, the next page may nudge.
      const after = await context.newPage();
      await after.goto(`${stack.storefrontUrl}/`);
      await nudgeOf(after).waitFor({ timeout: 10_000 });
      await context.close();
    } finally {
      Object.assign(embed, { require_consent: false });
    }
  });
});
