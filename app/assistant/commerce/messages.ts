import { SUPPORTED_LANGUAGES, type Language } from "../languages";
import type { OrderCard } from "../reply";

export type OrderStatus = OrderCard["status"];

/** A parcel's stage, from fulfilment displayStatus, in words a shopper knows. */
export type ShipmentStage =
  | "label_created"
  | "shipped"
  | "in_transit"
  | "out_for_delivery"
  | "attempted_delivery"
  | "delivered"
  | "ready_for_pickup"
  | "picked_up"
  | "problem"
  | "cancelled";

export interface CommerceTexts {
  status: Record<OrderStatus, string>;
  shipment: Record<ShipmentStage, string>;
  nextStep: Record<OrderStatus | "attempted_delivery" | "problem", string>;
  orderLine: (name: string, status: string) => string;
  estimatedDelivery: (date: string) => string;
  trackParcel: string;
  whichOrder: (count: number) => string;
  noOrders: string;
  askOrderDetails: string;
  guestNotFound: string;
  limited: string;
  serviceSlow: string;
  serviceUnavailable: string;
  reason: {
    boughtTogether: (title: string) => string;
    sameCollection: (title: string) => string;
    sameType: (title: string) => string;
    fromHistory: (title: string) => string;
    matchesNeed: (need: string) => string;
    underPrice: (price: string) => string;
    popular: string;
  };
  action: {
    confirmCancel: (name: string) => string;
    cancelled: (name: string) => string;
    cannotCancel: (name: string) => string;
    confirmReturn: (name: string, items: string) => string;
    returnRequested: (name: string) => string;
    returnWindowClosed: (name: string, days: number) => string;
    nothingToReturn: (name: string) => string;
    handedToTeam: string;
    confirmationExpired: string;
    yes: string;
    no: string;
  };
}

const en: CommerceTexts = {
  status: {
    paid: "Paid",
    pending_payment: "Awaiting payment",
    preparing: "Being prepared",
    shipped: "Shipped",
    out_for_delivery: "Out for delivery",
    delivered: "Delivered",
    cancelled: "Cancelled",
    refunded: "Refunded",
  },
  shipment: {
    label_created: "Label created",
    shipped: "Shipped",
    in_transit: "In transit",
    out_for_delivery: "Out for delivery",
    attempted_delivery: "Delivery attempted",
    delivered: "Delivered",
    ready_for_pickup: "Ready for pickup",
    picked_up: "Picked up",
    problem: "Delivery problem",
    cancelled: "Cancelled",
  },
  nextStep: {
    paid: "We'll send you the tracking link as soon as it ships.",
    pending_payment: "Complete the payment and we'll get it on its way.",
    preparing: "It's being packed; you'll get the tracking link when it ships.",
    shipped: "Follow your parcel with the tracking link.",
    out_for_delivery: "It arrives today; keep an eye out for the courier.",
    delivered: "If anything is wrong with it, I can help you start a return.",
    cancelled: "Any payment is refunded to the original method within 5–10 business days.",
    refunded: "The refund reaches your account within 5–10 business days.",
    attempted_delivery: "The courier missed you; check the tracking link to rearrange delivery.",
    problem: "The carrier reports a problem; I can pass this to the team.",
  },
  orderLine: (name, status) => `Order **${name}**: ${status}.`,
  estimatedDelivery: (date) => `Estimated delivery: ${date}.`,
  trackParcel: "Track parcel",
  whichOrder: (count) => `You have ${count} open orders. Which one do you mean?`,
  noOrders: "I can't find any recent orders on your account.",
  askOrderDetails:
    "Please give me your order number and the email (or phone number) used at checkout.",
  guestNotFound:
    "I couldn't find an order with that number and email or phone. Please check both and try again.",
  limited: "Too many attempts. Please try again later, or ask to talk to a person.",
  serviceSlow:
    "The shop's order system is slow to answer right now. Please try again in a minute, or I can pass you to a person.",
  serviceUnavailable:
    "I can't reach the shop's order system right now. I can pass you to a person.",
  reason: {
    boughtTogether: (title) => `Often bought with ${title}`,
    sameCollection: (title) => `From the same collection as ${title}`,
    sameType: (title) => `Similar to ${title}`,
    fromHistory: (title) => `Goes with your ${title}`,
    matchesNeed: (need) => `Fits “${need}”`,
    underPrice: (price) => `Under ${price}`,
    popular: "Popular in this shop",
  },
  action: {
    confirmCancel: (name) => `Cancel order **${name}**? This can't be undone.`,
    cancelled: (name) =>
      `Order **${name}** is cancelled. The refund goes back to your original payment method.`,
    cannotCancel: (name) =>
      `Order **${name}** can no longer be cancelled here; I'll pass this to the team.`,
    confirmReturn: (name, items) => `Start a return for ${items} from order **${name}**?`,
    returnRequested: (name) =>
      `Your return request for **${name}** is in. The shop will email you the next steps.`,
    returnWindowClosed: (name, days) =>
      `Order **${name}** is past the ${days}-day return window; I'll pass this to the team.`,
    nothingToReturn: (name) =>
      `Nothing from order **${name}** has shipped yet, so there is nothing to return.`,
    handedToTeam: "I'll pass this to the team, who can help with that.",
    confirmationExpired: "That confirmation has expired. Please ask again.",
    yes: "Yes",
    no: "No",
  },
};

