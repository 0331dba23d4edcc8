import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { CipherBoxOptions } from "./cipher-box";

const KeySchema = z
  .string()
  .transform((text) => text.trim())
  .pipe(
    z.string().regex(/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=_-]+$/, "each key is written id:base64key"),
  )
  .transform((text, context) => {
    const [id = "", material = ""] = text.split(":");
    const key = Buffer.from(material, "base64");
    if (key.length !== 32) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        message: `key ${id} must be 32 bytes (base64 of 32 random bytes)`,
      });
      return z.NEVER;
    }
    return { id, key };
  });

/**
 * `CONCIERGE_ENCRYPTION_KEYS` (`id1:base64key,id2:base64key`) and `CONCIERGE_ENCRYPTION_ACTIVE_KEY`
 * (the id that seals new values; the first key when absent, as the settings' secret box reads the
 * same list). Rotation: add the new key, make it active, run `npm run encryption:rotate`, then drop
 * the old key.
 */
export const EncryptionEnvironmentSchema = z
  .object({
    CONCIERGE_ENCRYPTION_KEYS: z
      .string({ required_error: "is required (comma-separated id:base64key, 32-byte keys)" })
      .transform((text) => text.split(",").filter((part) => part.trim() !== ""))
      .pipe(z.array(KeySchema).min(1, "needs at least one key"))
      .refine(
        (keys) => new Set(keys.map((key) => key.id)).size === keys.length,
        "key ids must be unique",
      ),
    CONCIERGE_ENCRYPTION_ACTIVE_KEY: z.string().trim().min(1).optional(),
  })
  .transform((source, context): CipherBoxOptions => {
    const activeKeyId =
      source.CONCIERGE_ENCRYPTION_ACTIVE_KEY ?? source.CONCIERGE_ENCRYPTION_KEYS[0]!.id;
    if (!source.CONCIERGE_ENCRYPTION_KEYS.some((key) => key.id === activeKeyId)) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["CONCIERGE_ENCRYPTION_ACTIVE_KEY"],
        message: `names key ${activeKeyId}, which is not in CONCIERGE_ENCRYPTION_KEYS`,
      });
      return z.NEVER;
    }
    return { keys: source.CONCIERGE_ENCRYPTION_KEYS, activeKeyId };
  });
export type EncryptionEnvironment = z.infer<typeof EncryptionEnvironmentSchema>;

/**
 * The keys from an environment; null when `CONCIERGE_ENCRYPTION_KEYS` is unset; throws an error
 * naming the variable when it is malformed (never echoing key material).
 */
export function parseEncryptionKeys(
  source: Record<string, string | undefined>,
): CipherBoxOptions | null {
  if (!source.CONCIERGE_ENCRYPTION_KEYS?.trim()) return null;
  const parsed = EncryptionEnvironmentSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `${issue.path[0] ?? "CONCIERGE_ENCRYPTION_KEYS"} ${issue.message}`,
  );
  throw new Error(`Encryption keys are misconfigured: ${problems.join("; ")}`);
}

/** A fresh `id:base64key` entry, for tests, the demo and operators adding a key. */
export function generateEncryptionKey(id: string): string {
  return `${id}:${randomBytes(32).toString("base64")}`;
}
