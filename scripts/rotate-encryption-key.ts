/**
 * `npm run encryption:rotate`: seals every stored conversation body, dialogue state, compliance
 * export and learning-queue question again with CONCIERGE_ENCRYPTION_ACTIVE_KEY (rows still in plain text included), in batches.
 * The app keeps running meanwhile: it opens rows of any configured key. Interrupted, run it again.
 */
import { z } from "zod";
import {
  createCipherBox,
  parseEncryptionKeys,
  rotateEncryptionKey,
} from "../app/assistant/encryption";
import { databaseProviderOf, openDatabase } from "../app/platform/database";

const RotationEnvironmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .refine((url) => {
      try {
        return Boolean(databaseProviderOf(url));
      } catch {
        return false;
      }
    }, "must be a SQLite file: URL or a postgres(ql):// URL")
    .default("file:./data/concierge.sqlite"),
  CONCIERGE_ROTATION_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
});

const environment = RotationEnvironmentSchema.safeParse(process.env);
let keys: ReturnType<typeof parseEncryptionKeys> = null;
try {
  keys = parseEncryptionKeys(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : "Encryption keys are misconfigured");
  process.exit(2);
}
if (!environment.success || !keys) {
  console.error(
    "Usage: CONCIERGE_ENCRYPTION_KEYS=old:…,new:… CONCIERGE_ENCRYPTION_ACTIVE_KEY=new DATABASE_URL=file:…|postgresql://… npm run encryption:rotate",
  );
  process.exit(2);
}

const box = createCipherBox(keys);
const prisma = openDatabase({ url: environment.data.DATABASE_URL });
try {
  const progress = await rotateEncryptionKey({
    prisma,
    box,
    batchSize: environment.data.CONCIERGE_ROTATION_BATCH_SIZE,
    onBatch: ({ resealed }) =>
      console.log(
        `resealed ${resealed.messages} messages, ${resealed.conversations} conversations, ${resealed.complianceRequests} compliance exports, ${resealed.learningQuestions} learning-queue questions`,
      ),
  });
  console.log(JSON.stringify({ activeKeyId: box.activeKeyId, ...progress }));
  if (progress.unreadable > 0) {
    console.error(
      `${progress.unreadable} rows did not open with the configured keys and were left as they are.`,
    );
    process.exitCode = 1;
  }
} finally {
  await prisma.$disconnect();
}
