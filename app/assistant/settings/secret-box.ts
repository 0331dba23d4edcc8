import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { z } from "zod";

/**
 * Secrets at rest (the Zendesk API token) sealed with AES-256-GCM. A keyring holds every key the
 * app may still need to open old values; the first one seals new values, so a key is rotated by
 * putting a new key first and keeping the old one until every secret was saved again.
 * Sealed form: `v1.{keyId}.{iv}.{tag}.{ciphertext}` (base64url parts).
 */

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

/** `CONCIERGE_ENCRYPTION_KEYS`: comma-separated `id:base64key`, newest first. */
export const KeyringSchema = z
  .string()
  .transform((text) => text.split(",").filter((part) => part.trim() !== ""))
  .pipe(z.array(KeySchema).min(1, "needs at least one key"))
  .refine(
    (keys) => new Set(keys.map((key) => key.id)).size === keys.length,
    "key ids must be unique",
  );
export type Keyring = z.infer<typeof KeyringSchema>;

const SEALED = /^v1\.([A-Za-z0-9_-]{1,32})\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/;

export function isSealed(value: string): boolean {
  return SEALED.test(value);
}

export function sealSecret(options: { keyring: Keyring; plaintext: string }): string {
  const [current] = options.keyring;
  if (!current) throw new Error("The keyring is empty");
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current.key, iv);
  // The key id is authenticated too, so a sealed value cannot be moved to another key's slot.
  cipher.setAAD(Buffer.from(current.id));
  const ciphertext = Buffer.concat([cipher.update(options.plaintext, "utf8"), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString("base64url"));
  return ["v1", current.id, ...parts].join(".");
}

export class SealedSecretError extends Error {
  override name = "SealedSecretError";
}

/** Opens a sealed value; throws SealedSecretError when it is malformed, tampered or its key is gone. */
export function openSecret(options: { keyring: Keyring; sealed: string }): string {
  const match = SEALED.exec(options.sealed);
  if (!match) throw new SealedSecretError("Not a sealed secret");
  const [, keyId = "", iv = "", tag = "", ciphertext = ""] = match;
  const entry = options.keyring.find((candidate) => candidate.id === keyId);
  if (!entry) throw new SealedSecretError(`No key ${keyId} in the keyring`);
  try {
    const decipher = createDecipheriv("aes-256-gcm", entry.key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(entry.id));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, "base64url")),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    throw new SealedSecretError(
      "The sealed secret does not open with its key (tampered or wrong key)",
    );
  }
}
