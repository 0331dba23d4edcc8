import type { MorePhrases } from "../more/more-phrases";

/** Eighth round: kinds of message the cross-validation and the lead's probes showed missing. */
export const kindsGerman: Partial<MorePhrases> = {
  product_question: [
    "wo werden eure produkte hergestellt",
    "sind die sachen made in germany?",
    "in welchem land wird das produziert",
    "wer stellt eure produkte her",
    "ist das handgemacht?",
    "sind eure produkte fair produziert?",
    "kommt das aus china?",
    "woher bezieht ihr eure materialien",
  ],
  payment: [
    "gibt es einen studentenrabatt?",
    "gibt es rabatt auf die erste bestellung",
    "habt ihr gerade einen gutscheincode",
    "gibt es mengenrabatt wenn ich mehrere kaufe",
    "wann ist der nächste sale",
    "gibt es black friday angebote?",
    "bekomme ich einen gutschein für die erste bestellung",
    "kann ich zwei rabattcodes kombinieren",
    "gibt es rabatt für lehrer oder pflegekräfte",
    "wann fängt der sommerschlussverkauf an",
    "wie bekomme ich einen rabattcode",
    "gibt es rabatt wenn ich mich anmelde?",
    "habt ihr diese woche aktionen",
  ],
  shipping_info: [
    "muss ich zoll bezahlen",
    "sind einfuhrabgaben im preis enthalten?",
    "wer zahlt den zoll bei lieferung in die schweiz",
    "ist die mehrwertsteuer bei lieferung außerhalb der eu dabei?",
    "kommen beim empfang noch zollgebühren dazu",
  ],
  complaint: [
    "die dame am telefon war total pampig zu mir",
    "euer kundenservice antwortet nie auf mails, eine frechheit",
    "eine stunde in der warteschleife, miserabler service",
    "der mitarbeiter hat einfach aufgelegt",
  ],
  account: [
    "wie viele bonuspunkte habe ich",
    "wo sehe ich meine treuepunkte",
    "wie löse ich mein guthaben im konto ein",
    "meine punkte sind aus dem konto verschwunden",
  ],
  return_refund: [
    "bekomme ich die versandkosten bei einer rücksendung zurück",
    "wer zahlt das porto für die retoure",
    "werden die lieferkosten auch erstattet",
  ],
};
