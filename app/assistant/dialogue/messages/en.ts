import type { DialogueMessages } from "./catalogue";

export const en: DialogueMessages = {
  greeting: "Hi! I can help with orders, shipping, returns and products. What can I do for you?",
  goodbye: "You're welcome! Have a great day.",
  askOrderNumber:
    "Sure — what is your order number? It looks like #1001 and is in your confirmation email.",
  askContact:
    "Thanks. To protect your privacy, what email address or phone number did you use for order {order}?",
  orderFound: "Here is order {order}: **{status}**.",
  orderNotFound:
    "I couldn't find an order with that number and contact. Please check both and try again.",
  orderLimited:
    "For your security I can't look up more orders right now. A member of our team can help.",
  noOrders: "I can't see any orders on your account yet.",
  orderChangeHandoff:
    "I've passed your request to change order {order} to our team; they'll confirm shortly.",
  orderCancelHandoff:
    "I've asked our team to cancel order {order}; they'll confirm once it's done.",
  returnHelp:
    "I can help with returns. Tell me your order number and I'll check what can be returned.",
  clarify: "Just to be sure — do you mean {options}?",
  dontKnow: "Sorry, I don't know the answer to that yet.",
  offerHuman: "Would you like me to connect you with a person from our team?",
  handoff: "I'm connecting you with a person from our team. They'll reply here.",
  outsideHours: "Our team is offline right now; they'll reply as soon as they're back.",
  languageNote: "(We reply in {language}.)",
  angry: "I'm really sorry about this. I'm bringing in a person from our team right away.",
  complaint: "I'm sorry to hear that. I've shared this with our team so a person can look into it.",
  productWhich: "Which product do you mean? You can send me its name.",
  productPrice: "{title} costs {price}.",
  productInStock: "It's in stock.",
  productOutOfStock: "It's currently out of stock.",
  productOptions: "{name}: {values}.",
  productSummary: "Here's what I know about {title}:",
  productChoiceInStock: "Yes, {title} in {choice} is in stock.",
  productChoiceSoldOut: "{title} in {choice} is sold out right now.",
  productChoicesInStock: "In stock: {choices}.",
  productChoiceMissing: "{title} doesn't come in {asked}.",
  productPageSays: "Here's what the page for {title} says:",
  productPageSilent: "The product page doesn't say more about that.",
  recommendIntro: "Here are a few I'd suggest:",
  recommendNone: "I couldn't find a good match. Could you tell me a bit more about what you need?",
  topicHelp: "I can help with that. Could you tell me a little more?",
  humanQuickReply: "Talk to a person",
  askHandoffEmail:
    "I'll pass this to a person from our team. What email address can they reply to?",
  invalidEmail:
    "“{email}” doesn't look like a complete email address: it needs a name, an @ and a domain such as example.com. Could you check it?",
  handoffEmailDeclined:
    "No problem. Without an email address our team can't reply once you leave, so I haven't passed this on. Type your email any time if you change your mind, or ask me something else.",
  expectReplyAt: "Our team is offline right now; expect a reply from {time}.",
  noDeskContact:
    "I can't connect you with a person here in the chat. You can reach the shop by email at {email}.",
  noDeskNeutral:
    "I can't connect you with a person here in the chat. Please use the contact details on the shop's website.",
  actionKept: "OK, I haven't changed anything on order {order}.",
  yesWords: ["yes", "yes please", "yeah", "yep", "sure", "ok", "okay", "confirm", "y"],
  noWords: [
    "no",
    "no thanks",
    "no thank you",
    "nope",
    "don't",
    "do not",
    "cancel that",
    "never mind",
    "i'd rather not",
    "i would rather not",
    "not now",
    "n",
  ],
  intentLabels: {
    order_status: "where my order is",
    cancel_order: "cancelling an order",
    change_order: "changing an order",
    return_refund: "a return or refund",
    shipping_info: "shipping",
    payment: "payment",
    product_question: "a product",
    recommendation: "a recommendation",
    account: "your account",
    human_agent: "talking to a person",
    complaint: "a complaint",
    greeting: "saying hello",
    thanks_goodbye: "saying goodbye",
    other: "something else",
  },
};
