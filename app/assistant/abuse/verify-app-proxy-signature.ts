import { createHmac, timingSafeEqual, type KeyObject } from "node:crypto";

/** Shopify's library accepts an App Proxy signature this long (seconds, either side of now). */
export const APP_PROXY_SIGNATURE_WINDOW_SECONDS = 90;
/** How long a signed request is remembered to refuse its replay: the whole window, and a margin. */
export const APP_PROXY_REPLAY_WINDOW_SECONDS = APP_PROXY_SIGNATURE_WINDOW_SECONDS + 10;

/** `localeCompare`'s order (the library sorts with it), without a collator made per call. */
const keyOrder = new Intl.Collator();
/**
 * Requests through the App Proxy carry the same few sets of keys: their sorted order is kept per
 * set (a bounded few, so odd requests cannot grow it), sparing the collator on every message.
 */
const sortedKeySets = new Map<string, string[]>();
const MAX_KEY_SETS = 64;

function sortedKeys(keys: string[]): string[] {
  const set = keys.join("\u0000");
  let sorted = sortedKeySets.get(set);
  if (!sorted) {
    sorted = [...keys].sort((a, b) => keyOrder.compare(a, b));
    if (sortedKeySets.size < MAX_KEY_SETS) sortedKeySets.set(set, sorted);
  }
  return sorted;
}

/**
 * Shopify's library's own App Proxy check (`validateHmac` with the `appProxy` signator), done with
 * Node's synchronous HMAC instead of the library's WebCrypto round trip, a thread-pool job per
 * chat message: the query without `signature` and `hmac` (and `index` when empty), one value a
 * key (the last), keys in the library's order, `key=value` joined with nothing, HMAC-SHA256 in hex,
 * a timestamp within 90 s. It accepts exactly what the library's first attempt accepts; the
 * library's other attempts (Remix data-request variants) stay the library's to make.
 */
export function verifyAppProxySignature(options: {
  params: URLSearchParams;
  /** The app's secret as a key object, made once. */
  secret: KeyObject;
  now?: number;
}): boolean {
  const { signature, hmac: _hmac, ...signed } = Object.fromEntries(options.params);
  if (!signature || !signed.timestamp) return false;
  const nowSeconds = Math.trunc((options.now ?? Date.now()) / 1000);
  if (!(Math.abs(nowSeconds - Number(signed.timestamp)) <= APP_PROXY_SIGNATURE_WINDOW_SECONDS))
    return false;
  if (!signed.index) delete signed.index;
  let message = "";
  for (const key of sortedKeys(Object.keys(signed))) message += `${key}=${signed[key]}`;
  const expected = Buffer.from(createHmac("sha256", options.secret).update(message).digest("hex"));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
