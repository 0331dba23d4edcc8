import stopwords from "stopwords-iso/stopwords-iso.json" with { type: "json" };
import { z } from "zod";
import type { ProductCard } from "../reply";
import type { AdminGateway } from "./admin-gateway";
import {
  collectionProductsQuery,
  productSearchQuery,
  productsByIdsQuery,
  ProductSummarySchema,
} from "./admin-queries";
import type { ProductSummary } from "./admin-queries";
import { numericId } from "./apply-commerce-webhook";
import { boughtWith, mineBoughtTogether, mostOrdered } from "./bought-together";
import type { BoughtTogether } from "./bought-together";
import { isCommerceError } from "./commerce-error";
import { cacheTags } from "./commerce-cache";
import type { CommerceCache } from "./commerce-cache";
import { commerceTexts, formatMoney } from "./messages";
import { buildProductCard, lowestPrice } from "./product-card";
import { loadProduct } from "./product-facts";
import { readThrough } from "./read-through";
import { sameCurrency } from "./same-currency";
import type { CacheCounts } from "./read-through";
import { translateNeed } from "./need-vocabulary";
import { loadCustomerOrders } from "./track-order";

export interface RecommendationSources {
  gateway: AdminGateway;
  cache: CommerceCache;
  ttl: { orders: number; products: number; boughtTogether: number };
  maxMinedOrders: number;
  counts?: CacheCounts;
}

export interface RecommendProductsOptions {
  productHandle?: string;
  customerId?: string;
  /**
   * What the shopper described. `maxPrice` bounds every suggestion, whatever its source;
   * `matchingOnly` ("anything cheaper?" after suggestions) keeps to products that match the need's
   * words, with nothing else to fill.
   */
  need?: {
    text: string;
    maxPrice?: number;
    /**
     * The currency the shopper named for `maxPrice` ("€", "元"), if any: a budget in another
     * currency than the product's price is not applied to it.
     */
    maxPriceCurrency?: string;
    productType?: string;
    matchingOnly?: boolean;
  };
  language: string;
  limit: number;
}

interface Pick {
  product: ProductSummary;
  reason: string;
}

const SummaryListSchema = z.array(ProductSummarySchema);

/**
 * Up to `limit` product cards, each with a one-line reason. Sources, best first: products bought
 * together with the one in view, then its collection and type; with a logged-in shopper, what
 * goes with their purchases (never what they just bought); with a described need, a price- and
 * type-filtered search ranked by the need's words; the shop's best sellers fill any gap.
 */
export async function recommendProducts(
  sources: RecommendationSources,
  options: RecommendProductsOptions,
): Promise<ProductCard[]> {
  const texts = commerceTexts(options.language);
  const limit = Math.max(0, Math.min(options.limit, 12));
  const picks: Pick[] = [];
  const excluded = new Set<string>();

  const history = options.customerId
    ? await loadCustomerOrders({
        gateway: sources.gateway,
        cache: sources.cache,
        ttlMs: sources.ttl.orders,
        counts: sources.counts,
        customerId: options.customerId,
      })
    : [];
  for (const order of history) {
    for (const item of order.lineItems.nodes)
      if (item.product) excluded.add(numericId(item.product.id));
  }

  const add = (products: ProductSummary[], reason: (product: ProductSummary) => string) => {
    for (const product of products) {
      if (picks.length >= limit) return;
      const id = numericId(product.id);
      if (excluded.has(id) || product.status !== "ACTIVE") continue;
      if (!product.variants.nodes.some((variant) => variant.availableForSale)) continue;
      if (budgetOf(options.need, product) < lowestPrice(product)) continue;
      excluded.add(id);
      picks.push({ product, reason: reason(product) });
    }
  };

  // A source that is slow or throttled is skipped; the others still answer.
  const failures: unknown[] = [];
  async function attempt<T>(load: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await load();
    } catch (error) {
      if (!isCommerceError(error)) throw error;
      failures.push(error);
      return fallback;
    }
  }
  const nothingMined: BoughtTogether = { pairs: {}, orderCounts: {}, ordersSeen: 0 };
  const mined = () =>
    attempt(
      () =>
        mineBoughtTogether({
          gateway: sources.gateway,
          cache: sources.cache,
          ttlMs: sources.ttl.boughtTogether,
          maxOrders: sources.maxMinedOrders,
          counts: sources.counts,
        }),
      nothingMined,
    );
  const byIds = (ids: string[]) => attempt(() => productsByIds(sources, ids), []);

  const need = options.need;
  if (need) {
    const read = readNeed(need.text, options.language);
    add(await attempt(() => searchForNeed(sources, need, read.words), []), (product) =>
      needReason(product, need, read, options.language),
    );
  }

  if (need?.matchingOnly) return cardsOf(picks);

  if (options.productHandle && picks.length < limit) {
    const inView = await loadProduct({
      gateway: sources.gateway,
      cache: sources.cache,
      ttlMs: sources.ttl.products,
      counts: sources.counts,
      handle: options.productHandle,
    });
    if (inView) {
      const id = numericId(inView.id);
      excluded.add(id);
      add(await byIds(boughtWith(await mined(), id).slice(0, limit * 2)), () =>
        texts.reason.boughtTogether(inView.title),
      );
      const collection = inView.collections.nodes[0];
      if (collection && picks.length < limit) {
        add(await attempt(() => collectionProducts(sources, collection.id), []), () =>
          texts.reason.sameCollection(inView.title),
        );
      }
      if (inView.productType && picks.length < limit) {
        add(await attempt(() => productsOfType(sources, inView.productType), []), () =>
          texts.reason.sameType(inView.title),
        );
      }
    }
  }

  if (history.length > 0 && picks.length < limit) {
    const latest =
      history[0]?.lineItems.nodes.flatMap((item) =>
        item.product ? [numericId(item.product.id)] : [],
      ) ?? [];
    const anchors = await byIds(latest);
    const together = await mined();
    for (const anchor of anchors) {
      add(await byIds(boughtWith(together, numericId(anchor.id)).slice(0, limit * 2)), () =>
        texts.reason.fromHistory(anchor.title),
      );
    }
    for (const anchor of anchors) {
      if (anchor.productType && picks.length < limit) {
        add(await attempt(() => productsOfType(sources, anchor.productType), []), () =>
          texts.reason.fromHistory(anchor.title),
        );
      }
    }
  }

  if (picks.length < limit && !options.need) {
    add(await byIds(mostOrdered(await mined()).slice(0, limit * 3)), () => texts.reason.popular);
  }

  if (picks.length === 0 && failures.length > 0) throw failures[0];
  return cardsOf(picks);
}

