import { z } from "zod";
import { StorefrontLimitsEnvironmentSchema } from "~/assistant/abuse";
import { parseEncryptionKeys } from "~/assistant/encryption";

/** The part of the environment that names the data-at-rest keys. */
export function encryptionSettingsOf(environment: {
  CONCIERGE_ENCRYPTION_KEYS?: string;
  CONCIERGE_ENCRYPTION_ACTIVE_KEY?: string;
}): Record<string, string | undefined> {
  return {
    CONCIERGE_ENCRYPTION_KEYS: environment.CONCIERGE_ENCRYPTION_KEYS,
    CONCIERGE_ENCRYPTION_ACTIVE_KEY: environment.CONCIERGE_ENCRYPTION_ACTIVE_KEY,
  };
}

/** Everything the server reads from its environment, validated once at boot. */
export const EnvironmentSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    SHOPIFY_API_KEY: z
      .string()
      .min(1, "is required (the app's client id from the Partner Dashboard)"),
    SHOPIFY_API_SECRET: z.string().min(1, "is required (the app's client secret)"),
    SHOPIFY_APP_URL: z
      .string()
      .url("must be the app's public URL, e.g. https://concierge.example.com"),
    SCOPES: z
      .string()
      .min(1, "is required (comma-separated access scopes)")
      .transform((value) =>
        value
          .split(",")
          .map((scope) => scope.trim())
          .filter(Boolean),
      ),
    DATABASE_URL: z
      .string()
      .regex(
        /^(file:|postgres(ql)?:\/\/).+/,
        "must be a SQLite file URL such as file:./data/concierge.sqlite or a postgresql:// URL",
      )
      .default("file:./data/concierge.sqlite"),
    /** Connections each instance keeps to PostgreSQL (ignored on SQLite). */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
    /**
     * Redis shared by every instance: rate limits, replay guard, message notifications and the job
     * queue. Without it each of those lives in this process (one instance only).
     */
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/.+/, "must be a redis:// or rediss:// URL")
      .optional(),
    SHOP_CUSTOM_DOMAIN: z.string().optional(),
    /** Where Zendesk lives for a subdomain; the demo and tests point it at the emulator. */
    ZENDESK_URL_TEMPLATE: z
      .string()
      .refine((value) => value.includes("{subdomain}"), "must contain {subdomain}")
      .default("https://{subdomain}.zendesk.com"),
    /** The App Bridge script; the demo and tests serve a stand-in from the Shopify emulator. */
    APP_BRIDGE_URL: z.string().url().optional(),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    /** Keys for data at rest, `id:base64key` comma-separated; the active one seals, all of them open. */
    CONCIERGE_ENCRYPTION_KEYS: z.string().optional(),
    CONCIERGE_ENCRYPTION_ACTIVE_KEY: z.string().optional(),
    CONCIERGE_RATE_LIMIT_VISITOR_WRITES: z.string().optional(),
    CONCIERGE_RATE_LIMIT_VISITOR_READS: z.string().optional(),
    CONCIERGE_RATE_LIMIT_SHOP: z.string().optional(),
    /**
     * The Zendesk sidebar app's RSA public key (PEM; `\n` may stand for newlines), from
     * GET /api/v2/apps/{app_id}/public_key.pem: it verifies the sidebar's signed requests.
     */
    ZENDESK_APP_PUBLIC_KEY: z
      .string()
      .transform((pem) => pem.replace(/\\n/g, "\n"))
      .pipe(z.string().includes("PUBLIC KEY", { message: "must be a PEM public key" }))
      .optional(),
    /** "off" keeps this process from delivering escalations (when another process does). */
    CONCIERGE_ESCALATION_WORKER: z.enum(["on", "off"]).default("on"),
    /**
     * How long an outbox job stays the claiming instance's: after that another instance takes it
     * (the claimer died). Longer than a Zendesk call can take.
     */
    CONCIERGE_JOB_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /**
     * Set by server.ts for each worker it forks (CONCIERGE_WORKERS > 1), never by hand: 1, 2, …
     * Unset in a single-process instance.
     */
    CONCIERGE_WORKER_NUMBER: z.coerce.number().int().min(1).optional(),
  })
  .superRefine((environment, context) => {
    if (environment.NODE_ENV === "production" && !environment.CONCIERGE_ENCRYPTION_KEYS?.trim()) {
      context.addIssue({
        code: "custom",
        path: ["CONCIERGE_ENCRYPTION_KEYS"],
        message:
          "is required in production (comma-separated id:base64key entries with 32-byte keys)",
      });
    }
    try {
      parseEncryptionKeys(encryptionSettingsOf(environment));
    } catch (error) {
      context.addIssue({
        code: "custom",
        path: ["CONCIERGE_ENCRYPTION_KEYS"],
        message: (error as Error).message,
      });
    }
    const limits = StorefrontLimitsEnvironmentSchema.safeParse(environment);
    if (!limits.success) {
      for (const issue of limits.error.issues)
        context.addIssue({ ...issue, path: ["CONCIERGE_RATE_LIMIT_*", ...issue.path] });
    }
  });
export type Environment = z.infer<typeof EnvironmentSchema>;

/** Parses an environment; on failure the message names every missing or malformed variable. */
export function parseEnvironment(
  source: Record<string, string | undefined>,
): { ok: true; env: Environment } | { ok: false; message: string } {
  const result = EnvironmentSchema.safeParse(source);
  if (result.success) return { ok: true, env: result.data };
  const problems = result.error.issues.map((issue) => {
    const missing = issue.code === "invalid_type" && issue.received === "undefined";
    return `  ${issue.path.join(".")} ${missing ? "is required" : issue.message}`;
  });
  return {
    ok: false,
    message: `Concierge cannot start. Fix these environment variables:\n${problems.join("\n")}`,
  };
}

function loadEnvironment(): Environment {
  const parsed = parseEnvironment(process.env);
  if (parsed.ok) return parsed.env;
  console.error(parsed.message);
  process.exit(1);
}

export const env = loadEnvironment();

/** This process is one of several workers of an instance (server.ts sets the number; CONCIERGE_WORKERS > 1). */
export const runsAmongWorkers = env.CONCIERGE_WORKER_NUMBER !== undefined;
