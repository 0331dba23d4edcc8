import { describe, expect, it } from "vitest";
import { extractEntities } from "./extract-entities";

const ofType = (text: string, type: "size" | "colour" | "order_number" | "phone") =>
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
    // US shoe sizes have one digit: "9サイズ", "9码"; the day of the month ("9号") is no size.
    expect(ofType("9サイズありますか", "size")).toEqual([{ value: "9", text: "9サイズ" }]);
    expect(ofType("有9码的吗", "size")).toEqual([{ value: "9", text: "9码" }]);
    expect(ofType("9号发货吗", "size")).toEqual([]);
  });
});

describe("numbers as shoppers type them", () => {
  it("reads full-width digits and signs, quoting them as typed", () => {
    expect(ofType("订单１０４２到哪了", "order_number")).toEqual([
      { value: "1042", text: "订单１０４２" },
    ]);
    expect(ofType("＃１０４２", "order_number")).toEqual([{ value: "1042", text: "＃１０４２" }]);
    expect(ofType("注文番号：1042", "order_number")).toEqual([
      { value: "1042", text: "注文番号：1042" },
    ]);
  });

  it("takes a long run of digits for a phone when the shopper says it is one", () => {
    expect(ofType("我的手机13812345678", "phone")).toEqual([
      { value: "13812345678", text: "13812345678" },
    ]);
    expect(ofType("我的手机13812345678", "order_number")).toEqual([]);
    expect(ofType("where is 13812345678", "phone")).toEqual([]);
  });

  it("reads sizes by number and sizing system, not days of the month", () => {
    expect(ofType("28码有吗", "size")).toEqual([{ value: "28", text: "28码" }]);
    expect(ofType("EU 42 verfügbar?", "size")).toEqual([{ value: "42", text: "EU 42" }]);
    expect(ofType("5月28号发货吗", "size")).toEqual([]);
    expect(ofType("can you send us 10 more", "size")).toEqual([]);
  });
});

describe("order names with a shop's own prefix or suffix", () => {
  it("reads a prefixed or suffixed name after # or an order word, in any language", () => {
    expect(ofType("#A1042", "order_number")).toEqual([{ value: "A1042", text: "#A1042" }]);
    expect(ofType("where is my order #CA-1042?", "order_number")).toEqual([
      { value: "CA-1042", text: "order #CA-1042" },
    ]);
    expect(ofType("order 1042-EU hasn't arrived", "order_number")).toEqual([
      { value: "1042-EU", text: "order 1042-EU" },
    ]);
    expect(ofType("my order so1042 is late", "order_number")).toEqual([
      { value: "SO1042", text: "order so1042" },
    ]);
    expect(ofType("订单 #A1042 在哪", "order_number")).toEqual([
      { value: "A1042", text: "订单 #A1042" },
    ]);
    expect(ofType("pedido nº CA-1042", "order_number")).toEqual([
      { value: "CA-1042", text: "pedido nº CA-1042" },
    ]);
  });

  it("keeps plain numbers as they were, and a price or a code without an order word is no order", () => {
    expect(ofType("#1042", "order_number")).toEqual([{ value: "1042", text: "#1042" }]);
    expect(ofType("1042", "order_number")).toEqual([{ value: "1042", text: "1042" }]);
    expect(ofType("where is order 1042.", "order_number")).toEqual([
      { value: "1042", text: "order 1042" },
    ]);
    expect(ofType("order no1042", "order_number")).toEqual([
      { value: "1042", text: "order no1042" },
    ]);
    expect(ofType("SO1042", "order_number")).toEqual([]);
    expect(ofType("my order cost 10.50", "order_number")).toEqual([]);
  });
});
