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
