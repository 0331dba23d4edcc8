import type { MorePhrases } from "../more/more-phrases";

/** Eighth round: kinds of message the cross-validation and the lead's probes showed missing. */
export const kindsFrench: Partial<MorePhrases> = {
  product_question: [
    "où sont fabriqués vos produits",
    "vos vêtements sont faits en france ?",
    "c'est fabriqué dans quel pays",
    "qui fabrique vos produits",
    "c'est fait main ?",
    "vos produits sont issus du commerce équitable ?",
    "ça vient de chine ?",
    "d'où viennent vos matières premières",
  ],
  payment: [
    "vous avez une réduction étudiant ?",
    "il y a une remise pour une première commande",
    "vous avez un code promo en ce moment",
    "une réduction si j'en prends plusieurs ?",
    "c'est quand les prochaines soldes",
    "il y a des offres pour le black friday ?",
    "je peux avoir un bon de réduction pour ma première commande",
    "on peut cumuler deux codes promo ?",
    "il y a une réduction pour les enseignants ?",
    "les soldes d'été commencent quand",
    "comment obtenir un code de réduction",
    "une remise si je crée un compte ?",
    "des promos cette semaine ?",
  ],
  shipping_info: [
    "est-ce que je devrai payer des frais de douane",
    "les droits d'importation sont inclus dans le prix ?",
    "si vous livrez en suisse qui paie la douane",
    "la tva est comprise pour une livraison hors ue ?",
    "y aura-t-il des taxes à payer à la réception",
  ],
  complaint: [
    "la personne au téléphone a été très impolie",
    "votre service client ne répond jamais aux mails, c'est honteux",
    "une heure d'attente au téléphone, service lamentable",
    "le conseiller m'a raccroché au nez",
  ],
  account: [
    "combien de points de fidélité j'ai",
    "où je vois mes points fidélité",
    "comment utiliser mon avoir sur mon compte",
    "mes points ont disparu de mon compte",
  ],
  return_refund: [
    "les frais de retour sont à ma charge ?",
    "vous remboursez aussi la livraison si je renvoie l'article",
  ],
};
