import { z } from "zod";
import { ADMIN_API_VERSION } from "./api-version";
import { CommerceError } from "./commerce-error";
import { sharedCostLedger } from "./cost-ledger";
import type { CostLedger } from "./cost-ledger";

/** One typed Admin GraphQL operation: its document, the schema of its `data`, its cost estimate. */
export interface AdminOperation<TData> {
  name: string;
  kind: "query" | "mutation";
  document: string;
  data: z.ZodType<TData>;
  /** Points expected before Shopify has told us the real requested cost. */
  estimatedCost: number;
}

export type RequestPriority = "shopper" | "background";

const BACKGROUND_KEEP_SHARE = 0.25;

export interface AdminGateway {
  readonly shop: string;
  request<TData>(options: {
    operation: AdminOperation<TData>;
    variables?: Record<string, unknown>;
    /** Overrides the gateway's budget for this call (throttle waits and retries included). */
    timeoutMs?: number;
    /** Background calls (mining, suggestions) leave a quarter of the cost bucket to order answers. */
    priority?: RequestPriority;
  }): Promise<TData>;
}

export interface CreateAdminGatewayOptions {
  /** The shop's myshopify domain, e.g. `concierge-demo.myshopify.com`. */
  shop: string;
  accessToken: string;
  fetch?: typeof fetch;
  /** Budget of one call, throttle waits and retries included. */
  timeoutMs: number;
  /** THROTTLED answers retried before giving up. */
  maxThrottleRetries?: number;
  ledger?: CostLedger;
  now?: () => number;
}

export const ThrottleStatusSchema = z.object({
  maximumAvailable: z.number(),
  currentlyAvailable: z.number(),
  restoreRate: z.number(),
});

const GraphqlErrorSchema = z.object({
  message: z.string(),
  extensions: z.object({ code: z.string().optional() }).passthrough().optional(),
});

const EnvelopeSchema = z.object({
  data: z.unknown().optional(),
  errors: z.array(GraphqlErrorSchema).optional(),
  extensions: z
    .object({
      cost: z
        .object({
          requestedQueryCost: z.number(),
          actualQueryCost: z.number().nullable().optional(),
          throttleStatus: ThrottleStatusSchema,
        })
        .optional(),
    })
    .passthrough()
    .optional(),
});
type Envelope = z.infer<typeof EnvelopeSchema>;

const SHOP_DOMAIN = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/;

