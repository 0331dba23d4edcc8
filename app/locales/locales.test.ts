import { describe, expect, it } from "vitest";
import { OUTCOMES } from "../assistant/analytics";
import { INTENTS } from "../assistant/nlu/types";
import { SUPPORTED_LANGUAGES } from "../assistant/settings";
import en from "./en.json";
import zhCN from "./zh-CN.json";

/** Every key path, with plural suffixes folded so "x_one"/"x_other" count as "x". */
function keysOf(value: unknown, prefix = ""): Set<string> {
  const keys = new Set<string>();
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, "")}`;
      if (child && typeof child === "object")
        for (const nested of keysOf(child, `${path}.`)) keys.add(nested);
      else keys.add(path);
    }
  }
  return keys;
}

describe("admin translations", () => {
  it("has every English key in Simplified Chinese and nothing extra", () => {
    const english = keysOf(en);
    const chinese = keysOf(zhCN);
    expect([...english].filter((key) => !chinese.has(key))).toEqual([]);
    expect([...chinese].filter((key) => !english.has(key))).toEqual([]);
  });

  it("keeps the same interpolation variables in both languages", () => {
    const variables = (text: string) =>
      [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
    const walk = (a: unknown, b: unknown, path: string): string[] => {
      if (typeof a === "string" && typeof b === "string")
        return JSON.stringify(variables(a)) === JSON.stringify(variables(b)) ? [] : [path];
      if (a && b && typeof a === "object" && typeof b === "object") {
        // Chinese has no "_one" form; English "_one" may leave out the number ("Last day").
        return Object.entries(a).flatMap(([key, child]) =>
          key in b ? walk(child, (b as Record<string, unknown>)[key], `${path}.${key}`) : [],
        );
      }
      return [];
    };
    expect(walk(en, zhCN, "")).toEqual([]);
  });

  it("names every intent, outcome and language the admin can show, so no key path reaches a merchant", () => {
    for (const resources of [en, zhCN]) {
      for (const intent of INTENTS) expect(resources.intents).toHaveProperty([intent]);
      for (const outcome of [...OUTCOMES, "in_progress"])
        expect(resources.outcomes).toHaveProperty([outcome]);
      for (const language of [...SUPPORTED_LANGUAGES, "unknown"])
        expect(resources.languages).toHaveProperty([language]);
    }
  });
});
