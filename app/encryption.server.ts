import {
  createCipherBox,
  createPlainBox,
  parseEncryptionKeys,
  type CipherBox,
} from "~/assistant/encryption";
import { encryptionSettingsOf, env } from "~/env.server";

/**
 * The process's cipher for data at rest (conversation bodies, dialogue state, compliance exports),
 * from CONCIERGE_ENCRYPTION_KEYS / CONCIERGE_ENCRYPTION_ACTIVE_KEY, required in production by
 * env.server. In development and tests without keys, text is stored plain and the boot says so;
 * `npm run encryption:rotate` seals such rows once keys are set.
 */
function loadCipherBox(): CipherBox {
  const keys = parseEncryptionKeys(encryptionSettingsOf(env));
  if (keys) return createCipherBox(keys);
  console.warn("CONCIERGE_ENCRYPTION_KEYS is not set: conversations are stored unencrypted.");
  return createPlainBox();
}

export const cipherBox: CipherBox = loadCipherBox();
