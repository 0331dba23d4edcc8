import { describe, expect, it } from "vitest";
import { nextPollDelay, POLL_FIRST_MS } from "../../../widget/chat/poll-schedule";

describe("nextPollDelay", () => {
  it("backs off while nothing arrives, up to 30 s", () => {
    let delay = POLL_FIRST_MS;
    const delays: number[] = [];
    for (let poll = 0; poll < 12; poll++) {
      delay = nextPollDelay({ previousMs: delay, gotMessages: false, status: "open" }) ?? 0;
      delays.push(delay);
    }
    expect(delays[0]).toBe(2400);
    expect(delays.every((value, index) => index === 0 || value >= delays[index - 1]!)).toBe(true);
    expect(delays.at(-1)).toBe(30_000);
  });

  it("stays quick while a person handles the conversation", () => {
    expect(nextPollDelay({ previousMs: 20_000, gotMessages: false, status: "handed_off" })).toBe(
      5000,
    );
  });

  it("returns to the first interval when messages arrive", () => {
    expect(nextPollDelay({ previousMs: 30_000, gotMessages: true, status: "open" })).toBe(
      POLL_FIRST_MS,
    );
  });

  it("waits as long as Retry-After says, and stops for a closed conversation", () => {
    expect(
      nextPollDelay({
        previousMs: 1500,
        gotMessages: false,
        status: "open",
        failed: true,
        retryAfterSeconds: 12,
      }),
    ).toBe(12_000);
    expect(nextPollDelay({ previousMs: 1500, gotMessages: false, status: "closed" })).toBeNull();
  });

  it("doubles after a failure", () => {
    expect(
      nextPollDelay({ previousMs: 4000, gotMessages: false, status: "open", failed: true }),
    ).toBe(8000);
  });
});
