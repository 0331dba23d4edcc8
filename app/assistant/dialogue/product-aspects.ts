import { termFinder } from "../nlu/find-terms";

/**
 * What shoppers ask about an item, in each language: a Latin word starting with one of these
 * stems (folded, no accents) or a text holding one of these CJK terms names the aspect. A page is
 * mostly written in the shop's language, so "¿es impermeable?" and 「素材は何ですか」 meet
 * "Material: leather, waterproof membrane" through the aspect, not through shared words.
 */
const ASPECTS: Record<string, string[]> = {
  waterproof: [
    ...["waterproof", "water resistant", "water repellent", "rainproof", "impermeab"],
    ...["resistente al agua", "wasserdicht", "wasserfest", "wasserabweisend"],
    ...["a prova d agua", "a prova de agua", "idrorepellent"],
    ...["防水", "撥水", "防潑水", "防泼水"],
  ],
  material: [
    ...["material", "fabric", "made of", "made from", "what is it made", "materia", "tissu"],
    ...["tejido", "tela", "stoff", "gewebe", "tessut", "tecido", "leather", "cuero", "cuir"],
    ...["leder", "pelle", "couro", "wool", "lana", "laine", "wolle", "cotton"],
    ...["algodon", "coton", "baumwoll", "cotone", "algodao"],
    ...[
      "素材",
      "材质",
      "材質",
      "材料",
      "面料",
      "生地",
      "布料",
      "皮革",
      "羊毛",
      "ウール",
      "綿",
      "棉",
    ],
  ],
  care: [
    ...["care", "wash", "laund", "clean", "dry clean", "tumble dry", "lavar", "lavable", "lavad"],
    ...["cuidado", "entretien", "pflege", "manutenzion"],
    ...["laver", "lavage", "nettoy", "waschen", "waschbar", "wasche", "reinig", "lavare"],
    ...["lavabil", "lavatric", "lavagg", "lavavel", "limp"],
    ...["洗", "清洁", "清潔", "お手入れ", "手入れ", "保养", "保養"],
  ],
  weight: [
    ...["weigh", "heavy", "light weight", "lightweight", "peso", "pesa", "poids", "pese"],
    ...["lourd", "leger", "gewicht", "wiegt", "schwer", "pesant", "pesante", "leggero"],
    ...["pesado", "leve", "ligero"],
    ...["重さ", "重量", "多重", "有多重", "轻", "輕", "軽"],
  ],
  origin: [
    ...["made in", "where is it made", "where was it made", "manufactur", "origin"],
    ...["fabricad", "hecho en", "fabrique", "fabrica", "hergestellt", "herkunft", "produziert"],
    ...["prodott", "fabbricat", "feito em", "produzid"],
    ...[
      "产地",
      "產地",
      "哪里生产",
      "哪裡生產",
      "哪里产",
      "哪裡產",
      "製造",
      "原産",
      "どこで作",
      "生产",
      "生產",
    ],
  ],
  warranty: [
    ...["warrant", "guarantee", "garantia", "garantie", "garanzia"],
    ...["保修", "保固", "保証", "质保", "質保"],
  ],
  battery: [
    ...[
      "batter",
      "bateria",
      "batterie",
      "akku",
      "pila",
      "charg",
      "recharg",
      "carga",
      "ricaric",
      "aufladen",
    ],
    ...["电池", "電池", "充电", "充電", "バッテリー"],
  ],
  warmth: [
    ...[
      "warm",
      "cold weather",
      "freezing",
      "temperature",
      "insulat",
      "degrees",
      "winter",
      "abrig",
      "calid",
    ],
    ...["chaud", "isol", "hiver", "isolier", "caldo", "inverno"],
    ...["quente", "termic", "thermi"],
    ...["保暖", "暖和", "温度", "溫度", "暖か", "寒さ", "冬"],
  ],
  capacity: [
    ...["capacity", "how much does it hold", "litre", "liter", "volume", "capacidad", "capacite"],
    ...["kapazitat", "fassungsvermogen", "capacita", "capacidade", "litro"],
    ...["容量", "容积", "容積", "多少升", "何リットル"],
  ],
  dimensions: [
    ...["dimension", "measure", "how big", "how tall", "how long", "how wide", "height", "length"],
    ...["width", "medida", "tamano", "mesure", "taille", "abmessung", "masse", "misur", "dimensio"],
    ...["尺寸", "寸法", "大きさ", "多大", "多长", "多長", "长度", "長さ"],
  ],
};

const findAspects = termFinder(ASPECTS);

/** The aspects of an item a text names, in any of the nine languages. */
export function productAspectsOf(text: string): Set<string> {
  return new Set(findAspects(text).map((found) => found.name));
}
