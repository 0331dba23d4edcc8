import type { MorePhrases } from "../more/more-phrases";

/**
 * Eleventh round: questions and requests about the world outside the shop, as written in Taiwan
 * and Hong Kong (顧客自己的銀行和卡、出遊、鬧鐘和計算、煮飯、居家、汽機車、工作、健康、常識、笑話、助理本身、
 * 別家公司的服務), which the shop's assistant does not answer: `other`. Many read like a request to
 * the shop on the surface (餘額、班機動態、取消訂房、機場遺失行李、繳電費). The Simplified set's phrases
 * are converted into this set as well; these are the region's own words.
 *
 * Twelfth round: advice about things the shop does not sell (an accountant, a restaurant, a
 * mechanic, a podcast, a holiday), beside the gift ideas that stay `recommendation`; left out, as
 * closest to questions about a product: baggage allowances, smart-home commands (lights, heating,
 * volume).
 */
export const worldTraditionalChinese: Partial<MorePhrases> = {
  other: [
    // 顧客自己的銀行和卡。
    "我的活存帳戶餘額剩多少",
    "幫我轉三千到我的數位帳戶",
    "我的信用卡額度多少",
    "幫我查一下最近的交易明細",
    "金融卡掉了，幫我掛失",
    "提款機把我的卡吃掉了",
    "一百美金換台幣是多少",
    "今天日幣匯率多少",
    "薪水入帳了沒",
    "八達通點樣增值",
    "悠遊卡餘額怎麼查",
    // 出遊。
    "我飛大阪的班機有沒有誤點",
    "飛首爾的班機在幾號登機門",
    "機票幫我改到禮拜五早上",
    "取消我在台南訂的民宿",
    "幫我在花蓮訂兩晚飯店",
    "航空公司把我的行李弄丟了",
    "在機場轉盤等不到我托運的行李",
    "台灣護照去越南要簽證嗎",
    "換護照要多久",
    "在桃園機場租一台車",
    "高鐵末班車到左營是幾點",
    "台鐵停駛的車票怎麼退",
    "香港同東京時差幾耐",
    // 鬧鐘、天氣、計算、詞語。
    "幫我設一個五分鐘的計時器",
    "明天六點半叫我起床",
    "七點的鬧鐘取消",
    "晚上十點提醒我倒垃圾",
    "這週末台北會下雨嗎",
    "今天出門要帶傘嗎",
    "800打八五折是多少",
    "謝謝的日文怎麼說",
    "龜毛是什麼意思",
    "幫我傳LINE給我媽說我晚點回家",
    "幫我找手機",
    "現在東京幾點",
    "華氏100度是攝氏幾度",
    "幫我叫一台計程車到台北車站",
    "今天空氣品質好嗎",
    "明天會不會很冷",
    "全聯幾點打烊",
    "播周杰倫的稻香",
    // 煮飯。
    "滷肉要滷多久",
    "沒有太白粉可以用什麼代替",
    "一顆茶葉蛋幾大卡",
    "教我煮三杯雞",
    "今晚七點幫我訂四個人的燒肉",
    "取消今天晚上餐廳的訂位",
    // 居家。
    "購物清單加衛生紙",
    "把牛奶從待買清單刪掉",
    "今天的待辦事項有什麼",
    "禮拜五行事曆有排什麼",
    "放點五月天的歌",
    "下一首",
    // 汽機車。
    "機車多久要換一次機油",
    "車子的胎壓要打多少",
    "這台車一公升跑幾公里",
    "汽車定期檢驗什麼時候到期",
    "國道一號現在塞不塞",
    "不走國道去機場最快的路",
    "附近哪家加油站比較便宜",
    "儀表板引擎燈亮了",
    // 工作。
    "這個月幾號發薪水",
    "我的特休還剩幾天",
    "幫我請禮拜五一天假",
    "下一個連假是什麼時候",
    "報稅截止日是哪天",
    "把三點的會議改到禮拜四",
    "月薪四萬實領多少",
    "強積金點樣查結餘",
    // 健康。
    "喉嚨痛又發燒是不是流感",
    "看牙醫健保有給付嗎",
    "幫我掛家醫科的號",
    "普拿疼一天可以吃幾顆",
    "健保卡不見了怎麼補辦",
    // 常識、笑話、遊戲。
    "日月潭在哪個縣",
    "台北101有幾層樓",
    "講一個好笑的笑話",
    "來玩猜拳",
    "說一個冷知識",
    "這首歌叫什麼",
    // 助理本身。
    "你是哪裡人",
    "你放假都在幹嘛",
    "你有養寵物嗎",
    "你是幫誰工作的",
    "以後叫你小安可以嗎",
    "我可以問你什麼",
    "你是誰做出來的",
    // 別家公司的服務。
    "中華電信的月租怎麼降",
    "這期電費怎麼這麼貴",
    "數據機要怎麼還給第四台",
    "我想要攜碼到台灣大哥大",
    "foodpanda外送等了四十分鐘還沒到",
    "週六演唱會的票想退",
    "房東不還押金怎麼辦",
    "健身房解約了還一直扣款",
    // Advice about things the shop does not sell.
    "附近有推薦的會計師嗎",
    "通勤的時候聽什麼podcast好",
    "十月連假要去哪裡玩",
    "推薦一間適合約會的餐廳",
    "附近哪間機車行比較可靠",
  ],
};
