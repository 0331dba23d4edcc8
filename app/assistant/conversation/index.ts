export {
  startConversation,
  type ConversationView,
  type StartConversationOptions,
} from "./start-conversation";
export { postShopperMessage, type PostShopperMessageOptions } from "./post-shopper-message";
export { listMessages } from "./list-messages";
export { recordFeedback, type Feedback } from "./record-feedback";
export { deleteConversation } from "./delete-conversation";
export { findConversation } from "./find-conversation";
export { toChatMessage, newMessageId, type ChatMessage } from "./message";
export type { PageContext, Responder, Shopper, ShopperTurn, Understanding } from "./types";
