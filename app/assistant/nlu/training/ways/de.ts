import type { MorePhrases } from "../more/more-phrases";

/**
 * Ninth round: the same kinds as `ways/en.ts` in this language, and "how are you?" alone as a
 * greeting.
 * Tenth round: complaints about the support staff's conduct and questions outside the shop.
 */
export const waysGerman: Partial<MorePhrases> = {
  complaint: [
    "der fahrer hat mein paket über den zaun geworfen",
    "euer zusteller war an der tür total unfreundlich",
    "das paket stand im regen und alles ist nass geworden",
    "ich schreibe überall eine ein-stern-bewertung",
    "ich gehe damit zur verbraucherzentrale",
    "mein anwalt wird sich bei euch melden",
    // Tenth round: how the shop's support staff treated the shopper.
    "ihr mitarbeiter hat einfach aufgelegt",
    "ihr kundenservice antwortet nie auf meine mails",
    "ich wurde von ihrem personal unmöglich behandelt",
  ],
  shipping_info: [
    "wenn ich jetzt kaufe, wann wäre es da",
    "liefert ihr auch sonntags?",
    "bis wann muss ich bestellen damit es morgen kommt",
  ],
  cancel_order: [
    "ich hab es mir anders überlegt, bitte die bestellung streichen",
    "haltet meine bestellung vor dem versand an",
    "ich trete vom kauf zurück",
  ],
  return_refund: [
    "die jeans die ich bekommen habe ist zu klein, kann ich sie gegen eine größere tauschen",
    "die schuhe kamen gestern an und passen nicht, ich hätte gern eine nummer größer",
    "ich habe das paket vor zehn tagen zurückgeschickt und noch kein geld gesehen",
    "meine rücksendung ist bei euch angekommen, wann wird erstattet",
  ],
  payment: [
    "ich brauche eine rechnung mit ausgewiesener mehrwertsteuer",
    "wo lade ich meinen kaufbeleg herunter",
    "wie löse ich einen geschenkgutschein an der kasse ein",
  ],
  other: [
    "welche bank hat die besten zinsen",
    "soll ich in aktien investieren",
    "wie überweise ich meine kfz-steuer",
    // Tenth round: facts and units, advice on things outside the shop, flights and matches.
    "wie viel gramm hat ein pfund",
    "wie weit ist der mond entfernt",
    "wie viele einwohner hat japan",
    "welcher handytarif ist am günstigsten",
    "wohin soll ich diesen sommer in urlaub fahren",
    "welche app ist gut zum englisch lernen",
    "kannst du schauen ob mein flug verspätung hat",
    "wo kann ich heute abend das spiel sehen",
  ],
  greeting: ["wie geht's?", "wie geht es ihnen?", "alles gut bei dir?"],
  // Session 7 (lead): "can you recommend a <thing the shop sells>", which read as small talk
  // (other) beside "can you recommend a dentist".
  recommendation: [
    "kannst du mir ein zelt für zwei personen empfehlen",
    "können sie mir wanderschuhe empfehlen",
    "könnt ihr mir einen rucksack für tagestouren empfehlen",
    "welchen warmen schlafsack würdet ihr mir empfehlen",
    "kannst du mir einen guten regenmantel empfehlen",
  ],
};
