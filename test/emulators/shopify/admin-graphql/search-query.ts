/**
 * Shopify's search syntax for the `query` argument of connections, as far as the app uses it:
 * space-separated terms are ANDed; `field:value`, `field:"quoted value"`, comparisons
 * `field:<50`, `field:>=10`, a trailing `*` for prefix matching, `-field:value` or `NOT term` to
 * negate, `OR` between two terms, and bare words for free text.
 */

export type Comparator = ":" | "<" | "<=" | ">" | ">=";

export interface SearchTerm {
  field: string | null;
  comparator: Comparator;
  value: string;
  negated: boolean;
}

/** A query is an AND of groups; each group is an OR of terms. */
export type SearchQuery = SearchTerm[][];

function tokenize(input: string) {
  const tokens: string[] = [];
  let current = "";
  let quote: string | null = null;
  for (const char of input) {
    if ((char === '"' || char === "'") && (quote === null || quote === char)) {
      quote = quote === null ? char : null;
      current += char;
    } else if (/\s/.test(char) && quote === null) {
      if (current) tokens.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  if (current) tokens.push(current);
  return tokens;
}

function parseTerm(token: string, negated: boolean): SearchTerm {
  let text = token;
  if (text.startsWith("-") && text.length > 1) {
    negated = !negated;
    text = text.slice(1);
  }
  const match = /^([A-Za-z_.]+):(<=|>=|<|>)?(.*)$/.exec(text);
  const unquote = (value: string) => value.replace(/^"(.*)"$/, "$1").replace(/^'(.*)'$/, "$1");
  if (match) {
    const [, field = "", comparator, value = ""] = match;
    return {
      field: field.toLowerCase(),
      comparator: (comparator as Comparator | undefined) ?? ":",
      value: unquote(value),
      negated,
    };
  }
  return { field: null, comparator: ":", value: unquote(text), negated };
}

export function parseSearchQuery(input: string | null | undefined): SearchQuery {
  if (!input) return [];
  const groups: SearchQuery = [];
  const tokens = tokenize(input.trim());
  let negateNext = false;
  let joinWithPrevious = false;
  for (const token of tokens) {
    if (token === "AND") continue;
    if (token === "NOT") {
      negateNext = true;
      continue;
    }
    if (token === "OR") {
      joinWithPrevious = true;
      continue;
    }
    const term = parseTerm(token, negateNext);
    negateNext = false;
    const previous = groups[groups.length - 1];
    if (joinWithPrevious && previous) previous.push(term);
    else groups.push([term]);
    joinWithPrevious = false;
  }
  return groups;
}

/** Case-insensitive text match; `value*` matches a prefix, otherwise whole value or word. */
export function textMatches(candidate: string | null | undefined, value: string) {
  if (candidate === null || candidate === undefined) return false;
  const haystack = candidate.toLowerCase();
  const needle = value.toLowerCase();
  if (needle.endsWith("*"))
    return (
      haystack.startsWith(needle.slice(0, -1)) ||
      haystack.split(/[\s-]+/).some((word) => word.startsWith(needle.slice(0, -1)))
    );
  return haystack === needle;
}

/** The candidate contains the value as whole words (case-insensitive). */
export function wordsMatch(candidate: string | null | undefined, value: string) {
  if (!candidate || value.endsWith("*")) return false;
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "iu").test(candidate);
}

/** Free-text match used for bare words: any word of the candidate starts with the needle. */
export function freeTextMatches(candidate: string | null | undefined, value: string) {
  if (!candidate) return false;
  const needle = value.toLowerCase().replace(/\*$/, "");
  const haystack = candidate.toLowerCase();
  return haystack.includes(needle);
}

export function compareNumber(candidate: number, comparator: Comparator, value: string) {
  const target = Number(value);
  if (Number.isNaN(target)) return false;
  switch (comparator) {
    case "<":
      return candidate < target;
    case "<=":
      return candidate <= target;
    case ">":
      return candidate > target;
    case ">=":
      return candidate >= target;
    case ":":
      return candidate === target;
  }
}

export function compareDate(candidate: string | null, comparator: Comparator, value: string) {
  if (!candidate) return false;
  const target = Date.parse(value.replace(/^'|'$/g, ""));
  if (Number.isNaN(target)) return false;
  const time = Date.parse(candidate);
  if (comparator === ":")
    return (
      new Date(time).toISOString().slice(0, 10) === new Date(target).toISOString().slice(0, 10)
    );
  return compareNumber(time, comparator, String(target));
}

/**
 * Filters records by a parsed query. `matchField` answers one `field:value` term for a record
 * (undefined when the field is unknown: Shopify ignores unknown fields, so the term matches all);
 * `matchText` answers a bare word.
 */
export function filterBySearch<T>(
  records: T[],
  query: string | null | undefined,
  matchField: (record: T, term: SearchTerm) => boolean | undefined,
  matchText: (record: T, text: string) => boolean,
): T[] {
  const groups = parseSearchQuery(query);
  if (groups.length === 0) return records;
  return records.filter((record) =>
    groups.every((group) =>
      group.some((term) => {
        const result =
          term.field === null ? matchText(record, term.value) : (matchField(record, term) ?? true);
        return term.negated ? !result : result;
      }),
    ),
  );
}
