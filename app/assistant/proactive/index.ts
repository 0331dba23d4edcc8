export { chooseOpeningOrder, isLate } from "./choose-opening-order";
export { describeStorefrontSettings } from "./describe-storefront-settings";
export type { StorefrontSettings, StorefrontTrigger } from "./describe-storefront-settings";
export {
  cartValueReached,
  formatNudgeHistory,
  localDay,
  mayNudge,
  readNudgeHistory,
  recordNudge,
} from "./nudge-rules";
export type { MayNudgeOptions, NudgeHistory } from "./nudge-rules";
export { openWithOrderStatus } from "./open-with-order-status";
export type { OpenWithOrderStatusOptions } from "./open-with-order-status";
export { recordProductQuestion } from "./record-product-question";
export { suggestProductQuestions } from "./suggest-product-questions";
export type { ProductQuestion } from "./suggest-product-questions";
