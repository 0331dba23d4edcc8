import { describe, expect, it } from "vitest";
import { continueHash, hashText } from "./hash-text";

describe("hashText", () => {
  it("is FNV-1a (32-bit): the published test vectors", () => {
    expect(hashText("")).toBe(0x811c9dc5);
    expect(hashText("a")).toBe(0xe40c292c);
    expect(hashText("foobar")).toBe(0xbf9cf968);
  });

  it("gives another hash of the same text with another seed", () => {
    expect(hashText("#1042", 0x9747b28c)).not.toBe(hashText("#1042"));
  });

  it("continues over a text or a part of it as if the texts were joined", () => {
    expect(continueHash(hashText("w:"), "refund")).toBe(hashText("w:refund"));
    expect(continueHash(hashText("w:"), "xxrefundyy", 2, 8)).toBe(hashText("w:refund"));
    expect(continueHash(continueHash(hashText("w:re"), "fu"), "and", 1)).toBe(hashText("w:refund"));
  });
});
