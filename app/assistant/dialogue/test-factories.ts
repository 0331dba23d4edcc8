import type { DialogueState } from "./dialogue-state";
import { DialogueStateSchema } from "./dialogue-state";
import type { HandoffDesk, ReplyToShopperOptions, ShopperReply } from "./reply-to-shopper";
import { replyToShopper } from "./reply-to-shopper";

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

/**
 * Plays a shopper's lines one after another, carrying the state through JSON as the conversation
 * store does; `turn` gives each line's options (its text, page, shop data).
 */
export async function playConversation<Line>(
  lines: Line[],
  turn: (line: Line, index: number) => Omit<ReplyToShopperOptions, "state">,
): Promise<ShopperReply[]> {
  let state: DialogueState | null = null;
  const turns: ShopperReply[] = [];
  for (const [index, line] of lines.entries()) {
    const result = await replyToShopper({ ...turn(line, index), state });
    state = DialogueStateSchema.parse(JSON.parse(JSON.stringify(result.state)));
    turns.push(result);
  }
  return turns;
}
