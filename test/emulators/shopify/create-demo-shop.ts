import type {
  AddressRecord,
  CollectionRecord,
  CustomerRecord,
  FulfillmentRecord,
  LineItemRecord,
  OrderRecord,
  ProductRecord,
  ShopSeed,
  VariantRecord,
} from "./shop-data";

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  const chance = (probability: number) => next() < probability;
  const digits = (count: number) => Array.from({ length: count }, () => String(int(0, 9))).join("");
  return { next, int, pick, chance, digits };
}
type Random = ReturnType<typeof createRandom>;

type OptionKind = "shoe" | "apparel" | "sock" | "colour" | "single" | "giftcard" | "capacity";

interface CatalogueEntry {
  title: string;
  productType: string;
  options: OptionKind;
  basePrice: number;
  material: string;
  care: string;
  tags: string[];
}

const COLOURS = ["Forest", "Slate", "Ember", "Glacier", "Black", "Sand"] as const;

// The catalogue a merchant would have typed in; prices, stock and colours vary with the seed.
const CATALOGUE: CatalogueEntry[] = [
  {
    title: "Ridgeline Trail Runner",
    productType: "Shoes",
    options: "shoe",
    basePrice: 129,
    material: "Recycled mesh upper, Vibram outsole",
    care: "Rinse with cold water, air dry",
    tags: ["trail", "running"],
  },
  {
    title: "Summit Hiking Boot",
    productType: "Shoes",
    options: "shoe",
    basePrice: 189,
    material: "Full-grain leather, waterproof membrane",
    care: "Brush off dirt, treat leather twice a season",
    tags: ["hiking", "waterproof"],
  },
  {
    title: "Basecamp Approach Shoe",
    productType: "Shoes",
    options: "shoe",
    basePrice: 149,
    material: "Suede upper, sticky rubber sole",
    care: "Brush clean, air dry away from heat",
    tags: ["climbing"],
  },
  {
    title: "Camp Slip-On",
    productType: "Shoes",
    options: "shoe",
    basePrice: 69,
    material: "Quilted nylon, EVA sole",
    care: "Machine wash cold, gentle cycle",
    tags: ["camp", "casual"],
  },
  {
    title: "Tempest Rain Shell",
    productType: "Jackets",
    options: "apparel",
    basePrice: 219,
    material: "3-layer recycled nylon, PFC-free DWR",
    care: "Machine wash warm, tumble dry low to renew DWR",
    tags: ["rain", "waterproof"],
  },
  {
    title: "Aurora Down Puffer",
    productType: "Jackets",
    options: "apparel",
    basePrice: 259,
    material: "800-fill responsibly sourced down",
    care: "Wash with down detergent, tumble dry with tennis balls",
    tags: ["insulated", "winter"],
  },
  {
    title: "Harbor Fleece Jacket",
    productType: "Jackets",
    options: "apparel",
    basePrice: 99,
    material: "Recycled polyester fleece",
    care: "Machine wash cold, hang dry",
    tags: ["fleece", "layering"],
  },
  {
    title: "Crosswind Softshell",
    productType: "Jackets",
    options: "apparel",
    basePrice: 169,
    material: "Stretch woven nylon with brushed back",
    care: "Machine wash cold, hang dry",
    tags: ["softshell"],
  },
  {
    title: "Breeze Packable Windbreaker",
    productType: "Jackets",
    options: "apparel",
    basePrice: 89,
    material: "Ripstop nylon, 85 g",
    care: "Machine wash cold",
    tags: ["packable", "running"],
  },
  {
    title: "Trailhead Daypack 22L",
    productType: "Backpacks",
    options: "colour",
    basePrice: 89,
    material: "Recycled 420D nylon",
    care: "Spot clean with mild soap",
    tags: ["daypack", "hiking"],
  },
  {
    title: "Expedition Pack 45L",
    productType: "Backpacks",
    options: "colour",
    basePrice: 219,
    material: "Robic nylon, aluminium frame",
    care: "Spot clean, air dry open",
    tags: ["trekking"],
  },
  {
    title: "Flow Hydration Vest",
    productType: "Backpacks",
    options: "apparel",
    basePrice: 119,
    material: "Stretch mesh, 2 soft flasks",
    care: "Hand wash, air dry",
    tags: ["running", "hydration"],
  },
  {
    title: "Commuter Roll-Top 28L",
    productType: "Backpacks",
    options: "colour",
    basePrice: 129,
    material: "Waterproof TPU-coated polyester",
    care: "Wipe clean",
    tags: ["urban", "waterproof"],
  },
  {
    title: "Nimbus 2-Person Tent",
    productType: "Tents",
    options: "single",
    basePrice: 349,
    material: "Silnylon fly, aluminium poles",
    care: "Dry fully before storing",
    tags: ["camping", "backpacking"],
  },
  {
    title: "Featherlight Solo Tent",
    productType: "Tents",
    options: "single",
    basePrice: 299,
    material: "Dyneema fly, carbon pole",
    care: "Dry fully before storing",
    tags: ["ultralight", "backpacking"],
  },
  {
    title: "Homestead 6-Person Tent",
    productType: "Tents",
    options: "single",
    basePrice: 449,
    material: "Polyester fly, steel and fibreglass poles",
    care: "Dry fully before storing",
    tags: ["camping", "family"],
  },
  {
    title: "Merino Hiking Sock",
    productType: "Socks",
    options: "sock",
    basePrice: 24,
    material: "68% merino wool, 30% nylon, 2% elastane",
    care: "Machine wash warm, tumble dry low",
    tags: ["merino", "hiking"],
  },
  {
    title: "Lightweight Running Sock",
    productType: "Socks",
    options: "sock",
    basePrice: 16,
    material: "Recycled polyester blend",
    care: "Machine wash warm",
    tags: ["running"],
  },
  {
    title: "Alpine Mountaineering Sock",
    productType: "Socks",
    options: "sock",
    basePrice: 29,
    material: "Heavy-cushion merino",
    care: "Machine wash warm, tumble dry low",
    tags: ["merino", "winter"],
  },
  {
    title: "Summit Insulated Bottle 750ml",
    productType: "Bottles",
    options: "colour",
    basePrice: 39,
    material: "18/8 stainless steel, double wall",
    care: "Hand wash only",
    tags: ["hydration"],
  },
  {
    title: "Collapsible Soft Flask 500ml",
    productType: "Bottles",
    options: "single",
    basePrice: 25,
    material: "BPA-free TPU",
    care: "Rinse, dry open",
    tags: ["running", "hydration"],
  },
  {
    title: "Trail Filter Bottle",
    productType: "Bottles",
    options: "single",
    basePrice: 45,
    material: "Tritan body, hollow-fibre filter",
    care: "Backflush filter after each trip",
    tags: ["hydration", "backpacking"],
  },
  {
    title: "Northwind Gift Card",
    productType: "Gift Cards",
    options: "giftcard",
    basePrice: 25,
    material: "Digital gift card",
    care: "Never expires",
    tags: ["gift"],
  },
  {
    title: "Cirrus 20°F Sleeping Bag",
    productType: "Sleeping Bags",
    options: "single",
    basePrice: 279,
    material: "650-fill down, 20D shell",
    care: "Store uncompressed",
    tags: ["camping", "backpacking"],
  },
  {
    title: "Trail Quilt 30°F",
    productType: "Sleeping Bags",
    options: "single",
    basePrice: 229,
    material: "Synthetic insulation",
    care: "Machine wash cold on gentle",
    tags: ["ultralight"],
  },
  {
    title: "Beacon 400 Headlamp",
    productType: "Headlamps",
    options: "colour",
    basePrice: 49,
    material: "Aluminium housing, USB-C battery",
    care: "Keep contacts dry",
    tags: ["camping", "running"],
  },
  {
    title: "Lumen Camp Lantern",
    productType: "Headlamps",
    options: "single",
    basePrice: 59,
    material: "Recycled plastic, 5000 mAh battery",
    care: "Charge every 3 months in storage",
    tags: ["camping"],
  },
  {
    title: "Ridge Merino Beanie",
    productType: "Hats",
    options: "colour",
    basePrice: 35,
    material: "100% merino wool",
    care: "Hand wash cold, lay flat to dry",
    tags: ["merino", "winter"],
  },
  {
    title: "Sun Trekker Cap",
    productType: "Hats",
    options: "colour",
    basePrice: 32,
    material: "UPF 50 nylon",
    care: "Hand wash",
    tags: ["sun", "running"],
  },
  {
    title: "Stormproof Gloves",
    productType: "Gloves",
    options: "apparel",
    basePrice: 59,
    material: "Waterproof shell, fleece liner",
    care: "Hand wash cold",
    tags: ["winter", "waterproof"],
  },
  {
    title: "Everyday Merino Tee",
    productType: "Shirts",
    options: "apparel",
    basePrice: 65,
    material: "150 gsm merino wool",
    care: "Machine wash cold, lay flat",
    tags: ["merino", "travel"],
  },
  {
    title: "Trail Tech Tee",
    productType: "Shirts",
    options: "apparel",
    basePrice: 38,
    material: "Recycled polyester",
    care: "Machine wash cold",
    tags: ["running"],
  },
  {
    title: "Canyon Hiking Pant",
    productType: "Pants",
    options: "apparel",
    basePrice: 95,
    material: "Stretch nylon, DWR finish",
    care: "Machine wash cold, hang dry",
    tags: ["hiking"],
  },
  {
    title: "Traverse Carbon Trekking Poles",
    productType: "Trekking Poles",
    options: "single",
    basePrice: 139,
    material: "Carbon fibre shafts, cork grips",
    care: "Dry sections separately",
    tags: ["hiking", "ultralight"],
  },
  {
    title: "Pocket Rocket Camp Stove",
    productType: "Camp Kitchen",
    options: "single",
    basePrice: 79,
    material: "Aluminium and stainless steel",
    care: "Keep burner free of debris",
    tags: ["camping", "backpacking"],
  },
  {
    title: "Titanium Cook Pot 900ml",
    productType: "Camp Kitchen",
    options: "single",
    basePrice: 55,
    material: "Grade 1 titanium",
    care: "Hand wash",
    tags: ["ultralight", "camping"],
  },
  {
    title: "Packable Camp Chair",
    productType: "Camp Furniture",
    options: "colour",
    basePrice: 119,
    material: "Aluminium frame, ripstop seat",
    care: "Wipe clean",
    tags: ["camping"],
  },
  {
    title: "Dry Bag Set",
    productType: "Accessories",
    options: "capacity",
    basePrice: 22,
    material: "Siliconised nylon",
    care: "Wipe clean",
    tags: ["waterproof", "travel"],
  },
  {
    title: "Trail First-Aid Kit",
    productType: "Accessories",
    options: "single",
    basePrice: 35,
    material: "Ripstop pouch with 48 items",
    care: "Restock after use",
    tags: ["safety", "hiking"],
  },
  {
    title: "Insulated Sleeping Pad",
    productType: "Sleeping Pads",
    options: "single",
    basePrice: 169,
    material: "30D nylon, R-value 4.2",
    care: "Store unrolled with valve open",
    tags: ["camping", "backpacking"],
  },
];

