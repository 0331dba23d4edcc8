import type { Intent } from "../../nlu/types";

/** Every sentence the dialogue says, per language; `{name}` marks a value filled in at reply time. */
export interface DialogueMessages {
  greeting: string;
  goodbye: string;
  askOrderNumber: string;
  /** Asked for the order number and not given it: where to find it. */
  orderNumberHelp: string;
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
  /** Opens a reply to a shopper who writes upset (something broke, went wrong) or worried (late, lost). */
  empathy: { negative: string; anxious: string };
  productWhich: string;
  productPrice: string;
  productInStock: string;
  productOutOfStock: string;
  productOptions: string;
  productSummary: string;
  /** `{choice}`: the option values the shopper asked for, as the shop names them ("10 / Black"). */
  productChoiceInStock: string;
  productChoiceSoldOut: string;
  /** `{choices}`: variants in stock, as the shop names them. */
  productChoicesInStock: string;
  /** `{asked}`: the size or colour as the shopper wrote it. */
  productChoiceMissing: string;
  productPageSays: string;
  productPageSilent: string;
  recommendIntro: string;
  /** A budget named in another currency than the shop prices in ({currency}: "USD"). */
  budgetOtherCurrency: string;
  recommendNone: string;
  /** "Anything cheaper?" when the suggestions shown were already the least expensive. */
  recommendNoneCheaper: string;
  topicHelp: string;
  humanQuickReply: string;
  /** Asked before a ticket is made when no email is known for the shopper. */
  askHandoffEmail: string;
  /** `{email}` is what the shopper typed. */
  invalidEmail: string;
  handoffEmailDeclined: string;
  /** `{time}` is the next opening, formatted for the shopper's language in the shop's time zone. */
  expectReplyAt: string;
  /** No help desk connected: nobody answers in the chat. `{email}` is the shop's contact address. */
  noDeskContact: string;
  noDeskNeutral: string;
  /** The shopper said no to an order action. */
  actionKept: string;
  /** Words (normalised, lower case) that mean yes / no to a question the assistant asked. */
  yesWords: string[];
  noWords: string[];
  /**
   * Words that say the shopper does not have what was asked for ("I don't remember it"); " … "
   * stands for up to three words between ("weiß … nicht": "ich weiß die Nummer nicht").
   */
  notKnownWords: string[];
  intentLabels: Record<Intent, string>;
}
