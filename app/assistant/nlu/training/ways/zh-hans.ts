import type { MorePhrases } from "../more/more-phrases";

/**
 * Ninth round: the same kinds as `ways/en.ts` in this language, and "how are you?" alone as a
 * greeting.
 * Tenth round: complaints about the support staff's conduct and questions outside the shop.
 */
export const waysSimplifiedChinese: Partial<MorePhrases> = {
  complaint: [
    "快递员直接把包裹扔进院子里",
    "你们的快递小哥态度太差了",
    "包裹被放在雨里，东西全湿了",
    "我要去给你们打一星差评",
    "我要打12315举报你们",
    "我会让律师联系你们",
    // Tenth round: how the shop's support staff treated the shopper.
    "客服接到一半直接把我电话挂了",
    "给你们客服发邮件从来没人回",
    "电话里那个客服态度特别差",
    "你们店员对我态度太恶劣了",
  ],
  shipping_info: ["现在下单多久能到", "周日送货吗", "几点前下单明天能到"],
  cancel_order: ["我改主意了，这单不要了", "发货前帮我拦截一下订单", "不想买了，把订单撤了吧"],
  return_refund: [
    "收到的牛仔裤小了，能换大一码吗",
    "鞋子昨天到了但是不合脚，想换大一号",
    "十天前就寄回去了，钱还没退回来",
    "你们已经签收退货了，什么时候退款",
  ],
  payment: ["可以开增值税发票吗", "电子收据在哪里下载", "礼品卡结账时怎么用"],
  other: [
    "哪家银行存款利息高",
    "现在该不该买比特币",
    "交通罚款怎么交",
    // Tenth round: facts and units, advice on things outside the shop, flights and matches.
    "一磅等于多少克",
    "水多少度会沸腾",
    "月球离地球有多远",
    "日本有多少人口",
    "暑假去哪里旅游好",
    "学英语用什么app好",
    "帮我查一下我的航班有没有延误",
    "今晚的球赛在哪里看",
  ],
  greeting: ["你好吗", "最近怎么样"],
  // Session 7 (lead): "can you recommend a <thing the shop sells>", which read as small talk
  // (other) beside "can you recommend a dentist".
  recommendation: [
    "能推荐一款双人帐篷吗",
    "可以推荐一双登山鞋吗",
    "有没有适合一日游的背包推荐",
    "推荐一个保暖的睡袋吧",
    "能给我推荐一件好的雨衣吗",
  ],
};
