import { describe, expect, it } from "vitest";
import { productAspectsOf } from "./product-aspects";

describe("productAspectsOf", () => {
  it.each([
    ["is it waterproof?", ["waterproof"]],
    ["¿es impermeable?", ["waterproof"]],
    ["Ist die Jacke wasserdicht?", ["waterproof"]],
    ["防水ですか", ["waterproof"]],
    ["这个是什么材质的", ["material"]],
    ["Peut-on le laver en machine ?", ["care"]],
    ["Quanto pesa?", ["weight"]],
    ["Onde é produzido?", ["origin"]],
    ["Material: full-grain leather, waterproof membrane", ["waterproof", "material"]],
  ])("%s names %j", (text, aspects) => {
    expect([...productAspectsOf(text)].sort()).toEqual([...aspects].sort());
  });

  it("names nothing in a question about something else", () => {
    expect(productAspectsOf("when will my order arrive?").size).toBe(0);
    expect(productAspectsOf("¿la de color negro está disponible?").size).toBe(0);
  });
});