const zhCN: CommerceTexts = {
  status: {
    paid: "已付款",
    pending_payment: "待付款",
    preparing: "备货中",
    shipped: "已发货",
    out_for_delivery: "派送中",
    delivered: "已送达",
    cancelled: "已取消",
    refunded: "已退款",
  },
  shipment: {
    label_created: "已创建运单",
    shipped: "已发货",
    in_transit: "运输中",
    out_for_delivery: "派送中",
    attempted_delivery: "派送未成功",
    delivered: "已送达",
    ready_for_pickup: "待取件",
    picked_up: "已取件",
    problem: "配送异常",
    cancelled: "已取消",
  },
  nextStep: {
    paid: "发货后我们会立即把物流跟踪链接发给您。",
    pending_payment: "完成付款后我们就会为您发货。",
    preparing: "正在打包，发货后您会收到物流跟踪链接。",
    shipped: "您可以通过跟踪链接查看包裹动态。",
    out_for_delivery: "今天送达，请留意快递员。",
    delivered: "如果商品有任何问题，我可以帮您发起退货。",
    cancelled: "款项将在 5–10 个工作日内退回原支付方式。",
    refunded: "退款将在 5–10 个工作日内到账。",
    attempted_delivery: "快递员未能送达，请通过跟踪链接重新安排派送。",
    problem: "承运商报告了配送问题，我可以帮您转交给客服团队。",
  },
  orderLine: (name, status) => `订单 **${name}**：${status}。`,
  estimatedDelivery: (date) => `预计送达：${date}。`,
  trackParcel: "跟踪包裹",
  whichOrder: (count) => `您有 ${count} 个未完成的订单，请问是哪一个？`,
  noOrders: "您的账户中没有找到最近的订单。",
  askOrderDetails: "请提供订单号以及下单时使用的邮箱（或手机号）。",
  guestNotFound: "没有找到与该订单号和邮箱或手机号相符的订单，请核对后重试。",
  limited: "尝试次数过多，请稍后再试，或要求人工客服。",
  serviceSlow: "店铺的订单系统暂时响应较慢，请稍后再试，或者我可以为您转接人工客服。",
  serviceUnavailable: "暂时无法连接店铺的订单系统，我可以为您转接人工客服。",
  reason: {
    boughtTogether: (title) => `常与${title}一起购买`,
    sameCollection: (title) => `与${title}同一系列`,
    sameType: (title) => `与${title}同类`,
    fromHistory: (title) => `适合搭配您的${title}`,
    matchesNeed: (need) => `符合“${need}”`,
    underPrice: (price) => `低于 ${price}`,
    popular: "本店热卖",
  },
  action: {
    confirmCancel: (name) => `确定取消订单 **${name}** 吗？取消后无法恢复。`,
    cancelled: (name) => `订单 **${name}** 已取消，款项将退回原支付方式。`,
    cannotCancel: (name) => `订单 **${name}** 已无法在此取消，我会转交给客服团队。`,
    confirmReturn: (name, items) => `要为订单 **${name}** 中的 ${items} 发起退货吗？`,
    returnRequested: (name) => `订单 **${name}** 的退货申请已提交，店铺会通过邮件告知后续步骤。`,
    returnWindowClosed: (name, days) =>
      `订单 **${name}** 已超过 ${days} 天退货期限，我会转交给客服团队。`,
    nothingToReturn: (name) => `订单 **${name}** 尚未发货，暂时没有可退的商品。`,
    handedToTeam: "我会把这件事转交给客服团队处理。",
    confirmationExpired: "确认已过期，请重新提出。",
    yes: "是",
    no: "否",
  },
};

