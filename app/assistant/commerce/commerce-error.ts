/** Why a call to the shop's Admin API failed; the dialogue turns each code into a graceful reply. */
export type CommerceErrorCode = "timeout" | "throttled" | "unauthorized" | "upstream";

export class CommerceError extends Error {
  readonly code: CommerceErrorCode;

  constructor(code: CommerceErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CommerceError";
    this.code = code;
  }
}

export function isCommerceError(error: unknown): error is CommerceError {
  return error instanceof CommerceError;
}
