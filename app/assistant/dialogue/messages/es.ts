import type { DialogueMessages } from "./catalogue";

export const es: DialogueMessages = {
  greeting: "¡Hola! Puedo ayudarte con pedidos, envíos, devoluciones y productos. ¿Qué necesitas?",
  goodbye: "¡De nada! Que tengas un buen día.",
  askOrderNumber:
    "Claro, ¿cuál es tu número de pedido? Tiene la forma #1001 y está en el correo de confirmación.",
  orderNumberHelp:
    "Necesito el número de pedido para buscarlo. Está en el correo de confirmación que te enviamos al comprar (tiene la forma #1001) y en tu cuenta, si tienes una.",
  askContact:
    "Gracias. Para proteger tu privacidad, ¿qué correo o teléfono usaste para el pedido {order}?",
  orderFound: "Este es el pedido {order}: **{status}**.",
  orderNotFound:
    "No encuentro un pedido con ese número y contacto. Revisa ambos e inténtalo de nuevo.",
  orderLimited:
    "Por seguridad no puedo buscar más pedidos ahora. Una persona del equipo puede ayudarte.",
  noOrders: "Todavía no veo pedidos en tu cuenta.",
  orderChangeHandoff:
    "He pasado al equipo tu solicitud para cambiar el pedido {order}; te lo confirmarán pronto.",
  orderCancelHandoff:
    "He pedido al equipo que cancele el pedido {order}; te avisarán cuando esté hecho.",
  returnHelp:
    "Te ayudo con la devolución. Dime tu número de pedido y reviso qué se puede devolver.",
  clarify: "Para asegurarme: ¿te refieres a {options}?",
  dontKnow: "Lo siento, todavía no sé responder a eso.",
  offerHuman: "¿Quieres que te pase con una persona del equipo?",
  handoff: "Te paso con una persona del equipo. Te responderá aquí.",
  outsideHours: "Nuestro equipo no está conectado ahora; te responderá en cuanto vuelva.",
  languageNote: "(Respondemos en {language}.)",
  angry: "Lo siento mucho. Ahora mismo te paso con una persona del equipo.",
  complaint: "Siento lo ocurrido. Se lo he trasladado al equipo para que una persona lo revise.",
  empathy: {
    negative: "Siento mucho lo ocurrido; vamos a solucionarlo.",
    anxious: "Entiendo tu preocupación; te ayudo ahora mismo.",
  },
  productWhich: "¿A qué producto te refieres? Puedes decirme su nombre.",
  productPrice: "{title} cuesta {price}.",
  productInStock: "Está disponible.",
  productOutOfStock: "Ahora mismo está agotado.",
  productOptions: "{name}: {values}.",
  productSummary: "Esto es lo que sé de {title}:",
  productChoiceInStock: "Sí, {title} en {choice} está disponible.",
  productChoiceSoldOut: "{title} en {choice} está agotado por ahora.",
  productChoicesInStock: "Disponible: {choices}.",
  productChoiceMissing: "{title} no viene en {asked}.",
  productPageSays: "Esto dice la página de {title}:",
  productPageSilent: "La página del producto no dice más sobre eso.",
  recommendIntro: "Te sugiero estos:",
  budgetOtherCurrency:
    "Nuestros precios están en {currency}, así que no he aplicado tu presupuesto.",
  recommendNoneCheaper: "Esos son los más económicos que tengo para eso. ¿Quieres ver otra cosa?",
  recommendNone: "No encontré nada adecuado. ¿Me cuentas un poco más lo que buscas?",
  topicHelp: "Puedo ayudarte con eso. ¿Me das un poco más de detalle?",
  humanQuickReply: "Hablar con una persona",
  askHandoffEmail:
    "Paso esto a una persona del equipo. ¿A qué correo electrónico te pueden responder?",
  invalidEmail:
    "«{email}» no parece un correo completo: necesita un nombre, una @ y un dominio como ejemplo.com. ¿Puedes revisarlo?",
  handoffEmailDeclined:
    "Sin problema. Sin un correo nuestro equipo no puede responderte cuando te vayas, así que no lo he pasado. Escribe tu correo cuando quieras o pregúntame otra cosa.",
  expectReplyAt:
    "Nuestro equipo no está conectado ahora; espera una respuesta a partir del {time}.",
  noDeskContact:
    "No puedo ponerte con una persona aquí en el chat. Puedes escribir a la tienda a {email}.",
  noDeskNeutral:
    "No puedo ponerte con una persona aquí en el chat. Usa los datos de contacto de la web de la tienda.",
  actionKept: "De acuerdo, no he cambiado nada del pedido {order}.",
  yesWords: ["sí", "si", "vale", "claro", "de acuerdo", "confirmo"],
  notKnownWords: [
    "no me acuerdo",
    "no recuerdo",
    "no lo sé",
    "no lo se",
    "no sé cuál",
    "no se cual",
    "no lo tengo",
    "no tengo el número",
    "no tengo el numero",
    "lo perdí",
    "lo perdi",
    "no lo encuentro",
    "olvidé",
    "olvide",
    "ni idea",
    "no … sé el número",
    "no … se el numero",
    "no … sé cuál",
    "no … encuentro",
    "no … recuerdo",
  ],
  noWords: ["no", "no gracias", "mejor no", "ahora no", "déjalo"],
  intentLabels: {
    order_status: "dónde está tu pedido",
    cancel_order: "cancelar un pedido",
    change_order: "cambiar un pedido",
    return_refund: "una devolución o reembolso",
    shipping_info: "el envío",
    payment: "el pago",
    product_question: "un producto",
    recommendation: "una recomendación",
    account: "tu cuenta",
    human_agent: "hablar con una persona",
    complaint: "una queja",
    greeting: "saludar",
    thanks_goodbye: "despedirte",
    other: "otra cosa",
  },
};
