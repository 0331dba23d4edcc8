import { describe, expect, it } from "vitest";
import type { FaqEntry } from "./index";
import { formatFaqFile, parseFaqFile, sanitiseAnswer } from "./index";

function anEntry(overrides: Partial<FaqEntry> = {}): FaqEntry {
  return {
    id: "returns",
    question: "What is your return policy?",
    alternatives: ["Can I return it?"],
    answer: "Within **30 days**.",
    language: "en",
    tags: ["returns"],
    enabled: true,
    ...overrides,
  };
}

describe("parseFaqFile", () => {
  it("reads a CSV with list cells and a multi-line answer", () => {
    const csv =
      'id,question,alternatives,answer,language,tags,enabled\nreturns,What is your return policy?,Can I return it? | Refund rules,"Within 30 days.\n\n- unworn items",en,returns,true\n';
    const result = parseFaqFile({ format: "csv", content: csv });
    expect(result).toEqual({
      ok: true,
      entries: [
        expect.objectContaining({
          id: "returns",
          alternatives: ["Can I return it?", "Refund rules"],
          answer: "Within 30 days.\n\n- unworn items",
          enabled: true,
        }),
      ],
    });
  });

  it("rejects the whole CSV and names every bad row by line", () => {
    const csv = [
      "id,question,alternatives,answer,language,tags,enabled",
      "a,How long is shipping?,,Two days.,en,,true",
      "b,Welche Zahlungsarten?,,PayPal.,klingon,,true",
      "c,,,No question.,en,,true",
      "d,Is it ok?,,Yes.,en,,maybe",
    ].join("\n");
    const result = parseFaqFile({ format: "csv", content: csv });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.line)).toEqual([3, 4, 5]);
    expect(result.errors[0]?.message).toContain("language");
  });

  it("reports the line of a bad element in a JSON array", () => {
    const json = `[\n  {"question": "Shipping time?", "answer": "Two days.", "language": "en"},\n  {"question": "Returns?",\n   "answer": "",\n   "language": "en"}\n]`;
    const result = parseFaqFile({ format: "json", content: json });
    expect(result).toEqual({
      ok: false,
      errors: [{ line: 3, message: expect.stringContaining("answer") }],
    });
  });

  it("reports a JSON syntax error and duplicate ids", () => {
    expect(parseFaqFile({ format: "json", content: "[{\n" }).ok).toBe(false);
    const duplicate = JSON.stringify([anEntry(), anEntry()]);
    expect(parseFaqFile({ format: "json", content: duplicate })).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining("twice") }],
    });
  });

  it("round-trips entries through CSV and JSON exports", () => {
    const entries = [
      anEntry(),
      anEntry({
        id: "ship",
        question: 'Do you ship "overseas"?',
        alternatives: [],
        tags: [],
        language: "fr",
        answer: "Oui, partout.",
      }),
    ];
    for (const format of ["csv", "json"] as const) {
      const parsed = parseFaqFile({ format, content: formatFaqFile({ format, entries }) });
      expect(parsed).toEqual({ ok: true, entries });
    }
  });
});

describe("sanitiseAnswer", () => {
  it("removes raw HTML and unsafe links but keeps the Markdown subset", () => {
    const answer =
      "See <b>our</b> [policy](https://shop.example/policy) or [click](javascript:alert(1))<script>alert(1)</script>\n- **fast**";
    expect(sanitiseAnswer(answer)).toBe(
      "See our [policy](https://shop.example/policy) or click\n- **fast**",
    );
  });
});
