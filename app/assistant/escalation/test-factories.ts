import type { CipherBox } from "../encryption";
import { createCipherBox, generateEncryptionKey, parseEncryptionKeys } from "../encryption";

/** A cipher box with a fresh key, as production seals the escalation tables. */
export function aCipherBox(keyId = "test"): CipherBox {
  const keys = parseEncryptionKeys({ CONCIERGE_ENCRYPTION_KEYS: generateEncryptionKey(keyId) });
  if (!keys) throw new Error("a generated key did not parse");
  return createCipherBox(keys);
}
