import type { MorePhrases } from "../more/more-phrases";

/**
 * Ninth round: ways of saying a request that the cross-validation showed missing in several
 * languages (a courier's behaviour, threats of a review or a claim, delivery time before ordering,
 * cancelling in idioms, exchanging what arrived, a refund after sending back, receipts and gift
 * cards, the shopper's own bank and bills); in the other languages also "how are you?" alone, a
 * greeting English already had. Tenth round: complaints about the support staff's conduct and
 * questions outside the shop.
 */
export const waysEnglish: Partial<MorePhrases> = {
  complaint: [
    "the delivery man chucked my parcel over the fence",
    "your courier was really rude to me at the door",
    "the driver left my package out in the rain and everything got soaked",
    "i'll be posting a one star review everywhere",
    "i'm taking this to trading standards",
    "expect to hear from my lawyer",
    // Tenth round: how the shop's support staff treated the shopper.
    "the agent hung up on me halfway through",
    "your support team never replies to my emails",
    "the lady on your hotline was so rude",
    "i've been treated terribly by your staff",
  ],
  shipping_info: [
    "if i buy it now how soon would it get here",
    "do you deliver on sundays",
    "order before what time to get it tomorrow",
  ],
  cancel_order: [
    "i've changed my mind, scrap the order",
    "please halt my order before it goes out",
    "i want to back out of this purchase",
  ],
  return_refund: [
    "the jeans i received are too small, can i swap them for a bigger size",
    "got the shoes yesterday but they don't fit, i'd like the next size up instead",
    "i sent the parcel back ten days ago and the money still isn't in my account",
    "you got my return last week, when do i see the refund",
  ],
  payment: [
    "can i get a vat invoice for my order",
    "where do i download my receipt",
    "how do i redeem a gift card at checkout",
  ],
  other: [
    "which bank has the best savings rate",
    "should i invest in crypto",
    "what credit card is best for travelling",
    // Tenth round: facts and units, advice on things outside the shop, flights and matches.
    "how many grams are in a pound",
    "what temperature does water boil at",
    "how far away is the moon",
    "how many people live in japan",
    "which phone plan is the cheapest",
    "where should i go on holiday this summer",
    "what app is good for learning spanish",
    "can you check if my flight is delayed",
    "where can i stream the match tonight",
  ],
  // Session 7 (lead): "can you recommend a <thing the shop sells>", which read as small talk
  // (other) beside "can you recommend a dentist".
  recommendation: [
    "can you recommend a tent for two people",
    "could you recommend some hiking boots",
    "can you recommend a backpack for day trips",
    "can you suggest a warm sleeping bag",
    "can you recommend a good raincoat",
  ],
};
