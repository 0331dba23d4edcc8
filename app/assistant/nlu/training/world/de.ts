import type { MorePhrases } from "../more/more-phrases";

/**
 * Eleventh round: questions and requests about the world outside the shop (Bank und Karten des
 * Kunden, Reisen, Wecker und Rechnen, Küche, Zuhause, Auto, Arbeit, Gesundheit, Allgemeinwissen,
 * Witze, der Assistent selbst, Dienste anderer Firmen), which the shop's assistant does not answer:
 * `other`. Many read like a request to the shop on the surface (ein Kontostand, ein Flug zum
 * Verfolgen, eine Buchung zum Stornieren, ein verlorener Koffer, eine Rechnung zum Bezahlen).
 *
 * Twelfth round: advice about things the shop does not sell (an accountant, a restaurant, a
 * podcast, a holiday), beside the gift ideas that stay `recommendation`; left out, as closest to
 * questions about a product: baggage allowances, smart-home commands (lights, heating, volume).
 */
export const worldGerman: Partial<MorePhrases> = {
  other: [
    // Bank und Karten des Kunden.
    "wie viel geld ist noch auf meinem girokonto",
    "überweis 200 euro aufs tagesgeldkonto",
    "wie hoch ist das limit meiner kreditkarte",
    "kann ich mein kreditkartenlimit erhöhen lassen",
    "zeig mir die letzten umsätze auf meinem konto",
    "wie viel hab ich diesen monat für essen gehen ausgegeben",
    "meine girocard wurde geklaut, bitte sperren",
    "wie lange dauert eine neue karte von der sparkasse",
    "wie viel sind 100 euro in schweizer franken",
    "wie steht der dollarkurs heute",
    "wo finde ich meine iban",
    "wie komme ich an meine schufa-auskunft",
    // Reisen.
    "ist mein flug nach mallorca pünktlich",
    "von welchem gate geht mein flug nach wien",
    "verschieb meinen flug auf freitag früh",
    "storniere mein hotel in hamburg",
    "buch mir ein zimmer in prag für zwei nächte",
    "die airline hat mein gepäck verloren",
    "mein gepäck kam am flughafen nicht aufs band",
    "brauche ich ein visum für thailand",
    "wie lange dauert ein neuer reisepass",
    "miete mir ein auto am flughafen münchen",
    "mach den online check-in für morgen",
    "wie groß ist der zeitunterschied zu new york",
    "wann fährt der letzte ice nach berlin",
    "mein zug ist ausgefallen, wie bekomme ich von der bahn eine entschädigung",
    // Wecker, Wetter, Rechnen, Wörter.
    "stell einen timer auf 9 minuten",
    "weck mich um halb sieben",
    "lösch meinen wecker um sieben",
    "erinnere mich um 18 uhr an den müll",
    "wird es am wochenende in köln regnen",
    "brauche ich heute einen regenschirm",
    "was sind 19 prozent von 250",
    "wurzel aus 196",
    "was heißt guten appetit auf spanisch",
    "wie schreibt man rhythmus",
    "was bedeutet das wort verschlimmbessern",
    "welcher wochentag ist der 3. oktober",
    "schreib meiner frau, dass ich später komme",
    "hilf mir mein handy zu finden",
    "ein anderes wort für schön",
    // Küche.
    "wie lange muss ein schweinebraten in den ofen",
    "was kann ich statt backpulver nehmen",
    "wie viele kalorien hat eine brezel",
    "gib mir ein rezept für gulasch",
    "was brauche ich für einen apfelstrudel",
    "reservier einen tisch für vier heute abend beim italiener",
    "sag die reservierung im restaurant für heute ab",
    // Zuhause.
    "setz milch und eier auf die einkaufsliste",
    "nimm brot von der einkaufsliste",
    "was steht heute auf meiner to-do-liste",
    "was hab ich freitag im kalender",
    "spiel ein bisschen jazz",
    "nächstes lied",
    // Auto.
    "wann ist bei meinem auto der nächste ölwechsel fällig",
    "welcher reifendruck beim vw golf",
    "wie viel verbraucht ein golf auf hundert kilometer",
    "wann muss ich zum tüv",
    "wie ist der verkehr auf der a9",
    "schnellste route zum flughafen ohne maut",
    "wo ist der sprit gerade am billigsten",
    "die motorkontrollleuchte ist angegangen",
    "wann muss ich auf winterreifen wechseln",
    // Arbeit.
    "wann kommt diesen monat das gehalt",
    "wie viele urlaubstage hab ich noch",
    "trag mir freitag einen urlaubstag ein",
    "wann ist der nächste feiertag",
    "bis wann muss die steuererklärung abgegeben werden",
    "verschieb mein meeting um drei auf donnerstag",
    "welche termine hab ich morgen",
    "wie viel netto bleibt von 4000 brutto",
    // Gesundheit.
    "ich hab halsweh und fieber, ist das grippe",
    "zahlt die krankenkasse die zahnreinigung",
    "mach mir einen termin beim hausarzt",
    "wie viel ibuprofen darf ich am tag nehmen",
    "wie bekomme ich eine neue versichertenkarte",
    // Allgemeinwissen, Witze, Spiele.
    "wer hat faust geschrieben",
    "wie hoch ist die zugspitze",
    "wann ist die mauer gefallen",
    "wie viele einwohner hat österreich",
    "erzähl mir einen flachwitz",
    "lass uns schere stein papier spielen",
    "erzähl mir was spannendes über das weltall",
    "wie heißt dieses lied",
    // Der Assistent selbst.
    "woher kommst du",
    "was machst du in deiner freizeit",
    "hast du haustiere",
    "für wen arbeitest du",
    "darf ich dich hans nennen",
    "was kann ich dich alles fragen",
    "welche firma steckt hinter dir",
    // Dienste anderer Firmen.
    "ich will mein sky abo kündigen",
    "stell meinen handyvertrag auf unbegrenztes datenvolumen um",
    "warum ist meine stromrechnung so hoch",
    "wie schicke ich den router an die telekom zurück",
    "ich will meine nummer zu einem anderen anbieter mitnehmen",
    "storniere meine konzertkarten für samstag",
    "wie bekomme ich meine mietkaution zurück",
    "wie melde ich meinen neuen wohnsitz beim bürgeramt an",
    "das fitnessstudio bucht immer noch ab obwohl ich gekündigt hab",
    // Advice about things the shop does not sell.
    "kennst du einen guten steuerberater in der nähe",
    "welchen podcast kann ich auf dem weg zur arbeit hören",
    "wo soll ich im oktober urlaub machen",
    "kannst du mir ein gutes restaurant für ein date empfehlen",
  ],
};
