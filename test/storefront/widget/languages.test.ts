import { describe, expect, it } from "vitest";
import { chatBundleFile, widgetLanguageFor } from "../../../widget/languages";

describe("widgetLanguageFor", () => {
  it.each([
    ["en", "en"],
    ["en-GB", "en"],
    ["fr-CA", "fr"],
    ["pt-BR", "pt"],
    ["pt-PT", "pt"],
    ["zh-CN", "zh-CN"],
    ["zh", "zh-CN"],
    ["zh-TW", "zh-TW"],
    ["zh-HK", "zh-TW"],
    ["ja", "ja"],
    ["ar", "en"],
    ["nl", "en"],
  ])("maps the storefront locale %s to %s", (locale, language) => {
    expect(widgetLanguageFor(locale)).toBe(language);
  });

  it("names one chat bundle per language", () => {
    expect(chatBundleFile("zh-TW")).toBe("concierge-chat-zh-TW.js");
  });
});
