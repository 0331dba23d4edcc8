import { describe, expect, it } from "vitest";
import { rememberSightings } from "./replay-guard";
import { createStorefrontGate, type AdmissionRequest } from "./storefront-gate";
import { memoryLimiters, type StorefrontLimitsSettings } from "./storefront-limits";

function aGate(settings: Partial<StorefrontLimitsSettings> = {}) {
  const limiters = memoryLimiters({
    visitorWritesPerMinute: 30,
    visitorReadsPerMinute: 120,
    shopRequestsPerMinute: 6000,
    ...settings,
  });
  const gate = createStorefrontGate({
    limiters,
    firstSighting: rememberSightings({ windowSeconds: 90 }),
  });
  /** Points a key has consumed so far in this minute. */
  const spent = async (limiter: keyof typeof limiters, key: string) =>
    (await limiters[limiter].get(key))?.consumedPoints ?? 0;
  return { gate, spent };
}

const aWrite = (overrides: Partial<AdmissionRequest> = {}): AdmissionRequest => ({
  shop: "gate-test.myshopify.com",
  fingerprint: crypto.randomUUID(),
  visitor: { id: "visitor-0123456789abcdef", kind: "write" },
  ...overrides,
});
const VISITOR_KEY = "gate-test.myshopify.com|visitor-0123456789abcdef";

describe("the storefront gate: every charge of a request in one call", () => {
  it("GIVEN a fresh request THEN it is admitted and charged to the shop and the visitor once", async () => {
    const { gate, spent } = aGate();
    expect(await gate.admit(aWrite())).toEqual({ refusal: null });
    expect(await spent("shop", "gate-test.myshopify.com")).toBe(1);
    expect(await spent("visitorWrites", VISITOR_KEY)).toBe(1);
    expect(await spent("visitorReads", VISITOR_KEY)).toBe(0);
  });

  it("GIVEN the very same request again THEN it is a replay, charged to the shop but not the visitor", async () => {
    const { gate, spent } = aGate();
    const request = aWrite();
    await gate.admit(request);
    expect(await gate.admit(request)).toEqual({ refusal: "replay" });
    expect(await spent("shop", "gate-test.myshopify.com")).toBe(2);
    expect(await spent("visitorWrites", VISITOR_KEY)).toBe(1);
  });

  it("GIVEN the shop's budget is spent THEN the request is refused with Retry-After before the replay guard remembers it", async () => {
    const { gate, spent } = aGate({ shopRequestsPerMinute: 1 });
    await gate.admit(aWrite());
    const request = aWrite();
    const refused = await gate.admit(request);
    expect(refused).toMatchObject({ refusal: "shop" });
    expect("retryAfterSeconds" in refused && refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(await spent("visitorWrites", VISITOR_KEY)).toBe(1);
    // Not remembered: once the shop has budget again, this request is still its first sighting.
    const { gate: roomier } = aGate();
    expect(await roomier.admit(request)).toEqual({ refusal: null });
  });

  it("GIVEN a visitor over the write budget THEN only the visitor is refused, with Retry-After", async () => {
    const { gate } = aGate({ visitorWritesPerMinute: 2 });
    await gate.admit(aWrite());
    await gate.admit(aWrite());
    expect(await gate.admit(aWrite())).toMatchObject({ refusal: "visitor" });
    const other = { id: "visitor-fedcba9876543210", kind: "write" as const };
    expect(await gate.admit(aWrite({ visitor: other }))).toEqual({ refusal: null });
  });

  it("GIVEN input that named no visitor or had no readable body THEN only the checks it allows are charged", async () => {
    const { gate, spent } = aGate();
    expect(await gate.admit(aWrite({ fingerprint: null, visitor: null }))).toEqual({
      refusal: null,
    });
    expect(await spent("shop", "gate-test.myshopify.com")).toBe(1);
    expect(await spent("visitorWrites", VISITOR_KEY)).toBe(0);
  });

  it("counts reads apart from writes", async () => {
    const { gate, spent } = aGate({ visitorWritesPerMinute: 1 });
    await gate.admit(aWrite());
    const read = aWrite({
      fingerprint: null,
      visitor: { id: "visitor-0123456789abcdef", kind: "read" },
    });
    expect(await gate.admit(read)).toEqual({ refusal: null });
    expect(await spent("visitorReads", VISITOR_KEY)).toBe(1);
  });
});
