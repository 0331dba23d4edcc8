import { describe, expect, it } from "vitest";
import { buildShopKnowledge, demoShopFaq } from "../knowledge/index";
import { detectLanguage } from "./detect-language";
import { understandMessage } from "./understand-message";

const languageOf = (text: string, locale: string | null) =>
  detectLanguage({ text, locale }).language;

describe("one- and two-word messages on a storefront with a Latin-script locale", () => {
  it("keep the storefront's language when it uses the words", () => {
    expect(languageOf("no", "en")).toBe("en");
    expect(languageOf("ok", "fr")).toBe("fr");
    expect(languageOf("hallo", "de")).toBe("de");
  });

  it("read a borrowed English word as English, not as a third language", () => {
    expect(languageOf("thanks", "fr-CA")).toBe("en");
    expect(languageOf("hi", "pt-BR")).toBe("en");
    expect(languageOf("no", "fr")).toBe("en");
    expect(languageOf("email", "es")).toBe("en");
  });

  it("still recognise a word only another language uses", () => {
    expect(languageOf("gracias", "en")).toBe("es");
    expect(languageOf("merci beaucoup", "en")).toBe("fr");
    expect(languageOf("hola", "it")).toBe("es");
    expect(languageOf("obrigado", "de")).toBe("pt");
  });

  it("read as English when there is no locale and English uses the words", () => {
    expect(languageOf("email", null)).toBe("en");
    expect(languageOf("no", null)).toBe("en");
    expect(languageOf("merci", null)).toBe("fr");
  });

  it("leave sentences to the language model, whatever the locale", () => {
    expect(languageOf("where is my order, it has been two weeks", "fr")).toBe("en");
    expect(languageOf("¿dónde está mi pedido?", "en")).toBe("es");
  });
});

describe("language of messages with few words of their own", () => {
  const knowledge = buildShopKnowledge(demoShopFaq());
  it("is read by its script, not taken for the default language", () => {
    expect(understandMessage({ text: "好", knowledge }).language).toBe("zh-Hans");
    expect(understandMessage({ text: "好", locale: "zh-TW", knowledge }).language).toBe("zh-Hant");
    expect(understandMessage({ text: "はい", knowledge }).language).toBe("ja");
  });

  it("keeps the script of an order number's words when nothing else is left", () => {
    expect(understandMessage({ text: "订单号 1042", knowledge }).language).toBe("zh-Hans");
    expect(understandMessage({ text: "注文番号：1042", knowledge }).language).toBe("ja");
  });

  it("counts size and colour words as the shopper's language", () => {
    expect(understandMessage({ text: "taille 40 dispo ?", knowledge }).language).toBe("fr");
  });
});
