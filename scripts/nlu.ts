/**
 * `npm run --silent nlu < messages.jsonl`: one {"text", "locale"?} per line in, one understanding
 * per line out, with the demo shop's FAQ. Only JSON lines go to stdout; a bad line yields
 * {"error": …} for that line and the rest go on. A labelled set's `lang` (the public set's field)
 * counts as the locale when there is none, and a file saved with a byte-order mark reads as one
 * without.
 */
import { createInterface } from "node:readline";
import { z } from "zod";
import { buildShopKnowledge, demoShopFaq } from "../app/assistant/knowledge/index";
import { understandMessage } from "../app/assistant/nlu/index";

const NluRequestSchema = z.object({
  text: z.string().max(5000),
  locale: z.string().max(35).nullish(),
  lang: z.string().max(35).nullish(),
});

const knowledge = buildShopKnowledge(demoShopFaq());
let lineNumber = 0;
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  lineNumber += 1;
  const content = lineNumber === 1 ? line.replace(/^\uFEFF/, "") : line;
  if (content.trim() === "") continue;
  let output: unknown;
  try {
    const request = NluRequestSchema.parse(JSON.parse(content));
    const understanding = understandMessage({
      text: request.text,
      locale: request.locale ?? request.lang,
      knowledge,
    });
    output = {
      language: understanding.language,
      intent: understanding.intent,
      confidence: Number(understanding.confidence.toFixed(4)),
      faq: understanding.faq && understanding.faq.score >= 0.5 ? understanding.faq.entryId : null,
      entities: understanding.entities,
    };
  } catch (error) {
    const message =
      error instanceof z.ZodError
        ? error.issues
            .map((issue) => `${issue.path.join(".") || "line"}: ${issue.message}`)
            .join("; ")
        : error instanceof Error
          ? error.message
          : "unreadable line";
    output = { error: { line: lineNumber, message } };
  }
  process.stdout.write(`${JSON.stringify(output)}\n`);
}
