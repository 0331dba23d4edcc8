/**
 * Watches the page for the moments the merchant chose (time on the page, leaving, an idle or
 * valuable cart) and asks the rules in app/assistant/proactive whether a nudge may show: once per
 * session, a few per day, never before consent where the shop requires it.
 */
import {
  cartValueReached,
  formatNudgeHistory,
  localDay,
  mayNudge,
  readNudgeHistory,
  recordNudge,
} from "../app/assistant/proactive/nudge-rules";
import type { ShopperStorage } from "./storage";
import type { Trigger } from "./storefront-settings";

export interface WatchNudgesOptions {
  triggers: Trigger[];
  nudgesPerDay: number;
  storage: ShopperStorage;
  consentMissing(): boolean;
  chatInUse(): boolean;
  show(message: string): void;
}

declare global {
  interface Window {
    Shopify?: { routes?: { root?: string }; currency?: { rate?: string } };
  }
}

const CART_CHECK_MS = 30_000;
const CART_CHECKS = 10;

/** The storefront's Ajax cart (`/cart.js`), or null when it cannot be read. */
async function readCart(): Promise<{ totalPriceMinor: number; itemCount: number } | null> {
  try {
    const response = await fetch(`${window.Shopify?.routes?.root ?? "/"}cart.js`, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    if (!response.ok) return null;
    const cart = (await response.json()) as { total_price?: unknown; item_count?: unknown };
    return typeof cart.total_price === "number" && typeof cart.item_count === "number"
      ? { totalPriceMinor: cart.total_price, itemCount: cart.item_count }
      : null;
  } catch {
    return null;
  }
}

export function watchNudges(options: WatchNudgesOptions): void {
  const { storage } = options;
  let shown = false;
  const allowed = (): boolean =>
    !shown &&
    mayNudge({
      consentMissing: options.consentMissing(),
      shownThisSession: storage.get("nudged") === "1",
      history: readNudgeHistory(storage.get("nudges"), localDay(new Date())),
      nudgesPerDay: options.nudgesPerDay,
      chatInUse: options.chatInUse(),
    });
  const fire = (trigger: Trigger): void => {
    if (!allowed()) return;
    shown = true;
    const history = readNudgeHistory(storage.get("nudges"), localDay(new Date()));
    storage.set("nudges", formatNudgeHistory(recordNudge(history)));
    storage.set("nudged", "1");
    options.show(trigger.message);
  };
  // Consent can still come during the visit; a spent cap cannot, so nothing is watched then.
  if (
    storage.get("nudged") === "1" ||
    readNudgeHistory(storage.get("nudges"), localDay(new Date())).shownToday >= options.nudgesPerDay
  )
    return;

  for (const trigger of options.triggers) {
    const delay = trigger.delaySeconds * 1000;
    if (trigger.kind === "time_on_page") {
      setTimeout(() => fire(trigger), delay);
    } else if (trigger.kind === "exit_intent") {
      setTimeout(() => {
        document.addEventListener("mouseout", (event) => {
          if (!event.relatedTarget && event.clientY <= 0) fire(trigger);
        });
      }, delay);
    } else if (trigger.kind === "cart_idle") {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const restart = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (allowed())
            void readCart().then((cart) => cart && cart.itemCount > 0 && fire(trigger));
        }, delay);
      };
      for (const activity of ["pointerdown", "keydown", "scroll"])
        addEventListener(activity, restart, { passive: true });
      restart();
    } else {
      const minimumCartValue = trigger.minimumCartValue ?? Infinity;
      const check = (remaining: number): void => {
        if (!allowed()) return;
        void readCart().then((cart) => {
          const rate = Number(window.Shopify?.currency?.rate ?? 1);
          if (
            cart &&
            cartValueReached({ totalPriceMinor: cart.totalPriceMinor, minimumCartValue, rate })
          )
            fire(trigger);
          else if (remaining > 1) setTimeout(() => check(remaining - 1), CART_CHECK_MS);
        });
      };
      setTimeout(() => check(CART_CHECKS), delay);
    }
  }
}
