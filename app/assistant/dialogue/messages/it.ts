import type { DialogueMessages } from "./catalogue";

export const it: DialogueMessages = {
  greeting: "Ciao! Posso aiutarti con ordini, spedizioni, resi e prodotti. Cosa posso fare per te?",
  goodbye: "Prego! Buona giornata.",
  askOrderNumber:
    "Certo, qual è il numero d'ordine? Ha la forma #1001 e si trova nell'email di conferma.",
  orderNumberHelp:
    "Mi serve il numero d'ordine per cercarlo. Lo trovi nell'email di conferma che ti abbiamo inviato dopo l'acquisto (ha la forma #1001) e nel tuo account, se ne hai uno.",
  askContact:
    "Grazie. Per proteggere i tuoi dati, quale email o telefono hai usato per l'ordine {order}?",
  orderFound: "Ecco l'ordine {order}: **{status}**.",
  orderNotFound: "Non trovo un ordine con questo numero e contatto. Controlla entrambi e riprova.",
  orderLimited:
    "Per sicurezza ora non posso cercare altri ordini. Una persona del team può aiutarti.",
  noOrders: "Non vedo ancora ordini sul tuo account.",
  orderChangeHandoff:
    "Ho passato al team la richiesta di modifica dell'ordine {order}; ti confermeranno a breve.",
  orderCancelHandoff:
    "Ho chiesto al team di annullare l'ordine {order}; ti confermeranno appena fatto.",
  returnHelp: "Ti aiuto con il reso. Dimmi il numero d'ordine e controllo.",
  clarify: "Per essere sicuro: intendi {options}?",
  dontKnow: "Mi dispiace, non conosco ancora la risposta.",
  offerHuman: "Vuoi che ti metta in contatto con una persona del team?",
  handoff: "Ti metto in contatto con una persona del team. Ti risponderà qui.",
  outsideHours: "Il nostro team ora non è disponibile; ti risponderà appena rientra.",
  languageNote: "(Rispondiamo in {language}.)",
  angry: "Mi dispiace davvero. Chiamo subito una persona del team.",
  complaint: "Mi dispiace. L'ho segnalato al team perché una persona se ne occupi.",
  empathy: {
    negative: "Mi dispiace molto; lo sistemiamo insieme.",
    anxious: "Capisco la preoccupazione; ti aiuto subito.",
  },
  productWhich: "Di quale prodotto parli? Puoi dirmi il nome.",
  productPrice: "{title} costa {price}.",
  productInStock: "È disponibile.",
  productOutOfStock: "Al momento è esaurito.",
  productOptions: "{name}: {values}.",
  productSummary: "Ecco cosa so di {title}:",
  productChoiceInStock: "Sì, {title} in {choice} è disponibile.",
  productChoiceSoldOut: "{title} in {choice} è esaurito al momento.",
  productChoicesInStock: "Disponibili: {choices}.",
  productChoiceMissing: "{title} non esiste nella versione {asked}.",
  productPageSays: "Ecco cosa dice la pagina di {title}:",
  productPageSilent: "La pagina del prodotto non dice altro su questo.",
  recommendIntro: "Ecco qualche suggerimento:",
  recommendNoneCheaper: "Sono i più economici che ho per questo. Vuoi vedere qualcos'altro?",
  recommendNone: "Non ho trovato nulla di adatto. Mi dici qualcosa in più?",
  topicHelp: "Posso aiutarti. Mi dai qualche dettaglio in più?",
  humanQuickReply: "Parla con una persona",
  askHandoffEmail:
    "Passo la richiesta a una persona del team. A quale indirizzo email può risponderti?",
  invalidEmail:
    "«{email}» non sembra un indirizzo email completo: servono un nome, una @ e un dominio come esempio.it. Puoi controllarlo?",
  handoffEmailDeclined:
    "Nessun problema. Senza un indirizzo email il team non può risponderti dopo che esci, quindi non ho inoltrato nulla. Scrivi la tua email quando vuoi, oppure chiedimi altro.",
  expectReplyAt: "Il nostro team ora non è disponibile; aspettati una risposta da {time}.",
  noDeskContact:
    "Non posso metterti in contatto con una persona qui in chat. Puoi scrivere al negozio a {email}.",
  noDeskNeutral:
    "Non posso metterti in contatto con una persona qui in chat. Usa i contatti indicati sul sito del negozio.",
  actionKept: "Va bene, non ho modificato nulla dell'ordine {order}.",
  yesWords: ["sì", "si", "ok", "va bene", "certo", "confermo"],
  notKnownWords: [
    "non ricordo",
    "non mi ricordo",
    "non lo so",
    "non ce l'ho",
    "non lo trovo",
    "l'ho perso",
    "dimenticato",
    "non ho idea",
    "non ho il numero",
  ],
  noWords: ["no", "no grazie", "meglio di no", "non ora", "lascia stare"],
  intentLabels: {
    order_status: "dov'è il tuo ordine",
    cancel_order: "annullare un ordine",
    change_order: "modificare un ordine",
    return_refund: "un reso o rimborso",
    shipping_info: "la spedizione",
    payment: "il pagamento",
    product_question: "un prodotto",
    recommendation: "un consiglio",
    account: "il tuo account",
    human_agent: "parlare con una persona",
    complaint: "un reclamo",
    greeting: "salutare",
    thanks_goodbye: "congedarti",
    other: "altro",
  },
};
