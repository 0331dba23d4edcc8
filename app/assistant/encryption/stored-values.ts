import { CipherBoxError, isSealed, unkeyedDigest, type CipherBox } from "./cipher-box";

/**
 * A stored value opened for reading. Rows written before encryption was switched on are still
 * plain text until `npm run encryption:rotate` seals them; they read as they are.
 */
export function openStored(box: CipherBox, value: string, options: { context: string }): string {
  return isSealed(value) ? box.open(value, options) : value;
}

/**
 * A box that stores values as they are, for a development process started without
 * `CONCIERGE_ENCRYPTION_KEYS` (production refuses to boot without them). It opens nothing sealed.
 */
export function createPlainBox(): CipherBox {
  return {
    activeKeyId: "plain",
    seal: (plaintext) => plaintext,
    digest: unkeyedDigest,
    open: () => {
      throw new CipherBoxError(
        "This process has no encryption keys: set CONCIERGE_ENCRYPTION_KEYS",
      );
    },
  };
}
