import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import type { FaqEntry, FaqEntryInput } from "./faq-entry";
import { FaqEntryInputSchema } from "./faq-entry";
import { bumpKnowledgeVersion, entryFromRow, rowFromEntry } from "./faq-rows";
import { formatFaqFile } from "./format-faq-file";
import type { FaqFileError } from "./parse-faq-file";
import { parseFaqFile } from "./parse-faq-file";
import type { Language } from "../nlu/types";
import { starterFaq } from "./starter-faq";

export async function listFaqEntries(options: {
  prisma: PrismaClient;
  shop: string;
  language?: Language;
}): Promise<FaqEntry[]> {
  const rows = await options.prisma.faqEntry.findMany({
    where: { shop: options.shop, ...(options.language ? { language: options.language } : {}) },
    orderBy: [{ language: "asc" }, { createdAt: "asc" }],
  });
  return rows.flatMap((row) => entryFromRow(row) ?? []);
}

/** Creates or updates one entry (validated, answer sanitised); takes effect on the next message. */
export async function saveFaqEntry(options: {
  prisma: PrismaClient;
  shop: string;
  entry: FaqEntryInput;
}): Promise<FaqEntry> {
  const parsed = FaqEntryInputSchema.parse(options.entry);
  const row = rowFromEntry(options.shop, { ...parsed, id: parsed.id ?? randomUUID() });
  const { shop, id, ...fields } = row;
  const saved = await options.prisma.$transaction(async (tx) => {
    const stored = await tx.faqEntry.upsert({
      where: { shop_id: { shop, id } },
      create: row,
      update: fields,
    });
    await bumpKnowledgeVersion(tx, shop);
    return stored;
  });
  const entry = entryFromRow(saved);
  if (!entry) throw new Error("saved FAQ entry does not validate");
  return entry;
}

export async function deleteFaqEntry(options: {
  prisma: PrismaClient;
  shop: string;
  id: string;
}): Promise<boolean> {
  return options.prisma.$transaction(async (tx) => {
    const { count } = await tx.faqEntry.deleteMany({
      where: { shop: options.shop, id: options.id },
    });
    if (count) await bumpKnowledgeVersion(tx, options.shop);
    return count > 0;
  });
}

export type ImportFaqResult =
  { ok: true; imported: number } | { ok: false; errors: FaqFileError[] };

/**
 * Imports a CSV or JSON file. `replace` swaps the shop's whole FAQ for the file; `merge` updates
 * entries with the same id and adds the rest. A file with any bad row imports nothing.
 */
export async function importFaqEntries(options: {
  prisma: PrismaClient;
  shop: string;
  format: "csv" | "json";
  content: string;
  mode: "merge" | "replace";
}): Promise<ImportFaqResult> {
  const parsed = parseFaqFile({ format: options.format, content: options.content });
  if (!parsed.ok) return parsed;
  await options.prisma.$transaction(async (tx) => {
    if (options.mode === "replace") await tx.faqEntry.deleteMany({ where: { shop: options.shop } });
    for (const entry of parsed.entries) {
      const row = rowFromEntry(options.shop, { ...entry, id: entry.id ?? randomUUID() });
      const { shop, id, ...fields } = row;
      await tx.faqEntry.upsert({ where: { shop_id: { shop, id } }, create: row, update: fields });
    }
    await bumpKnowledgeVersion(tx, options.shop);
  });
  return { ok: true, imported: parsed.entries.length };
}

export async function exportFaqEntries(options: {
  prisma: PrismaClient;
  shop: string;
  format: "csv" | "json";
}): Promise<string> {
  return formatFaqFile({ format: options.format, entries: await listFaqEntries(options) });
}

/** Adds the starter FAQ of a language to the shop in one step; entries already adopted are left as edited. */
export async function adoptStarterFaq(options: {
  prisma: PrismaClient;
  shop: string;
  language: Language;
}): Promise<number> {
  const entries = starterFaq(options.language);
  return options.prisma.$transaction(async (tx) => {
    let added = 0;
    for (const entry of entries) {
      const exists = await tx.faqEntry.findUnique({
        where: { shop_id: { shop: options.shop, id: entry.id } },
      });
      if (exists) continue;
      await tx.faqEntry.create({ data: rowFromEntry(options.shop, entry) });
      added += 1;
    }
    if (added) await bumpKnowledgeVersion(tx, options.shop);
    return added;
  });
}
