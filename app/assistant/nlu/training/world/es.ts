import type { MorePhrases } from "../more/more-phrases";

/**
 * Eleventh round: questions and requests about the world outside the shop (the shopper's own bank
 * and cards, viajes, alarmas y cuentas, cocina, casa, coche, trabajo, salud, cultura general,
 * chistes, el asistente mismo, servicios de otras empresas), which the shop's assistant does not
 * answer: `other`. Many read like a request to the shop on the surface (un saldo, un vuelo que
 * seguir, una reserva que anular, una maleta perdida, un recibo que pagar).
 *
 * Twelfth round: advice about things the shop does not sell (an accountant, a restaurant, a
 * mechanic, a podcast, a holiday), beside the gift ideas that stay `recommendation`; left out, as
 * closest to questions about a product: baggage allowances, smart-home commands (lights, volume).
 */
export const worldSpanish: Partial<MorePhrases> = {
  other: [
    // El banco y las tarjetas del propio cliente.
    "cuánto dinero me queda en la cuenta corriente",
    "pásame 200 euros de la cuenta nómina a la de ahorro",
    "hazle un bizum de 15 euros a mi hermana",
    "cuál es el límite de mi tarjeta de crédito",
    "quiero que el banco me suba el límite de la tarjeta",
    "cuánto me he gastado en restaurantes este mes",
    "cuánto tarda el banco en mandarme la tarjeta nueva",
    "a cuánto está el dólar hoy",
    "cuántos pesos mexicanos son 50 euros",
    "cuál es mi IBAN",
    "cómo consulto mi historial crediticio",
    "ya me han ingresado la nómina?",
    // Viajes.
    "mi vuelo a Bogotá sale a su hora?",
    "de qué puerta sale el vuelo a Cancún",
    "cámbiame el vuelo al viernes por la mañana",
    "anula mi reserva del hotel en Sevilla",
    "resérvame una habitación en Oporto dos noches",
    "la aerolínea me ha perdido la maleta",
    "mi equipaje no salió por la cinta en el aeropuerto",
    "necesito visado para ir a Estados Unidos con pasaporte español",
    "cuánto tarda en renovarse el pasaporte",
    "alquílame un coche en el aeropuerto de Málaga",
    "hazme el check-in del vuelo de mañana",
    "qué diferencia horaria hay entre Madrid y Buenos Aires",
    "a qué hora sale el último AVE a Barcelona",
    "cuánto cuesta un taxi del aeropuerto al centro",
    "Renfe me canceló el tren, cómo pido la indemnización",
    // Alarmas, tiempo, cuentas, palabras.
    "pon un temporizador de 12 minutos para la pasta",
    "despiértame a las seis y media",
    "quita la alarma de las siete",
    "recuérdame sacar la basura a las 10",
    "va a hacer frío este finde en Madrid?",
    "tengo que llevar paraguas hoy",
    "cuánto es el 21 por ciento de 350",
    "raíz cuadrada de 81",
    "cómo se dice ¿dónde está el baño? en alemán",
    "cómo se escribe exhaustivo, con h o sin h",
    "qué significa la palabra procrastinar",
    "qué día cae el 12 de octubre",
    "mándale un whatsapp a mi madre que llego tarde",
    "ayúdame a encontrar mi móvil",
    "dime otra palabra para decir bonito",
    // Cocina.
    "cuánto tiempo se hace un salmón al horno",
    "con qué sustituyo la levadura en un bizcocho",
    "cuántas calorías tiene un plátano",
    "dame la receta del gazpacho",
    "qué ingredientes lleva una lasaña",
    "resérvame mesa para cuatro esta noche en un italiano",
    "anula la reserva del restaurante de esta noche",
    // Casa.
    "apunta leche y huevos en la lista de la compra",
    "quita el pan de la lista de la compra",
    "qué tengo pendiente hoy en mi lista de tareas",
    "pon la calefacción a 21 grados",
    "qué tengo en la agenda el viernes",
    "ponme algo de salsa",
    "pasa a la siguiente canción",
    // Coche.
    "cuándo le toca el cambio de aceite a mi coche",
    "a cuánta presión van las ruedas de un seat ibiza",
    "cuánto gasta un toyota corolla a los cien",
    "cuándo tengo que pasar la ITV",
    "cómo está el tráfico para ir al trabajo",
    "la ruta más rápida al aeropuerto sin peajes",
    "dónde está la gasolina más barata cerca",
    "se me ha encendido la luz del motor",
    "mi coche lleva gasolina o diésel",
    // Trabajo.
    "cuándo cobramos este mes",
    "cuántos días de vacaciones tengo todavía",
    "pide el viernes libre en el trabajo",
    "cuál es el próximo festivo",
    "cuándo se presenta la declaración de la renta",
    "mueve mi reunión de las 4 al jueves",
    "qué reuniones tengo mañana",
    "cuánto me queda en neto de un sueldo de 30.000",
    // Salud.
    "me duele la garganta y tengo fiebre, será gripe?",
    "el seguro me cubre el dentista?",
    "pídeme cita con el médico de cabecera",
    "cuánto paracetamol puedo tomar al día",
    // Cultura general, chistes, juegos.
    "quién descubrió América",
    "cuántas lunas tiene Júpiter",
    "cuál es el río más largo de España",
    "en qué año llegó el hombre a la luna",
    "cuál es la moneda de Suiza",
    "cuéntame un chiste de Jaimito",
    "juguemos a piedra, papel o tijera",
    "dime un dato curioso del espacio",
    "cómo se llama esta canción",
    // El asistente mismo.
    "de dónde eres",
    "tienes mascota?",
    "para quién trabajas",
    "qué cosas te puedo preguntar",
    "quién te creó",
    // Servicios de otras empresas.
    "quiero dar de baja HBO",
    "cámbiame la tarifa del móvil a datos ilimitados",
    "por qué me ha llegado tan alta la factura de la luz",
    "cómo devuelvo el router a la compañía",
    "quiero hacer la portabilidad a otra compañía",
    "cuánto le falta al repartidor de telepizza",
    "anula mis entradas del concierto del sábado",
    "cómo recupero la fianza del piso",
    "en qué va mi solicitud del pasaporte",
    "el gimnasio me sigue cobrando aunque me di de baja",
    // Advice about things the shop does not sell.
    "conoces algún buen gestor por mi zona",
    "qué podcast me pongo para ir al trabajo",
    "a dónde me voy de vacaciones en octubre",
    "me recomiendas algún restaurante para una cena romántica",
    "qué taller mecánico me recomiendas por aquí",
  ],
};