const zhTW: CommerceTexts = {
  status: {
    paid: "已付款",
    pending_payment: "待付款",
    preparing: "備貨中",
    shipped: "已出貨",
    out_for_delivery: "配送中",
    delivered: "已送達",
    cancelled: "已取消",
    refunded: "已退款",
  },
  shipment: {
    label_created: "已建立運單",
    shipped: "已出貨",
    in_transit: "運送中",
    out_for_delivery: "配送中",
    attempted_delivery: "配送未成功",
    delivered: "已送達",
    ready_for_pickup: "可取貨",
    picked_up: "已取貨",
    problem: "配送異常",
    cancelled: "已取消",
  },
  nextStep: {
    paid: "出貨後我們會立即寄送物流追蹤連結給您。",
    pending_payment: "完成付款後我們就會為您出貨。",
    preparing: "正在包裝，出貨後您會收到物流追蹤連結。",
    shipped: "您可以透過追蹤連結查看包裹進度。",
    out_for_delivery: "今天送達，請留意配送人員。",
    delivered: "如果商品有任何問題，我可以協助您申請退貨。",
    cancelled: "款項將於 5–10 個工作天內退回原付款方式。",
    refunded: "退款將於 5–10 個工作天內入帳。",
    attempted_delivery: "配送人員未能送達，請透過追蹤連結重新安排配送。",
    problem: "物流商回報配送問題，我可以幫您轉交給客服團隊。",
  },
  orderLine: (name, status) => `訂單 **${name}**：${status}。`,
  estimatedDelivery: (date) => `預計送達：${date}。`,
  trackParcel: "追蹤包裹",
  whichOrder: (count) => `您有 ${count} 筆未完成的訂單，請問是哪一筆？`,
  noOrders: "您的帳戶中沒有找到最近的訂單。",
  askOrderDetails: "請提供訂單編號以及下單時使用的電子郵件（或手機號碼）。",
  guestNotFound: "找不到與該訂單編號和電子郵件或手機號碼相符的訂單，請核對後再試一次。",
  limited: "嘗試次數過多，請稍後再試，或要求真人客服。",
  serviceSlow: "商店的訂單系統目前回應較慢，請稍後再試，或者我可以為您轉接真人客服。",
  serviceUnavailable: "目前無法連線到商店的訂單系統，我可以為您轉接真人客服。",
  reason: {
    boughtTogether: (title) => `常與${title}一起購買`,
    sameCollection: (title) => `與${title}同一系列`,
    sameType: (title) => `與${title}同類`,
    fromHistory: (title) => `適合搭配您的${title}`,
    matchesNeed: (need) => `符合「${need}」`,
    underPrice: (price) => `低於 ${price}`,
    popular: "本店熱銷",
  },
  action: {
    confirmCancel: (name) => `確定取消訂單 **${name}** 嗎？取消後無法復原。`,
    cancelled: (name) => `訂單 **${name}** 已取消，款項將退回原付款方式。`,
    cannotCancel: (name) => `訂單 **${name}** 已無法在此取消，我會轉交給客服團隊。`,
    confirmReturn: (name, items) => `要為訂單 **${name}** 中的 ${items} 申請退貨嗎？`,
    returnRequested: (name) => `訂單 **${name}** 的退貨申請已送出，商店會以電子郵件通知後續步驟。`,
    returnWindowClosed: (name, days) =>
      `訂單 **${name}** 已超過 ${days} 天退貨期限，我會轉交給客服團隊。`,
    nothingToReturn: (name) => `訂單 **${name}** 尚未出貨，目前沒有可退的商品。`,
    handedToTeam: "我會將此事轉交給客服團隊處理。",
    confirmationExpired: "確認已逾時，請重新提出。",
    yes: "是",
    no: "否",
  },
};

const es: CommerceTexts = {
  status: {
    paid: "Pagado",
    pending_payment: "Pendiente de pago",
    preparing: "En preparación",
    shipped: "Enviado",
    out_for_delivery: "En reparto",
    delivered: "Entregado",
    cancelled: "Cancelado",
    refunded: "Reembolsado",
  },
  shipment: {
    label_created: "Etiqueta creada",
    shipped: "Enviado",
    in_transit: "En tránsito",
    out_for_delivery: "En reparto",
    attempted_delivery: "Intento de entrega",
    delivered: "Entregado",
    ready_for_pickup: "Listo para recoger",
    picked_up: "Recogido",
    problem: "Incidencia en la entrega",
    cancelled: "Cancelado",
  },
  nextStep: {
    paid: "Te enviaremos el enlace de seguimiento en cuanto salga.",
    pending_payment: "Completa el pago y lo pondremos en camino.",
    preparing: "Lo estamos preparando; recibirás el enlace de seguimiento cuando salga.",
    shipped: "Sigue tu paquete con el enlace de seguimiento.",
    out_for_delivery: "Llega hoy; atento al repartidor.",
    delivered: "Si algo no está bien, puedo ayudarte a iniciar una devolución.",
    cancelled: "Cualquier pago se reembolsa al método original en 5–10 días hábiles.",
    refunded: "El reembolso llegará a tu cuenta en 5–10 días hábiles.",
    attempted_delivery:
      "El repartidor no te encontró; usa el enlace de seguimiento para reprogramar la entrega.",
    problem: "El transportista informa de una incidencia; puedo pasarlo al equipo.",
  },
  orderLine: (name, status) => `Pedido **${name}**: ${status}.`,
  estimatedDelivery: (date) => `Entrega estimada: ${date}.`,
  trackParcel: "Seguir el paquete",
  whichOrder: (count) => `Tienes ${count} pedidos abiertos. ¿A cuál te refieres?`,
  noOrders: "No encuentro pedidos recientes en tu cuenta.",
  askOrderDetails: "Indícame el número de pedido y el correo (o teléfono) que usaste al comprar.",
  guestNotFound:
    "No encuentro ningún pedido con ese número y ese correo o teléfono. Revisa ambos e inténtalo de nuevo.",
  limited: "Demasiados intentos. Inténtalo más tarde o pide hablar con una persona.",
  serviceSlow:
    "El sistema de pedidos de la tienda tarda en responder. Inténtalo en un minuto o te paso con una persona.",
  serviceUnavailable:
    "Ahora mismo no puedo acceder al sistema de pedidos de la tienda. Puedo pasarte con una persona.",
  reason: {
    boughtTogether: (title) => `Se compra a menudo con ${title}`,
    sameCollection: (title) => `De la misma colección que ${title}`,
    sameType: (title) => `Parecido a ${title}`,
    fromHistory: (title) => `Combina con tu ${title}`,
    matchesNeed: (need) => `Encaja con «${need}»`,
    underPrice: (price) => `Menos de ${price}`,
    popular: "Popular en esta tienda",
  },
  action: {
    confirmCancel: (name) => `¿Cancelar el pedido **${name}**? No se puede deshacer.`,
    cancelled: (name) =>
      `El pedido **${name}** está cancelado. El reembolso vuelve a tu método de pago original.`,
    cannotCancel: (name) =>
      `El pedido **${name}** ya no se puede cancelar aquí; lo paso al equipo.`,
    confirmReturn: (name, items) => `¿Iniciar una devolución de ${items} del pedido **${name}**?`,
    returnRequested: (name) =>
      `Tu solicitud de devolución de **${name}** está registrada. La tienda te enviará los siguientes pasos por correo.`,
    returnWindowClosed: (name, days) =>
      `El pedido **${name}** supera el plazo de devolución de ${days} días; lo paso al equipo.`,
    nothingToReturn: (name) =>
      `Aún no se ha enviado nada del pedido **${name}**, así que no hay nada que devolver.`,
    handedToTeam: "Paso esto al equipo, que te ayudará.",
    confirmationExpired: "Esa confirmación ha caducado. Vuelve a pedirlo, por favor.",
    yes: "Sí",
    no: "No",
  },
};

