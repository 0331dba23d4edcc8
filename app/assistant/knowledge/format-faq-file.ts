import type { FaqEntry } from "./faq-entry";
import { FAQ_CSV_COLUMNS } from "./parse-faq-file";

function csvCell(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** Writes entries in the same CSV or JSON form that parseFaqFile reads back. */
export function formatFaqFile(options: { format: "csv" | "json"; entries: FaqEntry[] }): string {
  if (options.format === "json") return `${JSON.stringify(options.entries, null, 2)}\n`;
  const rows = options.entries.map((entry) =>
    [
      entry.id,
      entry.question,
      entry.alternatives.join(" | "),
      entry.answer,
      entry.language,
      entry.tags.join(" | "),
      String(entry.enabled),
    ]
      .map(csvCell)
      .join(","),
  );
  return `${[FAQ_CSV_COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
