/**
 * Two kinds of message a shop's assistant cannot help with however much they read like a shop
 * question (docs/decisions/0002, seventh round):
 * - naming another company's service or shop ("cancel my netflix subscription", "京东买的东西怎么退",
 *   "アマゾンに返品したい"): not this shop's order, account or return. Payment wallets, carriers and
 *   chat apps a shop offers itself (PayPal, WeChat Pay, DHL, WhatsApp support) are left out on purpose;
 * - asking about the shop as a business, not as a seller to this shopper: jobs, wholesale,
 *   partnerships, affiliates, press ("are you hiring", "卸売りはしていますか", "能批发吗").
 */
const OTHER_SERVICES = new Set([
  "netflix",
  "spotify",
  "amazon",
  "ebay",
  "walmart",
  "costco",
  "ikea",
  "carrefour",
  "mediamarkt",
  "aliexpress",
  "temu",
  "shein",
  "etsy",
  "gmail",
  "hotmail",
  "outlook",
  "yahoo",
  "icloud",
  "facebook",
  "instagram",
  "tiktok",
  "twitter",
  "snapchat",
  "youtube",
  "uber",
  "airbnb",
  "disney",
  "playstation",
  "xbox",
  "steam",
  "fnac",
  "vodafone",
  "telekom",
  "movistar",
]);
const OTHER_SERVICES_CJK = [
  "淘宝",
  "淘寶",
  "京东",
  "京東",
  "拼多多",
  "爱奇艺",
  "愛奇藝",
  "抖音",
  "微博",
  "蝦皮",
  "虾皮",
  "天猫",
  "天貓",
  "美团",
  "美團",
  "饿了么",
  "亚马逊",
  "亞馬遜",
  "アマゾン",
  "楽天",
  "ヨドバシ",
  "ビックカメラ",
  "メルカリ",
  "フェイスブック",
  "インスタ",
  "ツイッター",
  "ユーチューブ",
  "ネットフリックス",
];

/** Whole words only: "intern" must not catch "international", nor "job" "jobsite" shipping talk. */
const BUSINESS_WORDS = new Set([
  "hiring",
  "hire",
  "job",
  "jobs",
  "career",
  "careers",
  "intern",
  "interns",
  "internship",
  "internships",
  "vacancy",
  "vacancies",
  "cv",
  "resume",
  "stagiaire",
  "stagiaires",
  "emploi",
  "emplois",
  "recrutez",
  "recrutement",
  "recrutent",
  "empleo",
  "empleos",
  "curriculum",
  "curriculo",
  "vaga",
  "vagas",
  "emprego",
  "estagio",
  "wholesale",
  "reseller",
  "resellers",
  "resell",
  "grossiste",
  "mayorista",
  "mayoristas",
  "ingrosso",
  "atacado",
  "partnership",
  "partenariat",
  "kooperation",
]);
const BUSINESS_WORD_STARTS = [
  "bewerb",
  "praktik",
  "assumet",
  "assumon",
  "colabor",
  "collabor",
  "kollabor",
  "sponsor",
  "influencer",
  "affili",
  "supplier",
  "fournisseur",
  "proveedor",
  "fornecedor",
  "lieferant",
  "fornitore",
  "grosshandel",
  "wiederverk",
  "rivendit",
  "revend",
  "journalist",
];
const BUSINESS_CJK = [
  "求人",
  "採用",
  "アルバイト",
  "バイト",
  "卸",
  "取材",
  "アフィリエイト",
  "提携",
  "招聘",
  "招人",
  "实习",
  "實習",
  "简历",
  "履历",
  "履歷",
  "批发",
  "批發",
  "加盟",
  "代理",
  "合作",
  "供应商",
  "供應商",
  "应聘",
  "應徵",
];

/** Word starts by their first three letters, so a word looks up only its own (as in concepts.ts). */
const BUSINESS_STARTS_BY_PREFIX = new Map<string, string[]>();
for (const start of BUSINESS_WORD_STARTS) {
  const list = BUSINESS_STARTS_BY_PREFIX.get(start.slice(0, 3)) ?? [];
  list.push(start);
  BUSINESS_STARTS_BY_PREFIX.set(start.slice(0, 3), list);
}

export interface OutsideTheShop {
  /** The message names another company's service or shop. */
  otherService: boolean;
  /** The message asks about the shop as a business (jobs, wholesale, partnerships, press). */
  business: boolean;
}

/** Reads folded text; `words` are its Latin words, `cjk` whether it holds CJK characters. */
export function outsideTheShop(options: {
  folded: string;
  words: string[];
  cjk: boolean;
}): OutsideTheShop {
  const { folded, words, cjk } = options;
  return {
    otherService:
      words.some((word) => OTHER_SERVICES.has(word)) ||
      (cjk && OTHER_SERVICES_CJK.some((name) => folded.includes(name))),
    business:
      words.some(
        (word) =>
          BUSINESS_WORDS.has(word) ||
          (BUSINESS_STARTS_BY_PREFIX.get(word.slice(0, 3)) ?? []).some((start) =>
            word.startsWith(start),
          ),
      ) ||
      (cjk && BUSINESS_CJK.some((term) => folded.includes(term))),
  };
}
