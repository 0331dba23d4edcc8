import type { MorePhrases } from "../more/more-phrases";

/**
 * Ninth round: the same kinds as `ways/en.ts` in this language, and "how are you?" alone as a
 * greeting.
 */
export const waysFrench: Partial<MorePhrases> = {
  complaint: [
    "le livreur a balancé mon colis par-dessus le portail",
    "votre livreur a été très impoli avec moi",
    "le colis a été laissé sous la pluie et tout est trempé",
    "je vais laisser un avis une étoile partout",
    "je vais saisir une association de consommateurs",
    "mon avocat va vous contacter",
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
  ],
  greeting: ["comment allez-vous ?", "comment ça va ?", "tu vas bien ?"],
};
