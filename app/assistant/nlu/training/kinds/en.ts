import type { MorePhrases } from "../more/more-phrases";

/** Eighth round: kinds of message the cross-validation and the lead's probes showed missing. */
export const kindsEnglish: Partial<MorePhrases> = {
  product_question: [
    "where is all your stuff manufactured",
    "are your clothes made in the usa",
    "which country are these made in",
    "who manufactures your products",
    "do you make everything yourselves or buy it in",
    "is this handmade",
    "are your products ethically made",
    "is this made in china",
    "where do you source your materials",
    "are the shoes made in europe or asia",
  ],
  payment: [
    "do students get money off",
    "is there a discount for first time buyers",
    "any promo codes available right now",
    "do you offer a military discount",
    "can i get a coupon for my first order",
    "do you do discounts if i buy several",
    "when is your next sale",
    "is there a black friday discount",
    "do you have any deals on at the moment",
    "can i use two discount codes on one order",
    "got any discount codes for new customers",
    "are there any seasonal sales coming up",
    "is there a discount if i sign up",
    "do teachers or nurses get a discount",
    "how do i get a promo code",
  ],
  shipping_info: [
    "will i have to pay customs fees",
    "are import duties included in the price",
    "who pays the customs charges if you ship to canada",
    "do orders to the uk get hit with import tax",
    "is vat included for deliveries outside the eu",
  ],
  complaint: [
    "the guy on the phone was so rude to me",
    "your support team never answers emails, this is ridiculous",
    "i waited an hour on hold, terrible service",
    "the agent hung up on me",
  ],
  account: [
    "how many reward points do i have",
    "where can i see my loyalty points",
    "how do i use my store credit",
    "my points disappeared from my account",
  ],
  return_refund: [
    "do i get the shipping cost back if i return it",
    "will you refund the delivery fee too",
    "who pays for the return postage",
  ],
  order_status: [
    "where do i find my tracking number",
    "you never sent me a tracking number for my order",
  ],
};
