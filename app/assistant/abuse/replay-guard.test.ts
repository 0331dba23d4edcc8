import { describe, expect, it } from "vitest";
import { rememberSightings, replayFingerprint } from "./replay-guard";

const fingerprintOf = (index: number) =>
  replayFingerprint({
    signature: `signature-${index}`,
    path: "/apps/concierge/messages",
    body: JSON.stringify({ text: `message ${index}` }),
  });

describe("rememberSightings", () => {
  it("answers true for the first sighting of a fingerprint and false for the same one again", () => {
    const firstSighting = rememberSightings({ windowSeconds: 90 });
    expect(firstSighting(fingerprintOf(1))).toBe(true);
    expect(firstSighting(fingerprintOf(2))).toBe(true);
    expect(firstSighting(fingerprintOf(1))).toBe(false);
    expect(firstSighting(fingerprintOf(2))).toBe(false);
  });

  it("remembers a sighting for at least the window, and forgets it after two", () => {
    let clock = 1_000_000;
    const firstSighting = rememberSightings({ windowSeconds: 90, now: () => clock });
    expect(firstSighting(fingerprintOf(1))).toBe(true);
    clock += 89_000;
    // Seen at the very end of its window: still a replay 89 s into the next one.
    expect(firstSighting(fingerprintOf(2))).toBe(true);
    expect(firstSighting(fingerprintOf(1))).toBe(false);
    clock += 89_000;
    expect(firstSighting(fingerprintOf(2))).toBe(false);
    clock += 2 * 90_000;
    expect(firstSighting(fingerprintOf(1))).toBe(true);
    expect(firstSighting(fingerprintOf(2))).toBe(true);
  });

  it("forgets everything after a quiet spell longer than two windows", () => {
    let clock = 0;
    const firstSighting = rememberSightings({ windowSeconds: 1, now: () => clock });
    expect(firstSighting(fingerprintOf(7))).toBe(true);
    clock += 5_000;
    expect(firstSighting(fingerprintOf(8))).toBe(true);
    expect(firstSighting(fingerprintOf(7))).toBe(true);
  });

  it("drops no sighting to make room: a flood cannot push a request out of its window", () => {
    // Tables of 4,096 slots: the flood makes them grow seven times over.
    const firstSighting = rememberSightings({ windowSeconds: 90, initialSlots: 1 << 12 });
    const flood = 300_000;
    let refusedFirsts = 0;
    for (let index = 0; index < flood; index += 1) {
      if (!firstSighting(fingerprintOf(index))) refusedFirsts += 1;
    }
    let replaysLetThrough = 0;
    for (let index = 0; index < flood; index += 1) {
      if (firstSighting(fingerprintOf(index))) replaysLetThrough += 1;
    }
    expect(refusedFirsts).toBe(0);
    expect(replaysLetThrough).toBe(0);
  });

  it("refuses a first size that is not a power of two", () => {
    expect(() => rememberSightings({ windowSeconds: 90, initialSlots: 1000 })).toThrow(
      /power of two/,
    );
  });
});
