import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

describe("npm run nlu", () => {
  it("writes one JSON object per input line and an error object for a malformed line", () => {
    const input = [
      '\uFEFF{"text": "订单 #1042 在哪"}',
      "not json",
      '{"text": "how much is shipping?", "locale": "en"}',
      '{"locale": "fr"}',
      "",
    ].join("\n");
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", path.join(root, "scripts", "nlu.ts")],
      { cwd: root, input, encoding: "utf8", timeout: 110_000 },
    );
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
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
    const input = [
      '{"text": "ok", "lang": "fr"}',
      '{"text": "ok", "lang": "fr", "locale": "de"}',
    ].join("\n");
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", path.join(root, "scripts", "nlu.ts")],
      { cwd: root, input, encoding: "utf8", timeout: 110_000 },
    );
    expect(result.status).toBe(0);
    const languages = result.stdout
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { language: string }).language);
    expect(languages).toEqual(["fr", "de"]);
  }, 120_000);
});