const fr: CommerceTexts = {
  status: {
    paid: "Payée",
    pending_payment: "En attente de paiement",
    preparing: "En préparation",
    shipped: "Expédiée",
    out_for_delivery: "En cours de livraison",
    delivered: "Livrée",
    cancelled: "Annulée",
    refunded: "Remboursée",
  },
  shipment: {
    label_created: "Étiquette créée",
    shipped: "Expédié",
    in_transit: "En transit",
    out_for_delivery: "En cours de livraison",
    attempted_delivery: "Tentative de livraison",
    delivered: "Livré",
    ready_for_pickup: "Prêt à être retiré",
    picked_up: "Retiré",
    problem: "Problème de livraison",
    cancelled: "Annulé",
  },
  nextStep: {
    paid: "Nous vous enverrons le lien de suivi dès l'expédition.",
    pending_payment: "Finalisez le paiement et nous l'expédierons.",
    preparing: "Votre colis est en préparation ; vous recevrez le lien de suivi à l'expédition.",
    shipped: "Suivez votre colis avec le lien de suivi.",
    out_for_delivery: "Il arrive aujourd'hui ; guettez le livreur.",
    delivered: "Si quelque chose ne va pas, je peux vous aider à lancer un retour.",
    cancelled: "Tout paiement est remboursé sur le moyen d'origine sous 5 à 10 jours ouvrés.",
    refunded: "Le remboursement arrive sur votre compte sous 5 à 10 jours ouvrés.",
    attempted_delivery:
      "Le livreur vous a manqué ; utilisez le lien de suivi pour reprogrammer la livraison.",
    problem: "Le transporteur signale un problème ; je peux transmettre à l'équipe.",
  },
  orderLine: (name, status) => `Commande **${name}** : ${status}.`,
  estimatedDelivery: (date) => `Livraison estimée : ${date}.`,
  trackParcel: "Suivre le colis",
  whichOrder: (count) => `Vous avez ${count} commandes en cours. De laquelle parlez-vous ?`,
  noOrders: "Je ne trouve aucune commande récente sur votre compte.",
  askOrderDetails:
    "Indiquez-moi votre numéro de commande et l'e-mail (ou le téléphone) utilisé lors de l'achat.",
  guestNotFound:
    "Je ne trouve aucune commande avec ce numéro et cet e-mail ou téléphone. Vérifiez les deux et réessayez.",
  limited: "Trop de tentatives. Réessayez plus tard ou demandez à parler à une personne.",
  serviceSlow:
    "Le système de commandes de la boutique répond lentement. Réessayez dans une minute, ou je vous mets en relation avec une personne.",
  serviceUnavailable:
    "Je ne peux pas joindre le système de commandes de la boutique pour l'instant. Je peux vous mettre en relation avec une personne.",
  reason: {
    boughtTogether: (title) => `Souvent acheté avec ${title}`,
    sameCollection: (title) => `De la même collection que ${title}`,
    sameType: (title) => `Proche de ${title}`,
    fromHistory: (title) => `Va avec votre ${title}`,
    matchesNeed: (need) => `Correspond à « ${need} »`,
    underPrice: (price) => `Moins de ${price}`,
    popular: "Populaire dans cette boutique",
  },
  action: {
    confirmCancel: (name) => `Annuler la commande **${name}** ? C'est définitif.`,
    cancelled: (name) =>
      `La commande **${name}** est annulée. Le remboursement revient sur votre moyen de paiement d'origine.`,
    cannotCancel: (name) =>
      `La commande **${name}** ne peut plus être annulée ici ; je transmets à l'équipe.`,
    confirmReturn: (name, items) => `Lancer un retour pour ${items} de la commande **${name}** ?`,
    returnRequested: (name) =>
      `Votre demande de retour pour **${name}** est enregistrée. La boutique vous enverra la suite par e-mail.`,
    returnWindowClosed: (name, days) =>
      `La commande **${name}** dépasse le délai de retour de ${days} jours ; je transmets à l'équipe.`,
    nothingToReturn: (name) =>
      `Rien n'a encore été expédié pour la commande **${name}**, il n'y a donc rien à retourner.`,
    handedToTeam: "Je transmets à l'équipe, qui pourra vous aider.",
    confirmationExpired: "Cette confirmation a expiré. Merci de redemander.",
    yes: "Oui",
    no: "Non",
  },
};

