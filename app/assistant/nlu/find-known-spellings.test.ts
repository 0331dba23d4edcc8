import { describe, expect, it } from "vitest";
import { packFeatureNames } from "./feature-table";
import { findKnownSpellings } from "./find-known-spellings";

const table = packFeatureNames([
  "w:refund",
  "w:order",
  "w:orders",
  "c:<ref",
  "p:parcel",
  "w:返金",
  "w:where",
]);
const spellingsOf = (word: string) => findKnownSpellings({ word, table });

describe("findKnownSpellings", () => {
  it("finds the known word behind a dropped, added, replaced or swapped letter", () => {
    for (const typo of ["refnd", "reffund", "refumd", "rfeund", "refudn", "efund", "refunds"])
      expect(spellingsOf(typo)).toEqual(["refund"]);
  });

  it("gives every known word one typo away, each once", () => {
    expect(spellingsOf("ordes").sort()).toEqual(["order", "orders"]);
  });

  it("finds only word features, and nothing two typos away, too short or in another script", () => {
    expect(spellingsOf("rfnd")).toEqual([]);
    expect(spellingsOf("wher")).toEqual(["where"]);
    expect(spellingsOf("ref")).toEqual([]);
    expect(spellingsOf("返金を")).toEqual([]);
    expect(spellingsOf("parcl")).toEqual([]);
  });
});
