import { describe, expect, it } from "vitest";
import { buildShopKnowledge } from "../knowledge/index";
import { splitClauses } from "./classify-intent";
import { understandMessage } from "./index";
import type { Intent } from "./index";

const intentOf = (text: string) =>
  understandMessage({ text, knowledge: buildShopKnowledge([]) }).intent;

describe("clauses of a message", () => {
  it("ends a clause at sentence and clause punctuation, with or without spaces between words", () => {
    expect(splitClauses("hi there, good morning. is it waterproof?")).toEqual([
      "hi there",
      "good morning",
      "is it waterproof",
    ]);
    expect(splitClauses("thanks!also can i pay later")).toEqual(["thanks", "also can i pay later"]);
    expect(splitClauses("你好，这个防水吗？")).toEqual(["你好", "这个防水吗"]);
    expect(splitClauses("ありがとう！あと、住所を変更できますか")).toEqual([
      "ありがとう",
      "あと",
      "住所を変更できますか",
    ]);
  });

  it("keeps numbers, emails and prices whole", () => {
    expect(splitClauses("order 1,042 from jo.ann@example.com cost 12.50")).toEqual([
      "order 1,042 from jo.ann@example.com cost 12.50",
    ]);
  });
});

describe("a request inside small talk", () => {
  // Each of these reads as its greeting, thanks or anger when the message is read whole.
  const requests: [string, Intent][] = [
    ["hello there, good afternoon! is it machine washable?", "product_question"],
    ["hey hey, good evening. does it come in red?", "product_question"],
    ["RIDICULOUS service, never again. do you ship to canada?", "shipping_info"],
    ["你好你好，早上好！这个防水吗？", "product_question"],
    ["服务太差了，垃圾！这个防水吗？", "product_question"],
    ["こんにちは、お疲れ様です。これは防水ですか", "product_question"],
    ["ありがとうございます！助かりました。あと、返品できますか", "return_refund"],
    ["hola, buenas tardes, ¿qué tal? ¿es impermeable?", "product_question"],
    ["muchas gracias, muy amable. ¿hacen envíos a chile?", "shipping_info"],
    ["bonjour, bonne journée ! c'est imperméable ?", "product_question"],
    ["ciao, buonasera! è impermeabile?", "product_question"],
  ];
  it.each(requests)("reads %s as its request (%s)", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  const smallTalk: [string, Intent][] = [
    ["hi there, good morning!", "greeting"],
    ["hello, anyone around? hope you're well", "greeting"],
    ["thanks a lot, that's all. bye!", "thanks_goodbye"],
    ["你好，在吗？", "greeting"],
    ["ありがとうございました！また来ます", "thanks_goodbye"],
    ["hola, buenas tardes, ¿qué tal?", "greeting"],
    ["merci, bonne soirée !", "thanks_goodbye"],
    ["danke schön, tschüss!", "thanks_goodbye"],
    ["this is ridiculous, worst service i've ever had", "complaint"],
  ];
  it.each(smallTalk)("keeps %s what it is (%s)", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
});
