import type { WidgetConfig } from "./config";
import type { ShopperStorage } from "./storage";

/** What the loader hands the chat bundle once the shopper shows intent. */
export interface ChatMountOptions {
  config: WidgetConfig;
  shadow: ShadowRoot;
  launcher: HTMLButtonElement;
  storage: ShopperStorage;
}

export interface ChatController {
  open(): void;
  close(): void;
  isOpen(): boolean;
}

export interface ChatBundle {
  mount(options: ChatMountOptions): ChatController;
}

/** The chat bundle is a classic script (no CORS needed on the CDN); it registers itself here. */
export const CHAT_GLOBAL = "__conciergeChat";
export const CHAT_READY_EVENT = "concierge:chat-ready";
export const HOST_ID = "concierge-chat-host";

declare global {
  interface Window {
    [CHAT_GLOBAL]?: ChatBundle;
  }
}
