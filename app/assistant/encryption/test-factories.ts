import type { CipherBox } from "./cipher-box";
import { createCipherBox } from "./cipher-box";
import { generateEncryptionKey, parseEncryptionKeys } from "./encryption-keys";

/** A cipher box with a fresh key, sealing as production does. */
export function aCipherBox(keyId = "test"): CipherBox {
  const keys = parseEncryptionKeys({ CONCIERGE_ENCRYPTION_KEYS: generateEncryptionKey(keyId) });
  if (!keys) throw new Error("a generated key did not parse");
  return createCipherBox(keys);
}
