import { termFinder } from "../nlu/find-terms";

/**
 * Everyday shopping words in the other eight languages, by the English word a catalogue uses.
 * Most merchants write titles, types and tags in one language (English here); a shopper asking
 * for "una giacca impermeabile" or 「防水外套」 should still find the "Waterproof Rain Jacket".
 * Latin entries are folded word beginnings ("chaquet" meets chaqueta and chaquetas); CJK entries
 * are found anywhere in the text.
 */
const NEED_WORDS: Record<string, string[]> = {
  jacket: [
    ...["chaquet", "cazadora", "veste", "blouson", "jacke", "giacc", "giubb", "jaquet"],
    ...["casaco", "ジャケット", "夹克", "夾克", "外套", "上着"],
  ],
  coat: ["abrigo", "manteau", "mantel", "cappott", "sobretudo", "コート", "大衣"],
  shoe: [
    ...["zapat", "calzado", "chaussur", "schuh", "scarp", "sapat", "calcad", "tenis"],
    ...["靴", "シューズ", "鞋"],
  ],
  boot: ["bota", "botte", "stiefel", "stival", "scarpon", "ブーツ", "靴子", "登山鞋"],
  sock: [
    "calcetin",
    "chaussette",
    "socke",
    "strumpf",
    "calze",
    "calzini",
    "meia",
    "靴下",
    "ソックス",
    "袜",
    "襪",
  ],
  shirt: [
    ...["camis", "playera", "chemise", "tee shirt", "hemd", "shirt", "magliett", "camicia"],
    ...["シャツ", "衬衫", "襯衫", "t恤", "T恤", "短袖"],
  ],
  pant: [...["pantalon", "hosen", "pantalone", "calca", "calcas", "パンツ", "ズボン", "裤", "褲"]],
  hat: [
    ...["sombrero", "gorro", "gorra", "chapeau", "bonnet", "casquette", "hut", "mutze"],
    ...["kappe", "cappell", "berrett", "chapeu", "帽"],
  ],
  beanie: ["gorro", "bonnet", "mutze", "berretto", "touca", "ニット帽", "毛线帽", "毛線帽"],
  glove: ["guante", "gant", "handschuh", "guant", "luva", "手袋", "グローブ", "手套"],
  backpack: [
    ...["mochila", "sac a dos", "rucksack", "zaino", "リュック", "バックパック", "背包", "双肩包"],
    ...["雙肩包"],
  ],
  bag: ["bolsa", "bolso", "sac", "tasche", "borsa", "saco", "バッグ", "袋", "包"],
  tent: [
    "tienda de campana",
    "carpa",
    "tente",
    "zelt",
    "tenda",
    "barraca",
    "テント",
    "帐篷",
    "帳篷",
  ],
  sleeping: ["saco de dormir", "sac de couchage", "schlafsack", "sacco a pelo", "寝袋", "睡袋"],
  pad: [
    "esterilla",
    "colchoneta",
    "matelas",
    "isomatte",
    "materassin",
    "isolante",
    "マット",
    "睡垫",
    "睡墊",
  ],
  bottle: [
    ...["botella", "bouteille", "gourde", "flasche", "trinkflasche", "borraccia", "bottiglia"],
    ...["garrafa", "cantil", "ボトル", "水筒", "水壶", "水壺", "水瓶"],
  ],
  headlamp: [
    "linterna frontal",
    "frontal",
    "lampe frontale",
    "stirnlampe",
    "lampada frontale",
    "lanterna de cabeca",
    "ヘッドランプ",
    "头灯",
    "頭燈",
  ],
  lantern: [
    "linterna",
    "farol",
    "lanterne",
    "laterne",
    "lanterna",
    "ランタン",
    "营地灯",
    "營地燈",
    "露营灯",
    "露營燈",
  ],
  stove: [
    "hornillo",
    "estufa",
    "rechaud",
    "kocher",
    "fornell",
    "fogareiro",
    "バーナー",
    "コンロ",
    "炉",
    "爐",
  ],
  pot: ["olla", "cazo", "casserole", "gamelle", "topf", "pentol", "gavetta", "panela", "鍋", "锅"],
  chair: ["silla", "chaise", "stuhl", "sedia", "cadeira", "チェア", "椅子", "椅"],
  pole: [
    "baston",
    "baton",
    "stocke",
    "wanderstock",
    "bastoncin",
    "bastao",
    "ストック",
    "登山杖",
    "手杖",
  ],
  gift: ["regalo", "cadeau", "geschenk", "ギフト", "プレゼント", "礼物", "禮物"],
  waterproof: [
    ...["impermeab", "resistente al agua", "wasserdicht", "wasserfest", "a prova d agua"],
    ...["防水", "撥水"],
  ],
  rain: ["lluvia", "pluie", "regen", "pioggia", "chuva", "雨"],
  warm: ["calid", "abrig", "chaud", "warm", "caldo", "calda", "quente", "暖", "保暖", "防寒"],
  insulated: ["aislad", "isole", "isoliert", "isolat", "isolad", "断熱", "保温", "保溫"],
  winter: ["invierno", "hiver", "winter", "inverno", "冬"],
  running: ["correr", "running", "laufen", "lauf", "corsa", "corrida", "ランニング", "跑步", "跑"],
  hiking: [
    ...["senderismo", "excursion", "randonnee", "wandern", "wander", "escursion", "trekking"],
    ...["caminhada", "trilha", "ハイキング", "登山", "徒步"],
  ],
  camp: ["acampar", "camping", "campeggio", "acampamento", "キャンプ", "露营", "露營"],
  light: ["liger", "leger", "leicht", "legger", "leve", "軽量", "轻", "輕"],
  kids: ["nino", "enfant", "kinder", "bambin", "crianca", "子供", "キッズ", "儿童", "兒童", "孩子"],
};

const findNeedWords = termFinder(NEED_WORDS);

/** A catalogue word for what the shopper wrote, and the shopper's own word, for the reason line. */
export interface NeedTranslation {
  english: string;
  written: string;
}

/** The catalogue's English words for what a need written in another language names, in list order. */
export function translateNeed(text: string): NeedTranslation[] {
  return findNeedWords(text).map(({ name, written }) => ({ english: name, written }));
}
