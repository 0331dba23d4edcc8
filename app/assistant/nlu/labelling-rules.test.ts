import { describe, expect, it } from "vitest";
import { buildShopKnowledge } from "../knowledge/index";
import type { Intent } from "./index";
import { understandMessage } from "./index";
import { writtenPhrases } from "./training/index";

/** The shop's own newsletter or marketing emails, in the nine languages' words for them. */
const SHOP_NEWSLETTER =
  /newsletter|mailing list|email list|marketing e-?mails|promotional e-?mails|boletín|désinscri|disiscriv|メルマガ|ニュースレター|メールマガジン|订阅邮件|订阅新闻邮件|不想再收到邮件|電子報/i;

/** Discounts, promo codes and coupons, in the nine languages' words for them. */
const DISCOUNTS =
  /discount|coupon|promo ?code|c[oó]digo (de descuento|promocional)|cup[oó]n|code promo|r[ée]duction|remise|rabatt|gutschein|codice sconto|sconti?\b|cupom|desconto|优惠|折扣|折價|クーポン|割引|学割/i;
/** A refund paid as a voucher is a refund, not a discount. */
const REFUND = /zurückgebucht|refund|rimborso|rembours|reembolso|退款|返金/i;

describe("labelling rules of the written phrases (training/training-set.ts)", () => {
  it("files discounts, promo codes and coupons under payment in every language", () => {
    const phrases = writtenPhrases().filter(
      (phrase) => DISCOUNTS.test(phrase.text) && !REFUND.test(phrase.text),
    );
    expect(new Set(phrases.map((phrase) => phrase.language)).size).toBe(9);
    expect(
      phrases.filter((phrase) => phrase.intent !== "payment").map((phrase) => phrase.text),
    ).toEqual([]);
  });

  it("files (un)subscribing from the shop's newsletter under other in every language", () => {
    const phrases = writtenPhrases().filter((phrase) => SHOP_NEWSLETTER.test(phrase.text));
    expect(new Set(phrases.map((phrase) => phrase.language)).size).toBe(9);
    expect(
      phrases.filter((phrase) => phrase.intent !== "other").map((phrase) => phrase.text),
    ).toEqual([]);
  });

  it.each<[string, Intent]>([
    ["please unsubscribe me from your newsletter", "other"],
    ["how do I sign up to your newsletter?", "other"],
    ["je voudrais m'abonner à votre newsletter", "other"],
    ["取消订阅你们的邮件", "other"],
    ["how do i change the email address on my account", "account"],
    // The lead's probes: the kind of message each stands for has phrases in all nine languages.
    ["where are your products made", "product_question"],
    ["do you have student discounts", "payment"],
  ])("reads %s as %s", (text, intent) => {
    expect(understandMessage({ text, knowledge: buildShopKnowledge([]) }).intent).toBe(intent);
  });
});
