export {
  createStorefrontLimits,
  memoryLimiters,
  redisLimiters,
  StorefrontLimitsEnvironmentSchema,
  StorefrontLimitsSettingsSchema,
  type StorefrontLimiters,
  type StorefrontLimits,
  type StorefrontLimitsSettings,
} from "./storefront-limits";
export { createMemoryReplayGuard, createRedisReplayGuard, type ReplayGuard } from "./replay-guard";
