export {
  HEX_COLOUR,
  isTimeZone,
  LanguageSchema,
  parseStoredSettings,
  PROACTIVE_TRIGGER_KINDS,
  readShopSettings,
  ShopSettingsSchema,
  TONES,
  type ProactiveTrigger,
  type ShopSettings,
  type Tone,
} from "./shop-settings";
export { SUPPORTED_LANGUAGES, type Language } from "../languages";
export {
  applySection,
  parseSectionInput,
  SETTINGS_SECTIONS,
  SettingsSectionInputSchema,
  type FieldErrors,
  type SettingsSection,
  type SettingsSectionInput,
} from "./settings-sections";
export {
  updateShopSettings,
  type UpdateShopSettingsOptions,
  type UpdateShopSettingsResult,
  type ZendeskConnector,
} from "./update-shop-settings";
export { isSealed, openSecret, sealSecret, SealedSecretError, type Keyring } from "./secret-box";
export {
  openZendeskConnection,
  readKeyring,
  testZendeskConnection,
  viewZendeskConnection,
  zendeskConnector,
  type TestZendeskConnectionOptions,
  type ZendeskConnectionTest,
  type ZendeskConnectionView,
} from "./zendesk-connection";
export {
  ConfirmableStepSchema,
  confirmOnboardingStep,
  ONBOARDING_STEPS,
  readOnboarding,
  type Onboarding,
  type OnboardingStep,
} from "./onboarding";