const de: CommerceTexts = {
  status: {
    paid: "Bezahlt",
    pending_payment: "Zahlung ausstehend",
    preparing: "Wird vorbereitet",
    shipped: "Versendet",
    out_for_delivery: "In Zustellung",
    delivered: "Zugestellt",
    cancelled: "Storniert",
    refunded: "Erstattet",
  },
  shipment: {
    label_created: "Versandetikett erstellt",
    shipped: "Versendet",
    in_transit: "Unterwegs",
    out_for_delivery: "In Zustellung",
    attempted_delivery: "Zustellversuch",
    delivered: "Zugestellt",
    ready_for_pickup: "Abholbereit",
    picked_up: "Abgeholt",
    problem: "Zustellproblem",
    cancelled: "Storniert",
  },
  nextStep: {
    paid: "Sobald sie versendet ist, schicken wir dir den Tracking-Link.",
    pending_payment: "Schließe die Zahlung ab, dann machen wir sie auf den Weg.",
    preparing: "Sie wird gerade gepackt; den Tracking-Link bekommst du beim Versand.",
    shipped: "Verfolge dein Paket über den Tracking-Link.",
    out_for_delivery: "Sie kommt heute an; halte Ausschau nach dem Zusteller.",
    delivered: "Wenn etwas nicht stimmt, helfe ich dir, eine Rücksendung zu starten.",
    cancelled:
      "Zahlungen werden innerhalb von 5–10 Werktagen auf das ursprüngliche Zahlungsmittel erstattet.",
    refunded: "Die Erstattung ist innerhalb von 5–10 Werktagen auf deinem Konto.",
    attempted_delivery:
      "Der Zusteller hat dich verpasst; vereinbare über den Tracking-Link eine neue Zustellung.",
    problem: "Der Versanddienst meldet ein Problem; ich kann das an das Team weitergeben.",
  },
  orderLine: (name, status) => `Bestellung **${name}**: ${status}.`,
  estimatedDelivery: (date) => `Voraussichtliche Zustellung: ${date}.`,
  trackParcel: "Paket verfolgen",
  whichOrder: (count) => `Du hast ${count} offene Bestellungen. Welche meinst du?`,
  noOrders: "Ich finde keine aktuellen Bestellungen in deinem Konto.",
  askOrderDetails:
    "Bitte nenne mir deine Bestellnummer und die E-Mail-Adresse (oder Telefonnummer) aus der Bestellung.",
  guestNotFound:
    "Ich finde keine Bestellung mit dieser Nummer und dieser E-Mail-Adresse oder Telefonnummer. Bitte prüfe beides und versuche es erneut.",
  limited: "Zu viele Versuche. Bitte versuche es später noch einmal oder frage nach einer Person.",
  serviceSlow:
    "Das Bestellsystem des Shops antwortet gerade langsam. Versuche es in einer Minute noch einmal, oder ich verbinde dich mit einer Person.",
  serviceUnavailable:
    "Ich erreiche das Bestellsystem des Shops gerade nicht. Ich kann dich mit einer Person verbinden.",
  reason: {
    boughtTogether: (title) => `Oft zusammen mit ${title} gekauft`,
    sameCollection: (title) => `Aus derselben Kollektion wie ${title}`,
    sameType: (title) => `Ähnlich wie ${title}`,
    fromHistory: (title) => `Passt zu deinem ${title}`,
    matchesNeed: (need) => `Passt zu „${need}“`,
    underPrice: (price) => `Unter ${price}`,
    popular: "Beliebt in diesem Shop",
  },
  action: {
    confirmCancel: (name) =>
      `Bestellung **${name}** stornieren? Das lässt sich nicht rückgängig machen.`,
    cancelled: (name) =>
      `Bestellung **${name}** ist storniert. Die Erstattung geht auf dein ursprüngliches Zahlungsmittel.`,
    cannotCancel: (name) =>
      `Bestellung **${name}** kann hier nicht mehr storniert werden; ich gebe das an das Team weiter.`,
    confirmReturn: (name, items) => `Rücksendung für ${items} aus Bestellung **${name}** starten?`,
    returnRequested: (name) =>
      `Deine Rücksendeanfrage für **${name}** ist eingegangen. Der Shop schickt dir die nächsten Schritte per E-Mail.`,
    returnWindowClosed: (name, days) =>
      `Bestellung **${name}** liegt außerhalb der Rückgabefrist von ${days} Tagen; ich gebe das an das Team weiter.`,
    nothingToReturn: (name) =>
      `Aus Bestellung **${name}** wurde noch nichts versendet, daher gibt es nichts zurückzusenden.`,
    handedToTeam: "Ich gebe das an das Team weiter, das dir dabei hilft.",
    confirmationExpired: "Diese Bestätigung ist abgelaufen. Bitte frage noch einmal.",
    yes: "Ja",
    no: "Nein",
  },
};

