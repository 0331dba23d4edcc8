import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

/** `npm run --silent nlu` on these lines: its exit status and each output line parsed. */
function understandLines(lines: string[]): {
  status: number | null;
  output: Record<string, unknown>[];
} {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(root, "scripts", "nlu.ts")],
    { cwd: root, input: lines.join("\n"), encoding: "utf8", timeout: 110_000 },
  );
  const output = result.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: result.status, output };
}

describe("npm run nlu", () => {
  it("writes one JSON object per input line and an error object for a malformed line", () => {
    const { status, output: lines } = understandLines([
      '\uFEFF{"text": "订单 #1042 在哪"}',
      "not json",
      '{"text": "how much is shipping?", "locale": "en"}',
      '{"locale": "fr"}',
      "",
    ]);
    expect(status).toBe(0);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({
      language: "zh-Hans",
      intent: "order_status",
      faq: null,
      entities: [expect.objectContaining({ type: "order_number", value: "1042" })],
    });
    expect(lines[1]).toMatchObject({ error: { line: 2 } });
    expect(lines[2]).toMatchObject({
      language: "en",
      intent: "shipping_info",
      faq: "starter-en-shipping-cost",
    });
    expect(typeof lines[2]?.confidence).toBe("number");
    expect(lines[3]).toMatchObject({ error: { line: 4 } });
  }, 120_000);

  it("reads a labelled set's lang as the locale when a line has none", () => {
    const { status, output } = understandLines([
      '{"text": "ok", "lang": "fr"}',
      '{"text": "ok", "lang": "fr", "locale": "de"}',
    ]);
    expect(status).toBe(0);
    const languages = output.map((line) => line.language);
    expect(languages).toEqual(["fr", "de"]);
  }, 120_000);
});
