export {
  createStorefrontLimits,
  memoryLimiters,
  StorefrontLimitsEnvironmentSchema,
  StorefrontLimitsSettingsSchema,
  type StorefrontLimiters,
  type StorefrontLimits,
  type StorefrontLimitsSettings,
} from "./storefront-limits";
export { createMemoryReplayGuard, type ReplayGuard } from "./replay-guard";