const ja: CommerceTexts = {
  status: {
    paid: "支払い済み",
    pending_payment: "支払い待ち",
    preparing: "準備中",
    shipped: "発送済み",
    out_for_delivery: "配達中",
    delivered: "配達済み",
    cancelled: "キャンセル済み",
    refunded: "返金済み",
  },
  shipment: {
    label_created: "配送ラベル作成済み",
    shipped: "発送済み",
    in_transit: "輸送中",
    out_for_delivery: "配達中",
    attempted_delivery: "不在のため持ち戻り",
    delivered: "配達済み",
    ready_for_pickup: "受け取り可能",
    picked_up: "受け取り済み",
    problem: "配送トラブル",
    cancelled: "キャンセル済み",
  },
  nextStep: {
    paid: "発送しだい追跡リンクをお送りします。",
    pending_payment: "お支払いが完了しだい発送いたします。",
    preparing: "梱包中です。発送時に追跡リンクをお送りします。",
    shipped: "追跡リンクで荷物の状況をご確認いただけます。",
    out_for_delivery: "本日お届け予定です。",
    delivered: "商品に問題があれば、返品の手続きをお手伝いします。",
    cancelled: "お支払いは 5～10 営業日以内に元の支払い方法へ返金されます。",
    refunded: "返金は 5～10 営業日以内に反映されます。",
    attempted_delivery: "ご不在でした。追跡リンクから再配達をご依頼ください。",
    problem: "配送業者から問題が報告されています。担当チームにおつなぎできます。",
  },
  orderLine: (name, status) => `ご注文 **${name}**：${status}。`,
  estimatedDelivery: (date) => `お届け予定日：${date}。`,
  trackParcel: "荷物を追跡",
  whichOrder: (count) => `未完了のご注文が ${count} 件あります。どのご注文でしょうか？`,
  noOrders: "お客様のアカウントに最近のご注文が見つかりません。",
  askOrderDetails: "注文番号と、ご注文時のメールアドレス（または電話番号）を教えてください。",
  guestNotFound:
    "その注文番号とメールアドレスまたは電話番号に一致するご注文が見つかりません。両方をご確認のうえ、もう一度お試しください。",
  limited: "試行回数が上限に達しました。しばらくしてからお試しいただくか、担当者をご指名ください。",
  serviceSlow:
    "ただいまショップの注文システムの応答が遅くなっています。少し時間をおいてお試しいただくか、担当者におつなぎします。",
  serviceUnavailable: "ただいまショップの注文システムに接続できません。担当者におつなぎできます。",
  reason: {
    boughtTogether: (title) => `${title}と一緒によく購入されています`,
    sameCollection: (title) => `${title}と同じコレクション`,
    sameType: (title) => `${title}に似た商品`,
    fromHistory: (title) => `お持ちの${title}に合います`,
    matchesNeed: (need) => `「${need}」にぴったり`,
    underPrice: (price) => `${price}以下`,
    popular: "このショップの人気商品",
  },
  action: {
    confirmCancel: (name) => `ご注文 **${name}** をキャンセルしますか？取り消しはできません。`,
    cancelled: (name) =>
      `ご注文 **${name}** をキャンセルしました。返金は元の支払い方法に戻ります。`,
    cannotCancel: (name) =>
      `ご注文 **${name}** はここではキャンセルできません。担当チームに引き継ぎます。`,
    confirmReturn: (name, items) => `ご注文 **${name}** の ${items} の返品を申請しますか？`,
    returnRequested: (name) =>
      `**${name}** の返品申請を受け付けました。今後の手順はショップからメールでお知らせします。`,
    returnWindowClosed: (name, days) =>
      `ご注文 **${name}** は ${days} 日間の返品期間を過ぎています。担当チームに引き継ぎます。`,
    nothingToReturn: (name) =>
      `ご注文 **${name}** はまだ発送されていないため、返品できる商品がありません。`,
    handedToTeam: "担当チームに引き継ぎます。",
    confirmationExpired: "確認の有効期限が切れました。もう一度お申し付けください。",
    yes: "はい",
    no: "いいえ",
  },
};

