import { z } from "zod";
import { LanguageSchema } from "../nlu/types";
import { sanitiseAnswer } from "./sanitise-answer";

const phrasing = z.string().trim().min(2).max(300);

/** One merchant FAQ entry as stored and served. */
export const FaqEntrySchema = z.object({
  id: z.string().min(1).max(100),
  question: phrasing,
  alternatives: z.array(phrasing).max(30),
  /** Safe Markdown subset (see sanitiseAnswer); sanitised again on every save. */
  answer: z.string().trim().min(1).max(4000),
  language: LanguageSchema,
  tags: z.array(z.string().trim().min(1).max(40)).max(20),
  enabled: z.boolean(),
});
export type FaqEntry = z.infer<typeof FaqEntrySchema>;

/** An entry as a merchant writes or imports it: id optional, lists may be omitted, answer sanitised. */
export const FaqEntryInputSchema = z
  .object({
    id: z.string().trim().min(1).max(100).optional(),
    question: phrasing,
    alternatives: z.array(phrasing).max(30).default([]),
    answer: z.string().trim().min(1).max(4000),
    language: LanguageSchema,
    tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
    enabled: z.boolean().default(true),
  })
  .transform((entry) => ({ ...entry, answer: sanitiseAnswer(entry.answer) }));
export type FaqEntryInput = z.input<typeof FaqEntryInputSchema>;
export type ParsedFaqEntryInput = z.output<typeof FaqEntryInputSchema>;
