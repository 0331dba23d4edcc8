import { randomBytes } from "node:crypto";
import { z } from "zod";
import { encodeHost, signAdminQuery, verifySessionToken } from "./signatures";

/** The app's credentials and what Shopify knows about its install. */
export interface AppCredentials {
  apiKey: string;
  apiSecret: string;
  appUrl: string;
  /** Scopes the app is configured for (shopify.app.toml); granted by token exchange. */
  scopes: string;
}

export interface StaffUser {
  id: number;
  first_name: string;
  last_name: string;
  email: string;
  account_owner: boolean;
  locale: string;
  collaborator: boolean;
  email_verified: boolean;
}

export interface IssuedAccessToken {
  accessToken: string;
  shop: string;
  scope: string;
  kind: "offline" | "online";
  userId: number | null;
  /** Epoch ms, or null for a non-expiring offline token. */
  expiresAt: number | null;
  refreshToken: string | null;
  grant: "authorization_code" | "token_exchange" | "refresh_token" | "seeded";
}

interface AuthorizationCode {
  shop: string;
  scope: string;
  perUser: boolean;
  expiresAt: number;
}

const ONLINE_TOKEN_SECONDS = 86_399;
const EXPIRING_OFFLINE_SECONDS = 3_600;
const REFRESH_TOKEN_SECONDS = 7_776_000;

const TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
const ID_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:id_token";
const OFFLINE_TOKEN_TYPE = "urn:shopify:params:oauth:token-type:offline-access-token";
const ONLINE_TOKEN_TYPE = "urn:shopify:params:oauth:token-type:online-access-token";

export const AccessTokenRequestSchema = z.object({
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
  code: z.string().optional(),
  grant_type: z.string().optional(),
  subject_token: z.string().optional(),
  subject_token_type: z.string().optional(),
  requested_token_type: z.string().optional(),
  refresh_token: z.string().optional(),
  expiring: z.union([z.string(), z.number(), z.boolean()]).optional(),
});
export type AccessTokenRequest = z.infer<typeof AccessTokenRequestSchema>;

export interface AuthAnswer {
  status: number;
  body: unknown;
}

function newToken(prefix: string) {
  return `${prefix}${randomBytes(16).toString("hex")}`;
}

function oauthError(status: number, error: string, description: string): AuthAnswer {
  return { status, body: { error, error_description: description } };
}

export function defaultStaffUser(shop: string): StaffUser {
  return {
    id: 80_000_001,
    first_name: "Dana",
    last_name: "Rivera",
    email: `owner@${shop}`,
    account_owner: true,
    locale: "en",
    collaborator: false,
    email_verified: true,
  };
}

/** Shopify's OAuth server for one app: authorization codes, token exchange, refresh. */
export class OAuthServer {
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly tokens = new Map<string, IssuedAccessToken>();

  constructor(private readonly app: AppCredentials) {}

  staffUser(shop: string, userId?: number): StaffUser {
    const base = defaultStaffUser(shop);
    if (userId === undefined || userId === base.id) return base;
    return {
      ...base,
      id: userId,
      first_name: "Sam",
      last_name: `Staff ${userId}`,
      email: `staff-${userId}@${shop}`,
      account_owner: false,
    };
  }

  /** `GET /admin/oauth/authorize`: the merchant approves at once; answers the redirect target. */
  authorize(
    shop: string,
    query: URLSearchParams,
  ): { ok: true; location: string } | { ok: false; status: number; message: string } {
    const clientId = query.get("client_id");
    const redirectUri = query.get("redirect_uri");
    if (clientId !== this.app.apiKey)
      return {
        ok: false,
        status: 400,
        message: "Oauth error invalid_request: The client_id is invalid",
      };
    if (!redirectUri || !redirectUri.startsWith(this.app.appUrl)) {
      return {
        ok: false,
        status: 400,
        message: "Oauth error invalid_request: The redirect_uri is not whitelisted",
      };
    }
    const code = randomBytes(16).toString("hex");
    this.codes.set(code, {
      shop,
      scope: query.get("scope") ?? this.app.scopes,
      perUser: query.getAll("grant_options[]").includes("per-user"),
      expiresAt: Date.now() + 10 * 60_000,
    });
    const params: Record<string, string> = {
      code,
      host: encodeHost(shop),
      shop,
      state: query.get("state") ?? "",
      timestamp: String(Math.floor(Date.now() / 1000)),
    };
    params.hmac = signAdminQuery(this.app.apiSecret, params);
    const target = new URL(redirectUri);
    for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
    return { ok: true, location: target.toString() };
  }