function cardsOf(picks: Pick[]): ProductCard[] {
  return picks.map((pick) => buildProductCard({ product: pick.product, reason: pick.reason }));
}

async function cachedSummaries(
  sources: RecommendationSources,
  key: string,
  tags: (products: ProductSummary[]) => string[],
  load: () => Promise<ProductSummary[]>,
): Promise<ProductSummary[]> {
  return readThrough({
    cache: sources.cache,
    shop: sources.gateway.shop,
    key,
    schema: SummaryListSchema,
    ttlMs: sources.ttl.products,
    counts: sources.counts,
    tagsOf: (products) => [
      ...tags(products),
      ...products.map((product) => cacheTags.product(numericId(product.id))),
    ],
    load,
  });
}

async function productsByIds(
  sources: RecommendationSources,
  ids: string[],
): Promise<ProductSummary[]> {
  const wanted = ids.filter((id) => /^\d+$/.test(id)).slice(0, 25);
  if (wanted.length === 0) return [];
  return cachedSummaries(
    sources,
    `products-by-ids:${wanted.join(",")}`,
    () => [],
    async () => {
      const data = await sources.gateway.request({
        priority: "background",
        operation: productsByIdsQuery,
        variables: { ids: wanted.map((id) => `gid://shopify/Product/${id}`) },
      });
      return data.nodes.filter((node): node is ProductSummary => node !== null);
    },
  );
}

async function collectionProducts(
  sources: RecommendationSources,
  collectionId: string,
): Promise<ProductSummary[]> {
  return cachedSummaries(
    sources,
    `collection:${numericId(collectionId)}`,
    () => [cacheTags.catalogue],
    async () => {
      const data = await sources.gateway.request({
        priority: "background",
        operation: collectionProductsQuery,
        variables: { id: collectionId, first: 15 },
      });
      return data.collection?.products.nodes ?? [];
    },
  );
}

async function productsOfType(
  sources: RecommendationSources,
  productType: string,
): Promise<ProductSummary[]> {
  return searchProducts(sources, `status:active product_type:${quote(productType)}`);
}

async function searchProducts(
  sources: RecommendationSources,
  query: string,
): Promise<ProductSummary[]> {
  return cachedSummaries(
    sources,
    `search:${query}`,
    () => [cacheTags.catalogue],
    async () => {
      const data = await sources.gateway.request({
        priority: "background",
        operation: productSearchQuery,
        variables: { query, first: 15 },
      });
      return data.products.nodes;
    },
  );
}