const pt: CommerceTexts = {
  status: {
    paid: "Pago",
    pending_payment: "Aguardando pagamento",
    preparing: "Em preparação",
    shipped: "Enviado",
    out_for_delivery: "Saiu para entrega",
    delivered: "Entregue",
    cancelled: "Cancelado",
    refunded: "Reembolsado",
  },
  shipment: {
    label_created: "Etiqueta criada",
    shipped: "Enviado",
    in_transit: "Em trânsito",
    out_for_delivery: "Saiu para entrega",
    attempted_delivery: "Tentativa de entrega",
    delivered: "Entregue",
    ready_for_pickup: "Pronto para retirada",
    picked_up: "Retirado",
    problem: "Problema na entrega",
    cancelled: "Cancelado",
  },
  nextStep: {
    paid: "Enviaremos o link de rastreio assim que for despachado.",
    pending_payment: "Conclua o pagamento e colocamos o pedido a caminho.",
    preparing: "Está sendo embalado; você receberá o link de rastreio no envio.",
    shipped: "Acompanhe o pacote pelo link de rastreio.",
    out_for_delivery: "Chega hoje; fique atento ao entregador.",
    delivered: "Se algo estiver errado, posso ajudar você a iniciar uma devolução.",
    cancelled: "Qualquer pagamento é reembolsado no método original em 5 a 10 dias úteis.",
    refunded: "O reembolso cai na sua conta em 5 a 10 dias úteis.",
    attempted_delivery:
      "O entregador não encontrou você; use o link de rastreio para reagendar a entrega.",
    problem: "A transportadora informou um problema; posso passar para a equipe.",
  },
  orderLine: (name, status) => `Pedido **${name}**: ${status}.`,
  estimatedDelivery: (date) => `Entrega prevista: ${date}.`,
  trackParcel: "Rastrear pacote",
  whichOrder: (count) => `Você tem ${count} pedidos em aberto. De qual está falando?`,
  noOrders: "Não encontro pedidos recentes na sua conta.",
  askOrderDetails: "Informe o número do pedido e o e-mail (ou telefone) usado na compra.",
  guestNotFound:
    "Não encontrei nenhum pedido com esse número e esse e-mail ou telefone. Confira os dois e tente de novo.",
  limited: "Tentativas demais. Tente mais tarde ou peça para falar com uma pessoa.",
  serviceSlow:
    "O sistema de pedidos da loja está lento agora. Tente de novo em um minuto, ou posso passar você para uma pessoa.",
  serviceUnavailable:
    "Não consigo acessar o sistema de pedidos da loja agora. Posso passar você para uma pessoa.",
  reason: {
    boughtTogether: (title) => `Muitas vezes comprado com ${title}`,
    sameCollection: (title) => `Da mesma coleção que ${title}`,
    sameType: (title) => `Parecido com ${title}`,
    fromHistory: (title) => `Combina com seu ${title}`,
    matchesNeed: (need) => `Combina com “${need}”`,
    underPrice: (price) => `Abaixo de ${price}`,
    popular: "Popular nesta loja",
  },
  action: {
    confirmCancel: (name) => `Cancelar o pedido **${name}**? Não é possível desfazer.`,
    cancelled: (name) =>
      `O pedido **${name}** foi cancelado. O reembolso volta para o método de pagamento original.`,
    cannotCancel: (name) =>
      `O pedido **${name}** não pode mais ser cancelado aqui; vou passar para a equipe.`,
    confirmReturn: (name, items) => `Iniciar uma devolução de ${items} do pedido **${name}**?`,
    returnRequested: (name) =>
      `Seu pedido de devolução de **${name}** foi registrado. A loja enviará os próximos passos por e-mail.`,
    returnWindowClosed: (name, days) =>
      `O pedido **${name}** passou do prazo de devolução de ${days} dias; vou passar para a equipe.`,
    nothingToReturn: (name) =>
      `Nada do pedido **${name}** foi enviado ainda, então não há o que devolver.`,
    handedToTeam: "Vou passar isso para a equipe, que pode ajudar.",
    confirmationExpired: "Essa confirmação expirou. Peça de novo, por favor.",
    yes: "Sim",
    no: "Não",
  },
};

