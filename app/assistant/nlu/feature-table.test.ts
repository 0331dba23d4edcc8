import { describe, expect, it } from "vitest";
import { featureIdOf, featureTableOf, packFeatureNames } from "./feature-table";

describe("feature table", () => {
  const names = ["w:order", "h:订单", "c:<ord", "", "w:注文", "b:where_is", "j: ord"];
  const table = packFeatureNames(names);

  it("finds every name at its id, in any script", () => {
    names.forEach((name, id) => expect(featureIdOf(table, name)).toBe(id));
  });

  it("knows nothing of names it was not given, nor of their prefixes and extensions", () => {
    for (const name of ["w:orde", "w:orders", "h:订", "x", "w:order\n", "b:where_is_my"])
      expect(featureIdOf(table, name)).toBeUndefined();
  });

  it("restores the same table from its packed names", () => {
    const restored = featureTableOf(table.names);
    expect(restored.starts).toEqual(table.starts);
    names.forEach((name, id) => expect(featureIdOf(restored, name)).toBe(id));
  });

  it("holds many names apart", () => {
    const many = Array.from({ length: 5000 }, (_, index) => `w:${index.toString(36)}`);
    const large = packFeatureNames(many);
    expect(many.every((name, id) => featureIdOf(large, name) === id)).toBe(true);
    expect(featureIdOf(large, "w:zzzzz")).toBeUndefined();
  });
});
