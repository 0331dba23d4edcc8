import { describe, expect, it } from "vitest";
import { extractEntities } from "./extract-entities";

const ofType = (text: string, type: "size" | "colour") =>
  extractEntities({ text })
    .filter((entity) => entity.type === type)
    .map(({ value, text: written }) => ({ value, text: written }));

describe("sizes and colours keep the words the shopper wrote", () => {
  it("names a colour by one value, quoting the shopper's own word", () => {
    expect(ofType("Vous l'avez en Bleu ?", "colour")).toEqual([{ value: "blue", text: "Bleu" }]);
    expect(ofType("Gibt es den Pullover in GRÜN?", "colour")).toEqual([
      { value: "green", text: "GRÜN" },
    ]);
    expect(ofType("红色的有吗", "colour")).toEqual([{ value: "red", text: "红色" }]);
  });

  it("reports a colour written twice once, as first written", () => {
    expect(ofType("rojo o roja, da igual", "colour")).toEqual([{ value: "red", text: "rojo" }]);
  });

  it("quotes the size as written, with its size word", () => {
    expect(ofType("Tienen esta camiseta en talla L?", "size")).toEqual([
      { value: "L", text: "talla L" },
    ]);
    expect(ofType("do you have it in xl", "size")).toEqual([{ value: "XL", text: "xl" }]);
    expect(ofType("XL 码有货吗", "size")).toEqual([{ value: "XL", text: "XL 码" }]);
    expect(ofType("Größe 38,5 bitte", "size")).toEqual([{ value: "38.5", text: "Größe 38,5" }]);
  });
});
