import type { MorePhrases } from "../more/more-phrases";

/**
 * Ninth round: the same kinds as `ways/en.ts` in this language, and "how are you?" alone as a
 * greeting.
 * Tenth round: complaints about the support staff's conduct and questions outside the shop.
 */
export const waysFrench: Partial<MorePhrases> = {
  complaint: [
    "le livreur a balancé mon colis par-dessus le portail",
    "votre livreur a été très impoli avec moi",
    "le colis a été laissé sous la pluie et tout est trempé",
    "je vais laisser un avis une étoile partout",
    "je vais saisir une association de consommateurs",
    "mon avocat va vous contacter",
    // Tenth round: how the shop's support staff treated the shopper.
    "votre conseiller m'a raccroché au nez",
    "votre service client ne répond jamais à mes mails",
    "la dame au téléphone a été très désagréable",
    "votre personnel m'a traité comme un moins que rien",
  ],
  shipping_info: [
    "si je commande maintenant je le reçois quand",
    "vous livrez le dimanche ?",
    "avant quelle heure commander pour être livré demain",
  ],
  cancel_order: [
    "j'ai changé d'avis, annulez l'achat",
    "bloquez ma commande avant l'expédition",
    "je me rétracte, je ne veux plus de la commande",
  ],
  return_refund: [
    "le jean reçu est trop petit, je peux l'échanger contre la taille au-dessus",
    "j'ai reçu les baskets hier mais elles ne me vont pas, je voudrais une pointure de plus",
    "j'ai renvoyé le colis il y a dix jours et toujours pas d'argent",
    "vous avez reçu mon retour, quand est-ce que je suis remboursé",
  ],
  payment: [
    "il me faut une facture avec la tva",
    "où télécharger mon justificatif d'achat",
    "comment utiliser une carte cadeau au paiement",
  ],
  other: [
    "quelle banque a le meilleur livret",
    "est-ce que je dois investir dans le bitcoin",
    "comment payer une amende de stationnement",
    // Tenth round: facts and units, advice on things outside the shop, flights and matches.
    "combien de grammes dans une livre",
    "à quelle température l'eau bout",
    "à quelle distance est la lune",
    "combien d'habitants au japon",
    "où partir en vacances cet été",
    "quelle appli pour apprendre l'anglais",
    "tu peux voir si mon vol a du retard",
    "où regarder le match ce soir",
  ],
  greeting: ["comment allez-vous ?", "comment ça va ?", "tu vas bien ?"],
  // Session 7 (lead): "can you recommend a <thing the shop sells>", which read as small talk
  // (other) beside "can you recommend a dentist".
  recommendation: [
    "tu peux me conseiller une tente pour deux",
    "vous pouvez me recommander des chaussures de randonnée",
    "pouvez-vous me conseiller un sac à dos pour la journée",
    "quel sac de couchage chaud vous me conseillez",
    "tu me recommandes un bon imperméable",
  ],
};
