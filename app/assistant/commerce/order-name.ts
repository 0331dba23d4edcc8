/**
 * What a shopper types as an order number ("1001", "#1001", "order # 1001", "CA-1001") in the
 * form the shop names orders, so cache keys and attempt counters agree on one spelling.
 */
export function normaliseOrderName(input: string): string {
  const compact = input.trim().replace(/\s+/g, "").replace(/^#+/, "");
  return /^\d+$/.test(compact) ? `#${compact}` : compact.toUpperCase();
}

export function isPlausibleOrderName(name: string): boolean {
  return /^#?[A-Z0-9-]{1,24}$/i.test(name);
}

/** An order's name as the conversation keeps it, shown after a "#": "#CA-1042" → "CA-1042", "#1042" → "1042". */
export function orderNumberOf(orderName: string): string {
  return normaliseOrderName(orderName).replace(/^#/, "");
}

/**
 * Whether what a shopper typed names this order: the whole name ("ca-1042" for "#CA-1042"), or
 * its digits alone, since shoppers drop a shop's prefix ("1042" for "#CA-1042").
 */
export function orderNameMatches(orderName: string, typed: string): boolean {
  const wanted = orderNumberOf(typed);
  if (orderNumberOf(orderName) === wanted) return true;
  return /^\d+$/.test(wanted) && orderName.replace(/\D/g, "") === wanted;
}
