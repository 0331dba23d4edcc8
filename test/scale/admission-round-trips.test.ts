/**
 * The workers of one instance (CONCIERGE_WORKERS > 1, no Redis) ask their primary about each
 * storefront request once: the shop's budget, the replay guard and the visitor's budget together,
 * the requests of one event-loop turn in one message, counted exactly across the workers. Real
 * node:cluster processes (fixtures/admission-cluster.ts).
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const fixture = path.resolve(import.meta.dirname, "fixtures", "admission-cluster.ts");
const tsx = path.resolve(import.meta.dirname, "..", "..", "node_modules", ".bin", "tsx");

describe("admission among the workers of one instance", { timeout: 60_000 }, () => {
  it("GIVEN two workers THEN requests arriving together share one message to the primary, with one budget and one first sighting across both", async () => {
    const { stdout } = await run(tsx, [fixture], {
      env: {
        ...process.env,
        CONCIERGE_RATE_LIMIT_VISITOR_WRITES: "6",
        CONCIERGE_RATE_LIMIT_SHOP: "1000",
        WRITES_PER_WORKER: "5",
      },
    });
    const { admitMessages, admitRequests, answers } = JSON.parse(
      stdout.trim().split("\n").at(-1)!,
    ) as { admitMessages: number; admitRequests: number; answers: string[] };
    // Per worker: the request both see, alone, then five writes together.
    expect(admitRequests).toBe(2 * (1 + 5));
    expect(admitMessages).toBe(2 * 2);
    expect(answers.filter((answer) => answer === "same:admitted")).toHaveLength(1);
    expect(answers.filter((answer) => answer === "same:replay")).toHaveLength(1);
    expect(answers.filter((answer) => answer === "write:admitted")).toHaveLength(6);
    expect(answers.filter((answer) => answer === "write:visitor")).toHaveLength(4);
  });
});
