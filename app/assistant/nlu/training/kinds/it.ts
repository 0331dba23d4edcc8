import type { MorePhrases } from "../more/more-phrases";

/** Eighth round: kinds of message the cross-validation and the lead's probes showed missing. */
export const kindsItalian: Partial<MorePhrases> = {
  product_question: [
    "dove vengono prodotti i vostri articoli",
    "i vestiti sono made in italy?",
    "in che paese è fabbricato",
    "chi produce i vostri prodotti",
    "è fatto a mano?",
    "i vostri prodotti sono equosolidali?",
    "viene dalla cina?",
    "da dove prendete i materiali",
  ],
  payment: [
    "avete sconti per studenti?",
    "c'è uno sconto sul primo ordine",
    "avete un codice promozionale adesso",
    "fate sconti se ne compro diversi",
    "quando iniziano i saldi",
    "ci sono offerte per il black friday?",
    "mi date un coupon per il primo acquisto?",
    "posso usare due codici sconto insieme",
    "ci sono sconti per insegnanti?",
    "quando partono i saldi estivi",
    "come ottengo un codice sconto",
    "se mi iscrivo ho uno sconto?",
    "ci sono promozioni questa settimana",
  ],
  shipping_info: [
    "dovrò pagare la dogana",
    "i dazi di importazione sono inclusi nel prezzo?",
    "se spedite in svizzera chi paga la dogana",
    "l'iva è inclusa per spedizioni fuori ue?",
    "ci sono tasse da pagare alla consegna",
  ],
  complaint: [
    "l'operatrice al telefono è stata scortese",
    "il vostro servizio clienti non risponde mai alle mail, vergogna",
    "un'ora in attesa al telefono, servizio pessimo",
    "l'operatore mi ha riattaccato in faccia",
  ],
  account: [
    "quanti punti fedeltà ho",
    "dove vedo i miei punti",
    "come uso il credito nel mio account",
    "i miei punti sono spariti dall'account",
  ],
  return_refund: [
    "se faccio il reso mi rimborsate anche la spedizione",
    "chi paga le spese del reso",
    "le spese di spedizione vengono rimborsate?",
  ],
  order_status: [
    "dove trovo il numero di tracciamento del mio ordine",
    "non mi avete mandato il codice di tracking",
  ],
};
