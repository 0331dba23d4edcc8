import { jwtVerify, SignJWT } from "jose";
import { z } from "zod";

/**
 * Zendesk signs only the sidebar's first request. Once that is verified, the page gets a short
 * session token of ours (HS256 with a server-only key) naming the one shop the Zendesk account is
 * connected to; the sidebar's API calls carry it as `Authorization: Bearer …`.
 */

const ISSUER = "concierge";
const AUDIENCE = "concierge:zendesk-sidebar";
const DEFAULT_TTL_SECONDS = 60 * 60;

const SessionClaimsSchema = z.object({
  shop: z.string().regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/),
  subdomain: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
});
export type SidebarSession = z.infer<typeof SessionClaimsSchema>;

export async function issueSidebarSession(options: {
  key: Uint8Array;
  session: SidebarSession;
  now?: Date;
  ttlSeconds?: number;
}): Promise<string> {
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT({ ...options.session })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.ttlSeconds ?? DEFAULT_TTL_SECONDS))
    .sign(options.key);
}

/** The session in a Bearer header, or null when it is missing, forged, expired or malformed. */
export async function readSidebarSession(options: {
  key: Uint8Array;
  authorization: string | null;
  now?: Date;
}): Promise<SidebarSession | null> {
  const token = /^Bearer\s+(\S+)$/i.exec(options.authorization ?? "")?.[1];
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, options.key, {
      algorithms: ["HS256"],
      issuer: ISSUER,
      audience: AUDIENCE,
      currentDate: options.now,
    });
    const session = SessionClaimsSchema.safeParse(payload);
    return session.success ? session.data : null;
  } catch {
    return null;
  }
}
