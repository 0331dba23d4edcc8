import type { MorePhrases } from "../more/more-phrases";

/** Eighth round: kinds of message the cross-validation and the lead's probes showed missing. */
export const kindsSpanish: Partial<MorePhrases> = {
  product_question: [
    "dónde se fabrican sus productos",
    "en qué país está hecho esto",
    "la ropa es fabricada en españa?",
    "quién fabrica sus productos",
    "es hecho a mano?",
    "sus productos son de comercio justo?",
    "esto viene de china?",
    "de dónde sacan los materiales",
  ],
  payment: [
    "tienen descuento para estudiantes?",
    "hay algún descuento por primera compra",
    "tienen algún código promocional ahora",
    "hacen descuento si compro varios",
    "cuándo empiezan las rebajas",
    "hay ofertas para el black friday?",
    "me dan un cupón para mi primer pedido?",
    "puedo usar dos códigos de descuento a la vez",
    "hay descuento para profesores o sanitarios",
    "tienen rebajas de temporada pronto",
    "cómo consigo un código de descuento",
    "si me registro me hacen descuento?",
    "hay promociones esta semana",
  ],
  shipping_info: [
    "tendré que pagar impuestos de importación",
    "los aranceles están incluidos en el precio?",
    "si envían a chile quién paga la aduana",
    "el iva está incluido para envíos fuera de la ue?",
    "hay que pagar algo extra en aduana al recibirlo",
  ],
  complaint: [
    "la chica del chat fue muy maleducada conmigo",
    "nunca contestan los correos, es una vergüenza",
    "estuve una hora esperando al teléfono, pésimo servicio",
    "el agente me colgó",
  ],
  account: [
    "cuántos puntos tengo acumulados",
    "dónde veo mis puntos de fidelidad",
    "cómo uso el saldo a favor de mi cuenta",
    "mis puntos desaparecieron de la cuenta",
  ],
  return_refund: [
    "si devuelvo el pedido me reembolsan los gastos de envío",
    "quién paga el envío de la devolución",
    "me devuelven también lo que pagué de envío",
  ],
  order_status: [
    "no me llegó el número de seguimiento de mi pedido",
    "dónde encuentro el código de seguimiento",
  ],
};
