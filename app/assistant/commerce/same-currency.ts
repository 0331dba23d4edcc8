/**
 * Whether a currency a shopper named ("€", "元", or "$" and "¥", which several countries use) is
 * the one a price is in: a budget in another currency is no ceiling on the shop's prices.
 */
export function sameCurrency(named: string, priceCurrency: string): boolean {
  if (named === "$") return /^(USD|CAD|AUD|NZD|SGD|HKD|MXN|TWD)$/.test(priceCurrency);
  if (named === "¥") return priceCurrency === "JPY" || priceCurrency === "CNY";
  return named === priceCurrency;
}
