import type { ServerResponse } from "node:http";
import { z } from "zod";
import { sendJson } from "./http-kit";

/** Which kind of route a misbehaviour applies to. */
export const RouteKindSchema = z.enum([
  "graphql",
  "oauth",
  "admin",
  "storefront",
  "proxy",
  "static",
]);
export type RouteKind = z.infer<typeof RouteKindSchema>;

const ErrorStatusSchema = z.union([z.literal(500), z.literal(502), z.literal(503)]);

export const MisbehaviourSchema = z.object({
  /** Added before answering: one figure for every route, or per route kind. */
  latencyMs: z
    .union([z.number().int().min(0), z.record(RouteKindSchema, z.number().int().min(0))])
    .optional(),
  /** Share of requests (0–1) answered with `errorStatus`. */
  errorRate: z.number().min(0).max(1).optional(),
  errorStatus: ErrorStatusSchema.optional(),
  /** Never answer (the socket stays open until the client gives up or the emulator closes). */
  hang: z.boolean().optional(),
  /** The next n requests fail with `errorStatus` (default 500), then behaviour is normal again. */
  failNext: z.number().int().min(0).optional(),
  /** Resize the cost bucket of every shop; `currentlyAvailable` empties or fills it now. */
  throttle: z
    .object({
      maximumAvailable: z.number().min(0).optional(),
      restoreRate: z.number().min(0).optional(),
      currentlyAvailable: z.number().min(0).optional(),
    })
    .optional(),
  /** Route kinds the error, hang and failNext switches apply to (default: graphql and oauth). */
  routes: z.array(RouteKindSchema).optional(),
});
export type Misbehaviour = z.infer<typeof MisbehaviourSchema>;

const DEFAULT_ROUTES: RouteKind[] = ["graphql", "oauth"];

const STATUS_TEXT: Record<number, string> = {
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

export class MisbehaviourSwitches {
  private current: Misbehaviour = {};
  private failuresLeft = 0;
  private random: () => number;

  constructor(random: () => number = Math.random) {
    this.random = random;
  }

  set(options: Misbehaviour) {
    this.current = { ...this.current, ...options };
    if (options.failNext !== undefined) this.failuresLeft = options.failNext;
  }

  reset() {
    this.current = {};
    this.failuresLeft = 0;
  }

  private latencyFor(kind: RouteKind) {
    const { latencyMs } = this.current;
    if (latencyMs === undefined) return 0;
    return typeof latencyMs === "number" ? latencyMs : (latencyMs[kind] ?? 0);
  }

  /**
   * Applies the switches to one request. Answers true when the request was handled here
   * (failed or left hanging) and the route must not answer.
   */
  async intercept(kind: RouteKind, response: ServerResponse): Promise<boolean> {
    const delay = this.latencyFor(kind);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const applies = (this.current.routes ?? DEFAULT_ROUTES).includes(kind);
    if (!applies) return false;
    if (this.current.hang) return true;
    const status = this.current.errorStatus ?? 500;
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      sendJson(response, status, { errors: STATUS_TEXT[status] ?? "Error" });
      return true;
    }
    if (this.current.errorRate !== undefined && this.random() < this.current.errorRate) {
      sendJson(response, status, { errors: STATUS_TEXT[status] ?? "Error" });
      return true;
    }
    return false;
  }
}
