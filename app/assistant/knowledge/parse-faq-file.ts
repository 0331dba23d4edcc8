import { parse } from "csv-parse/sync";
import type { z } from "zod";
import type { ParsedFaqEntryInput } from "./faq-entry";
import { FaqEntryInputSchema } from "./faq-entry";

export interface FaqFileError {
  /** 1-based line where the bad row starts. */
  line: number;
  message: string;
}

export type ParsedFaqFile =
  { ok: true; entries: ParsedFaqEntryInput[] } | { ok: false; errors: FaqFileError[] };
type ReadRows =
  | { ok: true; entries: ParsedFaqEntryInput[]; lines: number[] }
  | { ok: false; errors: FaqFileError[] };

/** Columns of the CSV form; list cells hold values separated by "|". */
export const FAQ_CSV_COLUMNS = [
  "id",
  "question",
  "alternatives",
  "answer",
  "language",
  "tags",
  "enabled",
] as const;

const MAX_ENTRIES = 5000;

function describe(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join(".") || "row"}: ${issue.message}`)
    .join("; ");
}

const splitList = (cell: unknown) =>
  typeof cell === "string" && cell.trim()
    ? cell
        .split("|")
        .map((value) => value.trim())
        .filter(Boolean)
    : [];

function parseEnabled(cell: unknown): unknown {
  if (typeof cell !== "string" || cell.trim() === "") return true;
  const value = cell.trim().toLowerCase();
  if (["true", "yes", "1"].includes(value)) return true;
  if (["false", "no", "0"].includes(value)) return false;
  return cell;
}

function parseCsv(content: string): ReadRows {
  let records: { record: Record<string, unknown>; info: { lines: number } }[];
  try {
    records = parse(content, {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: false,
    });
  } catch (error) {
    const line =
      typeof error === "object" && error && "lines" in error && typeof error.lines === "number"
        ? error.lines
        : 1;
    return {
      ok: false,
      errors: [{ line, message: error instanceof Error ? error.message : "unreadable CSV" }],
    };
  }
  const entries: ParsedFaqEntryInput[] = [];
  const lines: number[] = [];
  const errors: FaqFileError[] = [];
  for (const { record, info } of records) {
    const result = FaqEntryInputSchema.safeParse({
      id: typeof record.id === "string" && record.id.trim() ? record.id : undefined,
      question: record.question,
      alternatives: splitList(record.alternatives),
      answer: record.answer,
      language: record.language,
      tags: splitList(record.tags),
      enabled: parseEnabled(record.enabled),
    });
    if (result.success) {
      entries.push(result.data);
      lines.push(info.lines);
    } else errors.push({ line: info.lines, message: describe(result.error) });
  }
  return errors.length ? { ok: false, errors } : { ok: true, entries, lines };
}

/** The line on which each top-level element of a JSON array starts, so errors can name it. */
function elementStartLines(content: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let expectingElement = false;
  for (const character of content) {
    if (character === "\n") line += 1;
    if (inString) {
      if (escaped) escaped = false;
      else if (character === "\\") escaped = true;
      else if (character === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectingElement && !/\s/.test(character) && character !== "]") {
      lines.push(line);
      expectingElement = false;
    }
    if (character === '"') inString = true;
    else if (character === "[" || character === "{") {
      depth += 1;
      if (depth === 1) expectingElement = true;
    } else if (character === "]" || character === "}") depth -= 1;
    else if (character === "," && depth === 1) expectingElement = true;
  }
  return lines;
}

function parseJson(content: string): ReadRows {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    const position = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined;
    const line = position ? content.slice(0, Number(position)).split("\n").length : 1;
    return {
      ok: false,
      errors: [{ line, message: error instanceof Error ? error.message : "unreadable JSON" }],
    };
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === "object" && "entries" in data && Array.isArray(data.entries)
      ? data.entries
      : null;
  if (!list)
    return {
      ok: false,
      errors: [{ line: 1, message: 'expected an array of FAQ entries (or {"entries": [...]})' }],
    };
  const starts = Array.isArray(data) ? elementStartLines(content) : [];
  const entries: ParsedFaqEntryInput[] = [];
  const lines: number[] = [];
  const errors: FaqFileError[] = [];
  list.forEach((item: unknown, index: number) => {
    const result = FaqEntryInputSchema.safeParse(item);
    if (result.success) {
      entries.push(result.data);
      lines.push(starts[index] ?? 1);
    } else
      errors.push({
        line: starts[index] ?? 1,
        message: `entry ${index + 1}: ${describe(result.error)}`,
      });
  });
  return errors.length ? { ok: false, errors } : { ok: true, entries, lines };
}

/**
 * Reads an FAQ import. All or nothing: any bad row makes the whole file rejected, with every bad
 * row reported by line, so a merchant never ends up with half an import.
 */
export function parseFaqFile(options: { format: "csv" | "json"; content: string }): ParsedFaqFile {
  const result = options.format === "csv" ? parseCsv(options.content) : parseJson(options.content);
  if (!result.ok) return result;
  if (result.entries.length > MAX_ENTRIES)
    return { ok: false, errors: [{ line: 1, message: `at most ${MAX_ENTRIES} entries per file` }] };
  const seen = new Set<string>();
  const duplicates: FaqFileError[] = [];
  result.entries.forEach((entry, index) => {
    if (!entry.id) return;
    if (seen.has(entry.id))
      duplicates.push({
        line: result.lines[index] ?? 1,
        message: `id "${entry.id}" appears twice`,
      });
    seen.add(entry.id);
  });
  if (duplicates.length) return { ok: false, errors: duplicates };
  return { ok: true, entries: result.entries };
}
