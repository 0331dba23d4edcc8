/** Failures the core reports by code; routes map them to HTTP in one place (app/http.server.ts). */
export type ProblemCode =
  | "invalid_request"
  | "unauthorized"
  | "not_found"
  | "payload_too_large"
  | "rate_limited"
  | "server_error";

export class Problem extends Error {
  override name = "Problem";
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
