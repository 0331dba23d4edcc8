import type { MorePhrases } from "../more/more-phrases";

/**
 * Ninth round: the same kinds as `ways/en.ts` in this language, and "how are you?" alone as a
 * greeting.
 * Tenth round: complaints about the support staff's conduct and questions outside the shop.
 */
export const waysJapanese: Partial<MorePhrases> = {
  complaint: [
    "配達の人が荷物を門の外から投げ入れた",
    "配達員の態度がすごく悪かった",
    "雨の中に荷物を置かれて中身が濡れた",
    "星ひとつのレビューを書きます",
    "消費者庁に通報します",
    "弁護士に相談します",
    // Tenth round: how the shop's support staff treated the shopper.
    "オペレーターに途中で電話を切られました",
    "サポートにメールしても全然返事がない",
    "電話対応の人の態度がひどかった",
    "店員の対応が最悪でした",
  ],
  shipping_info: [
    "今買ったらいつ届きますか",
    "日曜日も配達してますか",
    "何時までに注文すれば明日届きますか",
  ],
  cancel_order: [
    "気が変わったので注文を取り消してください",
    "まだ発送してないならキャンセルで",
    "やっぱり注文やめます",
  ],
  return_refund: [
    "届いたジーンズが小さいのでワンサイズ上に交換できますか",
    "昨日届いた靴が合わないので大きいサイズに替えてほしい",
    "十日前に返送したのにまだ返金されていません",
    "返品は届いたはずですがいつ返金されますか",
  ],
  payment: [
    "適格請求書を発行してもらえますか",
    "購入の領収書はどこからダウンロードできますか",
    "ギフトカードは支払いの時にどう使いますか",
  ],
  other: [
    "どの銀行の金利が一番高いですか",
    "ビットコインに投資するべきですか",
    "駐車違反の反則金はどう払うの",
    // Tenth round: facts and units, advice on things outside the shop, flights and matches.
    "1ポンドは何グラムですか",
    "水は何度で沸騰しますか",
    "月までの距離はどれくらい",
    "日本の人口は何人",
    "一番安い携帯プランはどれ",
    "夏休みはどこに旅行するのがいい",
    "英語の勉強におすすめのアプリは",
    "私の飛行機が遅れているか調べて",
    "今夜の試合はどこで見られる",
  ],
  greeting: ["お元気ですか", "調子はどうですか"],
  // Session 7 (lead): "can you recommend a <thing the shop sells>", which read as small talk
  // (other) beside "can you recommend a dentist".
  recommendation: [
    "二人用のテントをおすすめしてもらえますか",
    "登山靴のおすすめを教えてください",
    "日帰り用のリュックでおすすめはありますか",
    "暖かい寝袋をおすすめしてほしいです",
    "いいレインコートを教えてもらえますか",
  ],
};
