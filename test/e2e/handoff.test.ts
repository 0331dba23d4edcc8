/**
 * A hand-off as the three people involved live it, against the whole stack: the shopper asks the
 * storefront chat for a person, the merchant's Zendesk gets a ticket (through the outbox worker in
 * the app process), the agent answers in Zendesk, and the answer appears in the open chat. Also
 * what comes before the ticket: a guest's email, the shop's hours, a shop without Zendesk, and
 * order actions the shopper confirms in the chat.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChatStorefront, type ChatStorefront } from "../storefront/chat-storefront";
import { widget } from "../storefront/widget-page";
import { DEMO_SHOP, DEMO_ZENDESK, type AppStack } from "../support/app-stack";
import { artifactPath } from "../support/browser";
import { openAppDatabase } from "../support/app-database";
import { aVisitorId, postJson, proxyUrl } from "../support/storefront-requests";
import { seedCustomerOrder } from "../../app/assistant/commerce/test-factories";

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

interface ChatReply {
  role: string;
  text: string;
  quickReplies: string[];
}

describe("handing a conversation to a person", { timeout: 120_000 }, () => {
  let chat: ChatStorefront;
  let stack: AppStack;
  let browser: Browser;

  // The app refuses a signed request it has seen (same query and second): each gets its own second.
  let lastTimestamp = 0;
  const nextTimestamp = () =>
    (lastTimestamp = Math.max(Math.floor(Date.now() / 1000), lastTimestamp + 1));

  /** A storefront chat through the signed App Proxy, as the widget talks to the app. */
  async function openChat(options: { locale: string; customerId?: string }) {
    const visitorId = aVisitorId();
    const customerId = options.customerId ?? null;
    const started = await postJson(
      proxyUrl(stack, "conversation", { customerId, timestamp: nextTimestamp() }),
      {
        visitorId,
        locale: options.locale,
        page: {},
      },
    );
    expect(started.status).toBe(200);
    const { conversation } = (await started.json()) as { conversation: { id: string } };
    return {
      conversationId: conversation.id,
      async say(text: string): Promise<ChatReply> {
        const url = proxyUrl(stack, "messages", { customerId, timestamp: nextTimestamp() });
        const response = await postJson(url, {
          visitorId,
          conversationId: conversation.id,
          text,
          locale: options.locale,
          page: {},
        });
        if (response.status !== 200)
          throw new Error(
            `${response.status} ${await response.text()}\n${stack.appLog().slice(-1500)}`,
          );
        const body = (await response.json()) as { messages: ChatReply[] };
        return body.messages.at(-1)!;
      },
    };
  }

  const tickets = () => [...stack.zendesk.account(DEMO_ZENDESK.subdomain).tickets.values()];
  const requesterOf = (ticket: { requester_id: number }) =>
    stack.zendesk.account(DEMO_ZENDESK.subdomain).users.get(ticket.requester_id)?.email;

  beforeAll(async () => {
    chat = await startChatStorefront();
    ({ stack, browser } = chat);
  });

  afterAll(() => chat?.close());

  it("GIVEN a shop without Zendesk WHEN a shopper asks for a person THEN no person is promised and the shop's address is given, in English and Chinese", async () => {
    const contact = stack.shopify.shop(DEMO_SHOP).email;
    const english = await (await openChat({ locale: "en" })).say("I want to talk to a real person");
    expect(english.text).toBe(
      `I can't connect you with a person here in the chat. You can reach the shop by email at ${contact}.`,
    );
    const chinese = await (await openChat({ locale: "zh-CN" })).say("我要转人工");
    expect(chinese.text).toBe(
      `抱歉，在聊天中无法为您转接人工客服。您可以发邮件到 ${contact} 联系店铺。`,
    );
    expect(tickets()).toHaveLength(0);
  });

  it("GIVEN order actions allowed WHEN a logged-in shopper asks to cancel THEN it is cancelled only after yes, and only once", async () => {
    await stack.saveSettings({
      section: "orderActions",
      cancelUnfulfilled: true,
      returns: { enabled: true, windowDays: 30 },
    });
    const { customer, order } = seedCustomerOrder(stack.shopify.shop(DEMO_SHOP), {
      title: "Trail mug",
    });

    const chat = await openChat({ locale: "en", customerId: String(customer.id) });
    const asked = await chat.say("cancel my order");
    expect(asked.text).toBe(`Cancel order **#${order.number}**? This can't be undone.`);
    expect(asked.quickReplies).toEqual(["Yes", "No"]);
    expect((await chat.say("No")).text).toBe(
      `OK, I haven't changed anything on order #${order.number}.`,
    );
    expect(order.cancelledAt).toBeNull();

    await chat.say("cancel my order");
    expect((await chat.say("Yes")).text).toContain(`Order **#${order.number}** is cancelled`);
    const cancelledAt = order.cancelledAt;
    expect(cancelledAt).not.toBeNull();
    expect((await chat.say("Yes")).text).not.toContain("is cancelled");
    expect(order.cancelledAt).toBe(cancelledAt);
    expect(tickets()).toHaveLength(0);
  });

  it("GIVEN returns allowed WHEN a guest proves an order in Chinese and says 是 THEN a return is requested", async () => {
    const { customer, order } = seedCustomerOrder(stack.shopify.shop(DEMO_SHOP), {
      title: "Camp stool",
      shipped: true,
      deliveredDaysAgo: 4,
    });

    const chat = await openChat({ locale: "zh-CN" });
    expect((await chat.say("我想退货")).text).toContain("订单号");
    await chat.say(`订单号 ${order.number}`);
    const asked = await chat.say(customer.email ?? "");
    expect(asked.text).toBe(`要为订单 **#${order.number}** 中的 2 × Camp stool 发起退货吗？`);
    expect(asked.quickReplies).toEqual(["是", "否"]);
    expect(order.returns).toHaveLength(0);
    expect((await chat.say("是")).text).toContain("退货申请已提交");
    expect(order.returns).toHaveLength(1);
  });

  describe("with Zendesk connected", () => {
    beforeAll(async () => {
      await stack.connectZendesk();
    });

    it("GIVEN a logged-in shopper WHEN they ask for a person THEN a ticket is made once and the agent's reply reaches the open chat", async () => {
      const shop = stack.shopify.shop(DEMO_SHOP);
      const customer = shop.customers.find((candidate) => candidate.email);
      if (!customer?.email) throw new Error("the demo shop has no customer with an email");
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(
        `${stack.storefrontUrl}/account/login?customer_id=${customer.id}&return_to=/`,
      );
      await widget(page).getByRole("button", { name: "Chat with us" }).click();
      const input = widget(page).getByRole("textbox", { name: "Your message" });
      await input.fill("I want to talk to a real person please");
      await input.press("Enter");
      await widget(page)
        .getByText(/connecting you with a person/i)
        .waitFor();

      const ticket = await eventually(
        () => tickets().find((candidate) => candidate.external_id?.includes(DEMO_SHOP)),
        "the ticket",
      );
      expect(tickets()).toHaveLength(1);
      expect(requesterOf(ticket)).toBe(customer.email);

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

    it("GIVEN a guest WHEN they ask for a person THEN their email is asked for, a typo re-asked, and the ticket made once with it", async () => {
      const chat = await openChat({ locale: "en" });
      const asked = await chat.say("I want to talk to a real person");
      expect(asked.text).toBe(
        "I'll pass this to a person from our team. What email address can they reply to?",
      );
      const typo = await chat.say("me@gmail");
      expect(typo.text).toContain(
        "\u201cme@gmail\u201d doesn't look like a complete email address",
      );
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(
        tickets().filter((ticket) => ticket.external_id?.includes(chat.conversationId)),
      ).toEqual([]);
      const handed = await chat.say("it's gus.guest@example.org");
      expect(handed.text).toContain("I'm connecting you with a person from our team.");
      const ticket = await eventually(
        () => tickets().find((candidate) => candidate.external_id?.includes(chat.conversationId)),
        "the guest's ticket",
      );
      expect(requesterOf(ticket)).toBe("gus.guest@example.org");
      expect(ticket.tags).toContain("concierge");
      expect(
        tickets().filter((candidate) => candidate.external_id === ticket.external_id),
      ).toHaveLength(1);
      expect(
        tickets().some((candidate) => /concierge\.invalid/.test(requesterOf(candidate) ?? "")),
      ).toBe(false);

      // At rest the requester and the queued packet are sealed; compliance finds them by digest.
      const database = openAppDatabase(stack.databaseUrl);
      try {
        const escalation = await database.escalation.findFirstOrThrow({
          where: { shop: DEMO_SHOP, conversationId: chat.conversationId },
        });
        expect(escalation.requesterEmail).not.toContain("gus.guest");
        expect(escalation.requesterEmailDigest).toBeTruthy();
        const jobs = await database.outboxJob.findMany({ where: { shop: DEMO_SHOP } });
        expect(jobs.some((job) => job.payload.includes("gus.guest"))).toBe(false);
      } finally {
        await database.$disconnect();
      }
    });

    it("GIVEN the team is off WHEN a Chinese guest asks for a person THEN they are told in Chinese when the team opens, in the shop's time zone", async () => {
      const timeZone = "Asia/Shanghai";
      const localDate = (at: Date) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(at);
      const day = 86_400_000;
      const now = Date.now();
      const slots = [{ open: "09:00", close: "17:00" }];
      await stack.saveSettings({
        section: "hours",
        timeZone,
        enabled: true,
        week: {
          mon: slots,
          tue: slots,
          wed: slots,
          thu: slots,
          fri: slots,
          sat: slots,
          sun: slots,
        },
        closedDates: [localDate(new Date(now)), localDate(new Date(now + day))],
      });
      const opens = new Date(now + 2 * day);
      const weekday = new Intl.DateTimeFormat("zh-Hans", { timeZone, weekday: "long" }).format(
        opens,
      );

      const chat = await openChat({ locale: "zh-CN" });
      expect((await chat.say("我要转人工")).text).toBe(
        "我会把这件事转给人工客服。请问客服可以回复到哪个邮箱？",
      );
      const handed = await chat.say("wo@example.cn");
      expect(handed.text).toContain("正在为您转接人工客服");
      expect(handed.text).toContain(`客服目前不在线，预计将于${weekday}`);
      expect(handed.text).toContain("9:00");
      const ticket = await eventually(
        () => tickets().find((candidate) => candidate.external_id?.includes(chat.conversationId)),
        "the Chinese guest's ticket",
      );
      expect(requesterOf(ticket)).toBe("wo@example.cn");
    });
  });
});
