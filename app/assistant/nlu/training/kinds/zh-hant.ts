import type { MorePhrases } from "../more/more-phrases";

/** Eighth round: kinds of message the cross-validation and the lead's probes showed missing. */
export const kindsTraditionalChinese: Partial<MorePhrases> = {
  product_question: [
    "你們的產品是在哪裡生產的",
    "衣服是台灣製的嗎",
    "是哪個國家製造的",
    "你們的貨是哪家工廠做的",
    "這是手工做的嗎",
    "是不是中國製",
    "原料從哪裡來",
    "是進口的還是本地做的",
  ],
  payment: [
    "有學生優惠嗎",
    "新會員首購有折扣嗎",
    "現在有什麼折扣碼可以用",
    "買多件可以算便宜一點嗎",
    "下次特價是什麼時候",
    "週年慶有活動嗎",
    "第一次下單會送折價券嗎",
    "兩張折價券可以一起用嗎",
    "老師有折扣嗎",
    "夏季特賣什麼時候開始",
    "折扣碼要怎麼領",
    "加入會員有優惠嗎",
    "這週有什麼活動嗎",
  ],
  shipping_info: [
    "需要付關稅嗎",
    "價格有含進口稅嗎",
    "寄到國外的話關稅誰付",
    "收貨時還要另外繳稅嗎",
    "寄香港要課稅嗎",
  ],
  complaint: [
    "電話客服態度超差",
    "寄信都沒人回，太誇張了",
    "電話等了一個小時，服務爛透了",
    "客服直接掛我電話",
  ],
  account: ["我有多少點數", "會員點數在哪裡查", "帳戶裡的餘額要怎麼用", "我的點數怎麼不見了"],
};
