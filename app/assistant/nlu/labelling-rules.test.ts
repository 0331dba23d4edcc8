import { describe, expect, it } from "vitest";
import { buildShopKnowledge } from "../knowledge/index";
import type { Intent } from "./index";
import { understandMessage } from "./index";
import { writtenPhrases } from "./training/index";

/** The shop's own newsletter or marketing emails, in the nine languages' words for them. */
const SHOP_NEWSLETTER =
  /newsletter|mailing list|email list|marketing e-?mails|promotional e-?mails|boletín|désinscri|disiscriv|メルマガ|ニュースレター|メールマガジン|订阅邮件|订阅新闻邮件|不想再收到邮件|電子報/i;

describe("labelling rules of the written phrases (training/training-set.ts)", () => {
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
  ])("reads %s as %s", (text, intent) => {
    expect(understandMessage({ text, knowledge: buildShopKnowledge([]) }).intent).toBe(intent);
  });
});
