import type { MorePhrases } from "../more/more-phrases";

/**
 * Ninth round: the same kinds as `ways/en.ts` in this language, and "how are you?" alone as a
 * greeting.
 * Tenth round: complaints about the support staff's conduct and questions outside the shop.
 */
export const waysSpanish: Partial<MorePhrases> = {
  complaint: [
    "el mensajero tiró la caja por encima de la valla",
    "el repartidor fue muy maleducado conmigo en la puerta",
    "dejaron el paquete bajo la lluvia y se mojó todo",
    "voy a dejar una reseña de una estrella en todas partes",
    "pienso denunciarlos ante consumo",
    "esto lo va a ver mi abogado",
    // Tenth round: how the shop's support staff treated the shopper.
    "la chica del teléfono me colgó sin más",
    "su servicio de atención nunca contesta mis correos",
    "el operador fue un maleducado conmigo",
    "el personal de su tienda me trató con desprecio",
  ],
  shipping_info: [
    "si lo compro ahora cuándo me llegaría",
    "reparten los domingos?",
    "hasta qué hora puedo pedir para recibirlo mañana",
  ],
  cancel_order: [
    "he cambiado de opinión, anulen la compra",
    "paren mi pedido antes de que salga",
    "ya no lo quiero, den de baja el pedido",
  ],
  return_refund: [
    "los vaqueros que recibí me quedan pequeños, los puedo cambiar por una talla más",
    "ayer me llegaron las zapatillas y no me valen, quiero un número más",
    "devolví el paquete hace diez días y todavía no veo el dinero",
    "ya recibieron mi devolución, cuándo me hacen el reembolso",
  ],
  payment: [
    "necesito una factura con mi nif",
    "dónde descargo el justificante de compra",
    "cómo canjeo una tarjeta regalo al pagar",
  ],
  other: [
    "qué banco da más intereses",
    "me conviene invertir en bitcoin",
    "cómo pago la multa de tráfico",
    // Tenth round: facts and units, advice on things outside the shop, flights and matches.
    "cuántos gramos hay en una libra",
    "a cuántos grados se congela el agua",
    "a qué distancia está la luna",
    "cuántos habitantes tiene japón",
    "qué tarifa de móvil sale más barata",
    "adónde me voy de vacaciones este verano",
    "qué app uso para aprender inglés",
    "mira si mi vuelo va con retraso",
    "dónde echan el fútbol esta noche",
  ],
  greeting: ["¿cómo estás?", "¿cómo están ustedes?", "¿cómo te va?"],
  // Session 7 (lead): "can you recommend a <thing the shop sells>", which read as small talk
  // (other) beside "can you recommend a dentist".
  recommendation: [
    "me puedes recomendar una tienda de campaña para dos",
    "me recomiendas unas botas de montaña",
    "puedes recomendarme una mochila para excursiones",
    "me sugieres un saco de dormir calentito",
    "me recomiendas un buen impermeable",
  ],
};
