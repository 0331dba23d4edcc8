import type { DialogueMessages } from "./catalogue";

export const it: DialogueMessages = {
  greeting: "Ciao! Posso aiutarti con ordini, spedizioni, resi e prodotti. Cosa posso fare per te?",
  goodbye: "Prego! Buona giornata.",
  askOrderNumber:
    "Certo, qual è il numero d'ordine? Ha la forma #1001 e si trova nell'email di conferma.",
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
  productWhich: "Di quale prodotto parli? Puoi dirmi il nome.",
  productPrice: "{title} costa {price}.",
  productInStock: "È disponibile.",
  productOutOfStock: "Al momento è esaurito.",
  productOptions: "{name}: {values}.",
  productSummary: "Ecco cosa so di {title}:",
  recommendIntro: "Ecco qualche suggerimento:",
  recommendNone: "Non ho trovato nulla di adatto. Mi dici qualcosa in più?",
  topicHelp: "Posso aiutarti. Mi dai qualche dettaglio in più?",
  humanQuickReply: "Parla con una persona",
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
