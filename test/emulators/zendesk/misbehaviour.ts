import { z } from "zod";

/**
 * The ways the emulator can fail on purpose. Counted switches (`forNextRequests`, `count`) are
 * consumed request by request; `errorRate` draws from a seeded generator so a run repeats.
 */

const ErrorStatusSchema = z.union([z.literal(500), z.literal(502), z.literal(503)]);

export const FailureSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("error"), status: ErrorStatusSchema }),
  z.object({ kind: z.literal("rateLimit"), retryAfterSeconds: z.number().int().min(0) }),
  z.object({ kind: z.literal("hang") }),
  /** Ticket writes commit, then the answer is lost; other requests answer 500 instead. */
  z.object({ kind: z.literal("crashAfterCommit"), answer: z.enum(["error", "hang"]) }),
]);
export type Failure = z.infer<typeof FailureSchema>;

export const MisbehaviourSchema = z
  .object({
    latencyMs: z.number().int().min(0),
    errorRate: z.object({
      rate: z.number().min(0).max(1),
      status: ErrorStatusSchema.optional(),
      /** Drawn uniformly when a request is picked to fail; defaults to an error with `status`. */
      failures: z.array(FailureSchema).min(1).optional(),
    }),
    rateLimit: z.object({
      retryAfterSeconds: z.number().int().min(0),
      forNextRequests: z.number().int().min(1),
    }),
    hang: z.object({ forNextRequests: z.number().int().min(1).optional() }),
    failNext: z.object({ count: z.number().int().min(1), status: ErrorStatusSchema }),
    crashAfterCommit: z.object({
      forNextRequests: z.number().int().min(1),
      answer: z.enum(["error", "hang"]),
    }),
    seed: z.number().int(),
  })
  .partial();
export type Misbehaviour = z.infer<typeof MisbehaviourSchema>;

/** Mulberry32: tiny, seedable, good enough to pick which requests fail. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PlannedRequest {
  latencyMs: number;
  /** Fails before the request touches any data. */
  before: Failure | null;
  /** Fails after a ticket write committed (only set for writes). */
  afterCommit: Failure | null;
}

export class MisbehaviourPlan {
  private current: Misbehaviour = {};
  private random: () => number = Math.random;
  private remaining = { rateLimit: 0, hang: 0, failNext: 0, crashAfterCommit: 0 };
  failuresInjected = 0;

  set(misbehaviour: Misbehaviour): void {
    this.current = MisbehaviourSchema.parse(misbehaviour);
    this.random = this.current.seed === undefined ? Math.random : seededRandom(this.current.seed);
    this.remaining = {
      rateLimit: this.current.rateLimit?.forNextRequests ?? 0,
      hang: this.current.hang ? (this.current.hang.forNextRequests ?? Number.POSITIVE_INFINITY) : 0,
      failNext: this.current.failNext?.count ?? 0,
      crashAfterCommit: this.current.crashAfterCommit?.forNextRequests ?? 0,
    };
  }

  reset(): void {
    this.set({});
  }

  /** Decides, for one incoming API request, what goes wrong with it. */
  plan(request: { isTicketWrite: boolean }): PlannedRequest {
    const planned: PlannedRequest = {
      latencyMs: this.current.latencyMs ?? 0,
      before: null,
      afterCommit: null,
    };
    const fail = (failure: Failure): PlannedRequest => {
      this.failuresInjected += 1;
      if (failure.kind === "crashAfterCommit") {
        if (request.isTicketWrite) return { ...planned, afterCommit: failure };
        return { ...planned, before: { kind: "error", status: 500 } };
      }
      return { ...planned, before: failure };
    };

    if (this.remaining.hang > 0) {
      this.remaining.hang -= 1;
      return fail({ kind: "hang" });
    }
    if (this.remaining.rateLimit > 0 && this.current.rateLimit) {
      this.remaining.rateLimit -= 1;
      return fail({
        kind: "rateLimit",
        retryAfterSeconds: this.current.rateLimit.retryAfterSeconds,
      });
    }
    if (this.remaining.failNext > 0 && this.current.failNext) {
      this.remaining.failNext -= 1;
      return fail({ kind: "error", status: this.current.failNext.status });
    }
    if (
      request.isTicketWrite &&
      this.remaining.crashAfterCommit > 0 &&
      this.current.crashAfterCommit
    ) {
      this.remaining.crashAfterCommit -= 1;
      return fail({ kind: "crashAfterCommit", answer: this.current.crashAfterCommit.answer });
    }
    const errorRate = this.current.errorRate;
    if (errorRate && this.random() < errorRate.rate) {
      const failures = errorRate.failures ?? [{ kind: "error", status: errorRate.status ?? 500 }];
      const failure = failures[Math.floor(this.random() * failures.length)] ?? failures[0];
      if (failure) return fail(failure);
    }
    return planned;
  }
}
