import { describe, expect, it } from "vitest";
import { hashText } from "./hash-text";

describe("hashText", () => {
  it("is FNV-1a (32-bit): the published test vectors", () => {
    expect(hashText("")).toBe(0x811c9dc5);
    expect(hashText("a")).toBe(0xe40c292c);
    expect(hashText("foobar")).toBe(0xbf9cf968);
  });

  it("gives another hash of the same text with another seed", () => {
    expect(hashText("#1042", 0x9747b28c)).not.toBe(hashText("#1042"));
  });
});
