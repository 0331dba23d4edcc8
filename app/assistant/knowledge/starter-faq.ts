import type { Language } from "../nlu/types";
import type { FaqEntry } from "./faq-entry";

type Topic =
  | "shipping-time"
  | "shipping-cost"
  | "international"
  | "return-policy"
  | "refund-time"
  | "payment-methods"
  | "change-order"
  | "sizing"
  | "contact";
type Starter = Record<Topic, { question: string; alternatives: string[]; answer: string }>;

/**
 * A starter FAQ per language that a new shop adopts in one step and then edits. Answers state
 * common defaults in plain words; the merchant is expected to put their own figures in.
 */
const STARTERS: Record<Language, Starter> = {
  en: {
    "shipping-time": {
      question: "How long does delivery take?",
      alternatives: [
        "When will my order ship?",
        "How many days for shipping?",
        "What is the delivery time?",
      ],
      answer:
        "Orders leave our warehouse within **1–2 business days**. Delivery usually takes 3–5 business days after that.",
    },
    "shipping-cost": {
      question: "How much does shipping cost?",
      alternatives: ["Is shipping free?", "What are the delivery fees?", "Free shipping minimum?"],
      answer: "Shipping is **free on orders over $50**. Below that, standard delivery costs $4.95.",
    },
    international: {
      question: "Do you ship internationally?",
      alternatives: [
        "Which countries do you deliver to?",
        "Can I order from abroad?",
        "Do you ship to Canada?",
      ],
      answer:
        "We ship to most countries. International delivery takes 7–14 business days; duties may apply on arrival.",
    },
    "return-policy": {
      question: "What is your return policy?",
      alternatives: [
        "Can I return an item?",
        "How do I send something back?",
        "How many days do I have to return?",
      ],
      answer:
        "You can return unworn items within **30 days** of delivery. Start a return from your account or reply here with your order number.",
    },
    "refund-time": {
      question: "When will I get my refund?",
      alternatives: [
        "How long do refunds take?",
        "My refund hasn't arrived",
        "Refund processing time",
      ],
      answer:
        "Refunds are issued within 5 business days of your return reaching us, to the original payment method.",
    },
    "payment-methods": {
      question: "Which payment methods do you accept?",
      alternatives: [
        "Can I pay with PayPal?",
        "Do you take Apple Pay?",
        "What cards do you accept?",
      ],
      answer: "We accept Visa, Mastercard, American Express, PayPal, Apple Pay and Google Pay.",
    },
    "change-order": {
      question: "Can I change or cancel my order?",
      alternatives: [
        "How do I update my shipping address?",
        "Can I add an item to my order?",
        "Is it too late to cancel?",
      ],
      answer:
        "We can change or cancel an order until it ships, usually within 12 hours. Send us your order number as soon as possible.",
    },
    sizing: {
      question: "How do your sizes fit?",
      alternatives: [
        "Which size should I choose?",
        "Is there a size guide?",
        "Do your clothes run small?",
      ],
      answer:
        "Our items fit true to size. Each product page has a size guide with measurements in cm and inches.",
    },
    contact: {
      question: "How can I contact customer service?",
      alternatives: [
        "What are your support hours?",
        "Do you have a phone number?",
        "What is your email address?",
      ],
      answer:
        "Our team answers Monday to Friday, 9:00–17:00. You can also ask for a person here and we will pick up the conversation.",
    },
  },
  es: {
    "shipping-time": {
      question: "¿Cuánto tarda la entrega?",
      alternatives: ["¿Cuándo se envía mi pedido?", "¿Cuántos días tarda el envío?"],
      answer:
        "Los pedidos salen en **1–2 días laborables** y la entrega tarda de 3 a 5 días laborables.",
    },
    "shipping-cost": {
      question: "¿Cuánto cuesta el envío?",
      alternatives: ["¿El envío es gratis?", "¿Cuáles son los gastos de envío?"],
      answer:
        "El envío es **gratis a partir de 50 €**. Por debajo, el envío estándar cuesta 4,95 €.",
    },
    international: {
      question: "¿Enviáis a otros países?",
      alternatives: ["¿A qué países enviáis?", "¿Puedo pedir desde el extranjero?"],
      answer:
        "Enviamos a la mayoría de países. El envío internacional tarda de 7 a 14 días laborables.",
    },
    "return-policy": {
      question: "¿Cuál es la política de devoluciones?",
      alternatives: ["¿Puedo devolver un artículo?", "¿Cuántos días tengo para devolver?"],
      answer: "Puedes devolver artículos sin usar en un plazo de **30 días** desde la entrega.",
    },
    "refund-time": {
      question: "¿Cuándo recibiré mi reembolso?",
      alternatives: ["¿Cuánto tardan los reembolsos?", "No me ha llegado el reembolso"],
      answer:
        "Reembolsamos en 5 días laborables desde que recibimos la devolución, al método de pago original.",
    },
    "payment-methods": {
      question: "¿Qué métodos de pago aceptáis?",
      alternatives: ["¿Puedo pagar con PayPal?", "¿Aceptáis tarjeta?"],
      answer: "Aceptamos Visa, Mastercard, American Express, PayPal, Apple Pay y Google Pay.",
    },
    "change-order": {
      question: "¿Puedo modificar o cancelar mi pedido?",
      alternatives: ["¿Cómo cambio la dirección de envío?", "¿Es tarde para cancelar?"],
      answer:
        "Podemos cambiar o cancelar un pedido hasta que se envía. Escríbenos tu número de pedido cuanto antes.",
    },
    sizing: {
      question: "¿Cómo son las tallas?",
      alternatives: ["¿Qué talla elijo?", "¿Hay guía de tallas?"],
      answer: "Nuestras prendas son de talla normal. Cada producto tiene una guía de tallas.",
    },
    contact: {
      question: "¿Cómo contacto con atención al cliente?",
      alternatives: ["¿Cuál es el horario de atención?", "¿Tenéis teléfono?"],
      answer:
        "Atendemos de lunes a viernes de 9:00 a 17:00. También puedes pedir aquí hablar con una persona.",
    },
  },
  fr: {
    "shipping-time": {
      question: "Quel est le délai de livraison ?",
      alternatives: [
        "Quand ma commande sera-t-elle expédiée ?",
        "Combien de jours pour la livraison ?",
      ],
      answer:
        "Les commandes partent sous **1 à 2 jours ouvrés** ; la livraison prend ensuite 3 à 5 jours ouvrés.",
    },
    "shipping-cost": {
      question: "Combien coûte la livraison ?",
      alternatives: ["La livraison est-elle gratuite ?", "Quels sont les frais de port ?"],
      answer: "La livraison est **offerte dès 50 €** d'achat ; sinon elle coûte 4,95 €.",
    },
    international: {
      question: "Livrez-vous à l'étranger ?",
      alternatives: ["Dans quels pays livrez-vous ?", "Puis-je commander depuis l'étranger ?"],
      answer: "Nous livrons dans la plupart des pays, en 7 à 14 jours ouvrés.",
    },
    "return-policy": {
      question: "Quelle est votre politique de retour ?",
      alternatives: ["Puis-je retourner un article ?", "Combien de jours pour un retour ?"],
      answer: "Vous pouvez retourner un article non porté sous **30 jours** après la livraison.",
    },
    "refund-time": {
      question: "Quand serai-je remboursé ?",
      alternatives: ["Quel est le délai de remboursement ?", "Je n'ai pas reçu mon remboursement"],
      answer:
        "Le remboursement est fait sous 5 jours ouvrés après réception du retour, sur le moyen de paiement d'origine.",
    },
    "payment-methods": {
      question: "Quels moyens de paiement acceptez-vous ?",
      alternatives: ["Puis-je payer avec PayPal ?", "Acceptez-vous la carte bancaire ?"],
      answer: "Nous acceptons Visa, Mastercard, American Express, PayPal, Apple Pay et Google Pay.",
    },
    "change-order": {
      question: "Puis-je modifier ou annuler ma commande ?",
      alternatives: ["Comment changer l'adresse de livraison ?", "Est-il trop tard pour annuler ?"],
      answer:
        "Nous pouvons modifier ou annuler une commande tant qu'elle n'est pas expédiée. Envoyez-nous vite votre numéro de commande.",
    },
    sizing: {
      question: "Comment taillent vos vêtements ?",
      alternatives: ["Quelle taille choisir ?", "Avez-vous un guide des tailles ?"],
      answer: "Nos articles taillent normalement. Chaque fiche produit a un guide des tailles.",
    },
    contact: {
      question: "Comment contacter le service client ?",
      alternatives: ["Quels sont vos horaires ?", "Avez-vous un numéro de téléphone ?"],
      answer:
        "Nous répondons du lundi au vendredi, de 9 h à 17 h. Vous pouvez aussi demander un conseiller ici.",
    },
  },
  de: {
    "shipping-time": {
      question: "Wie lange dauert die Lieferung?",
      alternatives: [
        "Wann wird meine Bestellung verschickt?",
        "Wie viele Tage dauert der Versand?",
      ],
      answer:
        "Bestellungen verlassen unser Lager in **1–2 Werktagen**; die Zustellung dauert danach 3–5 Werktage.",
    },
    "shipping-cost": {
      question: "Was kostet der Versand?",
      alternatives: ["Ist der Versand kostenlos?", "Wie hoch sind die Versandkosten?"],
      answer: "Der Versand ist **ab 50 € kostenlos**, darunter kostet er 4,95 €.",
    },
    international: {
      question: "Liefert ihr ins Ausland?",
      alternatives: ["In welche Länder liefert ihr?", "Kann ich aus dem Ausland bestellen?"],
      answer: "Wir liefern in die meisten Länder, in 7–14 Werktagen.",
    },
    "return-policy": {
      question: "Wie sind die Rückgabebedingungen?",
      alternatives: [
        "Kann ich einen Artikel zurückgeben?",
        "Wie lange habe ich Zeit für eine Rücksendung?",
      ],
      answer:
        "Ungetragene Artikel kannst du innerhalb von **30 Tagen** nach Lieferung zurückgeben.",
    },
    "refund-time": {
      question: "Wann bekomme ich mein Geld zurück?",
      alternatives: ["Wie lange dauert die Erstattung?", "Meine Erstattung ist nicht angekommen"],
      answer:
        "Wir erstatten innerhalb von 5 Werktagen nach Eingang der Rücksendung auf die ursprüngliche Zahlungsart.",
    },
    "payment-methods": {
      question: "Welche Zahlungsarten akzeptiert ihr?",
      alternatives: ["Kann ich mit PayPal zahlen?", "Kann ich auf Rechnung kaufen?"],
      answer:
        "Wir akzeptieren Visa, Mastercard, American Express, PayPal, Apple Pay und Google Pay.",
    },
    "change-order": {
      question: "Kann ich meine Bestellung ändern oder stornieren?",
      alternatives: ["Wie ändere ich die Lieferadresse?", "Ist es zu spät zum Stornieren?"],
      answer:
        "Bis zum Versand können wir Bestellungen ändern oder stornieren. Schick uns schnell deine Bestellnummer.",
    },
    sizing: {
      question: "Wie fallen eure Größen aus?",
      alternatives: ["Welche Größe soll ich nehmen?", "Gibt es eine Größentabelle?"],
      answer: "Unsere Artikel fallen normal aus. Jede Produktseite hat eine Größentabelle.",
    },
    contact: {
      question: "Wie erreiche ich den Kundenservice?",
      alternatives: ["Wann seid ihr erreichbar?", "Habt ihr eine Telefonnummer?"],
      answer:
        "Wir sind Montag bis Freitag von 9 bis 17 Uhr da. Du kannst hier auch nach einem Menschen fragen.",
    },
  },
  it: {
    "shipping-time": {
      question: "Quanto tempo ci vuole per la consegna?",
      alternatives: ["Quando viene spedito il mio ordine?", "Quanti giorni per la spedizione?"],
      answer:
        "Gli ordini partono in **1–2 giorni lavorativi**; la consegna richiede poi 3–5 giorni lavorativi.",
    },
    "shipping-cost": {
      question: "Quanto costa la spedizione?",
      alternatives: ["La spedizione è gratuita?", "Quali sono le spese di spedizione?"],
      answer: "La spedizione è **gratuita sopra i 50 €**, altrimenti costa 4,95 €.",
    },
    international: {
      question: "Spedite all'estero?",
      alternatives: ["In quali paesi spedite?", "Posso ordinare dall'estero?"],
      answer: "Spediamo nella maggior parte dei paesi, in 7–14 giorni lavorativi.",
    },
    "return-policy": {
      question: "Qual è la politica di reso?",
      alternatives: ["Posso restituire un articolo?", "Quanti giorni ho per il reso?"],
      answer: "Puoi restituire gli articoli non usati entro **30 giorni** dalla consegna.",
    },
    "refund-time": {
      question: "Quando riceverò il rimborso?",
      alternatives: ["Quanto tempo per il rimborso?", "Il rimborso non è arrivato"],
      answer:
        "Rimborsiamo entro 5 giorni lavorativi dal ricevimento del reso, sul metodo di pagamento originale.",
    },
    "payment-methods": {
      question: "Quali metodi di pagamento accettate?",
      alternatives: ["Posso pagare con PayPal?", "Accettate la carta di credito?"],
      answer: "Accettiamo Visa, Mastercard, American Express, PayPal, Apple Pay e Google Pay.",
    },
    "change-order": {
      question: "Posso modificare o annullare l'ordine?",
      alternatives: ["Come cambio l'indirizzo di spedizione?", "È troppo tardi per annullare?"],
      answer:
        "Possiamo modificare o annullare un ordine finché non è spedito. Mandaci subito il numero d'ordine.",
    },
    sizing: {
      question: "Come vestono le taglie?",
      alternatives: ["Che taglia scelgo?", "C'è una guida alle taglie?"],
      answer: "I nostri capi vestono regolari. Ogni prodotto ha una guida alle taglie.",
    },
    contact: {
      question: "Come contatto il servizio clienti?",
      alternatives: ["Quali sono gli orari dell'assistenza?", "Avete un numero di telefono?"],
      answer:
        "Rispondiamo dal lunedì al venerdì, 9:00–17:00. Puoi anche chiedere qui di parlare con una persona.",
    },
  },
  pt: {
    "shipping-time": {
      question: "Quanto tempo demora a entrega?",
      alternatives: ["Quando meu pedido será enviado?", "Quantos dias para o envio?"],
      answer: "Os pedidos saem em **1–2 dias úteis**; a entrega leva depois 3–5 dias úteis.",
    },
    "shipping-cost": {
      question: "Quanto custa o frete?",
      alternatives: ["O frete é grátis?", "Quais são os custos de envio?"],
      answer: "O frete é **grátis acima de R$ 250**; abaixo disso custa R$ 24,90.",
    },
    international: {
      question: "Vocês enviam para outros países?",
      alternatives: ["Para quais países vocês enviam?", "Posso comprar do exterior?"],
      answer: "Enviamos para a maioria dos países, em 7–14 dias úteis.",
    },
    "return-policy": {
      question: "Qual é a política de devolução?",
      alternatives: ["Posso devolver um produto?", "Quantos dias tenho para devolver?"],
      answer: "Você pode devolver produtos sem uso em até **30 dias** após a entrega.",
    },
    "refund-time": {
      question: "Quando recebo meu reembolso?",
      alternatives: ["Quanto tempo demora o reembolso?", "Meu reembolso não chegou"],
      answer:
        "Reembolsamos em até 5 dias úteis após recebermos a devolução, no meio de pagamento original.",
    },
    "payment-methods": {
      question: "Quais formas de pagamento vocês aceitam?",
      alternatives: ["Posso pagar com Pix?", "Aceitam cartão de crédito?"],
      answer: "Aceitamos Pix, Visa, Mastercard, American Express, PayPal e boleto.",
    },
    "change-order": {
      question: "Posso alterar ou cancelar meu pedido?",
      alternatives: ["Como mudo o endereço de entrega?", "Ainda dá para cancelar?"],
      answer:
        "Podemos alterar ou cancelar um pedido até ele ser enviado. Mande o número do pedido o quanto antes.",
    },
    sizing: {
      question: "Como são os tamanhos?",
      alternatives: ["Qual tamanho devo escolher?", "Tem tabela de medidas?"],
      answer: "Nossas peças têm tamanho padrão. Cada produto tem uma tabela de medidas.",
    },
    contact: {
      question: "Como falo com o atendimento?",
      alternatives: ["Qual o horário de atendimento?", "Vocês têm telefone?"],
      answer:
        "Atendemos de segunda a sexta, das 9h às 17h. Você também pode pedir aqui para falar com uma pessoa.",
    },
  },
  ja: {
    "shipping-time": {
      question: "配送にはどのくらいかかりますか",
      alternatives: ["いつ発送されますか", "届くまで何日かかりますか"],
      answer: "ご注文は**1〜2営業日**以内に発送し、その後3〜5営業日でお届けします。",
    },
    "shipping-cost": {
      question: "送料はいくらですか",
      alternatives: ["送料無料になりますか", "配送料を教えてください"],
      answer: "**5,000円以上で送料無料**です。それ以下は550円です。",
    },
    international: {
      question: "海外発送はしていますか",
      alternatives: ["どの国に発送できますか", "海外から注文できますか"],
      answer: "多くの国へ発送しています。海外配送は7〜14営業日かかります。",
    },
    "return-policy": {
      question: "返品ポリシーを教えてください",
      alternatives: ["商品を返品できますか", "返品期限は何日ですか"],
      answer: "未使用の商品はお届けから**30日以内**に返品できます。",
    },
    "refund-time": {
      question: "返金はいつになりますか",
      alternatives: ["返金までどのくらいかかりますか", "返金がまだありません"],
      answer: "返品到着後5営業日以内に、元のお支払い方法へ返金します。",
    },
    "payment-methods": {
      question: "支払い方法は何がありますか",
      alternatives: ["PayPalは使えますか", "クレジットカードは使えますか"],
      answer: "各種クレジットカード、PayPal、Apple Pay、コンビニ払いがご利用いただけます。",
    },
    "change-order": {
      question: "注文の変更やキャンセルはできますか",
      alternatives: ["配送先を変更したい", "今からキャンセルできますか"],
      answer: "発送前であれば変更・キャンセルが可能です。お早めに注文番号をお知らせください。",
    },
    sizing: {
      question: "サイズ感はどうですか",
      alternatives: ["どのサイズを選べばいいですか", "サイズ表はありますか"],
      answer: "標準的なサイズ感です。各商品ページにサイズ表があります。",
    },
    contact: {
      question: "カスタマーサポートへの連絡方法は",
      alternatives: ["サポートの営業時間は", "電話番号はありますか"],
      answer: "平日9:00〜17:00に対応しています。ここで担当者をお呼びいただくこともできます。",
    },
  },
  "zh-Hans": {
    "shipping-time": {
      question: "多久能送到？",
      alternatives: ["什么时候发货？", "配送需要几天？"],
      answer: "订单会在 **1–2 个工作日** 内发货，之后 3–5 个工作日送达。",
    },
    "shipping-cost": {
      question: "运费多少？",
      alternatives: ["包邮吗？", "满多少免运费？"],
      answer: "订单满 **99 元包邮**，不满收取 10 元运费。",
    },
    international: {
      question: "可以寄到国外吗？",
      alternatives: ["能发往哪些国家？", "海外可以下单吗？"],
      answer: "我们可以寄往大多数国家和地区，国际配送需 7–14 个工作日。",
    },
    "return-policy": {
      question: "退货政策是什么？",
      alternatives: ["可以退货吗？", "几天内可以退？"],
      answer: "未穿着的商品在签收后 **30 天** 内可以退货。",
    },
    "refund-time": {
      question: "退款多久到账？",
      alternatives: ["退款需要多长时间？", "退款还没收到"],
      answer: "我们收到退货后 5 个工作日内原路退款。",
    },
    "payment-methods": {
      question: "支持哪些付款方式？",
      alternatives: ["可以用支付宝吗？", "能用微信支付吗？"],
      answer: "支持支付宝、微信支付、银联和主流信用卡。",
    },
    "change-order": {
      question: "可以修改或取消订单吗？",
      alternatives: ["怎么改收货地址？", "现在还能取消吗？"],
      answer: "发货前都可以修改或取消订单，请尽快告诉我们订单号。",
    },
    sizing: {
      question: "尺码偏大还是偏小？",
      alternatives: ["我该选哪个尺码？", "有尺码表吗？"],
      answer: "我们的商品尺码标准，每个商品页都有尺码表。",
    },
    contact: {
      question: "怎么联系客服？",
      alternatives: ["客服工作时间是？", "有客服电话吗？"],
      answer: "客服工作时间为周一至周五 9:00–17:00，您也可以在这里要求转人工。",
    },
  },
  "zh-Hant": {
    "shipping-time": {
      question: "多久會送到？",
      alternatives: ["什麼時候出貨？", "配送需要幾天？"],
      answer: "訂單會在 **1–2 個工作天** 內出貨，之後 3–5 個工作天送達。",
    },
    "shipping-cost": {
      question: "運費多少？",
      alternatives: ["有免運嗎？", "滿多少免運費？"],
      answer: "訂單滿 **NT$1,000 免運**，未滿收取 NT$80 運費。",
    },
    international: {
      question: "可以寄到國外嗎？",
      alternatives: ["能寄到哪些國家？", "海外可以下單嗎？"],
      answer: "我們可寄往大多數國家和地區，國際配送需 7–14 個工作天。",
    },
    "return-policy": {
      question: "退貨政策是什麼？",
      alternatives: ["可以退貨嗎？", "幾天內可以退？"],
      answer: "未使用的商品在收貨後 **30 天** 內可以退貨。",
    },
    "refund-time": {
      question: "退款多久會入帳？",
      alternatives: ["退款需要多久？", "還沒收到退款"],
      answer: "我們收到退貨後 5 個工作天內原路退款。",
    },
    "payment-methods": {
      question: "支援哪些付款方式？",
      alternatives: ["可以用信用卡嗎？", "可以用 LINE Pay 嗎？"],
      answer: "支援信用卡、LINE Pay、Apple Pay 與超商代碼繳費。",
    },
    "change-order": {
      question: "可以修改或取消訂單嗎？",
      alternatives: ["怎麼改收件地址？", "現在還能取消嗎？"],
      answer: "出貨前都可以修改或取消訂單，請盡快告訴我們訂單編號。",
    },
    sizing: {
      question: "尺寸偏大還是偏小？",
      alternatives: ["我該選哪個尺寸？", "有尺寸表嗎？"],
      answer: "我們的商品尺寸標準，每個商品頁都有尺寸表。",
    },
    contact: {
      question: "怎麼聯絡客服？",
      alternatives: ["客服時間是？", "有客服電話嗎？"],
      answer: "客服時間為週一至週五 9:00–17:00，您也可以在這裡要求真人客服。",
    },
  },
};

