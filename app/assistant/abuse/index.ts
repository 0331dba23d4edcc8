export {
  memoryLimiters,
  redisLimiters,
  StorefrontLimitsEnvironmentSchema,
  StorefrontLimitsSettingsSchema,
  type StorefrontLimiters,
  type StorefrontLimitsSettings,
} from "./storefront-limits";
export {
  AdmissionRequestSchema,
  AdmissionSchema,
  createMemoryStorefrontGate,
  createStorefrontGate,
  type Admission,
  type AdmissionRequest,
  type StorefrontGate,
} from "./storefront-gate";
export { redisSightings, rememberSightings, replayFingerprint } from "./replay-guard";
export {
  APP_PROXY_REPLAY_WINDOW_SECONDS,
  APP_PROXY_SIGNATURE_WINDOW_SECONDS,
  verifyAppProxySignature,
} from "./verify-app-proxy-signature";
