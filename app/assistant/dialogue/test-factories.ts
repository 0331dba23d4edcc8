import type { HandoffDesk } from "./reply-to-shopper";

/** A help desk for dialogue tests: connected, with the shop's contact address unless told otherwise. */
export function buildHandoffDesk(
  overrides: {
    connected?: boolean;
    customerEmail?: string | null;
    shopContact?: string | null;
  } = {},
): HandoffDesk {
  return {
    connected: overrides.connected ?? true,
    customerEmail: async () => overrides.customerEmail ?? null,
    shopContactEmail: async () =>
      overrides.shopContact === undefined ? "help@demo-shop.example" : overrides.shopContact,
  };
}
