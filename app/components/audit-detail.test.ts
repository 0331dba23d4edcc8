import { describe, expect, it } from "vitest";
import en from "../locales/en.json";
import { describeAuditDetail } from "./audit-detail";

/** The English catalogue's text for a dotted key, as i18next's t would give it. */
function t(key: string): string {
  const text = key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en);
  if (typeof text !== "string") throw new Error(`No English text for ${key}`);
  return text;
}

describe("an audit entry's detail as the merchant reads it", () => {
  it("shows switches, lists, hours and text plainly", () => {
    const detail = {
      changes: {
        "privacy.consentRequired": { from: false, to: true },
        "privacy.retentionDays": { from: 365, to: 90 },
        languages: { from: ["en"], to: ["en", "fr"] },
        "escalation.handoff.keywords": { from: [], to: ["chargeback", "lawyer"] },
        "escalation.handoff.businessHours.week.mon": {
          from: null,
          to: [{ open: "09:00", close: "17:00" }],
        },
        "proactive.triggers.exit_intent.message": { from: "", to: "Need help?" },
        "escalation.handoff.businessHours.week.sun": { from: null, to: [] },
      },
    };
    expect(describeAuditDetail(detail, t).split("\n")).toEqual([
      "privacy.consentRequired: off → on",
      "privacy.retentionDays: 365 → 90",
      "languages: en → en, fr",
      "escalation.handoff.keywords: — → chargeback, lawyer",
      "escalation.handoff.businessHours.week.mon: — → 09:00–17:00",
      "proactive.triggers.exit_intent.message: “” → “Need help?”",
    ]);
  });

  it("says a secret changed without a before and after", () => {
    const detail = {
      changes: { "escalation.zendesk.apiToken": { from: "[secret]", to: "[secret]" } },
    };
    expect(describeAuditDetail(detail, t)).toBe("escalation.zendesk.apiToken: changed (not shown)");
  });

  it("lists the facts of other actions", () => {
    expect(describeAuditDetail({ ok: false, problem: "unauthorized" }, t)).toBe(
      "ok: no, problem: “unauthorized”",
    );
  });
});
