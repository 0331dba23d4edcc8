import { describe, expect, it } from "vitest";
import { buildShopKnowledge } from "../knowledge/index";
import { understandMessage } from "./index";
import { REQUEST_WRAPPERS } from "./training/request-wrappers";
import { trainingExamples, writtenPhrases } from "./training/index";

describe("training copies of requests inside greetings, stories and anger", () => {
  const examples = trainingExamples();
  const isWrappedCopy = (
    text: string,
    written: string,
    language: keyof typeof REQUEST_WRAPPERS,
  ) => {
    const { before, after } = REQUEST_WRAPPERS[language];
    return (
      text !== written &&
      before
        .concat("")
        .some((opening) =>
          after.concat("").some((closing) => text === `${opening}${written}${closing}`),
        )
    );
  };

  it("wraps a written request of every language once, and never a greeting or a goodbye", () => {
    const byText = new Map<string, string[]>();
    for (const example of examples) {
      if (example.written) continue;
      const key = `${example.language}\u0000${example.intent}`;
      byText.set(key, [...(byText.get(key) ?? []), example.text]);
    }
    const samples = writtenPhrases().filter((_, index) => index % 97 === 0);
    for (const phrase of samples) {
      const copies = (byText.get(`${phrase.language}\u0000${phrase.intent}`) ?? []).filter((text) =>
        isWrappedCopy(text, phrase.text, phrase.language),
      );
      const wrapped = phrase.intent !== "greeting" && phrase.intent !== "thanks_goodbye";
      expect(copies.length >= 1, `${phrase.language} ${phrase.intent}: ${phrase.text}`).toBe(
        wrapped,
      );
    }
  });

  it("keeps an out-of-scope question out of the shop's intents behind a greeting", () => {
    const understanding = understandMessage({
      text: "hi, what's the weather like today",
      knowledge: buildShopKnowledge([]),
    });
    expect(understanding.intent).toBe("other");
    expect(understanding.confidence).toBeGreaterThan(0.9);
  });
});
