import { GraphQLError } from "graphql";

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  reverse?: boolean | null;
}

const MAX_PAGE_SIZE = 250;

/** Shopify cursors are opaque base64 JSON; ours carry the record's id. */
function encodeCursor(id: number | string) {
  return Buffer.from(JSON.stringify({ last_id: id })).toString("base64");
}

function decodeCursor(cursor: string): number | string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64").toString("utf8"));
    if (typeof parsed === "object" && parsed !== null && "last_id" in parsed) {
      const id = parsed.last_id;
      if (typeof id === "number" || typeof id === "string") return id;
    }
  } catch {
    // fall through to Shopify's error for an unusable cursor
  }
  throw new GraphQLError(`Invalid cursor for current pagination sort.`, {
    extensions: { code: "BAD_REQUEST" },
  });
}

/**
 * Slices an already sorted list the way Shopify's connections do: one of `first`/`last` is
 * required, at most 250, cursors point after/before a record.
 */
export function toConnection<T, V>(
  items: T[],
  args: ConnectionArgs,
  idOf: (item: T) => number | string,
  view: (item: T) => V,
) {
  const { first, last, after, before } = args;
  if ((first === undefined || first === null) && (last === undefined || last === null)) {
    throw new GraphQLError("you must provide one of first or last", {
      extensions: { code: "BAD_REQUEST" },
    });
  }
  for (const [name, value] of [
    ["first", first],
    ["last", last],
  ] as const) {
    if (typeof value === "number" && (value > MAX_PAGE_SIZE || value < 0)) {
      throw new GraphQLError(`The '${name}' argument must be between 0 and ${MAX_PAGE_SIZE}.`, {
        extensions: { code: "BAD_REQUEST" },
      });
    }
  }
  const ordered = args.reverse ? [...items].reverse() : items;
  let start = 0;
  let end = ordered.length;
  if (after) {
    const id = decodeCursor(after);
    const index = ordered.findIndex((item) => idOf(item) === id);
    start = index === -1 ? ordered.length : index + 1;
  }
  if (before) {
    const id = decodeCursor(before);
    const index = ordered.findIndex((item) => idOf(item) === id);
    end = index === -1 ? end : index;
  }
  let window = ordered.slice(start, end);
  let hasNextPage = end < ordered.length;
  let hasPreviousPage = start > 0;
  if (typeof first === "number") {
    hasNextPage = hasNextPage || window.length > first;
    window = window.slice(0, first);
  }
  if (typeof last === "number") {
    hasPreviousPage = hasPreviousPage || window.length > last;
    window = window.slice(Math.max(window.length - last, 0));
  }
  const edges = window.map((item) => ({ cursor: encodeCursor(idOf(item)), node: view(item) }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
