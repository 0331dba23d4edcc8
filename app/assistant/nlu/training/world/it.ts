import type { MorePhrases } from "../more/more-phrases";

/**
 * Eleventh round: questions and requests about the world outside the shop (la banca e le carte del
 * cliente, i viaggi, timer e conti, la cucina, la casa, l'auto, il lavoro, la salute, la cultura
 * generale, le barzellette, l'assistente stesso, i servizi di altre aziende), which the shop's
 * assistant does not answer: `other`. Many read like a request to the shop on the surface (un
 * saldo, un volo da seguire, una prenotazione da annullare, una valigia persa, una bolletta).
 *
 * Twelfth round: advice about things the shop does not sell (an accountant, a restaurant, a
 * mechanic, a podcast, a holiday), beside the gift ideas that stay `recommendation`; left out, as
 * closest to questions about a product: baggage allowances, smart-home commands (lights, heating,
 * volume).
 */
export const worldItalian: Partial<MorePhrases> = {
  other: [
    // La banca e le carte del cliente.
    "quanti soldi ho sul conto corrente",
    "gira 100 euro sul conto deposito",
    "qual è il plafond della mia carta di credito",
    "vorrei alzare il limite della carta",
    "quando mi addebitano l'estratto conto della carta",
    "fammi vedere gli ultimi movimenti del conto",
    "quanto ho speso al supermercato questo mese",
    "mi hanno rubato la borsa, blocca il bancomat",
    "quanto ci mette la banca a mandarmi la carta nuova",
    "lo sportello automatico si è mangiato la carta",
    "quanti franchi svizzeri sono 200 euro",
    "a quanto sta il cambio euro dollaro oggi",
    "dove trovo il mio iban",
    "come controllo se sono segnalato in centrale rischi",
    // Viaggi.
    "il mio volo per Palermo è in orario?",
    "da che gate parte il volo per Londra",
    "spostami il volo a venerdì mattina",
    "annulla la prenotazione dell'albergo a Firenze",
    "prenotami una camera a Napoli per due notti",
    "la compagnia aerea mi ha perso la valigia",
    "il mio bagaglio non è uscito dal nastro in aeroporto",
    "serve il visto per andare in Giappone",
    "quanto ci vuole per rinnovare il passaporto",
    "noleggiami una macchina all'aeroporto di Catania",
    "fammi il check-in per il volo di domani",
    "quante ore di fuso ci sono con New York",
    "a che ora parte l'ultimo frecciarossa per Roma",
    // Timer, meteo, conti, parole.
    "metti un timer di 11 minuti per la pasta",
    "svegliami alle sei e mezza",
    "togli la sveglia delle sette",
    "ricordami di chiamare il commercialista alle 15",
    "pioverà a Milano nel weekend?",
    "mi serve l'ombrello oggi",
    "quanto fa il 22 per cento di 150",
    "radice quadrata di 225",
    "come si dice buon appetito in tedesco",
    "si scrive qual è con l'apostrofo?",
    "cosa significa la parola resilienza",
    "che giorno della settimana è il 25 aprile",
    "scrivi a mia moglie che faccio tardi",
    "aiutami a trovare il telefono",
    "un sinonimo di stanco",
    // Cucina.
    "quanto deve cuocere l'arrosto di vitello",
    "cosa posso usare al posto del lievito per dolci",
    "quante calorie ha un cornetto",
    "dammi la ricetta della carbonara",
    "cosa serve per fare il tiramisù",
    "prenota un tavolo per quattro stasera in pizzeria",
    "disdici la prenotazione al ristorante di stasera",
    // Casa.
    "aggiungi latte e uova alla lista della spesa",
    "togli il pane dalla lista della spesa",
    "cosa ho da fare oggi nella lista delle cose da fare",
    "che impegni ho venerdì in agenda",
    "metti un po' di musica jazz",
    "canzone successiva",
    // Auto.
    "quando devo fare il tagliando alla macchina",
    "che pressione vogliono le gomme della panda",
    "quanto consuma una fiat 500 al litro",
    "quando scade la revisione della macchina",
    "com'è il traffico in tangenziale",
    "strada più veloce per l'aeroporto senza autostrada",
    "dove costa meno la benzina qui vicino",
    "quando si paga il bollo auto",
    // Lavoro.
    "quanti giorni di ferie mi restano",
    "chiedi un giorno di permesso per venerdì",
    "qual è il prossimo giorno festivo",
    "sposta la riunione delle 15 a giovedì",
    "che riunioni ho domani",
    "quanto prendo netto con 30 mila lordi",
    // Salute.
    "ho mal di gola e la febbre, sarà influenza?",
    "l'assicurazione copre il dentista?",
    "prenotami una visita dal medico di base",
    "quante tachipirine posso prendere al giorno",
    "come rinnovo la tessera sanitaria",
    // Cultura generale, barzellette, giochi.
    "chi ha scritto la divina commedia",
    "in che anno è caduto l'impero romano",
    "quanti abitanti ha la Svizzera",
    "raccontami una barzelletta su Pierino",
    "giochiamo a carta forbice sasso",
    "dimmi una curiosità sui polpi",
    "come si chiama questa canzone",
    // L'assistente stesso.
    "di dove sei",
    "cosa fai nel tempo libero",
    "hai animali?",
    "per chi lavori",
    "che cosa ti posso chiedere",
    "chi ti ha creato",
    // Servizi di altre aziende.
    "voglio disdire sky",
    "passa la mia offerta mobile a giga illimitati",
    "perché la bolletta della luce è così alta",
    "voglio fare la portabilità del numero",
    "annulla i biglietti del concerto di sabato",
    "come mi faccio ridare la caparra dal padrone di casa",
    "a che punto è la richiesta della carta d'identità",
    "la palestra mi addebita ancora la quota anche se ho disdetto",
    // Advice about things the shop does not sell.
    "conosci un buon commercialista in zona",
    "che podcast posso ascoltare in treno",
    "dove vado in vacanza a ottobre",
    "mi consigli un ristorante per una cena romantica",
    "che meccanico mi consigli in zona",
  ],
};