  private issue(options: {
    shop: string;
    scope: string;
    online: boolean;
    userId: number | null;
    expiring: boolean;
    grant: IssuedAccessToken["grant"];
  }): AuthAnswer {
    const now = Date.now();
    if (options.online) {
      const token: IssuedAccessToken = {
        accessToken: newToken("shpua_"),
        shop: options.shop,
        scope: options.scope,
        kind: "online",
        userId: options.userId,
        expiresAt: now + ONLINE_TOKEN_SECONDS * 1000,
        refreshToken: null,
        grant: options.grant,
      };
      this.tokens.set(token.accessToken, token);
      return {
        status: 200,
        body: {
          access_token: token.accessToken,
          scope: token.scope,
          expires_in: ONLINE_TOKEN_SECONDS,
          associated_user_scope: token.scope,
          session: randomBytes(16).toString("hex"),
          associated_user: this.staffUser(options.shop, options.userId ?? undefined),
        },
      };
    }
    const token: IssuedAccessToken = {
      accessToken: newToken("shpat_"),
      shop: options.shop,
      scope: options.scope,
      kind: "offline",
      userId: null,
      expiresAt: options.expiring ? now + EXPIRING_OFFLINE_SECONDS * 1000 : null,
      refreshToken: options.expiring ? newToken("shprt_") : null,
      grant: options.grant,
    };
    this.tokens.set(token.accessToken, token);
    return {
      status: 200,
      body: options.expiring
        ? {
            access_token: token.accessToken,
            expires_in: EXPIRING_OFFLINE_SECONDS,
            refresh_token: token.refreshToken,
            refresh_token_expires_in: REFRESH_TOKEN_SECONDS,
            scope: token.scope,
          }
        : { access_token: token.accessToken, scope: token.scope },
    };
  }

  /** `POST /admin/oauth/access_token` for every grant the app libraries use. */
  accessToken(shop: string, rawBody: unknown): AuthAnswer {
    const parsed = AccessTokenRequestSchema.safeParse(rawBody);
    if (!parsed.success)
      return oauthError(400, "invalid_request", "The request body could not be parsed");
    const request = parsed.data;
    if (request.client_id !== this.app.apiKey || request.client_secret !== this.app.apiSecret) {
      return oauthError(
        401,
        "invalid_client",
        "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.",
      );
    }
    const expiring =
      request.expiring === "1" || request.expiring === 1 || request.expiring === true;

    if (request.grant_type === TOKEN_EXCHANGE_GRANT) {
      const online = request.requested_token_type === ONLINE_TOKEN_TYPE;
      if (!online && request.requested_token_type !== OFFLINE_TOKEN_TYPE) {
        return oauthError(400, "invalid_request", "requested_token_type is invalid");
      }
      // Migration of a non-expiring offline token to an expiring one.
      if (request.subject_token_type === OFFLINE_TOKEN_TYPE) {
        const existing = this.tokens.get(request.subject_token ?? "");
        if (!existing || existing.shop !== shop || existing.kind !== "offline") {
          return oauthError(400, "invalid_subject_token", "The subject token is invalid");
        }
        return this.issue({
          shop,
          scope: existing.scope,
          online: false,
          userId: null,
          expiring: true,
          grant: "token_exchange",
        });
      }
      if (request.subject_token_type !== ID_TOKEN_TYPE)
        return oauthError(400, "invalid_request", "subject_token_type is invalid");
      const check = verifySessionToken({
        token: request.subject_token ?? "",
        apiKey: this.app.apiKey,
        apiSecret: this.app.apiSecret,
        shop,
      });
      if (!check.ok)
        return oauthError(
          400,
          "invalid_subject_token",
          `Session token is invalid: ${check.reason}`,
        );
      const userId = Number(check.claims.sub);
      return this.issue({
        shop,
        scope: this.app.scopes,
        online,
        userId: Number.isFinite(userId) ? userId : null,
        expiring: !online && expiring,
        grant: "token_exchange",
      });
    }

    if (request.grant_type === "refresh_token") {
      const existing = [...this.tokens.values()].find(
        (token) => token.refreshToken !== null && token.refreshToken === request.refresh_token,
      );
      if (!existing || existing.shop !== shop)
        return oauthError(400, "invalid_grant", "The refresh token is invalid or expired");
      this.tokens.delete(existing.accessToken);
      return this.issue({
        shop,
        scope: existing.scope,
        online: false,
        userId: null,
        expiring: true,
        grant: "refresh_token",
      });
    }

    if (request.grant_type !== undefined && request.grant_type !== "authorization_code") {
      return oauthError(
        400,
        "unsupported_grant_type",
        `grant_type ${request.grant_type} is not supported`,
      );
    }
    const code = this.codes.get(request.code ?? "");
    if (!code || code.shop !== shop || code.expiresAt < Date.now()) {
      return oauthError(
        400,
        "invalid_request",
        "The authorization code was not found or was already used",
      );
    }
    this.codes.delete(request.code ?? "");
    return this.issue({
      shop,
      scope: code.scope,
      online: code.perUser,
      userId: code.perUser ? defaultStaffUser(shop).id : null,
      expiring: !code.perUser && expiring,
      grant: "authorization_code",
    });
  }

  /** Looks up a token presented in `X-Shopify-Access-Token`. */
  authenticate(shop: string, accessToken: string | undefined): IssuedAccessToken | null {
    const token = this.tokens.get(accessToken ?? "");
    if (!token || token.shop !== shop) return null;
    if (token.expiresAt !== null && token.expiresAt < Date.now()) return null;
    return token;
  }

  /** Gives a test an offline token without running an install. */
  seedAccessToken(shop: string, scope = this.app.scopes) {
    const token: IssuedAccessToken = {
      accessToken: newToken("shpat_"),
      shop,
      scope,
      kind: "offline",
      userId: null,
      expiresAt: null,
      refreshToken: null,
      grant: "seeded",
    };
    this.tokens.set(token.accessToken, token);
    return token.accessToken;
  }

  revokeAll(shop: string) {
    for (const [key, token] of this.tokens) if (token.shop === shop) this.tokens.delete(key);
  }

  issuedTokens(shop: string) {
    return [...this.tokens.values()].filter((token) => token.shop === shop);
  }
}
