import type { MorePhrases } from "../more/more-phrases";

/** Eighth round: kinds of message the cross-validation and the lead's probes showed missing. */
export const kindsSimplifiedChinese: Partial<MorePhrases> = {
  product_question: [
    "你们的产品是在哪里生产的",
    "衣服是国产的吗",
    "是哪个国家制造的",
    "你们的货是哪个厂做的",
    "这是手工做的吗",
    "是不是中国制造",
    "原材料从哪里来的",
    "是进口的还是国产的",
  ],
  payment: [
    "有学生优惠吗",
    "新人首单有折扣吗",
    "现在有什么优惠码可以用",
    "买多件能便宜点吗",
    "下次打折是什么时候",
    "双十一有活动吗",
    "第一次下单能送优惠券吗",
    "两张优惠券能一起用吗",
    "老师有折扣吗",
    "夏季大促什么时候开始",
    "怎么领优惠码",
    "注册会员有优惠吗",
    "这周有什么活动吗",
  ],
  shipping_info: [
    "需要我付关税吗",
    "价格里包含进口税吗",
    "寄到国外的话关税谁出",
    "收货的时候还要另外交税吗",
    "海外直邮要交税吗",
  ],
  complaint: [
    "电话客服态度太差了",
    "发邮件从来没人回，太过分了",
    "电话等了一个小时，服务太烂",
    "客服直接把我电话挂了",
  ],
  account: ["我有多少积分", "在哪里看我的会员积分", "账户里的余额怎么用", "我的积分怎么没了"],
};
