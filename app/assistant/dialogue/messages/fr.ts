import type { DialogueMessages } from "./catalogue";

export const fr: DialogueMessages = {
  greeting:
    "Bonjour ! Je peux vous aider pour les commandes, la livraison, les retours et les produits. Que puis-je faire pour vous ?",
  goodbye: "Avec plaisir ! Bonne journée.",
  askOrderNumber:
    "Bien sûr, quel est votre numéro de commande ? Il ressemble à #1001 et figure dans l'e-mail de confirmation.",
  orderNumberHelp:
    "J'ai besoin du numéro de commande pour la retrouver. Il figure dans l'e-mail de confirmation envoyé lors de votre achat (sous la forme #1001) et dans votre compte, si vous en avez un.",
  askContact:
    "Merci. Pour protéger vos données, quelle adresse e-mail ou quel téléphone avez-vous utilisé pour la commande {order} ?",
  orderFound: "Voici la commande {order} : **{status}**.",
  orderNotFound:
    "Je ne trouve pas de commande avec ce numéro et ce contact. Vérifiez les deux et réessayez.",
  orderLimited:
    "Par sécurité, je ne peux pas chercher d'autres commandes pour le moment. Un membre de l'équipe peut vous aider.",
  noOrders: "Je ne vois encore aucune commande sur votre compte.",
  orderChangeHandoff:
    "J'ai transmis à l'équipe votre demande de modification de la commande {order} ; elle vous confirmera rapidement.",
  orderCancelHandoff:
    "J'ai demandé à l'équipe d'annuler la commande {order} ; elle vous confirmera une fois fait.",
  returnHelp:
    "Je peux vous aider pour un retour. Donnez-moi votre numéro de commande et je vérifie.",
  clarify: "Pour être sûr : vous parlez de {options} ?",
  dontKnow: "Désolé, je ne connais pas encore la réponse.",
  offerHuman: "Voulez-vous que je vous mette en relation avec une personne de l'équipe ?",
  handoff: "Je vous mets en relation avec une personne de l'équipe. Elle vous répondra ici.",
  outsideHours:
    "Notre équipe n'est pas disponible pour le moment ; elle vous répondra dès son retour.",
  languageNote: "(Nous répondons en {language}.)",
  angry: "Je suis vraiment désolé. Je fais venir tout de suite une personne de l'équipe.",
  complaint: "Je suis désolé. J'ai transmis cela à l'équipe pour qu'une personne s'en occupe.",
  empathy: {
    negative: "Je suis désolé pour ce désagrément ; nous allons arranger ça.",
    anxious: "Je comprends votre inquiétude ; je vous aide tout de suite.",
  },
  productWhich: "De quel produit parlez-vous ? Vous pouvez me donner son nom.",
  productPrice: "{title} coûte {price}.",
  productInStock: "Il est en stock.",
  productOutOfStock: "Il est actuellement en rupture de stock.",
  productOptions: "{name} : {values}.",
  productSummary: "Voici ce que je sais de {title} :",
  productChoiceInStock: "Oui, {title} en {choice} est en stock.",
  productChoiceSoldOut: "{title} en {choice} est épuisé pour le moment.",
  productChoicesInStock: "En stock : {choices}.",
  productChoiceMissing: "{title} n'existe pas en {asked}.",
  productPageSays: "Voici ce que dit la page de {title} :",
  productPageSilent: "La fiche produit n'en dit pas plus à ce sujet.",
  recommendIntro: "Voici quelques suggestions :",
  budgetOtherCurrency: "Nos prix sont en {currency} : je n'ai donc pas appliqué votre budget.",
  recommendNoneCheaper:
    "Ce sont les moins chers que j'ai pour cela. Voulez-vous voir autre chose ?",
  recommendNone: "Je n'ai rien trouvé qui convienne. Pouvez-vous m'en dire un peu plus ?",
  topicHelp: "Je peux vous aider. Pouvez-vous m'en dire un peu plus ?",
  humanQuickReply: "Parler à une personne",
  askHandoffEmail:
    "Je transmets à une personne de l'équipe. À quelle adresse e-mail peut-elle vous répondre ?",
  invalidEmail:
    "« {email} » ne ressemble pas à une adresse e-mail complète : il faut un nom, un @ et un domaine comme exemple.fr. Pouvez-vous vérifier ?",
  handoffEmailDeclined:
    "Pas de souci. Sans adresse e-mail, l'équipe ne peut pas vous répondre après votre départ, donc je n'ai rien transmis. Écrivez votre e-mail quand vous voulez, ou posez-moi une autre question.",
  expectReplyAt:
    "Notre équipe n'est pas disponible pour le moment ; attendez une réponse à partir de {time}.",
  noDeskContact:
    "Je ne peux pas vous mettre en relation avec une personne ici dans le chat. Vous pouvez écrire à la boutique à {email}.",
  noDeskNeutral:
    "Je ne peux pas vous mettre en relation avec une personne ici dans le chat. Utilisez les coordonnées indiquées sur le site de la boutique.",
  actionKept: "D'accord, je n'ai rien modifié sur la commande {order}.",
  yesWords: ["oui", "d'accord", "ok", "je confirme", "volontiers"],
  notKnownWords: [
    "je ne me souviens pas",
    "je me souviens plus",
    "je ne sais pas",
    "je sais pas",
    "je ne l'ai pas",
    "je l'ai pas",
    "je l'ai perdu",
    "je ne le trouve pas",
    "je le trouve pas",
    "oublié",
    "aucune idée",
    "ne … sais … pas",
    "sais pas",
    "ne … trouve … pas",
    "n'ai pas … numéro",
    "ne … souviens",
  ],
  noWords: ["non", "non merci", "pas maintenant", "laissez tomber", "plutôt pas"],
  intentLabels: {
    order_status: "le suivi de commande",
    cancel_order: "l'annulation d'une commande",
    change_order: "la modification d'une commande",
    return_refund: "un retour ou remboursement",
    shipping_info: "la livraison",
    payment: "le paiement",
    product_question: "un produit",
    recommendation: "un conseil",
    account: "votre compte",
    human_agent: "parler à une personne",
    complaint: "une réclamation",
    greeting: "dire bonjour",
    thanks_goodbye: "dire au revoir",
    other: "autre chose",
  },
};
