import type { MorePhrases } from "../more/more-phrases";

/**
 * Eleventh round: questions and requests about the world outside the shop (la banque et les cartes
 * du client, les voyages, minuteurs et calculs, la cuisine, la maison, la voiture, le travail, la
 * santé, la culture générale, les blagues, l'assistant lui-même, les services d'autres
 * entreprises), which the shop's assistant does not answer: `other`. Many read like a request to
 * the shop on the surface (un solde, un vol à suivre, une réservation à annuler, une valise perdue).
 *
 * Twelfth round: advice about things the shop does not sell (an accountant, a mechanic, a podcast,
 * a holiday), beside the gift ideas that stay `recommendation`; left out, as closest to questions
 * about a product: baggage allowances, smart-home commands (lights) and trivia that the
 * cross-validation read as product questions.
 */
export const worldFrench: Partial<MorePhrases> = {
  other: [
    // La banque et les cartes du client.
    "vire 100 euros sur mon livret A",
    "quel est le plafond de ma carte de crédit",
    "quand est prélevé mon débit différé ce mois-ci",
    "montre-moi mes dernières opérations bancaires",
    "combien j'ai dépensé en courses ce mois-ci",
    "on m'a volé ma carte bancaire, fais opposition",
    "combien de temps la banque met pour envoyer une nouvelle carte",
    "le distributeur a avalé ma carte",
    "c'est combien 50 euros en dollars canadiens",
    "quel est le cours du franc suisse aujourd'hui",
    "où je trouve mon RIB",
    "mon salaire est tombé ?",
    "comment ouvrir un compte joint",
    // Les voyages.
    "mon vol pour Montréal est à l'heure ?",
    "de quelle porte part mon vol pour Nice",
    "décale mon vol à vendredi matin",
    "annule ma réservation d'hôtel à Lyon",
    "réserve-moi une chambre à Lisbonne pour deux nuits",
    "la compagnie aérienne a perdu ma valise",
    "mon bagage n'est jamais arrivé sur le tapis à l'aéroport",
    "faut-il un visa pour aller au Canada",
    "combien de temps pour refaire un passeport",
    "loue-moi une voiture à l'aéroport de Marseille",
    "fais mon enregistrement pour le vol de demain",
    "quel décalage horaire entre Paris et New York",
    "à quelle heure part le dernier TGV pour Bordeaux",
    "mon train a été annulé, comment me faire rembourser par la SNCF",
    // Minuteurs, météo, calculs, mots.
    "mets un minuteur de 8 minutes pour les œufs",
    "réveille-moi à 6h45",
    "supprime mon réveil de 7h",
    "rappelle-moi d'appeler le plombier à 14h",
    "il va pleuvoir à Lille ce week-end ?",
    "je prends un parapluie aujourd'hui ?",
    "combien font 15 % de 80",
    "racine carrée de 169",
    "comment on dit bon appétit en italien",
    "ça s'écrit comment, rythme",
    "que veut dire le mot procrastiner",
    "on est quel jour aujourd'hui",
    "envoie un texto à Julie pour dire que j'arrive",
    "aide-moi à retrouver mon téléphone",
    "un synonyme de fatigué",
    "ça fait combien 20 miles en kilomètres",
    "il fait combien dehors là",
    "quelle heure il est à Tokyo",
    "dans combien de jours c'est le 14 juillet",
    "mets la dernière chanson de Stromae",
    "lance ma playlist pour courir",
    // Cuisine.
    "combien de temps pour cuire un rôti de porc",
    "par quoi remplacer la crème fraîche",
    "combien de calories dans un croissant",
    "donne-moi la recette de la blanquette de veau",
    "qu'est-ce qu'il faut pour faire des crêpes",
    "réserve une table pour quatre ce soir dans une pizzeria",
    "annule la réservation au resto de ce soir",
    // Maison.
    "ajoute du beurre et des œufs à ma liste de courses",
    "enlève le pain de la liste de courses",
    "qu'est-ce que j'ai sur ma liste de choses à faire",
    "j'ai quoi dans mon agenda vendredi",
    "mets un peu de jazz",
    "chanson suivante",
    // Voiture.
    "quand faire la vidange de ma voiture",
    "quelle pression pour les pneus d'une clio",
    "combien consomme une 308 aux cent",
    "quand est-ce que je dois passer le contrôle technique",
    "itinéraire le plus rapide vers l'aéroport sans péage",
    "où trouver l'essence la moins chère près d'ici",
    // Travail.
    "c'est quand la paie ce mois-ci",
    "il me reste combien de jours de congés",
    "pose-moi un RTT vendredi",
    "c'est quand le prochain jour férié",
    "quand faut-il faire la déclaration d'impôts",
    "déplace ma réunion de 15h à jeudi",
    "j'ai quelles réunions demain",
    "combien je toucherai en net avec 35 000 brut",
    // Santé.
    "j'ai mal à la gorge et de la fièvre, c'est la grippe ?",
    "prends-moi un rendez-vous chez le généraliste",
    "combien de doliprane je peux prendre par jour",
    // Culture générale, blagues, jeux.
    "qui a écrit les misérables",
    "en quelle année a eu lieu la révolution française",
    "combien d'habitants en Belgique",
    "raconte-moi une blague de Toto",
    "on joue à pierre feuille ciseaux ?",
    "donne-moi une anecdote sur les dauphins",
    "c'est quoi cette chanson",
    // L'assistant lui-même.
    "tu viens d'où",
    "t'as un animal de compagnie ?",
    "tu bosses pour qui",
    "qu'est-ce que je peux te demander",
    "c'est quelle boîte qui t'a conçu",
    // Services d'autres entreprises.
    "je veux résilier canal+",
    "passe mon forfait mobile en illimité",
    "pourquoi ma facture edf est si élevée",
    "comment renvoyer ma box à Orange",
    "je veux garder mon numéro en changeant d'opérateur",
    "ma commande uber eats a 40 minutes de retard",
    "annule mes places pour le concert de samedi",
    "comment récupérer ma caution chez mon propriétaire",
    "où en est ma demande de carte d'identité",
    "ma salle de sport continue de me prélever après la résiliation",
    // Advice about things the shop does not sell.
    "tu connais un bon comptable dans le coin",
    "quel podcast écouter dans le métro",
    "où partir en vacances en octobre",
    "tu connais un garage sérieux dans le quartier",
  ],
};
