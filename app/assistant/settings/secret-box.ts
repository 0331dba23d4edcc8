import { CipherBoxError, type CipherBox } from "../encryption";

/**
 * Secrets in the shop's settings (the Zendesk API token and signing secret), sealed by the app's
 * one cipher for data at rest (../encryption: AES-256-GCM, key ids, rotation). The keyring is that
 * cipher; the context keeps a sealed secret from opening anywhere but in a shop's settings.
 */
export type Keyring = CipherBox;

const SECRET_CONTEXT = { context: "shop-settings:secret" };

export { isSealed } from "../encryption";

export class SealedSecretError extends Error {
  override name = "SealedSecretError";
}

export function sealSecret(options: { keyring: Keyring; plaintext: string }): string {
  return options.keyring.seal(options.plaintext, SECRET_CONTEXT);
}

/** Opens a sealed value; throws SealedSecretError when it is malformed, tampered or its key is gone. */
export function openSecret(options: { keyring: Keyring; sealed: string }): string {
  try {
    return options.keyring.open(options.sealed, SECRET_CONTEXT);
  } catch (error) {
    if (error instanceof CipherBoxError) throw new SealedSecretError(error.message);
    throw error;
  }
}