async function searchForNeed(
  sources: RecommendationSources,
  need: NonNullable<RecommendProductsOptions["need"]>,
  words: string[],
): Promise<ProductSummary[]> {
  const search = async (priced: boolean) => {
    const filters = ["status:active"];
    if (priced) filters.push(`price:<=${need.maxPrice}`);
    if (need.productType) filters.push(`product_type:${quote(need.productType)}`);
    // OR binds tighter than the implied AND in Shopify's search syntax: filters AND (term OR term).
    // Each word is looked for in the title, the product type and the tags ("hat" is a "Hats" type).
    const terms = words.flatMap((word) => [
      `title:${stem(word)}*`,
      `product_type:${stem(word)}*`,
      `tag:${quote(word)}`,
    ]);
    const worded =
      words.length > 0
        ? await searchProducts(sources, [...filters, terms.join(" OR ")].join(" "))
        : [];
    const filtered = worded.length >= 4 ? [] : await searchProducts(sources, filters.join(" "));
    return [...new Map([...worded, ...filtered].map((product) => [product.id, product])).values()];
  };
  const priced = need.maxPrice !== undefined && Number.isFinite(need.maxPrice);
  let unique = await search(priced);
  // "200元以内" in a shop priced in dollars is no ceiling on its prices: search again without it.
  const found = unique[0];
  if (priced && found && budgetOf(need, found) === Infinity) unique = await search(false);
  // The budget is applied to every source's products where they are picked.
  return unique
    .map((product) => ({ product, score: matchedWords(product, words).length }))
    .filter(({ score }) => score > 0 || !need.matchingOnly)
    .sort((a, b) => b.score - a.score || lowestPrice(a.product) - lowestPrice(b.product))
    .map(({ product }) => product);
}

function needReason(
  product: ProductSummary,
  need: NonNullable<RecommendProductsOptions["need"]>,
  read: ReadNeed,
  language: string,
): string {
  const texts = commerceTexts(language);
  const parts: string[] = [];
  // The shopper's own words: "chaqueta", not the catalogue's "jacket" it was searched as.
  const matched = [
    ...new Set(matchedWords(product, read.words).map((word) => read.written.get(word) ?? word)),
  ];
  if (matched.length > 0) parts.push(texts.reason.matchesNeed(matched.slice(0, 3).join(", ")));
  if (need.maxPrice !== undefined && budgetOf(need, product) !== Infinity) {
    parts.push(
      texts.reason.underPrice(
        formatMoney(
          String(need.maxPrice),
          product.priceRangeV2.minVariantPrice.currencyCode,
          language,
        ),
      ),
    );
  }
  return parts.length > 0 ? parts.join(" · ") : texts.reason.popular;
}

/** A described need's words to search, and the shopper's own word for each translated one. */
interface ReadNeed {
  words: string[];
  written: Map<string, string>;
}

/**
 * Words of a described need worth matching: letters and digits 3+ long that are no stop words of
 * the reply's language or English ("hat", "cap" and "bag" stay; "for", "the", "und" go), and CJK
 * runs kept whole, at most five; then the catalogue's English words for what another language
 * names ("giacca" → jacket), at most three.
 */
function readNeed(text: string, language: string): ReadNeed {
  const stop = stopwordsFor(language);
  const words = (
    text
      .toLowerCase()
      .match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|[\p{L}\p{N}]{3,}/gu) ?? []
  ).filter((word) => !stop.has(word) && !/^\d+$/.test(word));
  const translated = translateNeed(text);
  const english = translated.slice(0, 3).map((translation) => translation.english);
  return {
    words: [...new Set([...words.slice(0, 5), ...english])],
    written: new Map(translated.map(({ english: word, written }) => [word, written])),
  };
}

const stopwordSets = new Map<string, Set<string>>();
function stopwordsFor(language: string): Set<string> {
  const code = language.slice(0, 2).toLowerCase();
  let set = stopwordSets.get(code);
  if (!set) {
    const lists = stopwords as Record<string, string[]>;
    set = new Set([...(lists[code] ?? []), ...(lists.en ?? [])]);
    stopwordSets.set(code, set);
  }
  return set;
}

/** The most the shopper will pay for this product, in its currency; Infinity when no budget applies. */
function budgetOf(need: RecommendProductsOptions["need"], product: ProductSummary): number {
  if (need?.maxPrice === undefined) return Infinity;
  const currency = product.priceRangeV2.minVariantPrice.currencyCode;
  if (need.maxPriceCurrency && !sameCurrency(need.maxPriceCurrency, currency)) return Infinity;
  return need.maxPrice;
}

/** A crude shared stem, so "runner" finds "running" and "gifts" finds "gift". */
function stem(word: string): string {
  return word.length >= 5 && /^[\p{Script=Latin}\p{N}]+$/u.test(word) ? word.slice(0, -2) : word;
}

function matchedWords(product: ProductSummary, words: string[]): string[] {
  const haystack = [product.title, product.productType, ...product.tags].join(" ").toLowerCase();
  return words.filter((word) => haystack.includes(stem(word)));
}

function quote(value: string): string {
  return JSON.stringify(value);
}
