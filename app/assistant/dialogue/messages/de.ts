import type { DialogueMessages } from "./catalogue";

export const de: DialogueMessages = {
  greeting:
    "Hallo! Ich helfe bei Bestellungen, Versand, Rücksendungen und Produkten. Was kann ich für dich tun?",
  goodbye: "Gern geschehen! Einen schönen Tag noch.",
  askOrderNumber:
    "Klar, wie lautet deine Bestellnummer? Sie sieht aus wie #1001 und steht in der Bestätigungsmail.",
  orderNumberHelp:
    "Ich brauche die Bestellnummer, um nachzusehen. Sie steht in der Bestätigungsmail, die du nach dem Kauf bekommen hast (sie sieht aus wie #1001), und in deinem Kundenkonto, falls du eines hast.",
  askContact:
    "Danke. Zum Schutz deiner Daten: Welche E-Mail-Adresse oder Telefonnummer hast du für Bestellung {order} verwendet?",
  orderFound: "Hier ist Bestellung {order}: **{status}**.",
  orderNotFound:
    "Ich finde keine Bestellung mit dieser Nummer und diesem Kontakt. Bitte prüfe beides.",
  orderLimited:
    "Aus Sicherheitsgründen kann ich gerade keine weiteren Bestellungen suchen. Unser Team hilft dir gern.",
  noOrders: "Ich sehe noch keine Bestellungen in deinem Konto.",
  orderChangeHandoff:
    "Ich habe deinen Änderungswunsch für Bestellung {order} an unser Team weitergegeben; es meldet sich gleich.",
  orderCancelHandoff:
    "Ich habe unser Team gebeten, Bestellung {order} zu stornieren; es bestätigt dir das.",
  returnHelp:
    "Ich helfe dir bei der Rücksendung. Nenn mir deine Bestellnummer, dann prüfe ich das.",
  clarify: "Nur zur Sicherheit: Meinst du {options}?",
  dontKnow: "Tut mir leid, darauf weiß ich noch keine Antwort.",
  offerHuman: "Soll ich dich mit einer Person aus unserem Team verbinden?",
  handoff: "Ich verbinde dich mit einer Person aus unserem Team. Sie antwortet dir hier.",
  outsideHours: "Unser Team ist gerade nicht erreichbar und meldet sich, sobald es zurück ist.",
  languageNote: "(Wir antworten auf {language}.)",
  angry: "Das tut mir wirklich leid. Ich hole sofort eine Person aus unserem Team dazu.",
  complaint:
    "Das tut mir leid. Ich habe es an unser Team weitergegeben, damit sich jemand darum kümmert.",
  empathy: {
    negative: "Das tut mir leid, wir kümmern uns darum.",
    anxious: "Ich verstehe deine Sorge und helfe dir gleich.",
  },
  productWhich: "Welches Produkt meinst du? Nenn mir gern den Namen.",
  productPrice: "{title} kostet {price}.",
  productInStock: "Es ist auf Lager.",
  productOutOfStock: "Es ist derzeit ausverkauft.",
  productOptions: "{name}: {values}.",
  productSummary: "Das weiß ich über {title}:",
  productChoiceInStock: "Ja, {title} in {choice} ist auf Lager.",
  productChoiceSoldOut: "{title} in {choice} ist gerade ausverkauft.",
  productChoicesInStock: "Auf Lager: {choices}.",
  productChoiceMissing: "{title} gibt es nicht in {asked}.",
  productPageSays: "Das steht auf der Seite von {title}:",
  productPageSilent: "Mehr dazu steht nicht auf der Produktseite.",
  recommendIntro: "Das würde ich dir vorschlagen:",
  budgetOtherCurrency:
    "Unsere Preise sind in {currency}, daher habe ich dein Budget nicht angewendet.",
  recommendNoneCheaper:
    "Das sind die günstigsten, die ich dafür habe. Möchtest du etwas anderes sehen?",
  recommendNone: "Ich habe nichts Passendes gefunden. Erzählst du mir etwas mehr?",
  topicHelp: "Dabei helfe ich gern. Kannst du mir etwas mehr sagen?",
  humanQuickReply: "Mit einer Person sprechen",
  askHandoffEmail:
    "Ich gebe das an eine Person aus unserem Team weiter. An welche E-Mail-Adresse kann sie dir antworten?",
  invalidEmail:
    "„{email}“ sieht nicht nach einer vollständigen E-Mail-Adresse aus: Sie braucht einen Namen, ein @ und eine Domain wie beispiel.de. Kannst du sie prüfen?",
  handoffEmailDeclined:
    "Kein Problem. Ohne E-Mail-Adresse kann dir unser Team nicht antworten, wenn du weg bist, daher habe ich nichts weitergegeben. Schreib deine E-Mail jederzeit hier oder frag mich etwas anderes.",
  expectReplyAt: "Unser Team ist gerade nicht erreichbar; rechne mit einer Antwort ab {time}.",
  noDeskContact:
    "Ich kann dich hier im Chat nicht mit einer Person verbinden. Du erreichst den Shop per E-Mail unter {email}.",
  noDeskNeutral:
    "Ich kann dich hier im Chat nicht mit einer Person verbinden. Bitte nutze die Kontaktdaten auf der Website des Shops.",
  actionKept: "Alles klar, ich habe an Bestellung {order} nichts geändert.",
  yesWords: ["ja", "ja bitte", "ok", "okay", "gerne", "bestätigen"],
  notKnownWords: [
    "weiß ich nicht",
    "weiss ich nicht",
    "ich weiß es nicht",
    "ich weiss es nicht",
    "keine ahnung",
    "habe ich nicht",
    "hab ich nicht",
    "finde sie nicht",
    "finde ich nicht",
    "vergessen",
    "verloren",
    "erinnere mich nicht",
    "weiß … nicht",
    "weiss … nicht",
    "kenne … nicht",
    "habe … nicht",
    "hab … nicht",
    "finde … nicht",
    "keine bestellnummer",
    "keine nummer",
  ],
  noWords: ["nein", "nein danke", "lieber nicht", "jetzt nicht", "doch nicht"],
  intentLabels: {
    order_status: "den Stand deiner Bestellung",
    cancel_order: "eine Stornierung",
    change_order: "eine Änderung der Bestellung",
    return_refund: "eine Rücksendung oder Erstattung",
    shipping_info: "den Versand",
    payment: "die Zahlung",
    product_question: "ein Produkt",
    recommendation: "eine Empfehlung",
    account: "dein Konto",
    human_agent: "ein Gespräch mit einer Person",
    complaint: "eine Beschwerde",
    greeting: "eine Begrüßung",
    thanks_goodbye: "eine Verabschiedung",
    other: "etwas anderes",
  },
};