export function createAdminGateway(options: CreateAdminGatewayOptions): AdminGateway {
  if (!SHOP_DOMAIN.test(options.shop))
    throw new Error("createAdminGateway: shop must be a myshopify.com domain");
  const send = options.fetch ?? globalThis.fetch;
  const ledger = options.ledger ?? sharedCostLedger;
  const now = options.now ?? Date.now;
  const maxThrottleRetries = options.maxThrottleRetries ?? 3;
  const shop = options.shop;
  const url = `https://${shop}/admin/api/${ADMIN_API_VERSION}/graphql.json`;

  async function request<TData>({
    operation,
    variables,
    timeoutMs,
    priority,
  }: {
    operation: AdminOperation<TData>;
    variables?: Record<string, unknown>;
    timeoutMs?: number;
    priority?: RequestPriority;
  }): Promise<TData> {
    const keepShare = priority === "background" ? BACKGROUND_KEEP_SHARE : 0;
    const deadline = now() + (timeoutMs ?? options.timeoutMs);
    const known = ledger.knownCost({ shop, operation: operation.name });
    const cost = known?.requested ?? operation.estimatedCost;
    const charge = known?.actual ?? cost;
    let throttledAnswers = 0;
    let upstreamRetries = 0;

    for (;;) {
      const wait = ledger.reserve({ shop, cost, charge, now: now(), keepShare });
      if (wait > 0) {
        if (now() + wait >= deadline)
          throw new CommerceError("throttled", `${operation.name}: cost budget exhausted`);
        await sleep(wait);
        continue;
      }

      const outcome = await post({ operation, variables, deadline });
      if (outcome.kind === "throttled") {
        throttledAnswers += 1;
        if (throttledAnswers > maxThrottleRetries) {
          throw new CommerceError(
            "throttled",
            `${operation.name}: still THROTTLED after ${maxThrottleRetries} retries`,
          );
        }
        // The ledger now holds Shopify's own view of the bucket, so the next loop waits for the
        // refill; this growing pause covers buckets drained by other apps or instances.
        const backOff = 100 * 2 ** (throttledAnswers - 1);
        if (now() + backOff >= deadline)
          throw new CommerceError("throttled", `${operation.name}: THROTTLED`);
        await sleep(backOff);
        continue;
      }
      if (outcome.kind === "retryable" && operation.kind === "query" && upstreamRetries < 1) {
        upstreamRetries += 1;
        continue;
      }
      if (outcome.kind === "retryable") throw outcome.error;
      return outcome.data;
    }
  }

  type Outcome<TData> =
    | { kind: "data"; data: TData }
    | { kind: "throttled" }
    | { kind: "retryable"; error: CommerceError };

  async function post<TData>({
    operation,
    variables,
    deadline,
  }: {
    operation: AdminOperation<TData>;
    variables?: Record<string, unknown>;
    deadline: number;
  }): Promise<Outcome<TData>> {
    const remaining = deadline - now();
    if (remaining <= 0) throw new CommerceError("timeout", `${operation.name}: no time left`);
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expiry = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new CommerceError("timeout", `${operation.name}: no answer within the time budget`));
      }, remaining);
    });

    let envelope: Envelope;
    try {
      const exchange = (async () => {
        const response = await send(url, {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            Accept: "application/json",
            "X-Shopify-Access-Token": options.accessToken,
          },
          body: JSON.stringify({ query: operation.document, variables: variables ?? {} }),
          signal: controller.signal,
        });
        const text = await response.text();
        return { status: response.status, retryAfter: response.headers.get("retry-after"), text };
      })();
      const answer = await Promise.race([exchange, expiry]);
      const status = answer.status;
      if (status === 401 || status === 403) {
        throw new CommerceError("unauthorized", `${operation.name}: Admin API answered ${status}`);
      }
      if (status === 429) {
        // REST-style limit: honour Retry-After through the ledger by emptying the bucket for that long.
        const announced = Number(answer.retryAfter ?? "1");
        const seconds = Number.isFinite(announced) ? announced : 1;
        ledger.record({
          shop,
          status: {
            maximumAvailable: 1,
            currentlyAvailable: 0,
            restoreRate: 1 / Math.max(seconds, 0.1),
          },
          now: now(),
        });
        return { kind: "throttled" };
      }
      if (status >= 500) {
        return {
          kind: "retryable",
          error: new CommerceError("upstream", `${operation.name}: Admin API answered ${status}`),
        };
      }
      envelope = EnvelopeSchema.parse(JSON.parse(answer.text));
    } catch (error) {
      if (error instanceof CommerceError) throw error;
      if (controller.signal.aborted) {
        throw new CommerceError("timeout", `${operation.name}: no answer within the time budget`, {
          cause: error,
        });
      }
      return {
        kind: "retryable",
        error: new CommerceError("upstream", `${operation.name}: unreadable Admin API answer`, {
          cause: error,
        }),
      };
    } finally {
      clearTimeout(timer);
    }

    const cost = envelope.extensions?.cost;
    if (cost) {
      ledger.record({ shop, status: cost.throttleStatus, now: now() });
      ledger.learnCost({
        shop,
        operation: operation.name,
        cost: {
          requested: cost.requestedQueryCost,
          actual: cost.actualQueryCost ?? cost.requestedQueryCost,
        },
      });
    }
    const errors = envelope.errors ?? [];
    if (errors.some((error) => error.extensions?.code === "THROTTLED"))
      return { kind: "throttled" };
    if (errors.some((error) => error.extensions?.code === "ACCESS_DENIED")) {
      throw new CommerceError("unauthorized", `${operation.name}: access denied`);
    }
    if (errors.length > 0 || envelope.data === undefined || envelope.data === null) {
      const codes = errors.map((error) => error.extensions?.code ?? "ERROR").join(",");
      throw new CommerceError(
        "upstream",
        `${operation.name}: GraphQL errors (${codes || "no data"})`,
      );
    }
    const parsed = operation.data.safeParse(envelope.data);
    if (!parsed.success) {
      throw new CommerceError("upstream", `${operation.name}: unexpected answer shape`, {
        cause: parsed.error,
      });
    }
    return { kind: "data", data: parsed.data };
  }

  return { shop, request };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
