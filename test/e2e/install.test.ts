import type { PrismaClient } from "@prisma/client";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAppDatabase } from "../support/app-database";
import { DEMO_SHOP, startAppStack, type AppStack } from "../support/app-stack";
import { artifactPath, launchBrowser, newVisitorContext } from "../support/browser";

describe("installing Concierge on a shop", () => {
  let stack: AppStack;
  let browser: Browser;
  let database: PrismaClient;

  beforeAll(async () => {
    stack = await startAppStack();
    browser = await launchBrowser();
    database = openAppDatabase(stack.databaseUrl);
  });

  afterAll(async () => {
    await database?.$disconnect();
    await browser?.close();
    await stack?.stop();
  });

  it("GIVEN a shop without Concierge WHEN the merchant opens it from the admin THEN token exchange stores the session and the embedded home shows the shop", async () => {
    expect(await database.session.count({ where: { shop: DEMO_SHOP } })).toBe(0);

    const page = await (
      await newVisitorContext(browser, { viewport: { width: 1280, height: 900 } })
    ).newPage();
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    await page.goto(stack.adminUrl);

    const shopName = stack.shopify.shop(DEMO_SHOP).name;
    await page.getByRole("heading", { name: shopName }).waitFor({ timeout: 20_000 });
    await page.getByText("Show the chat on your storefront").waitFor();
    await page.screenshot({ path: artifactPath("admin-home.png"), fullPage: true });

    const sessions = await database.session.findMany({ where: { shop: DEMO_SHOP } });
    expect(sessions).toHaveLength(1);
    const [session] = sessions;
    expect(session?.isOnline).toBe(false);
    expect(stack.shopify.issuedAccessTokens(DEMO_SHOP).map((token) => token.accessToken)).toContain(
      session?.accessToken,
    );
    expect(await database.shop.findUnique({ where: { domain: DEMO_SHOP } })).toMatchObject({
      uninstalledAt: null,
    });
    expect(page.url()).toContain(`${stack.appUrl}/app`);
    expect(consoleErrors.filter((text) => !text.includes("favicon"))).toEqual([]);
  });

  it("shows the home page in the merchant's language", async () => {
    const page = await (await newVisitorContext(browser)).newPage();
    await page.goto(`${stack.adminUrl}?locale=zh-CN`);
    await page.getByText("在店面显示聊天窗口").waitFor({ timeout: 20_000 });
    await page.screenshot({ path: artifactPath("admin-home-zh-CN.png"), fullPage: true });
  });
});
