import { SECRET_MARK } from "~/assistant/audit/secret-mark";

type Translate = (key: string) => string;

/** Business-hours slots read as times ("09:00–17:00"), not as JSON. */
function isSlot(value: unknown): value is { open: string; close: string } {
  return (
    value !== null &&
    typeof value === "object" &&
    typeof (value as { open?: unknown }).open === "string" &&
    typeof (value as { close?: unknown }).close === "string"
  );
}

/**
 * One value as a merchant reads it: on/off for a setting (yes/no for other facts), plain lists,
 * quoted text, "—" for nothing.
 */
function formatAuditValue(value: unknown, t: Translate, isSetting: boolean): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean")
    return t(`audit.values.${isSetting ? (value ? "on" : "off") : value ? "yes" : "no"}`);
  if (typeof value === "string") return `“${value}”`;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "—";
    if (value.every((item) => typeof item === "string" || typeof item === "number"))
      return value.join(", ");
    if (value.every(isSlot)) return value.map((slot) => `${slot.open}–${slot.close}`).join(", ");
  }
  return JSON.stringify(value);
}

/**
 * "privacy.retentionDays: 365 → 90" lines for a settings change (a secret only says that it
 * changed); "key: value" pairs for other actions.
 */
export function describeAuditDetail(detail: Record<string, unknown>, t: Translate): string {
  const changes = detail.changes;
  if (changes && typeof changes === "object") {
    return Object.entries(changes as Record<string, { from?: unknown; to?: unknown }>)
      .flatMap(([path, change]) => {
        if (change.from === SECRET_MARK || change.to === SECRET_MARK)
          return [`${path}: ${t("audit.values.secretChanged")}`];
        const from = formatAuditValue(change.from, t, true);
        const to = formatAuditValue(change.to, t, true);
        // Nothing became an empty list (a closed day): no difference a merchant could see.
        return from === to ? [] : [`${path}: ${from} → ${to}`];
      })
      .join("\n");
  }
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${formatAuditValue(value, t, false)}`)
    .join(", ");
}
