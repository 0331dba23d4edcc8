export {
  createStorefrontLimits,
  memoryLimiters,
  redisLimiters,
  workerLimiters,
  StorefrontLimitsEnvironmentSchema,
  StorefrontLimitsSettingsSchema,
  type StorefrontLimiters,
  type StorefrontLimits,
  type StorefrontLimitsSettings,
} from "./storefront-limits";
export {
  createMemoryReplayGuard,
  createRedisReplayGuard,
  createSharedReplayGuard,
  rememberSightings,
  type ReplayGuard,
} from "./replay-guard";
export {
  APP_PROXY_REPLAY_WINDOW_SECONDS,
  APP_PROXY_SIGNATURE_WINDOW_SECONDS,
  verifyAppProxySignature,
} from "./verify-app-proxy-signature";