/**
 * Further everyday phrasings per topic (short, informal, no punctuation), kept apart so the written
 * starter entries stay readable; the merchant sees them as alternatives like any other.
 */
const MORE_ALTERNATIVES: Record<Language, Record<Topic, string[]>> = {
  en: {
    "shipping-time": ["how fast do you deliver", "delivery takes how long"],
    "shipping-cost": ["how much is delivery", "shipping price"],
    international: [
      "do you deliver to europe",
      "can you send it to another country",
      "worldwide shipping?",
    ],
    "return-policy": ["can i send it back if it doesnt fit", "returns accepted?"],
    "refund-time": [
      "when do i get my money back",
      "refund still not on my card",
      "how many days until the refund",
    ],
    "payment-methods": ["how can i pay", "do you accept credit cards", "payment options"],
    "change-order": [
      "can i edit my order",
      "wrong address on my order",
      "cancel my order before it ships",
    ],
    sizing: ["what size am i", "size chart", "do the shoes fit big or small"],
    contact: ["how do i reach you", "can i call someone", "when is support open"],
  },
  es: {
    "shipping-time": ["cuánto tarda en llegar", "plazo de entrega"],
    "shipping-cost": [
      "cuánto cuestan los gastos de envío",
      "el envío es gratis?",
      "precio del envío",
    ],
    international: [
      "enviáis a otros países?",
      "hacéis envíos internacionales?",
      "enviáis a Europa?",
    ],
    "return-policy": [
      "puedo devolverlo si no me queda bien?",
      "cuántos días tengo para devolver",
      "política de devoluciones",
    ],
    "refund-time": [
      "cuándo me devolvéis el dinero",
      "cuánto tarda el reembolso",
      "no me ha llegado el reembolso",
    ],
    "payment-methods": ["cómo puedo pagar", "aceptáis tarjeta de crédito?", "formas de pago"],
    "change-order": [
      "puedo cambiar mi pedido?",
      "me equivoqué de dirección",
      "quiero cancelar antes del envío",
    ],
    sizing: ["qué talla me pido", "guía de tallas"],
    contact: ["cómo os contacto", "tenéis teléfono?", "horario de atención"],
  },
  fr: {
    "shipping-time": ["ça prend combien de temps pour arriver", "délai de livraison"],
    "shipping-cost": [
      "les frais de port c'est combien",
      "la livraison est gratuite ?",
      "prix de la livraison",
    ],
    international: [
      "vous livrez à l'étranger ?",
      "livraison internationale ?",
      "vous expédiez en Suisse ?",
    ],
    "return-policy": [
      "je peux le renvoyer si ça ne va pas ?",
      "combien de jours pour retourner",
      "politique de retour",
    ],
    "refund-time": [
      "quand serai-je remboursé",
      "le remboursement prend combien de temps",
      "toujours pas remboursé",
    ],
    "payment-methods": [
      "comment puis-je payer",
      "vous acceptez la carte bancaire ?",
      "moyens de paiement",
    ],
    "change-order": [
      "je peux modifier ma commande ?",
      "je me suis trompé d'adresse",
      "annuler avant l'expédition",
    ],
    sizing: ["quelle taille choisir", "guide des tailles", "ça taille grand ou petit ?"],
    contact: [
      "comment vous joindre",
      "vous avez un numéro de téléphone ?",
      "horaires du service client",
    ],
  },
  de: {
    "shipping-time": ["wie schnell liefert ihr", "Lieferzeit"],
    "shipping-cost": ["was kostet der Versand", "ist der Versand kostenlos?", "Versandkosten"],
    international: [
      "liefert ihr ins Ausland?",
      "internationaler Versand?",
      "versendet ihr nach Österreich?",
    ],
    "return-policy": [
      "kann ich es zurückschicken, wenn es nicht passt?",
      "wie lange habe ich für eine Rücksendung",
      "Rückgaberecht",
    ],
    "refund-time": [
      "wann bekomme ich mein Geld zurück",
      "wie lange dauert die Erstattung",
      "Erstattung noch nicht da",
    ],
    "payment-methods": ["wie kann ich bezahlen", "nehmt ihr Kreditkarte?", "Zahlungsarten"],
    "change-order": [
      "kann ich meine Bestellung ändern?",
      "falsche Adresse angegeben",
      "vor dem Versand stornieren",
    ],
    sizing: [
      "welche Größe soll ich nehmen",
      "Größentabelle",
      "fallen die Sachen groß oder klein aus?",
    ],
    contact: [
      "wie erreiche ich euch",
      "gibt es eine Telefonnummer?",
      "wann ist der Kundenservice erreichbar",
    ],
  },
  it: {
    "shipping-time": ["quanto ci mette ad arrivare", "tempi di consegna"],
    "shipping-cost": [
      "quanto costano le spese di spedizione",
      "la spedizione è gratis?",
      "prezzo della spedizione",
    ],
    international: ["spedite all'estero?", "spedizioni internazionali?", "consegnate in Svizzera?"],
    "return-policy": [
      "posso restituirlo se non va bene?",
      "quanti giorni ho per il reso",
      "politica di reso",
    ],
    "refund-time": [
      "quando mi restituite i soldi",
      "quanto tempo per il rimborso",
      "il rimborso non è arrivato",
    ],
    "payment-methods": ["come posso pagare", "accettate carte di credito?", "metodi di pagamento"],
    "change-order": [
      "posso modificare il mio ordine?",
      "ho sbagliato indirizzo",
      "annullare prima della spedizione",
    ],
    sizing: ["che taglia prendo", "guida alle taglie", "le taglie sono grandi o piccole?"],
    contact: ["come vi contatto", "avete un numero di telefono?", "orari del servizio clienti"],
  },
  pt: {
    "shipping-time": ["quanto tempo demora para chegar", "prazo de entrega"],
    "shipping-cost": ["quanto custa o frete", "o frete é grátis?", "valor da entrega"],
    international: [
      "vocês enviam para outros países?",
      "fazem envio internacional?",
      "entregam em Portugal?",
    ],
    "return-policy": [
      "posso devolver se não servir?",
      "quantos dias tenho para devolver",
      "política de devolução",
    ],
    "refund-time": [
      "quando recebo meu dinheiro de volta",
      "quanto tempo demora o reembolso",
      "o reembolso não caiu",
    ],
    "payment-methods": ["como posso pagar", "aceitam cartão de crédito?", "formas de pagamento"],
    "change-order": [
      "posso alterar meu pedido?",
      "coloquei o endereço errado",
      "cancelar antes do envio",
    ],
    sizing: ["qual tamanho escolher", "tabela de medidas", "a numeração é grande ou pequena?"],
    contact: ["como falo com vocês", "tem telefone?", "horário de atendimento"],
  },
  ja: {
    "shipping-time": ["届くまで何日かかる", "お届け日数"],
    "shipping-cost": ["送料はいくら", "送料無料ですか", "配送料金"],
    international: ["海外に送れますか", "海外配送はありますか", "アメリカに発送できますか"],
    "return-policy": ["合わなかったら返品できますか", "返品は何日以内", "返品ポリシー"],
    "refund-time": ["お金はいつ戻りますか", "返金にかかる日数", "返金がまだです"],
    "payment-methods": ["どうやって支払えますか", "クレジットカードは使えますか", "支払い方法"],
    "change-order": ["注文を変更できますか", "住所を間違えました", "発送前にキャンセルしたい"],
    sizing: ["どのサイズを選べばいい", "サイズ表", "大きめですか小さめですか"],
    contact: ["連絡先を教えて", "電話はありますか", "問い合わせの受付時間"],
  },
  "zh-Hans": {
    "shipping-time": ["多久能到", "配送时效"],
    "shipping-cost": ["运费多少", "包邮吗", "邮费怎么算"],
    international: ["能寄到国外吗", "有国际快递吗", "可以发到美国吗"],
    "return-policy": ["不合适可以退吗", "几天内可以退货", "退货政策"],
    "refund-time": ["钱什么时候退回来", "退款要多久", "退款还没到账"],
    "payment-methods": ["怎么付款", "可以刷信用卡吗", "支付方式有哪些"],
    "change-order": ["订单还能改吗", "地址填错了", "发货前取消订单"],
    sizing: ["我该买什么码", "尺码表", "尺码偏大还是偏小"],
    contact: ["怎么联系你们", "有电话吗", "客服几点上班"],
  },
  "zh-Hant": {
    "shipping-time": ["多久會到", "配送時間"],
    "shipping-cost": ["運費多少", "有免運嗎", "運費怎麼算"],
    international: ["可以寄到國外嗎", "有國際運送嗎", "可以寄到美國嗎"],
    "return-policy": ["不合適可以退嗎", "幾天內可以退貨", "退貨政策"],
    "refund-time": ["錢什麼時候會退回來", "退款要多久", "退款還沒入帳"],
    "payment-methods": ["要怎麼付款", "可以刷信用卡嗎", "付款方式有哪些"],
    "change-order": ["訂單還能改嗎", "地址填錯了", "出貨前取消訂單"],
    sizing: ["我該買什麼尺寸", "尺寸表", "尺寸偏大還是偏小"],
    contact: ["怎麼聯絡你們", "有電話嗎", "客服幾點上班"],
  },
};

