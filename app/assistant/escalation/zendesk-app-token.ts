import { importSPKI, jwtVerify } from "jose";
import { z } from "zod";

/**
 * The Zendesk sidebar app is a server-side app with `signedUrls: true`: when an agent opens a
 * ticket, Zendesk POSTs the iframe's first request with a form field `token`, a JWT signed RS256
 * with the app's private key (public key: GET /api/v2/apps/{app_id}/public_key.pem). Claims, as
 * Zendesk documents them ("Authenticating Zendesk in your server-side app"):
 *   iss  "{subdomain}.zendesk.com"            — the account
 *   aud  "https://{subdomain}.zendesk.com/api/v2/apps/installations/{id}.json" — the installation
 *   sub  the agent (user URL or id), exp/nbf/iat (about five minutes), qsh, cnf.jku,
 *   context { product: "support", location: "ticket_sidebar" }.
 * Only RS256 is accepted (never "none" or an HMAC that would turn the public key into a secret),
 * and the account named by iss must be the one named by aud.
 */

const ACCOUNT_HOST = /^([a-z0-9][a-z0-9-]*)\.zendesk\.com$/;
const INSTALLATION =
  /^https:\/\/([a-z0-9][a-z0-9-]*)\.zendesk\.com\/api\/v2\/apps\/installations\/(\d+)\.json$/;

const ClaimsSchema = z.object({
  iss: z.string(),
  aud: z
    .union([z.string(), z.array(z.string()).length(1)])
    .transform((aud) => (Array.isArray(aud) ? aud[0]! : aud)),
  sub: z.coerce.string().optional(),
  context: z.object({ product: z.string().optional(), location: z.string().optional() }).optional(),
});

export type ZendeskAppTokenProblem =
  "missing_token" | "bad_signature" | "expired" | "wrong_account" | "wrong_location";

export type ZendeskAppTokenCheck =
  | { ok: true; subdomain: string; installationId: string; agent: string | null }
  | { ok: false; problem: ZendeskAppTokenProblem };

export interface VerifyZendeskAppTokenOptions {
  token: string | null;
  /** PEM (SPKI) of the Zendesk app's public key. */
  publicKeyPem: string;
  now?: Date;
}

export async function verifyZendeskAppToken(
  options: VerifyZendeskAppTokenOptions,
): Promise<ZendeskAppTokenCheck> {
  if (!options.token) return { ok: false, problem: "missing_token" };
  let payload: unknown;
  try {
    const key = await importSPKI(options.publicKeyPem, "RS256");
    ({ payload } = await jwtVerify(options.token, key, {
      algorithms: ["RS256"],
      currentDate: options.now,
      clockTolerance: 30,
      requiredClaims: ["iss", "aud", "exp"],
    }));
  } catch (error) {
    const code = error && typeof error === "object" && "code" in error ? error.code : null;
    return { ok: false, problem: code === "ERR_JWT_EXPIRED" ? "expired" : "bad_signature" };
  }
  const claims = ClaimsSchema.safeParse(payload);
  if (!claims.success) return { ok: false, problem: "wrong_account" };
  const account = ACCOUNT_HOST.exec(claims.data.iss);
  const installation = INSTALLATION.exec(claims.data.aud);
  if (!account?.[1] || !installation?.[2] || installation[1] !== account[1])
    return { ok: false, problem: "wrong_account" };
  const location = claims.data.context?.location;
  if (location !== undefined && location !== "ticket_sidebar")
    return { ok: false, problem: "wrong_location" };
  return {
    ok: true,
    subdomain: account[1],
    installationId: installation[2],
    agent: claims.data.sub ?? null,
  };
}