/** Pairs shoppers buy together, so that "bought together" mining finds real signal. */
const COMPANIONS: Record<string, string[]> = {
  "ridgeline-trail-runner": ["lightweight-running-sock", "collapsible-soft-flask-500ml"],
  "summit-hiking-boot": ["merino-hiking-sock", "traverse-carbon-trekking-poles"],
  "nimbus-2-person-tent": [
    "cirrus-20-f-sleeping-bag",
    "insulated-sleeping-pad",
    "beacon-400-headlamp",
  ],
  "featherlight-solo-tent": ["trail-quilt-30-f", "titanium-cook-pot-900ml"],
  "tempest-rain-shell": ["trailhead-daypack-22l", "dry-bag-set"],
  "aurora-down-puffer": ["ridge-merino-beanie", "stormproof-gloves"],
  "trailhead-daypack-22l": ["summit-insulated-bottle-750ml", "trail-first-aid-kit"],
  "pocket-rocket-camp-stove": ["titanium-cook-pot-900ml"],
  "flow-hydration-vest": ["collapsible-soft-flask-500ml"],
};

function handleOf(title: string) {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function money(value: number) {
  return value.toFixed(2);
}

function optionsFor(kind: OptionKind, random: Random): { name: string; values: string[] }[] {
  const colours = () => {
    const start = random.int(0, COLOURS.length - 1);
    const count = random.int(2, 3);
    return Array.from(
      { length: count },
      (_, index) => COLOURS[(start + index) % COLOURS.length] ?? "Black",
    );
  };
  switch (kind) {
    case "shoe":
      return [
        { name: "Size", values: ["7", "8", "9", "10", "11", "12"] },
        { name: "Color", values: colours().slice(0, 2) },
      ];
    case "apparel":
      return [
        { name: "Size", values: ["XS", "S", "M", "L", "XL"] },
        { name: "Color", values: colours().slice(0, 2) },
      ];
    case "sock":
      return [{ name: "Size", values: ["S", "M", "L"] }];
    case "colour":
      return [{ name: "Color", values: colours() }];
    case "giftcard":
      return [{ name: "Denominations", values: ["$25", "$50", "$100", "$200"] }];
    case "capacity":
      return [{ name: "Capacity", values: ["5L", "10L", "20L"] }];
    case "single":
      return [{ name: "Title", values: ["Default Title"] }];
  }
}

function combinations(options: { name: string; values: string[] }[]) {
  let rows: { name: string; value: string }[][] = [[]];
  for (const option of options) {
    rows = rows.flatMap((row) =>
      option.values.map((value) => [...row, { name: option.name, value }]),
    );
  }
  return rows;
}

interface IdSequence {
  next(
    kind:
      | "product"
      | "variant"
      | "collection"
      | "customer"
      | "order"
      | "lineItem"
      | "fulfillment"
      | "fulfillmentLineItem"
      | "refund",
  ): number;
}

function createIdSequence(): IdSequence {
  const starts = {
    product: 8001,
    variant: 40001,
    collection: 3001,
    customer: 6001,
    order: 5001,
    lineItem: 90001,
    fulfillment: 70001,
    fulfillmentLineItem: 95001,
    refund: 80001,
  };
  const current = { ...starts };
  return {
    next(kind) {
      const id = current[kind];
      current[kind] += 1;
      return id;
    },
  };
}

function buildProducts(random: Random, ids: IdSequence, now: Date): ProductRecord[] {
  return CATALOGUE.map((entry, index) => {
    const handle = handleOf(entry.title);
    const options = optionsFor(entry.options, random);
    const typeCode = entry.productType
      .replace(/[^A-Za-z]/g, "")
      .slice(0, 2)
      .toUpperCase();
    const basePrice =
      entry.options === "giftcard" ? 0 : entry.basePrice + random.pick([0, 0, 5, 10, -5]);
    // Roughly one product in eight is sold out entirely; others have some sold-out variants.
    const soldOut = entry.options !== "giftcard" && random.chance(0.12);
    const variants: VariantRecord[] = combinations(options).map((selectedOptions) => {
      const title = selectedOptions.map((option) => option.value).join(" / ");
      const skuTail = selectedOptions
        .filter((option) => option.value !== "Default Title")
        .map((option) =>
          option.value
            .replace(/[^A-Za-z0-9]/g, "")
            .slice(0, 3)
            .toUpperCase(),
        )
        .join("-");
      const giftValue = Number(selectedOptions[0]?.value.replace("$", ""));
      const price = entry.options === "giftcard" ? giftValue : basePrice;
      const inventoryQuantity = soldOut ? 0 : random.chance(0.15) ? 0 : random.int(1, 60);
      return {
        id: ids.next("variant"),
        title,
        sku: `NW-${typeCode}-${String(index + 1).padStart(3, "0")}${skuTail ? `-${skuTail}` : ""}`,
        price: money(price),
        compareAtPrice: random.chance(0.15) ? money(price * 1.25) : null,
        inventoryQuantity: entry.options === "giftcard" ? 0 : inventoryQuantity,
        inventoryPolicy: entry.options === "giftcard" ? "CONTINUE" : "DENY",
        selectedOptions,
      };
    });
    const createdAt = new Date(now.getTime() - random.int(120, 720) * 86_400_000).toISOString();
    const colourNote = options.find((option) => option.name === "Color")?.values.join(", ");
    return {
      id: ids.next("product"),
      handle,
      title: entry.title,
      descriptionHtml:
        `<p>The ${entry.title} is built by Northwind Outfitters for ${entry.tags.join(" and ")} days.</p>` +
        `<p>Made from ${entry.material.toLowerCase()}.${colourNote ? ` Available in ${colourNote}.` : ""}</p>`,
      productType: entry.productType,
      vendor: "Northwind Outfitters",
      tags: entry.tags,
      status: index === CATALOGUE.length - 1 ? "DRAFT" : "ACTIVE",
      createdAt,
      updatedAt: new Date(now.getTime() - random.int(1, 60) * 86_400_000).toISOString(),
      publishedAt: index === CATALOGUE.length - 1 ? null : createdAt,
      options,
      variants,
      images: [
        { path: `/static/products/${handle}.svg`, altText: entry.title },
        { path: `/static/products/${handle}.svg?view=detail`, altText: `${entry.title} detail` },
      ],
      metafields: [
        {
          namespace: "custom",
          key: "material",
          value: entry.material,
          type: "single_line_text_field",
        },
        { namespace: "custom", key: "care", value: entry.care, type: "multi_line_text_field" },
        {
          namespace: "custom",
          key: "shipping_note",
          value:
            entry.productType === "Gift Cards"
              ? "Delivered by email within minutes."
              : entry.productType === "Tents"
                ? "Ships separately in its own box within 2 business days."
                : "Ships within 1 business day. Free returns within 30 days.",
          type: "single_line_text_field",
        },
      ],
    } satisfies ProductRecord;
  });
}

function buildCollections(
  products: ProductRecord[],
  ids: IdSequence,
  random: Random,
): CollectionRecord[] {
  const byTypes = (types: string[]) =>
    products.filter((product) => types.includes(product.productType)).map((product) => product.id);
  const groups: [string, string, number[]][] = [
    ["Footwear", "footwear", byTypes(["Shoes", "Socks"])],
    ["Outerwear", "outerwear", byTypes(["Jackets", "Gloves", "Hats"])],
    ["Packs & Bags", "packs-bags", byTypes(["Backpacks", "Accessories"])],
    [
      "Camping",
      "camping",
      byTypes([
        "Tents",
        "Sleeping Bags",
        "Sleeping Pads",
        "Camp Kitchen",
        "Camp Furniture",
        "Headlamps",
      ]),
    ],
    ["Hydration", "hydration", byTypes(["Bottles"])],
    ["Gift Cards", "gift-cards", byTypes(["Gift Cards"])],
    [
      "Best Sellers",
      "best-sellers",
      products.filter(() => random.chance(0.3)).map((product) => product.id),
    ],
  ];
  return groups.map(([title, handle, productIds]) => ({
    id: ids.next("collection"),
    handle,
    title,
    descriptionHtml: `<p>${title} from Northwind Outfitters.</p>`,
    productIds,
  }));
}

interface PersonSeed {
  firstName: string;
  lastName: string;
  locale: string;
  address: Omit<AddressRecord, "name" | "phone">;
  phonePrefix: string;
  vip?: boolean;
}

const PEOPLE: PersonSeed[] = [
  {
    firstName: "Emma",
    lastName: "Johnson",
    locale: "en",
    phonePrefix: "+1206555",
    vip: true,
    address: {
      address1: "1200 Pine St",
      city: "Seattle",
      provinceCode: "WA",
      countryCodeV2: "US",
      zip: "98101",
    },
  },
  {
    firstName: "Liam",
    lastName: "Smith",
    locale: "en",
    phonePrefix: "+1303555",
    address: {
      address1: "455 Larimer St",
      city: "Denver",
      provinceCode: "CO",
      countryCodeV2: "US",
      zip: "80202",
    },
  },
  {
    firstName: "芳",
    lastName: "王",
    locale: "zh-CN",
    phonePrefix: "+8613800",
    vip: true,
    address: {
      address1: "南京西路 1266 号",
      city: "上海",
      provinceCode: "SH",
      countryCodeV2: "CN",
      zip: "200040",
    },
  },
  {
    firstName: "伟",
    lastName: "李",
    locale: "zh-CN",
    phonePrefix: "+8613911",
    address: {
      address1: "建国路 88 号",
      city: "北京",
      provinceCode: "BJ",
      countryCodeV2: "CN",
      zip: "100022",
    },
  },
  {
    firstName: "静",
    lastName: "陈",
    locale: "zh-TW",
    phonePrefix: "+8869122",
    address: {
      address1: "信義路五段 7 號",
      city: "台北市",
      provinceCode: null,
      countryCodeV2: "TW",
      zip: "110",
    },
  },
  {
    firstName: "Camille",
    lastName: "Dubois",
    locale: "fr",
    phonePrefix: "+3361234",
    address: {
      address1: "12 Rue de Rivoli",
      city: "Paris",
      provinceCode: null,
      countryCodeV2: "FR",
      zip: "75001",
    },
  },
  {
    firstName: "Jonas",
    lastName: "Müller",
    locale: "de",
    phonePrefix: "+4915112",
    vip: true,
    address: {
      address1: "Torstraße 101",
      city: "Berlin",
      provinceCode: null,
      countryCodeV2: "DE",
      zip: "10119",
    },
  },
  {
    firstName: "健",
    lastName: "佐藤",
    locale: "ja",
    phonePrefix: "+8190123",
    address: {
      address1: "渋谷 2-21-1",
      city: "渋谷区",
      provinceCode: "JP-13",
      countryCodeV2: "JP",
      zip: "150-0002",
    },
  },
  {
    firstName: "Lucía",
    lastName: "García",
    locale: "es",
    phonePrefix: "+3461234",
    address: {
      address1: "Calle de Alcalá 45",
      city: "Madrid",
      provinceCode: "M",
      countryCodeV2: "ES",
      zip: "28014",
    },
  },
  {
    firstName: "Olivia",
    lastName: "Brown",
    locale: "en",
    phonePrefix: "+1415555",
    address: {
      address1: "88 Market St",
      city: "San Francisco",
      provinceCode: "CA",
      countryCodeV2: "US",
      zip: "94105",
    },
  },
  {
    firstName: "Noah",
    lastName: "Williams",
    locale: "en",
    phonePrefix: "+1512555",
    vip: true,
    address: {
      address1: "301 Congress Ave",
      city: "Austin",
      provinceCode: "TX",
      countryCodeV2: "US",
      zip: "78701",
    },
  },
  {
    firstName: "Ava",
    lastName: "Taylor",
    locale: "en",
    phonePrefix: "+1617555",
    address: {
      address1: "10 Beacon St",
      city: "Boston",
      provinceCode: "MA",
      countryCodeV2: "US",
      zip: "02108",
    },
  },
  {
    firstName: "Ethan",
    lastName: "Nguyen",
    locale: "en",
    phonePrefix: "+1503555",
    address: {
      address1: "700 SW 5th Ave",
      city: "Portland",
      provinceCode: "OR",
      countryCodeV2: "US",
      zip: "97204",
    },
  },
  {
    firstName: "Sofia",
    lastName: "Rossi",
    locale: "it",
    phonePrefix: "+3933312",
    address: {
      address1: "Via Torino 21",
      city: "Milano",
      provinceCode: "MI",
      countryCodeV2: "IT",
      zip: "20123",
    },
  },
  {
    firstName: "Mia",
    lastName: "Anderson",
    locale: "en",
    phonePrefix: "+1612555",
    address: {
      address1: "250 Marquette Ave",
      city: "Minneapolis",
      provinceCode: "MN",
      countryCodeV2: "US",
      zip: "55401",
    },
  },
];

function emailOf(person: PersonSeed, index: number) {
  const latin: Record<string, string> = {
    王: "wang",
    芳: "fang",
    李: "li",
    伟: "wei",
    陈: "chen",
    静: "jing",
    佐藤: "sato",
    健: "ken",
  };
  const part = (text: string) =>
    (latin[text] ?? text)
      .normalize("NFD")
      .replace(/[^A-Za-z]/g, "")
      .toLowerCase();
  return `${part(person.firstName)}.${part(person.lastName)}${index}@example.com`;
}

/** Order states the demo covers, in the order they are first assigned so each appears. */
type OrderScenario =
  | "unfulfilled"
  | "pending_payment"
  | "partially_fulfilled"
  | "in_transit"
  | "out_for_delivery"
  | "attempted_delivery"
  | "delivered"
  | "fulfilled_no_tracking"
  | "cancelled"
  | "refunded"
  | "partially_refunded";

const SCENARIOS: OrderScenario[] = [
  "in_transit",
  "delivered",
  "unfulfilled",
  "out_for_delivery",
  "partially_fulfilled",
  "cancelled",
  "refunded",
  "pending_payment",
  "partially_refunded",
  "attempted_delivery",
  "fulfilled_no_tracking",
];

const CARRIERS = [
  {
    company: "UPS",
    number: (random: Random) => `1Z999AA1${random.digits(10)}`,
    url: (n: string) => `https://www.ups.com/track?tracknum=${n}`,
  },
  {
    company: "USPS",
    number: (random: Random) => `9400${random.digits(18)}`,
    url: (n: string) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  },
  {
    company: "DHL Express",
    number: (random: Random) => random.digits(10),
    url: (n: string) => `https://www.dhl.com/en/express/tracking.html?AWB=${n}`,
  },
  {
    company: "SF Express",
    number: (random: Random) => `SF${random.digits(13)}`,
    url: (n: string) =>
      `https://www.sf-express.com/chn/en/dynamic_function/waybill/#search/bill-number/${n}`,
  },
  {
    company: "Yamato (JA)",
    number: (random: Random) => random.digits(12),
    url: (n: string) => `https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=${n}`,
  },
] as const;

function carrierFor(countryCode: string, random: Random) {
  if (countryCode === "CN" || countryCode === "TW") return CARRIERS[3];
  if (countryCode === "JP") return CARRIERS[4];
  if (countryCode === "US") return random.chance(0.6) ? CARRIERS[0] : CARRIERS[1];
  return CARRIERS[2];
}

function daysAgo(now: Date, days: number, hours = 0) {
  return new Date(now.getTime() - days * 86_400_000 - hours * 3_600_000).toISOString();
}

function daysAhead(now: Date, days: number) {
  return new Date(now.getTime() + days * 86_400_000).toISOString();
}

interface OrderBuildContext {
  random: Random;
  ids: IdSequence;
  now: Date;
  products: ProductRecord[];
}

function chooseLineItems(
  { random, ids, products }: OrderBuildContext,
  minimumItems: number,
): LineItemRecord[] {
  const buyable = products.filter((product) => product.status === "ACTIVE");
  const primary = random.pick(buyable);
  const chosen = [primary];
  for (const handle of COMPANIONS[primary.handle] ?? []) {
    const companion = products.find((product) => product.handle === handle);
    if (companion && random.chance(0.65)) chosen.push(companion);
  }
  while (chosen.length < minimumItems || (chosen.length < 4 && random.chance(0.2))) {
    const extra = random.pick(buyable);
    if (!chosen.includes(extra)) chosen.push(extra);
  }
  return chosen.map((product) => {
    const variant = random.pick(product.variants);
    return {
      id: ids.next("lineItem"),
      productId: product.id,
      variantId: variant.id,
      title: product.title,
      variantTitle: variant.title === "Default Title" ? null : variant.title,
      sku: variant.sku,
      quantity: product.productType === "Socks" ? random.int(1, 3) : 1,
      price: variant.price,
    };
  });
}

function fulfillmentFor(
  context: OrderBuildContext,
  lineItems: LineItemRecord[],
  address: AddressRecord,
  shippedDaysAgo: number,
  displayStatus: FulfillmentRecord["displayStatus"],
): FulfillmentRecord {
  const { random, ids, now } = context;
  const carrier = carrierFor(address.countryCodeV2, random);
  const number = carrier.number(random);
  const shippedAt = daysAgo(now, shippedDaysAgo, random.int(1, 8));
  const withTracking = displayStatus !== "FULFILLED";
  const inTransitAt = [
    "IN_TRANSIT",
    "OUT_FOR_DELIVERY",
    "ATTEMPTED_DELIVERY",
    "DELIVERED",
  ].includes(displayStatus)
    ? daysAgo(now, Math.max(shippedDaysAgo - 1, 0), 2)
    : null;
  const deliveredAt =
    displayStatus === "DELIVERED"
      ? daysAgo(now, Math.max(shippedDaysAgo - random.int(2, 4), 0), 5)
      : null;
  const estimatedDeliveryAt =
    displayStatus === "IN_TRANSIT"
      ? daysAhead(now, random.int(1, 4))
      : displayStatus === "OUT_FOR_DELIVERY" || displayStatus === "ATTEMPTED_DELIVERY"
        ? daysAhead(now, 0)
        : null;
  return {
    id: ids.next("fulfillment"),
    status: "SUCCESS",
    displayStatus,
    createdAt: shippedAt,
    inTransitAt,
    deliveredAt,
    estimatedDeliveryAt,
    trackingInfo: withTracking
      ? [{ company: carrier.company, number, url: carrier.url(number) }]
      : [],
    lineItems: lineItems.map((lineItem) => ({
      id: ids.next("fulfillmentLineItem"),
      lineItemId: lineItem.id,
      quantity: lineItem.quantity,
    })),
  };
}

function orderTotal(lineItems: LineItemRecord[], shippingPrice: string) {
  return (
    lineItems.reduce((sum, item) => sum + Number(item.price) * item.quantity, 0) +
    Number(shippingPrice)
  );
}

function buildOrder(
  context: OrderBuildContext,
  options: {
    number: number;
    scenario: OrderScenario;
    customer: CustomerRecord | null;
    person: PersonSeed;
    email: string;
    phone: string;
  },
): OrderRecord {
  const { random, ids, now } = context;
  const { scenario, customer, person } = options;
  const lineItems = chooseLineItems(
    context,
    scenario === "partially_fulfilled" || scenario === "partially_refunded" ? 2 : 1,
  );
  const shippingAddress: AddressRecord = {
    ...person.address,
    name:
      person.locale.startsWith("zh") || person.locale === "ja"
        ? `${person.lastName}${person.firstName}`
        : `${person.firstName} ${person.lastName}`,
    phone: options.phone,
  };
  const ageDays: Record<OrderScenario, [number, number]> = {
    unfulfilled: [0, 2],
    pending_payment: [0, 3],
    partially_fulfilled: [3, 6],
    in_transit: [2, 5],
    out_for_delivery: [3, 6],
    attempted_delivery: [4, 7],
    delivered: [8, 50],
    fulfilled_no_tracking: [6, 20],
    cancelled: [5, 30],
    refunded: [20, 55],
    partially_refunded: [15, 45],
  };
  const [minAge, maxAge] = ageDays[options.scenario];
  const age = random.int(minAge, maxAge);
  const createdAt = daysAgo(now, age, random.int(0, 20));
  const shippingPrice = orderTotal(lineItems, "0") >= 99 ? "0.00" : "8.00";
  const fulfillments: FulfillmentRecord[] = [];
  const shipAge = Math.max(age - 1, 0);
  switch (scenario) {
    case "partially_fulfilled":
      fulfillments.push(
        fulfillmentFor(context, lineItems.slice(0, 1), shippingAddress, shipAge, "IN_TRANSIT"),
      );
      break;
    case "in_transit":
      fulfillments.push(fulfillmentFor(context, lineItems, shippingAddress, shipAge, "IN_TRANSIT"));
      break;
    case "out_for_delivery":
      fulfillments.push(
        fulfillmentFor(context, lineItems, shippingAddress, shipAge, "OUT_FOR_DELIVERY"),
      );
      break;
    case "attempted_delivery":
      fulfillments.push(
        fulfillmentFor(context, lineItems, shippingAddress, shipAge, "ATTEMPTED_DELIVERY"),
      );
      break;
    case "delivered":
    case "refunded":
    case "partially_refunded":
      fulfillments.push(fulfillmentFor(context, lineItems, shippingAddress, shipAge, "DELIVERED"));
      break;
    case "fulfilled_no_tracking":
      fulfillments.push(fulfillmentFor(context, lineItems, shippingAddress, shipAge, "FULFILLED"));
      break;
    default:
      break;
  }
  const total = orderTotal(lineItems, shippingPrice);
  const refunds =
    scenario === "refunded" || scenario === "cancelled"
      ? [
          {
            id: ids.next("refund"),
            createdAt: daysAgo(now, Math.max(age - 4, 0)),
            amount: money(total),
            note: scenario === "cancelled" ? "Order cancelled" : "Returned in full",
          },
        ]
      : scenario === "partially_refunded"
        ? [
            {
              id: ids.next("refund"),
              createdAt: daysAgo(now, Math.max(age - 6, 0)),
              amount: money(Number(lineItems[1]?.price ?? lineItems[0]?.price ?? "0")),
              note: "Returned one item",
            },
          ]
        : [];
  const financialStatus: OrderRecord["financialStatus"] =
    scenario === "pending_payment"
      ? "PENDING"
      : scenario === "refunded" || scenario === "cancelled"
        ? "REFUNDED"
        : scenario === "partially_refunded"
          ? "PARTIALLY_REFUNDED"
          : "PAID";
  const cancelledAt = scenario === "cancelled" ? daysAgo(now, Math.max(age - 1, 0)) : null;
  return {
    id: ids.next("order"),
    number: options.number,
    customerId: customer?.id ?? null,
    email: options.email,
    phone: options.phone,
    createdAt,
    processedAt: createdAt,
    updatedAt: daysAgo(now, Math.max(age - 2, 0)),
    cancelledAt,
    cancelReason: scenario === "cancelled" ? "CUSTOMER" : null,
    closedAt:
      cancelledAt ??
      (scenario === "delivered" || scenario === "refunded"
        ? daysAgo(now, Math.max(age - 5, 0))
        : null),
    financialStatus,
    lineItems,
    shippingPrice,
    fulfillments,
    shippingAddress,
    refunds,
    returns: [],
    tags: customer?.tags.includes("VIP") ? ["VIP"] : [],
    note: scenario === "pending_payment" ? "Paying by bank transfer" : null,
    token: `${options.number}${random.digits(6)}${Math.floor(random.next() * 0xffffffff).toString(16)}`,
  };
}

export interface DemoShopOptions {
  /** Dates are placed relative to this instant (default: now). */
  now?: Date;
  /** A second shop for isolation tests (default concierge-demo.myshopify.com / Northwind Outfitters). */
  domain?: string;
  name?: string;
}

/**
 * Builds "Northwind Outfitters", an outdoor shop with ~40 products, 15 customers and orders in
 * every state a shopper asks about. The same seed and `now` always give the same shop.
 */
export function createDemoShop(seed = 1, options: DemoShopOptions = {}): ShopSeed {
  const now = options.now ?? new Date();
  const random = createRandom(seed);
  const ids = createIdSequence();
  const products = buildProducts(random, ids, now);
  const collections = buildCollections(products, ids, random);
  const context: OrderBuildContext = { random, ids, now, products };

  const customers: CustomerRecord[] = PEOPLE.map((person, index) => ({
    id: ids.next("customer"),
    firstName: person.firstName,
    lastName: person.lastName,
    email: emailOf(person, index + 1),
    phone: `${person.phonePrefix}${random.digits(4)}`,
    tags: person.vip ? ["VIP", "newsletter"] : random.chance(0.4) ? ["newsletter"] : [],
    locale: person.locale,
    state: index === PEOPLE.length - 1 ? "INVITED" : "ENABLED",
    createdAt: daysAgo(now, random.int(60, 600)),
    note: person.vip ? "Long-time customer, prefers email." : null,
  }));

  const orders: OrderRecord[] = [];
  let nextNumber = 1001;
  let scenarioIndex = 0;
  const nextScenario = () => {
    const scenario =
      scenarioIndex < SCENARIOS.length ? SCENARIOS[scenarioIndex] : random.pick(SCENARIOS);
    scenarioIndex += 1;
    return scenario ?? "delivered";
  };
  // Every customer but the last has orders; VIPs have more, so amountSpent differs widely.
  const plan = customers.slice(0, -1).flatMap((customer, index) => {
    const person = PEOPLE[index];
    if (!person) return [];
    const count = person.vip ? random.int(4, 6) : random.int(1, 3);
    return Array.from({ length: count }, () => ({ customer, person }));
  });
  // Interleave customers so order numbers do not cluster by customer.
  for (let i = plan.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    const a = plan[i];
    const b = plan[j];
    if (a && b) {
      plan[i] = b;
      plan[j] = a;
    }
  }
  for (const { customer, person } of plan) {
    orders.push(
      buildOrder(context, {
        number: nextNumber++,
        scenario: nextScenario(),
        customer,
        person,
        email: customer.email ?? "",
        phone: customer.phone ?? "",
      }),
    );
  }
  const guests: PersonSeed[] = [
    {
      firstName: "Grace",
      lastName: "Lee",
      locale: "en",
      phonePrefix: "+1718555",
      address: {
        address1: "20 W 34th St",
        city: "New York",
        provinceCode: "NY",
        countryCodeV2: "US",
        zip: "10001",
      },
    },
    {
      firstName: "明",
      lastName: "张",
      locale: "zh-CN",
      phonePrefix: "+8613612",
      address: {
        address1: "天河路 385 号",
        city: "广州",
        provinceCode: "GD",
        countryCodeV2: "CN",
        zip: "510620",
      },
    },
  ];
  guests.forEach((person, index) => {
    orders.push(
      buildOrder(context, {
        number: nextNumber++,
        scenario: index === 0 ? "in_transit" : "unfulfilled",
        customer: null,
        person,
        email: index === 0 ? "grace.lee.guest@example.com" : "zhang.ming.guest@example.com",
        phone: `${person.phonePrefix}${random.digits(4)}`,
      }),
    );
  });

  return {
    id: 60_000_001 + (seed % 1000),
    domain: options.domain ?? "concierge-demo.myshopify.com",
    name: options.name ?? "Northwind Outfitters",
    email: "hello@northwind-outfitters.example",
    currencyCode: "USD",
    ianaTimezone: "America/Los_Angeles",
    primaryLocale: "en",
    planDisplayName: "Basic",
    products,
    collections,
    customers,
    orders,
  };
}
