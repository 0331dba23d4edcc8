/**
 * Shops name colours ("Forest", "Slate", "Oatmeal"); shoppers ask for plain ones ("green", "verde").
 * Each plain colour (the colour entity's value) with the shop names of its family, so "¿la tienen
 * en verde?" finds "Forest". A name in two families counts in both ("teal" is blue and green).
 */
const FAMILIES: Record<string, string[]> = {
  green: [
    "forest",
    "olive",
    "sage",
    "moss",
    "emerald",
    "mint",
    "pine",
    "jade",
    "fern",
    "army",
    "teal",
  ],
  blue: [
    "navy",
    "sky",
    "ocean",
    "cobalt",
    "denim",
    "indigo",
    "glacier",
    "azure",
    "sapphire",
    "teal",
  ],
  navy: ["midnight", "ink", "marine"],
  grey: [
    "slate",
    "charcoal",
    "graphite",
    "ash",
    "smoke",
    "silver",
    "heather",
    "pewter",
    "gunmetal",
  ],
  red: ["ember", "crimson", "burgundy", "maroon", "wine", "brick", "scarlet", "cherry", "ruby"],
  orange: ["rust", "copper", "tangerine", "terracotta", "pumpkin", "apricot", "ember"],
  beige: ["sand", "khaki", "tan", "oat", "oatmeal", "camel", "cream", "ecru", "taupe", "stone"],
  white: ["ivory", "snow", "chalk", "pearl", "cream", "bone"],
  black: ["onyx", "jet", "ebony", "coal", "obsidian", "raven"],
  brown: ["chocolate", "coffee", "mocha", "espresso", "walnut", "chestnut", "cocoa", "umber"],
  yellow: ["mustard", "lemon", "gold", "sunflower", "butter"],
  pink: ["blush", "fuchsia", "magenta", "salmon", "coral"],
  purple: ["plum", "lavender", "lilac", "mauve", "eggplant", "grape"],
};

/** The plain colours a shop's colour name belongs to ("forest green" → green; "slate" → grey). */
export function colourFamiliesOf(foldedWords: string[]): string[] {
  return Object.entries(FAMILIES)
    .filter(([, names]) => foldedWords.some((word) => names.includes(word)))
    .map(([family]) => family);
}
