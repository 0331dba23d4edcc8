import type { MorePhrases } from "../more/more-phrases";

/**
 * Ninth round: the same kinds as `ways/en.ts` in this language, and "how are you?" alone as a
 * greeting.
 * Tenth round: complaints about the support staff's conduct and questions outside the shop.
 */
export const waysTraditionalChinese: Partial<MorePhrases> = {
  complaint: [
    "物流人員直接把包裹丟進院子",
    "你們的司機態度超差",
    "包裹被放在雨中，東西都濕掉了",
    "我要去給你們一星負評",
    "我要去消基會申訴",
    "我會請律師跟你們聯絡",
    // Tenth round: how the shop's support staff treated the shopper.
    "客服講到一半就掛我電話",
    "寄信給你們客服從來沒人回",
    "電話那個客服口氣超差",
    "你們門市店員態度很惡劣",
  ],
  shipping_info: ["現在下單大概幾天會到", "星期日有配送嗎", "幾點前訂明天可以收到"],
  cancel_order: [
    "我改變主意了，這筆訂單不要了",
    "出貨前幫我把訂單取消掉",
    "不想買了，訂單幫我撤銷",
  ],
  return_refund: [
    "收到的褲子太小，可以換大一號嗎",
    "鞋子昨天收到但不合腳，想換大一號",
    "十天前就寄回去了，錢還沒退",
    "你們已經收到退貨了，什麼時候退款",
  ],
  payment: ["發票可以打統一編號嗎", "購買收據在哪裡下載", "禮物卡結帳時怎麼用"],
  other: [
    "哪家銀行定存利率最高",
    "現在適合買股票嗎",
    "罰單要怎麼繳",
    // Tenth round: facts and units, advice on things outside the shop, flights and matches.
    "一磅是幾克",
    "月球離地球多遠",
    "日本有多少人口",
    "哪家電信的方案最便宜",
    "暑假去哪裡玩比較好",
    "學英文用哪個app好",
    "幫我查我的班機有沒有延誤",
    "今晚的球賽在哪裡可以看",
  ],
  greeting: ["你好嗎", "最近好嗎"],
  // Session 7 (lead): "can you recommend a <thing the shop sells>", which read as small talk
  // (other) beside "can you recommend a dentist".
  recommendation: [
    "能推薦一款雙人帳篷嗎",
    "可以推薦一雙登山鞋嗎",
    "有沒有適合一日遊的背包推薦",
    "推薦一個保暖的睡袋吧",
    "能給我推薦一件好的雨衣嗎",
  ],
};