/**
 * How shoppers ask in passing (no question words, slang, the one word that matters), so a shop
 * that adopts the starter FAQ matches casual messages from its first day.
 */
const CASUAL_ALTERNATIVES: Record<Language, Record<Topic, string[]>> = {
  en: {
    "shipping-time": [
      "when will it arrive",
      "how soon can i get it",
      "delivery time estimate",
      "how quickly do orders ship out",
    ],
    "shipping-cost": [
      "do i have to pay for delivery",
      "postage price",
      "how much is shipping to my place",
      "is delivery included in the price",
    ],
    international: [
      "do you deliver to germany",
      "international orders",
      "ship overseas?",
      "can you send to another country",
    ],
    "return-policy": [
      "can i send it back if i dont like it",
      "returns",
      "is there a return window",
      "how do returns work here",
    ],
    "refund-time": [
      "when do i get my money back",
      "still waiting for my refund",
      "how long until the refund shows up",
      "refund not received yet",
    ],
    "payment-methods": [
      "can i pay with klarna",
      "do you accept debit cards",
      "payment options",
      "ways to pay",
    ],
    "change-order": [
      "i need to fix my address",
      "can i still cancel",
      "edit my order",
      "change something in my order",
    ],
    sizing: ["size chart", "what size should i get", "does it run small", "true to size?"],
    contact: ["phone number", "opening hours", "how can i reach you", "customer service email"],
  },
  es: {
    "shipping-time": ["cuándo llega", "en cuántos días lo recibo", "tiempo de entrega estimado"],
    "shipping-cost": ["tengo que pagar el envío", "cuánto sale mandarlo", "el envío está incluido"],
    international: ["envían a méxico", "pedidos internacionales", "hacen envíos fuera de españa"],
    "return-policy": ["puedo devolverlo si no me gusta", "devoluciones", "plazo para devolver"],
    "refund-time": [
      "cuándo me devuelven el dinero",
      "sigo esperando el reembolso",
      "reembolso no recibido",
    ],
    "payment-methods": ["puedo pagar con bizum", "aceptan tarjeta de débito", "opciones de pago"],
    "change-order": [
      "necesito corregir la dirección",
      "todavía puedo cancelar",
      "modificar mi pedido",
    ],
    sizing: ["tabla de tallas", "qué talla me pido", "las tallas son pequeñas"],
    contact: ["número de teléfono", "horario de atención", "cómo os contacto"],
  },
  fr: {
    "shipping-time": [
      "ça arrive quand",
      "en combien de jours je le reçois",
      "délai de livraison estimé",
    ],
    "shipping-cost": [
      "je dois payer la livraison",
      "combien coûte l'envoi chez moi",
      "la livraison est comprise",
    ],
    international: [
      "vous livrez en suisse",
      "commandes internationales",
      "vous envoyez hors de france",
    ],
    "return-policy": [
      "je peux le renvoyer s'il ne me plaît pas",
      "retours",
      "délai pour retourner",
    ],
    "refund-time": [
      "quand je récupère mon argent",
      "j'attends toujours mon remboursement",
      "remboursement pas reçu",
    ],
    "payment-methods": [
      "je peux payer en plusieurs fois",
      "vous prenez la carte bleue",
      "options de paiement",
    ],
    "change-order": [
      "je dois corriger mon adresse",
      "je peux encore annuler",
      "modifier ma commande",
    ],
    sizing: ["guide des tailles", "quelle taille prendre", "ça taille petit"],
    contact: ["numéro de téléphone", "horaires du service client", "comment vous joindre"],
  },
  de: {
    "shipping-time": [
      "wann kommt es an",
      "in wie vielen tagen habe ich es",
      "voraussichtliche lieferzeit",
    ],
    "shipping-cost": [
      "muss ich für den versand zahlen",
      "was kostet das porto",
      "ist der versand inklusive",
    ],
    international: [
      "liefert ihr nach österreich",
      "internationale bestellungen",
      "versendet ihr ins ausland",
    ],
    "return-policy": [
      "kann ich es zurückschicken wenn es nicht gefällt",
      "rücksendungen",
      "wie lange habe ich zum zurückgeben",
    ],
    "refund-time": [
      "wann bekomme ich mein geld zurück",
      "warte immer noch auf die erstattung",
      "erstattung nicht erhalten",
    ],
    "payment-methods": ["kann ich auf rechnung kaufen", "nehmt ihr klarna", "zahlungsoptionen"],
    "change-order": [
      "ich muss meine adresse korrigieren",
      "kann ich noch stornieren",
      "bestellung bearbeiten",
    ],
    sizing: ["größentabelle", "welche größe soll ich nehmen", "fällt es klein aus"],
    contact: ["telefonnummer", "öffnungszeiten kundenservice", "wie erreiche ich euch"],
  },
  it: {
    "shipping-time": ["quando arriva", "in quanti giorni lo ricevo", "tempi di consegna stimati"],
    "shipping-cost": ["quanto costa spedirlo", "la spedizione è inclusa"],
    international: ["spedite in svizzera", "ordini internazionali", "spedite fuori dall'italia"],
    "return-policy": [
      "posso restituirlo se non mi piace",
      "resi",
      "entro quanto posso fare il reso",
    ],
    "refund-time": ["quando riavrò i soldi", "aspetto ancora il rimborso", "rimborso non ricevuto"],
    "payment-methods": [
      "posso pagare con satispay",
      "accettate il bancomat",
      "opzioni di pagamento",
    ],
    "change-order": [
      "devo correggere l'indirizzo",
      "posso ancora annullare",
      "modificare il mio ordine",
    ],
    sizing: ["tabella taglie", "che taglia prendo", "veste piccolo"],
    contact: ["numero di telefono", "orari dell'assistenza", "come vi contatto"],
  },
  pt: {
    "shipping-time": ["quando chega", "em quantos dias eu recebo", "prazo de entrega estimado"],
    "shipping-cost": ["tenho que pagar o frete", "quanto sai o envio", "o frete está incluso"],
    international: [
      "vocês enviam para portugal",
      "pedidos internacionais",
      "enviam para fora do brasil",
    ],
    "return-policy": ["posso devolver se não gostar", "devoluções", "prazo para devolver"],
    "refund-time": [
      "quando recebo meu dinheiro de volta",
      "ainda esperando o reembolso",
      "estorno não caiu",
    ],
    "payment-methods": ["posso pagar com pix", "aceitam cartão de débito", "opções de pagamento"],
    "change-order": ["preciso corrigir o endereço", "ainda dá para cancelar", "alterar meu pedido"],
    sizing: ["tabela de medidas", "qual tamanho eu peço", "veste pequeno"],
    contact: ["número de telefone", "horário de atendimento", "como falo com vocês"],
  },
  ja: {
    "shipping-time": ["いつ届く", "何日で受け取れる", "お届け予定日"],
    "shipping-cost": ["送料かかりますか", "配送料はいくら", "送料込みですか"],
    international: ["アメリカに発送できますか", "海外からの注文", "国外へ送れますか"],
    "return-policy": ["気に入らなかったら返せますか", "返品について", "返品期限"],
    "refund-time": ["お金はいつ戻る", "返金をまだ待っています", "返金が届かない"],
    "payment-methods": ["PayPayで払えますか", "デビットカードは使えますか", "支払い方法の種類"],
    "change-order": ["住所を直したい", "まだキャンセルできますか", "注文内容を変えたい"],
    sizing: ["サイズ表", "どのサイズを選べばいい", "小さめですか"],
    contact: ["電話番号", "営業時間", "問い合わせ先"],
  },
  "zh-Hans": {
    "shipping-time": ["什么时候到", "几天能收到", "预计送达时间"],
    "shipping-cost": ["要付邮费吗", "快递费多少", "包邮吗"],
    international: ["国际订单", "发海外吗"],
    "return-policy": ["不喜欢能退吗", "退货说明", "退货期限"],
    "refund-time": ["钱什么时候退给我", "还在等退款", "没收到退款"],
    "payment-methods": ["能用微信付吗", "支持信用卡吗", "有哪些付款方式"],
    "change-order": ["地址要改一下", "还能取消吗", "修改订单"],
    sizing: ["尺码表", "我穿什么码", "偏小吗"],
    contact: ["电话多少", "客服工作时间", "怎么联系客服"],
  },
  "zh-Hant": {
    "shipping-time": ["什麼時候到", "幾天可以收到", "預計到貨時間"],
    "shipping-cost": ["要付運費嗎", "寄送費用多少", "有免運嗎"],
    international: ["可以寄到日本嗎", "國際訂單", "有寄海外嗎"],
    "return-policy": ["不喜歡可以退嗎", "退換貨說明", "退貨期限"],
    "refund-time": ["錢什麼時候退給我", "還在等退款", "沒收到退款"],
    "payment-methods": ["可以用 Line Pay 嗎", "可以貨到付款嗎", "有哪些付款方式"],
    "change-order": ["地址要改", "還能取消嗎", "修改訂單"],
    sizing: ["尺寸表", "我該穿哪個尺寸", "版型偏小嗎"],
    contact: ["電話多少", "客服時間", "怎麼聯繫客服"],
  },
};

/** The starter FAQ of one language, with stable ids ("starter-en-return-policy"). */
export function starterFaq(language: Language): FaqEntry[] {
  return (Object.entries(STARTERS[language]) as [Topic, Starter[Topic]][]).map(
    ([topic, entry]) => ({
      id: `starter-${language}-${topic}`,
      question: entry.question,
      alternatives: [
        ...entry.alternatives,
        ...MORE_ALTERNATIVES[language][topic],
        ...CASUAL_ALTERNATIVES[language][topic],
      ],
      answer: entry.answer,
      language,
      tags: ["starter", topic],
      enabled: true,
    }),
  );
}
