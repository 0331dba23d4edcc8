import type { MorePhrases } from "../more/more-phrases";

/**
 * Ninth round: the same kinds as `ways/en.ts` in this language, and "how are you?" alone as a
 * greeting.
 * Tenth round: complaints about the support staff's conduct and questions outside the shop.
 */
export const waysItalian: Partial<MorePhrases> = {
  complaint: [
    "il fattorino ha buttato il pacco oltre il cancello",
    "il vostro corriere è stato molto sgarbato con me",
    "hanno lasciato il pacco sotto la pioggia e si è bagnato tutto",
    "lascerò una recensione da una stella ovunque",
    "farò reclamo all'associazione dei consumatori",
    "vi farò contattare dal mio avvocato",
    // Tenth round: how the shop's support staff treated the shopper.
    "l'operatore mi ha chiuso il telefono in faccia",
    "il vostro servizio clienti non risponde mai alle mie email",
    "la signora al telefono è stata maleducata",
    "il vostro personale mi ha trattato malissimo",
  ],
  shipping_info: [
    "se lo compro adesso quando mi arriverebbe",
    "consegnate anche la domenica?",
    "entro che ora devo ordinare per riceverlo domani",
  ],
  cancel_order: [
    "ho cambiato idea, annullate l'acquisto",
    "non spedite il mio ordine, lo annullo",
    "non lo voglio più, cancellate l'ordine",
  ],
  return_refund: [
    "i jeans che ho ricevuto sono piccoli, posso cambiarli con una taglia in più",
    "le scarpe sono arrivate ieri ma non mi vanno, vorrei un numero in più",
    "ho rimandato indietro il pacco dieci giorni fa e i soldi non sono ancora arrivati",
    "avete ricevuto il mio reso, quando mi rimborsate",
  ],
  payment: [
    "mi serve la fattura con la partita iva",
    "dove scarico la ricevuta dell'acquisto",
    "come uso una carta regalo al pagamento",
  ],
  other: [
    "quale banca dà più interessi",
    "meglio comprare azioni o obbligazioni",
    "come pago il bollo dell'auto",
    // Tenth round: facts and units, advice on things outside the shop, flights and matches.
    "quanti grammi ci sono in una libbra",
    "quanto dista la luna",
    "quanti abitanti ha il giappone",
    "dove vado in vacanza quest'estate",
    "che app uso per imparare l'inglese",
    "controlla se il mio volo è in ritardo",
    "dove posso vedere la partita stasera",
  ],
  greeting: ["come sta?", "come state?", "come va?"],
  // Session 7 (lead): "can you recommend a <thing the shop sells>", which read as small talk
  // (other) beside "can you recommend a dentist".
  recommendation: [
    "mi consigli una tenda per due persone",
    "potete consigliarmi degli scarponi da trekking",
    "mi puoi consigliare uno zaino per le gite",
    "mi suggerite un sacco a pelo caldo",
    "mi consigli un buon impermeabile",
  ],
};