const it: CommerceTexts = {
  status: {
    paid: "Pagato",
    pending_payment: "In attesa di pagamento",
    preparing: "In preparazione",
    shipped: "Spedito",
    out_for_delivery: "In consegna",
    delivered: "Consegnato",
    cancelled: "Annullato",
    refunded: "Rimborsato",
  },
  shipment: {
    label_created: "Etichetta creata",
    shipped: "Spedito",
    in_transit: "In transito",
    out_for_delivery: "In consegna",
    attempted_delivery: "Tentativo di consegna",
    delivered: "Consegnato",
    ready_for_pickup: "Pronto per il ritiro",
    picked_up: "Ritirato",
    problem: "Problema di consegna",
    cancelled: "Annullato",
  },
  nextStep: {
    paid: "Ti invieremo il link di tracciamento appena parte.",
    pending_payment: "Completa il pagamento e lo spediremo.",
    preparing: "Lo stiamo preparando; riceverai il link di tracciamento alla spedizione.",
    shipped: "Segui il pacco con il link di tracciamento.",
    out_for_delivery: "Arriva oggi; tieni d'occhio il corriere.",
    delivered: "Se qualcosa non va, posso aiutarti ad avviare un reso.",
    cancelled: "Ogni pagamento viene rimborsato sul metodo originale entro 5–10 giorni lavorativi.",
    refunded: "Il rimborso arriva sul tuo conto entro 5–10 giorni lavorativi.",
    attempted_delivery:
      "Il corriere non ti ha trovato; usa il link di tracciamento per riprogrammare la consegna.",
    problem: "Il corriere segnala un problema; posso passarlo al team.",
  },
  orderLine: (name, status) => `Ordine **${name}**: ${status}.`,
  estimatedDelivery: (date) => `Consegna prevista: ${date}.`,
  trackParcel: "Traccia il pacco",
  whichOrder: (count) => `Hai ${count} ordini aperti. A quale ti riferisci?`,
  noOrders: "Non trovo ordini recenti nel tuo account.",
  askOrderDetails: "Dimmi il numero d'ordine e l'email (o il telefono) usati per l'acquisto.",
  guestNotFound:
    "Non trovo nessun ordine con quel numero e quell'email o telefono. Controlla entrambi e riprova.",
  limited: "Troppi tentativi. Riprova più tardi o chiedi di parlare con una persona.",
  serviceSlow:
    "Il sistema ordini del negozio risponde lentamente. Riprova tra un minuto, oppure ti passo a una persona.",
  serviceUnavailable:
    "Al momento non riesco a raggiungere il sistema ordini del negozio. Posso passarti a una persona.",
  reason: {
    boughtTogether: (title) => `Spesso acquistato con ${title}`,
    sameCollection: (title) => `Della stessa collezione di ${title}`,
    sameType: (title) => `Simile a ${title}`,
    fromHistory: (title) => `Si abbina al tuo ${title}`,
    matchesNeed: (need) => `Adatto a «${need}»`,
    underPrice: (price) => `Sotto ${price}`,
    popular: "Popolare in questo negozio",
  },
  action: {
    confirmCancel: (name) => `Annullare l'ordine **${name}**? Non si può tornare indietro.`,
    cancelled: (name) =>
      `L'ordine **${name}** è annullato. Il rimborso torna sul metodo di pagamento originale.`,
    cannotCancel: (name) =>
      `L'ordine **${name}** non può più essere annullato qui; lo passo al team.`,
    confirmReturn: (name, items) => `Avviare un reso per ${items} dall'ordine **${name}**?`,
    returnRequested: (name) =>
      `La tua richiesta di reso per **${name}** è registrata. Il negozio ti invierà i prossimi passi via email.`,
    returnWindowClosed: (name, days) =>
      `L'ordine **${name}** è oltre il periodo di reso di ${days} giorni; lo passo al team.`,
    nothingToReturn: (name) =>
      `Nulla dell'ordine **${name}** è stato ancora spedito, quindi non c'è niente da rendere.`,
    handedToTeam: "Passo la richiesta al team, che potrà aiutarti.",
    confirmationExpired: "Questa conferma è scaduta. Chiedi di nuovo, per favore.",
    yes: "Sì",
    no: "No",
  },
};

const TEXTS: Record<Language, CommerceTexts> = {
  en,
  "zh-CN": zhCN,
  "zh-TW": zhTW,
  es,
  fr,
  de,
  ja,
  pt,
  it,
};

/** Maps a locale the widget or NLU reports (`zh-Hant-HK`, `pt-BR`, `fr`) to one we speak. */
export function resolveLanguage(language: string): Language {
  const tag = language.trim().toLowerCase().replace(/_/g, "-");
  if (tag.startsWith("zh")) {
    return /(hant|tw|hk|mo)/.test(tag) ? "zh-TW" : "zh-CN";
  }
  const base = tag.split("-")[0] ?? "";
  return SUPPORTED_LANGUAGES.find((candidate) => candidate === base) ?? "en";
}

export function commerceTexts(language: string): CommerceTexts {
  return TEXTS[resolveLanguage(language)];
}

/** Dates in the shopper's language, e.g. "Fri, 14 Mar" / "3月14日周五". */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(resolveLanguage(language), {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(date);
}

export function formatMoney(amount: string, currencyCode: string, language: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currencyCode}`;
  try {
    return new Intl.NumberFormat(resolveLanguage(language), {
      style: "currency",
      currency: currencyCode,
    }).format(value);
  } catch {
    return `${amount} ${currencyCode}`;
  }
}
