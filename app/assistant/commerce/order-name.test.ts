import { describe, expect, it } from "vitest";
import { orderNameMatches, orderNumberOf } from "./order-name";

describe("order names with a shop's own prefix or suffix", () => {
  it("keeps the name without its # as the conversation's order number", () => {
    expect(orderNumberOf("#1042")).toBe("1042");
    expect(orderNumberOf("#CA-1042")).toBe("CA-1042");
    expect(orderNumberOf("1042-eu")).toBe("1042-EU");
  });

  it("matches the whole name, or its digits alone, and nothing else", () => {
    expect(orderNameMatches("#SO1042", "so1042")).toBe(true);
    expect(orderNameMatches("#SO1042", "1042")).toBe(true);
    expect(orderNameMatches("#1042", "1042")).toBe(true);
    expect(orderNameMatches("#A1042", "B1042")).toBe(false);
    expect(orderNameMatches("#1042", "10420")).toBe(false);
  });
});
