/**
 * Removes what must not leave the shop's data before a transcript goes to a help desk: card
 * numbers (Luhn-checked, so order numbers and tracking numbers survive), passwords typed into the
 * chat, emails and phone numbers other than the shopper's own, and street addresses when the shop
 * asks for it. Heuristic by nature: it errs on the side of removing.
 */

export interface RedactionOptions {
  /** The shopper's own contact details stay: the agent needs them to reply. */
  keepEmails?: string[];
  keepPhones?: string[];
  redactAddresses?: boolean;
}

export type RedactionKind = "card_number" | "password" | "email" | "phone" | "address";

export interface RedactionResult {
  text: string;
  removed: Partial<Record<RedactionKind, number>>;
}

export const REDACTION_MARKS: Record<RedactionKind, string> = {
  card_number: "[card number removed]",
  password: "[password removed]",
  email: "[email removed]",
  phone: "[phone removed]",
  address: "[address removed]",
};

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index -= 1) {
    let digit = Number(digits[index]);
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

const CARD_CANDIDATE = /\b\d(?:[ -]?\d){12,18}\b/g;
const PASSWORD_WORDS = [
  "password",
  "passwort",
  "passcode",
  "pwd",
  "pw",
  "contraseña",
  "contrasena",
  "mot de passe",
  "mdp",
  "senha",
  "parola d'ordine",
  "パスワード",
  "密码",
  "密碼",
];
const PASSWORD = new RegExp(
  `(?<!\\p{L})(${PASSWORD_WORDS.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})` +
    `(\\s+(?:is|est|es|ist|é|è)\\s+|\\s*[:=：は是]\\s*|\\s+)(["'“”«»]?)([^\\s"'“”«»]+)`,
  "giu",
);
const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/gi;
// Not after "#" (order numbers such as #123456789) nor inside a word or an email.
const PHONE = /(?<![\w@#])\+?\(?\d[\d\s().-]{5,}\d(?![\w@])/g;
/** 04.03.2026, 4/3/26, 2026-03-04: dates look like phone numbers to PHONE but are not personal data. */
const DATE = /(?<!\d)(?:\d{1,2}([./-])\d{1,2}\1\d{2,4}|\d{4}([./-])\d{1,2}\2\d{1,2})(?!\d)/;
/** "order 123456789", "Bestellung 123456789": a number named as an order stays. */
const ORDER_WORD_BEFORE =
  /(?:order|bestellung|commande|pedido|ordine|encomenda|注文|订单|訂單)(?:\s*(?:no\.?|nr\.?|n°|number|nummer|número|numero|番号|号|號))?\s*[:#]?\s*$/iu;
const ADDRESS_PATTERNS = [
  // 12 Baker Street, 1600 Pennsylvania Avenue NW
  /\b\d{1,5}[a-z]?\s+(?:[\p{L}'.-]+\s+){0,4}(?:street|st|avenue|ave|road|rd|lane|ln|boulevard|blvd|drive|dr|court|ct|way|place|pl|square|sq|terrace|close|crescent)\b\.?(?:\s+(?:n|s|e|w|ne|nw|se|sw)\b)?/giu,
  // 12 rue de la Paix, 5 calle Mayor, 3 via Roma, 10 avenida Paulista
  /\b\d{1,5}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|chemin|place|calle|avenida|av\.|via|viale|piazza|rua|travessa)\s+[^,\n.;]{2,40}/giu,
  // Hauptstraße 5, Am Weinberg 12a
  /\b[\p{Lu}][\p{L}-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm)\s+\d{1,4}[a-z]?\b/gu,
];

const digitsOf = (text: string) => text.replace(/\D/g, "");

export function redactText(text: string, options: RedactionOptions = {}): RedactionResult {
  const removed: Partial<Record<RedactionKind, number>> = {};
  const count = (kind: RedactionKind) => {
    removed[kind] = (removed[kind] ?? 0) + 1;
    return REDACTION_MARKS[kind];
  };
  const keepEmails = new Set((options.keepEmails ?? []).map((email) => email.trim().toLowerCase()));
  const keepPhones = new Set(
    (options.keepPhones ?? []).map(digitsOf).filter((digits) => digits.length >= 6),
  );

  let result = text.replace(CARD_CANDIDATE, (match) => {
    const digits = digitsOf(match);
    return digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)
      ? count("card_number")
      : match;
  });
  result = result.replace(
    PASSWORD,
    (match: string, word: string, separator: string, quote: string, value: string) => {
      // "my password doesn't work" is not a secret; after a bare space only a value with a digit or symbol is.
      if (!separator.trim() && !quote && /^\p{L}+$/u.test(value)) return match;
      return `${word}${separator}${quote}${count("password")}`;
    },
  );
  result = result.replace(EMAIL, (match) =>
    keepEmails.has(match.toLowerCase()) ? match : count("email"),
  );
  result = result.replace(PHONE, (match: string, offset: number, whole: string) => {
    const digits = digitsOf(match);
    if (digits.length < 7 || digits.length > 15) return match;
    if (DATE.test(match)) return match;
    if (ORDER_WORD_BEFORE.test(whole.slice(Math.max(0, offset - 24), offset))) return match;
    const kept = [...keepPhones].some(
      (phone) => digits.endsWith(phone.slice(-9)) || phone.endsWith(digits.slice(-9)),
    );
    return kept ? match : count("phone");
  });
  if (options.redactAddresses) {
    for (const pattern of ADDRESS_PATTERNS)
      result = result.replace(pattern, () => count("address"));
  }
  return { text: result, removed };
}
