import { describe, expect, it } from "vitest";
import {
  cartValueReached,
  formatNudgeHistory,
  localDay,
  mayNudge,
  readNudgeHistory,
  recordNudge,
} from "./nudge-rules";

const TODAY = "2026-11-23";
const allowed = {
  consentMissing: false,
  shownThisSession: false,
  chatInUse: false,
  history: { day: TODAY, shownToday: 0 },
  nudgesPerDay: 2,
};

describe("nudge rules", () => {
  it("lets a first nudge through when nothing forbids it", () => {
    expect(mayNudge(allowed)).toBe(true);
  });

  it("never nudges before consent where the shop requires it", () => {
    expect(mayNudge({ ...allowed, consentMissing: true })).toBe(false);
  });

  it("nudges at most once per session and up to the daily cap", () => {
    expect(mayNudge({ ...allowed, shownThisSession: true })).toBe(false);
    const afterTwo = recordNudge(recordNudge(allowed.history));
    expect(afterTwo.shownToday).toBe(2);
    expect(mayNudge({ ...allowed, history: afterTwo })).toBe(false);
    expect(mayNudge({ ...allowed, history: afterTwo, nudgesPerDay: 3 })).toBe(true);
  });

  it("stays quiet while the chat is in use", () => {
    expect(mayNudge({ ...allowed, chatInUse: true })).toBe(false);
  });

  it("reads back what it stored, and starts afresh on a new day or from garbage", () => {
    const stored = formatNudgeHistory({ day: TODAY, shownToday: 1 });
    expect(readNudgeHistory(stored, TODAY)).toEqual({ day: TODAY, shownToday: 1 });
    expect(readNudgeHistory(stored, "2026-11-24")).toEqual({ day: "2026-11-24", shownToday: 0 });
    for (const garbage of [null, "", "x|y", `${TODAY}|-3`, `${TODAY}|1.5`])
      expect(readNudgeHistory(garbage, TODAY)).toEqual({ day: TODAY, shownToday: 0 });
  });

  it("counts days in the visitor's own calendar", () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });

  it("compares the cart in minor units with a threshold in the shop's currency", () => {
    expect(cartValueReached({ totalPriceMinor: 9999, minimumCartValue: 100, rate: 1 })).toBe(false);
    expect(cartValueReached({ totalPriceMinor: 10000, minimumCartValue: 100, rate: 1 })).toBe(true);
    // A cart in another presentment currency: 100 in the shop's currency is 92 at rate 0.92.
    expect(cartValueReached({ totalPriceMinor: 9200, minimumCartValue: 100, rate: 0.92 })).toBe(
      true,
    );
    expect(
      cartValueReached({ totalPriceMinor: 9200, minimumCartValue: 100, rate: Number.NaN }),
    ).toBe(false);
  });
});
