import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCommerceAnswers, createGuestAttemptLimits, createOrderActions } from "../commerce";
import type { OrderActionPolicy } from "../commerce";
import {
  seedCustomerOrder,
  startCommerceTestShop,
  type CommerceTestShop,
} from "../commerce/test-factories";
import { buildShopKnowledge, starterFaq } from "../knowledge/index";
import type { ShopperReply } from "./index";
import { DialogueSettingsSchema } from "./index";
import { buildHandoffDesk, playConversation } from "./test-factories";

/** Cancelling and returning through the chat, against the Shopify emulator's Admin API. */

let shop: CommerceTestShop;
beforeAll(async () => {
  shop = await startCommerceTestShop();
});
afterAll(async () => {
  await shop?.close();
});

const allowed: OrderActionPolicy = {
  cancelUnfulfilled: true,
  returns: { enabled: true, windowDays: 30 },
};
const desk = buildHandoffDesk({ customerEmail: "ada@shopper.example", shopContact: null });

const seedOrder = (options: { shipped?: boolean; deliveredDaysAgo?: number; name?: string } = {}) =>
  seedCustomerOrder(shop.data, options);

/** One chat: lines one after another, the state carried through JSON as the conversation store does. */
async function chat(
  lines: string[],
  setup: {
    customerId?: string;
    policy?: OrderActionPolicy;
    /** The clock the confirmation tokens are checked against, per line. */
    clock?: (line: number) => number;
  } = {},
): Promise<ShopperReply[]> {
  const policy = setup.policy ?? allowed;
  const knowledge = buildShopKnowledge([...starterFaq("en"), ...starterFaq("zh-Hans")]);
  const limits = createGuestAttemptLimits();
  return playConversation(lines, (text, index) => {
    const gateway = shop.gateway();
    return {
      shop: shop.data.domain,
      text,
      customer: setup.customerId ? { id: setup.customerId } : null,
      visitorId: "visitor-order-actions-0001",
      knowledge,
      commerce: createCommerceAnswers({ gateway, cache: shop.cache, limits }),
      orderActions: createOrderActions({
        gateway,
        cache: shop.cache,
        limits,
        policy,
        secret: "test-api-secret",
        now: setup.clock ? () => setup.clock!(index) : undefined,
      }),
      desk,
      settings: DialogueSettingsSchema.parse({ orderActions: policy }),
      now: new Date(),
    };
  });
}

