import type { Intent } from "../../nlu/types";

/** Every sentence the dialogue says, per language; `{name}` marks a value filled in at reply time. */
export interface DialogueMessages {
  greeting: string;
  goodbye: string;
  askOrderNumber: string;
  askContact: string;
  orderFound: string;
  orderNotFound: string;
  orderLimited: string;
  noOrders: string;
  orderChangeHandoff: string;
  orderCancelHandoff: string;
  returnHelp: string;
  clarify: string;
  dontKnow: string;
  offerHuman: string;
  handoff: string;
  outsideHours: string;
  languageNote: string;
  angry: string;
  complaint: string;
  productWhich: string;
  productPrice: string;
  productInStock: string;
  productOutOfStock: string;
  productOptions: string;
  productSummary: string;
  recommendIntro: string;
  recommendNone: string;
  topicHelp: string;
  humanQuickReply: string;
  intentLabels: Record<Intent, string>;
}
