/**
 * When the widget may nudge a visitor before they write: the frequency caps, the consent rule and
 * the cart-value test. Plain functions without dependencies, because the storefront loader imports
 * them and every byte there is paid on every page (docs/decisions/0003-widget-size.md).
 */

/** What the widget remembers of the nudges it showed this visitor, kept in the widget's storage. */
export interface NudgeHistory {
  /** The visitor's local day (YYYY-MM-DD) that `shownToday` counts. */
  day: string;
  shownToday: number;
}

/** A visitor's local calendar day: the per-day cap resets at their midnight, not the server's. */
export function localDay(now: Date): string {
  const pad = (value: number): string => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The stored history, or an empty one when it is missing, unreadable or from another day. */
export function readNudgeHistory(stored: string | null, today: string): NudgeHistory {
  const [day, count] = (stored ?? "").split("|");
  const shownToday = Number(count);
  return day === today && Number.isInteger(shownToday) && shownToday > 0
    ? { day, shownToday }
    : { day: today, shownToday: 0 };
}

export function formatNudgeHistory(history: NudgeHistory): string {
  return `${history.day}|${history.shownToday}`;
}

export interface MayNudgeOptions {
  /** The shop requires consent and this visitor has not given it: nothing proactive at all. */
  consentMissing: boolean;
  /** A nudge was already shown in this browser session (one per session at most). */
  shownThisSession: boolean;
  history: NudgeHistory;
  nudgesPerDay: number;
  /** The chat is open or the visitor already talks to the assistant: no need to nudge. */
  chatInUse: boolean;
}

export function mayNudge(options: MayNudgeOptions): boolean {
  return (
    !options.consentMissing &&
    !options.shownThisSession &&
    !options.chatInUse &&
    options.history.shownToday < options.nudgesPerDay
  );
}

export function recordNudge(history: NudgeHistory): NudgeHistory {
  return { day: history.day, shownToday: history.shownToday + 1 };
}

/**
 * Whether the storefront cart (Ajax `/cart.js`: `total_price` in the cart currency's minor units)
 * has reached the merchant's threshold, given in the shop's currency. `rate` converts the shop's
 * currency into the cart's (Shopify's `window.Shopify.currency.rate`; 1 when they are the same).
 */
export function cartValueReached(options: {
  totalPriceMinor: number;
  minimumCartValue: number;
  rate: number;
}): boolean {
  const rate = Number.isFinite(options.rate) && options.rate > 0 ? options.rate : 1;
  return options.totalPriceMinor / 100 >= options.minimumCartValue * rate;
}
