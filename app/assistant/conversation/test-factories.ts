import type { AssistantReply } from "../reply";
import type { Shopper } from "./types";

export function aShopper(overrides: Partial<Shopper> = {}): Shopper {
  return {
    shop: "alpha.myshopify.com",
    visitorId: "visitor-aaaaaaaaaaaaaaaaaaaa",
    customerId: null,
    ...overrides,
  };
}

export function aReply(overrides: Partial<AssistantReply> = {}): AssistantReply {
  return {
    text: "We ship in 2 days.",
    language: "en",
    cards: [],
    quickReplies: [],
    handoff: null,
    ...overrides,
  };
}
