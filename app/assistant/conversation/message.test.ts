import { describe, expect, it } from "vitest";
import { newMessageId } from "./message";

describe("a new message's id", () => {
  it("is unique, keeps the msg_ + 32 hex shape, and sorts after the ids made before it", async () => {
    const made: string[] = [];
    for (let round = 0; round < 5; round += 1) {
      made.push(newMessageId(), newMessageId());
      // Ids made in one millisecond are in no order among themselves; across milliseconds they are.
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(new Set(made).size).toBe(made.length);
    for (const id of made) expect(id).toMatch(/^msg_[0-9a-f]{32}$/);
    const firstOfEachRound = made.filter((_, index) => index % 2 === 0);
    expect([...firstOfEachRound].sort()).toEqual(firstOfEachRound);
  });
});
