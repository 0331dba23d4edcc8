import { describe, expect, it } from "vitest";
import type { PriorityCustomer } from "./priority";
import { decidePriority, PriorityRulesSchema } from "./priority";

const rules = (overrides: Record<string, unknown> = {}) => PriorityRulesSchema.parse(overrides);
const customer = (overrides: Partial<PriorityCustomer> = {}): PriorityCustomer => ({
  tags: [],
  totalSpent: 0,
  ...overrides,
});

describe("decidePriority", () => {
  it("takes the base from the intent", () => {
    expect(
      decidePriority({
        intent: "product_question",
        sentiment: "neutral",
        customer: null,
        rules: rules(),
      }),
    ).toBe("low");
    expect(
      decidePriority({
        intent: "order_status",
        sentiment: "neutral",
        customer: null,
        rules: rules(),
      }),
    ).toBe("normal");
    expect(
      decidePriority({
        intent: "cancel_order",
        sentiment: "neutral",
        customer: null,
        rules: rules(),
      }),
    ).toBe("high");
    expect(
      decidePriority({
        intent: "order_status",
        sentiment: null,
        customer: null,
        rules: rules({ urgentIntents: ["order_status"] }),
      }),
    ).toBe("urgent");
  });

  it("raises one step for a VIP tag (any case) and one for anger, capped at urgent", () => {
    const vip = customer({ tags: ["VIP"] });
    expect(
      decidePriority({
        intent: "order_status",
        sentiment: "neutral",
        customer: vip,
        rules: rules(),
      }),
    ).toBe("high");
    expect(
      decidePriority({ intent: "order_status", sentiment: "angry", customer: vip, rules: rules() }),
    ).toBe("urgent");
    expect(
      decidePriority({ intent: "payment", sentiment: "anxious", customer: vip, rules: rules() }),
    ).toBe("urgent");
  });

  it("counts lifetime value over the threshold as VIP", () => {
    const big = customer({ totalSpent: 2500 });
    expect(
      decidePriority({
        intent: "order_status",
        sentiment: null,
        customer: big,
        rules: rules({ lifetimeValueThreshold: 2000 }),
      }),
    ).toBe("high");
    expect(
      decidePriority({
        intent: "order_status",
        sentiment: null,
        customer: big,
        rules: rules({ lifetimeValueThreshold: 3000 }),
      }),
    ).toBe("normal");
    expect(
      decidePriority({ intent: "order_status", sentiment: null, customer: big, rules: rules() }),
    ).toBe("normal");
  });
});
