import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomFillSync,
} from "node:crypto";

/**
 * AES-256-GCM for data at rest. Sealed form: `v1.<keyId>.<iv>.<ciphertext+tag>` (base64url parts).
 * The key id travels with the value, so old keys keep opening old rows while the active key seals
 * new ones; the context (e.g. `shop:conversationId`) is authenticated data, so a value copied into
 * another shop's or conversation's row does not open.
 */

export interface EncryptionKey {
  id: string;
  /** 32 bytes. */
  key: Buffer;
}

export interface CipherBoxOptions {
  keys: EncryptionKey[];
  activeKeyId: string;
}

export interface SealOptions {
  context: string;
}

export interface CipherBox {
  readonly activeKeyId: string;
  seal(plaintext: string, options: SealOptions): string;
  /** Throws CipherBoxError when the value is malformed, tampered, of another context, or its key is gone. */
  open(sealed: string, options: SealOptions): string;
  /**
   * A keyed digest (HMAC-SHA256 under a key derived from the active key): equal values of one
   * context share it, and it reveals nothing of the value without the key. Not reversible.
   */
  digest(value: string, options: SealOptions): string;
}

export class CipherBoxError extends Error {
  override name = "CipherBoxError";
}

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SEALED = /^v1\.([A-Za-z0-9_-]{1,32})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22,})$/;

// Every chat message seals three values: IVs come from a pool of random bytes filled 4 KiB at a
// time (a fresh system call per IV cost as much as the encryption itself). Each IV's bytes are
// handed out once.
const ivPool = Buffer.alloc(4096);
let ivPoolOffset = ivPool.length;

function freshIv(): Buffer {
  if (ivPoolOffset + IV_BYTES > ivPool.length) {
    randomFillSync(ivPool);
    ivPoolOffset = 0;
  }
  ivPoolOffset += IV_BYTES;
  return ivPool.subarray(ivPoolOffset - IV_BYTES, ivPoolOffset);
}

/** Whether a stored value is sealed (rows written before encryption was switched on are not). */
export function isSealed(value: string): boolean {
  return SEALED.test(value);
}

/** The id of the key that sealed a value, or null for a value that is not sealed. */
export function keyIdOf(value: string): string | null {
  return SEALED.exec(value)?.[1] ?? null;
}

export function createCipherBox(options: CipherBoxOptions): CipherBox {
  const keys = new Map<string, Buffer>();
  for (const { id, key } of options.keys) {
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(id))
      throw new CipherBoxError(`Key id "${id}" must be 1–32 URL-safe characters`);
    if (key.length !== 32) throw new CipherBoxError(`Key ${id} must be 32 bytes`);
    if (keys.has(id)) throw new CipherBoxError(`Key id ${id} appears twice`);
    keys.set(id, key);
  }
  const activeKey = keys.get(options.activeKeyId);
  if (!activeKey)
    throw new CipherBoxError(`The active key ${options.activeKeyId} is not among the keys`);
  const activeKeyId = options.activeKeyId;
  // A key of its own for digests, so a digest never equals anything sealing computes.
  const digestKey = createHmac("sha256", activeKey).update("concierge:digest:v1").digest();

  return {
    activeKeyId,
    seal(plaintext, { context }) {
      const iv = freshIv();
      const cipher = createCipheriv("aes-256-gcm", activeKey, iv);
      // The key id is authenticated with the context, so neither can be swapped on a stored value.
      cipher.setAAD(Buffer.from(`${activeKeyId}|${context}`, "utf8"));
      const ciphertext = Buffer.concat([
        cipher.update(plaintext, "utf8"),
        cipher.final(),
        cipher.getAuthTag(),
      ]);
      return `${VERSION}.${activeKeyId}.${iv.toString("base64url")}.${ciphertext.toString("base64url")}`;
    },
    open(sealed, { context }) {
      const match = SEALED.exec(sealed);
      if (!match) throw new CipherBoxError("Not a sealed value");
      const [, keyId = "", iv = "", body = ""] = match;
      const key = keys.get(keyId);
      if (!key) throw new CipherBoxError(`Key ${keyId} is not configured`);
      const bytes = Buffer.from(body, "base64url");
      if (bytes.length < TAG_BYTES) throw new CipherBoxError("Not a sealed value");
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        decipher.setAAD(Buffer.from(`${keyId}|${context}`, "utf8"));
        decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
        return Buffer.concat([
          decipher.update(bytes.subarray(0, bytes.length - TAG_BYTES)),
          decipher.final(),
        ]).toString("utf8");
      } catch {
        throw new CipherBoxError(
          "The value does not open (tampered, another context, or another key)",
        );
      }
    },
    digest(value, { context }) {
      const mac = createHmac("sha256", digestKey).update(`${context}|${value}`, "utf8");
      return `${activeKeyId}.${mac.digest("base64url")}`;
    },
  };
}

/** The digest of a process without keys, which stores text as it is anyway. */
export function unkeyedDigest(value: string, options: SealOptions): string {
  return `plain.${createHash("sha256").update(`${options.context}|${value}`, "utf8").digest("base64url")}`;
}