describe("order actions in the chat", () => {
  it("asks a logged-in shopper to confirm a cancel, changes nothing on no, cancels once on yes", async () => {
    const { customer, order } = seedOrder();
    const customerId = String(customer.id);
    const [asked, declined] = await chat(["cancel my order", "No"], { customerId });
    expect(asked?.reply.text).toContain(`Cancel order **#${order.number}**?`);
    expect(asked?.reply.quickReplies).toEqual(["Yes", "No"]);
    expect(asked?.escalation).toBeNull();
    expect(declined?.reply.text).toBe(`OK, I haven't changed anything on order #${order.number}.`);
    expect(order.cancelledAt).toBeNull();

    const [, done, replayed] = await chat(["cancel my order", "Yes", "Yes"], { customerId });
    expect(done?.reply.text).toContain(`Order **#${order.number}** is cancelled`);
    expect(order.cancelledAt).not.toBeNull();
    expect(done?.state.pendingAction).toBeNull();
    // The confirmation was used: a second "yes" finds nothing to confirm and cancels nothing.
    expect(replayed?.reply.text).not.toContain("is cancelled");
    expect(shop.sent.filter((name) => name === "OrderCancel")).toHaveLength(1);
  });

  it("refuses a confirmation that expired while the shopper waited", async () => {
    const { customer, order } = seedOrder();
    const start = Date.now();
    const [, late] = await chat(["cancel my order", "Yes"], {
      customerId: String(customer.id),
      clock: (line) => start + line * 11 * 60_000,
    });
    expect(late?.reply.text).toBe("That confirmation has expired. Please ask again.");
    expect(order.cancelledAt).toBeNull();
  });

  it("starts a return for a verified guest in Chinese after 是", async () => {
    const { customer, order } = seedOrder({ shipped: true, deliveredDaysAgo: 5 });
    const lines = ["我想退货", `订单号 ${order.number}`, customer.email ?? ""];
    const asked = await chat(lines);
    expect(asked[0]?.reply.text).toContain("订单号");
    expect(asked[2]?.reply.text).toContain(
      `要为订单 **#${order.number}** 中的 2 × Folding chair 发起退货吗？`,
    );
    expect(asked[2]?.reply.quickReplies).toEqual(["是", "否"]);
    expect(order.returns).toHaveLength(0);

    const confirmed = await chat([...lines, "是"]);
    expect(confirmed[3]?.reply.text).toContain("退货申请已提交");
    expect(confirmed[3]?.reply.language).toBe("zh-Hans");
    expect(order.returns).toHaveLength(1);
    expect(order.returns[0]).toMatchObject({ status: "REQUESTED" });
  });

  it("changes nothing when a Chinese shopper says 不要", async () => {
    const { customer, order } = seedOrder();
    const [asked, declined] = await chat(["我要取消订单", "不要"], {
      customerId: String(customer.id),
    });
    expect(asked?.reply.quickReplies).toEqual(["是", "否"]);
    expect(declined?.reply.text).toBe(`好的，订单 #${order.number} 没有做任何更改。`);
    expect(order.cancelledAt).toBeNull();
  });

  it("explains and hands over a return past the window, and a cancel the merchant does not allow", async () => {
    const late = seedOrder({ shipped: true, deliveredDaysAgo: 45 });
    const [pastWindow] = await chat(["I want to return my order"], {
      customerId: String(late.customer.id),
    });
    expect(pastWindow?.reply.text).toContain("30-day return window");
    expect(pastWindow?.escalation).toMatchObject({ reason: "human_only_intent" });
    expect(late.order.returns).toHaveLength(0);

    const open = seedOrder();
    const [notAllowed] = await chat(["cancel my order"], {
      customerId: String(open.customer.id),
      policy: { ...allowed, cancelUnfulfilled: false },
    });
    expect(notAllowed?.escalation).toMatchObject({
      reason: "human_only_intent",
      intent: "cancel_order",
    });
    expect(notAllowed?.reply.quickReplies).toEqual([]);
    // Said as what it is: a cancel request for that order, passed to the team.
    expect(notAllowed?.reply.text).toContain(
      `I've asked our team to cancel order #${open.order.number}; they'll confirm once it's done.`,
    );
    expect(open.order.cancelledAt).toBeNull();
  });

  it("finds a guest's order by the shop's own order name, prefix and all", async () => {
    const { customer, order } = seedOrder({ shipped: true, name: "#CA-7311" });
    const [asked, found] = await chat(["where is my order #CA-7311?", customer.email ?? ""]);
    expect(asked?.reply.text).toContain("#CA-7311");
    expect(found?.reply.cards[0]).toMatchObject({ type: "order", orderName: "#CA-7311" });
    expect(order.number).not.toBe(7311);

    const chinese = seedOrder({ name: "#A7312" });
    const [, foundInChinese] = await chat(["订单 #A7312 到哪了", chinese.customer.email ?? ""]);
    expect(foundInChinese?.reply.cards[0]).toMatchObject({ type: "order", orderName: "#A7312" });
  });

  it("cancels a logged-in shopper's order named with a suffix, typed with or without it", async () => {
    const { customer, order } = seedOrder({ name: "#7313-EU" });
    const customerId = String(customer.id);
    const [asked, done] = await chat(["please cancel order 7313-eu", "Yes"], { customerId });
    expect(asked?.reply.text).toContain("Cancel order **#7313-EU**?");
    expect(done?.reply.text).toContain("Order **#7313-EU** is cancelled");
    expect(order.cancelledAt).not.toBeNull();

    const other = seedOrder({ name: "#SO7314" });
    const [byDigits] = await chat(["cancel order 7314"], { customerId: String(other.customer.id) });
    expect(byDigits?.reply.text).toContain("Cancel order **#SO7314**?");
  });
});
