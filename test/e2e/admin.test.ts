import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  insertConversations,
  planConversation,
} from "../../app/assistant/analytics/test-factories";
import { openAppDatabase } from "../support/app-database";
import { DEMO_SHOP, startAppStack, type AppStack } from "../support/app-stack";
import { artifactPath, launchBrowser } from "../support/browser";

/**
 * The merchant admin in Chromium, through the demo's real authenticate.admin path (token exchange
 * with the Shopify emulator), against the built app. One merchant walks through every page in order.
 */
describe("merchant admin", () => {
  let stack: AppStack;
  let browser: Browser;
  let page: Page;
  let database: PrismaClient;
  const consoleErrors: string[] = [];
  /** The handed-off conversation the transcript test opens, visited again in Chinese. */
  let transcriptId = "";

  beforeAll(async () => {
    // The app reads its encryption key at boot; the stack passes this process's environment on.
    process.env.CONCIERGE_ENCRYPTION_KEYS = `e2e:${randomBytes(32).toString("base64")}`;
    stack = await startAppStack();
    browser = await launchBrowser();
    database = openAppDatabase(stack.databaseUrl);
    await stack.install();
    // Headless Chromium names itself "HeadlessChrome", which shopify-app-remix turns away as a bot (410).
    const userAgent = `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browser.version()} Safari/537.36`;
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, userAgent });
    // Every failed request of the page is an error here, whatever the console says about it.
    page.on("response", (response) => {
      if (response.status() >= 400) consoleErrors.push(`${response.status()} ${response.url()}`);
    });
    page.on("console", (message) => {
      if (message.type() === "error" && !message.text().includes("favicon"))
        consoleErrors.push(`${new URL(page.url()).pathname}: ${message.text()}`);
    });
  }, 60_000);

  afterAll(async () => {
    await database?.$disconnect();
    await browser?.close();
    await stack?.stop();
  });

  const open = async (path: string, ready: string) => {
    await page.goto(`${stack.adminUrl}${path}`);
    try {
      await page.getByText(ready, { exact: false }).first().waitFor({ timeout: 20_000 });
      // The server-rendered page shows before React hydrates; inputs only work after.
      await page.waitForLoadState("networkidle");
    } catch (error) {
      throw new Error(
        `${String(error)}\nPage: ${(await page.content()).slice(0, 1500)}\nApp: ${stack.appLog().slice(-3000)}`,
      );
    }
  };
  const section = (id: string) => page.locator(`[data-section="${id}"]`);
  const save = async (id: string) => {
    await Promise.all([
      page.waitForResponse(
        (response) =>
          response.url().includes("/app/settings") && response.request().method() === "POST",
        { timeout: 15_000 },
      ),
      section(id).getByRole("button", { name: "Save", exact: true }).click(),
    ]);
    await section(id)
      .getByText(/^(Saved\.|Not saved: fix the highlighted fields\.)$/)
      .waitFor({ timeout: 15_000 });
  };

  it("shows the onboarding checklist with nothing done on a new shop", async () => {
    await open("", "Set up Concierge");
    await expect(page.locator("#onboarding-progress").textContent()).resolves.toBe(
      "0 of 5 steps done",
    );
    const embedLink = page.getByRole("link", { name: "Open the theme editor" });
    expect(await embedLink.getAttribute("href")).toBe(
      `https://admin.shopify.com/store/concierge-demo/themes/current/editor?context=apps&activateAppId=${stack.apiKey}/chat-embed`,
    );
    await page.screenshot({ path: artifactPath("admin-onboarding-start.png"), fullPage: true });
  });

  it("shows what a new shop has on every page: empty states, no errors", async () => {
    for (const [path, ready, name] of [
      ["/faq", "No FAQ entries yet", "faq"],
      ["/conversations", "No conversations yet", "conversations"],
      ["/analytics", "Nothing to learn right now", "analytics"],
    ] as const) {
      await open(path, ready);
      await page.screenshot({ path: artifactPath(`admin-empty-${name}.png`), fullPage: true });
    }
    await expect(page.locator("#metric-conversations").textContent()).resolves.toBe("0");
    expect(await page.getByText("No conversations in this period yet.").count()).toBe(2);
  });

  it("rejects a bad value and saves each settings section", async () => {
    await open("/settings", "Languages");

    await section("privacy").getByLabel("Keep conversations for (days)").fill("0");
    await save("privacy");
    await section("privacy")
      .getByText("Keep conversations for a whole number of days between 1 and 3650.")
      .waitFor();
    expect(
      JSON.parse(
        (await database.shop.findUniqueOrThrow({ where: { domain: DEMO_SHOP } })).settings,
      ),
    ).not.toHaveProperty("privacy.retentionDays", 0);

    await section("languages").getByLabel("French", { exact: true }).check({ force: true });
    await section("languages").getByLabel("Default language").selectOption("fr");
    await save("languages");
    await section("languages").getByText("Saved.").waitFor();

    await section("greeting")
      .getByLabel("Greeting in French")
      .fill("Bonjour ! Comment puis-je vous aider ?");
    await section("greeting").getByLabel("Tone").selectOption("formal");
    await save("greeting");

    await section("hours").getByLabel("Time zone").selectOption("Asia/Shanghai");
    await section("hours")
      .getByLabel("My team answers only during set hours")
      .check({ force: true });
    await save("hours");

    await section("handoff")
      .getByLabel('Words that always mean "a person, please"')
      .fill("chargeback, lawyer");
    await section("handoff").getByLabel("Lifetime spend that makes a VIP").fill("1000");
    await save("handoff");

    await section("proactive")
      .getByLabel("When a shopper is about to leave")
      .check({ force: true });
    await section("proactive").getByLabel("Message").nth(1).fill("Before you go: can I help?");
    await save("proactive");

    await section("orderActions")
      .getByLabel("Cancel orders that are not fulfilled yet")
      .check({ force: true });
    await save("orderActions");

    await section("widget").getByLabel("Accent colour").fill("#aa3300");
    await save("widget");

    await section("privacy").getByLabel("Keep conversations for (days)").fill("90");
    await section("privacy")
      .getByLabel("Ask shoppers for consent before the chat starts")
      .check({ force: true });
    await save("privacy");

    await section("zendesk").getByLabel("Subdomain").fill("concierge-demo");
    await section("zendesk").getByLabel("Agent email").fill("agent@concierge-demo.example");
    await section("zendesk").getByLabel("API token").fill("wrong-token");
    await save("zendesk");
    await section("zendesk").getByText("Zendesk refused the email and API token.").waitFor();
    await section("zendesk").getByLabel("API token").fill("demo-zendesk-token");
    await save("zendesk");
    await section("zendesk").getByText("Saved.").waitFor();
    await section("zendesk").getByRole("button", { name: "Test connection" }).click();
    await section("zendesk")
      .getByText("Connected to Zendesk as agent@concierge-demo.example.")
      .waitFor({ timeout: 15_000 });
    await page.screenshot({ path: artifactPath("admin-settings.png"), fullPage: true });

    const stored = (await database.shop.findUniqueOrThrow({ where: { domain: DEMO_SHOP } }))
      .settings;
    expect(stored).not.toContain("demo-zendesk-token");
    expect(JSON.parse(stored)).toMatchObject({
      languages: ["en", "fr"],
      defaultLanguage: "fr",
      tone: "formal",
      timeZone: "Asia/Shanghai",
      privacy: { retentionDays: 90, consentRequired: true },
      widget: { accent: "#aa3300" },
      orderActions: { cancelUnfulfilled: true },
      escalation: {
        handoff: { keywords: ["chargeback", "lawyer"] },
        priority: { lifetimeValueThreshold: 1000 },
        zendesk: { subdomain: "concierge-demo" },
      },
    });
    const changes = await database.auditLog.findMany({
      where: { shop: DEMO_SHOP, action: "settings.updated" },
    });
    expect(new Set(changes.map((entry) => entry.subject))).toEqual(
      new Set([
        "languages",
        "greeting",
        "hours",
        "handoff",
        "proactive",
        "orderActions",
        "widget",
        "privacy",
        "zendesk",
      ]),
    );
  });

  it(
    "imports nothing from a CSV with one bad row and reports the line, then answers in the console",
    { timeout: 90_000 },
    async () => {
      await open("/faq", "Try a question");
      const csv = [
        "id,question,alternatives,answer,language,tags,enabled",
        "shipping-time,How long does delivery take?,When will my order arrive?|How fast do you ship?,Orders arrive in 2 to 4 working days.,en,shipping,true",
        "gift-wrap,Do you gift wrap?,,Yes for 3 EUR.,xx,,true",
        "returns,What is your return policy?,,30 days from delivery.,en,,true",
      ].join("\n");
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: "faq.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await page.getByText("faq.csv").waitFor({ timeout: 10_000 });
      await page.getByRole("button", { name: "Import", exact: true }).click();
      await page.getByText("Nothing imported: 1 problem in the file.").waitFor({ timeout: 30_000 });
      const errors = await page.getByTestId("import-errors").innerText();
      expect(errors).toMatch(/^Line 3: .*language/m);
      expect(await database.faqEntry.count({ where: { shop: DEMO_SHOP } })).toBe(0);
      await page.screenshot({ path: artifactPath("admin-faq-import-error.png"), fullPage: true });

      await page.locator('input[type="file"]').setInputFiles({
        name: "faq-fixed.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(csv.replace(",xx,", ",en,")),
      });
      await page.getByText("faq-fixed.csv").waitFor();
      await page.getByRole("button", { name: "Import", exact: true }).click();
      await page.getByText("Imported 3 entries.").waitFor({ timeout: 30_000 });
      expect(await database.faqEntry.count({ where: { shop: DEMO_SHOP } })).toBe(3);

      await page
        .getByLabel("Question", { exact: true })
        .last()
        .fill("how fast do you ship my order?");
      await page.getByRole("button", { name: "Try", exact: true }).click();
      const result = page.locator("#try-result");
      await result.waitFor({ timeout: 30_000 });
      await result.getByText("Language: en").waitFor();
      await result.getByText(/^Topic: /).waitFor();
      await result.getByText(/^Confidence \d+%$/).waitFor();
      await result.getByText(/^Answer: How long does delivery take\?/).waitFor();
      await result.getByText("Orders arrive in 2 to 4 working days.").waitFor();
      await page.reload();
      await page.getByText("How long does delivery take?").first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: artifactPath("admin-faq.png"), fullPage: true });
    },
  );

  it("completes onboarding", async () => {
    await open("", "Set up Concierge");
    await page.getByRole("button", { name: "I switched it on" }).click();
    await page.locator('[data-step="embed"][data-done="true"]').waitFor({ timeout: 15_000 });
    await expect(page.locator("#onboarding-progress").textContent()).resolves.toBe(
      "5 of 5 steps done",
    );
    await page.screenshot({ path: artifactPath("admin-onboarding-done.png"), fullPage: true });
  });

  it("lists conversations by filter, opens a transcript with its ticket link, and records the view", async () => {
    // Conversations with known outcomes, as the chat leaves them; all finished over an hour ago.
    const hour = 3_600_000;
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * hour);
    const plans = [
      ...[2, 3, 4, 5, 6, 26].map((hoursAgo, index) =>
        planConversation({
          shop: DEMO_SHOP,
          startedAt: at(hoursAgo),
          outcome: "answered" as const,
          csat: index < 2 ? 5 : null,
          firstReplyMs: 600,
        }),
      ),
      ...[7, 8, 30].map((hoursAgo) =>
        planConversation({
          shop: DEMO_SHOP,
          startedAt: at(hoursAgo),
          outcome: "handed_off" as const,
          intent: "human_agent",
          language: "fr",
          csat: 3,
          firstReplyMs: 900,
        }),
      ),
      planConversation({
        shop: DEMO_SHOP,
        startedAt: at(9),
        outcome: "abandoned",
        question: "Do you ship to Mars?",
        firstReplyMs: 1_200,
      }),
    ];
    await insertConversations(database, plans);
    // The chat only ever creates conversations "now"; these are back-dated, behind the settling
    // cursor the empty pages above left, so the cursor starts over to count them.
    await database.analyticsCursor.deleteMany({ where: { shop: DEMO_SHOP } });
    const handedOff = plans[6]!;
    transcriptId = handedOff.id;
    await database.escalation.create({
      data: {
        id: "esc-e2e",
        shop: DEMO_SHOP,
        conversationId: handedOff.id,
        status: "delivered",
        reason: "asked_for_person",
        priority: "normal",
        externalId: `concierge:${DEMO_SHOP}:${handedOff.id}`,
        ticketId: "4711",
      },
    });

    await page.goto(`${stack.adminUrl}/conversations`);
    await page.getByTestId("conversation-link").first().waitFor({ timeout: 20_000 });
    expect(await page.getByTestId("conversation-link").count()).toBe(10);
    await page.getByLabel("Outcome").selectOption("handed_off");
    await page.getByRole("button", { name: "Filter", exact: true }).click();
    await page.waitForURL(/outcome=handed_off/);
    await expect.poll(() => page.getByTestId("conversation-link").count()).toBe(3);
    await page.screenshot({ path: artifactPath("admin-conversations.png"), fullPage: true });

    await page.goto(`${stack.adminUrl}/conversations/${handedOff.id}`);
    await page.getByText("Zendesk ticket #4711").waitFor({ timeout: 20_000 });
    expect(
      await page.getByRole("link", { name: "Zendesk ticket #4711" }).getAttribute("href"),
    ).toBe("https://concierge-demo.zendesk.com/agent/tickets/4711");
    await page.getByText("Asked for a person").first().waitFor();
    await page.getByText("Confidence 92%").first().waitFor();
    await page.screenshot({ path: artifactPath("admin-transcript.png"), fullPage: true });
    expect(
      await database.auditLog.count({
        where: { shop: DEMO_SHOP, action: "transcript.viewed", subject: handedOff.id },
      }),
    ).toBe(1);
  });

  it("shows exactly the rates of the generated conversations on the dashboard, and the learning queue", async () => {
    await open("/analytics?days=7", "Automation rate");
    await expect(page.locator("#metric-conversations").textContent()).resolves.toBe("10");
    await expect(page.locator("#metric-automation").textContent()).resolves.toBe("60%");
    await expect(page.locator("#metric-handoff").textContent()).resolves.toBe("30%");
    await expect(page.locator("#metric-abandoned").textContent()).resolves.toBe("10%");
    // Ratings 5, 5, 3, 3, 3 → 3.80; first replies 600 ×6, 900 ×3, 1200 → median 0.6 s.
    await expect(page.locator("#metric-csat").textContent()).resolves.toBe("3.80 / 5");
    await expect(page.locator("#metric-first-reply").textContent()).resolves.toBe("0.6 s");
    await page.getByTestId("chart-per-day").locator("svg").first().waitFor({ timeout: 15_000 });
    await page.getByText("“Do you ship to Mars?”").waitFor();
    await page.screenshot({ path: artifactPath("admin-analytics.png"), fullPage: true });

    await page.getByRole("button", { name: "Answer it" }).click();
    await page
      .getByLabel("Answer", { exact: true })
      .fill("Not yet, but we ship to 40 countries on Earth.");
    await page.getByRole("button", { name: "Create FAQ entry" }).click();
    // The group leaves the queue once its entry exists.
    await page.getByText("“Do you ship to Mars?”").waitFor({ state: "detached", timeout: 15_000 });
    expect(
      await database.faqEntry.findFirst({
        where: { shop: DEMO_SHOP, question: "Do you ship to Mars?" },
      }),
    ).toMatchObject({ language: "en" });
  });

  it("lets the merchant read the audit log", { timeout: 60_000 }, async () => {
    await open("/audit", "Every settings change and every transcript opened");
    await page.getByText("Transcript opened").first().waitFor();
    await page.getByText("privacy.retentionDays: 365 → 90").waitFor();
    // A secret only says that it changed; a switch reads on/off, a list plainly.
    await page.getByText("escalation.zendesk.apiToken: changed (not shown)").waitFor();
    await page.getByText("privacy.consentRequired: off → on").waitFor();
    expect(await page.getByText("[secret]").count()).toBe(0);
    expect(await page.getByText("null → null").count()).toBe(0);
    await page.screenshot({ path: artifactPath("admin-audit.png"), fullPage: true });
    // The longest detail wraps inside the card: nothing to scroll sideways to.
    const overflow = await page
      .locator(".Polaris-DataTable__ScrollContainer")
      .evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });

  it(
    "shows every page in Simplified Chinese, with no untranslated key",
    { timeout: 180_000 },
    async () => {
      const pages = [
        ["", "设置 Concierge", "home"],
        ["/faq", "试问一个问题", "faq"],
        ["/settings", "营业时间和时区", "settings"],
        ["/conversations", "清除", "conversations"],
        [`/conversations/${transcriptId}`, "Zendesk 工单 #4711", "transcript"],
        ["/analytics?days=7", "自动化率", "analytics"],
        ["/audit", "按时间倒序排列", "audit"],
      ] as const;
      const keyPath =
        /\b(home|faq|settings|conversations|transcript|analytics|audit|errors|outcomes|intents|languages|weekdays)\.[a-z][A-Za-z_.]+/;
      for (const [path, ready, name] of pages) {
        await open(`${path}${path.includes("?") ? "&" : "?"}locale=zh-CN`, ready);
        const text = await page.locator("body").innerText();
        expect(text.match(keyPath)?.[0] ?? null, `${name}: a key path shows`).toBeNull();
        await page.screenshot({ path: artifactPath(`admin-${name}-zh-CN.png`), fullPage: true });
      }
      // The settings page is long: its sections again, each readable on its own.
      await open("/settings?locale=zh-CN", "营业时间和时区");
      for (const id of ["languages", "hours", "handoff", "proactive", "privacy", "zendesk"])
        await section(id).screenshot({ path: artifactPath(`admin-settings-${id}-zh-CN.png`) });
      // Known and not the admin's own: React #418 because the emulator's App Bridge stand-in appends
      // its nav strip to <body> before hydration; Polaris' font stylesheet on cdn.shopify.com, which
      // the closed network cannot resolve; and Chromium's own favicon request, which never shows as a
      // page request (failed page requests are recorded above with their URL and still count).
      const harnessErrors = [
        /Minified React error #418/,
        /net::ERR_NAME_NOT_RESOLVED/,
        /^\/app[^:]*: Failed to load resource: the server responded with a status of 404/,
      ];
      expect(
        consoleErrors.filter((text) => !harnessErrors.some((pattern) => pattern.test(text))),
      ).toEqual([]);
    },
  );
});
