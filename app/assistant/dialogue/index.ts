export { replyToShopper } from "./reply-to-shopper";
export type {
  HandoffDesk,
  OrderActionsPort,
  ReplyToShopperOptions,
  ShopperEscalation,
  ShopperReply,
} from "./reply-to-shopper";
export { DialogueStateSchema, initialDialogueState } from "./dialogue-state";
export type { DialogueState } from "./dialogue-state";
export { DialogueSettingsSchema } from "./dialogue-settings";
export type { DialogueSettings, DialogueSettingsInput } from "./dialogue-settings";
export { messagesFor, languageNote } from "./messages/index";
export {
  dialogueSettingsForShop,
  understandingLanguageOfLocale,
} from "./dialogue-settings-for-shop";
