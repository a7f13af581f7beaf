"""French replies, written by hand. Append only: ids follow the order (see build_en_de_fr.py)."""

from build_en_de_fr import bounce, email, sms

FOOTER = (
    "--\nPas intéressé(e) ? Répondez-le simplement et vous n'entendrez plus parler de moi.\n"
    "Pour ne plus recevoir de messages : https://jobs.northwind.example/unsubscribe/{token}"
)
FOOTER_EN = (
    "--\nNot interested? Reply and say so, and you won't hear from me again.\n"
    "To stop all messages: https://jobs.northwind.example/unsubscribe/{token}"
)
CAMILLE = ("Camille Roux", "camille.roux@northwind.example")
HUGO = ("Hugo Martin", "hugo.martin@northwind.example")
DANA = ("Dana Reyes", "dana@northwind.example")

LOCALE = {
    "names": {"Camille": CAMILLE, "Roux": CAMILLE, "Hugo": HUGO, "Martin": HUGO, "Dana": DANA},
    "days": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "dys": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "months": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "mons": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
    "gmail": "Le {dy} {d} {mon} {y} à {hm}, {name} <{addr}> a écrit :",
    "android": "Le {dy} {d} {mon} {y}, {hm}, {name} <{addr}> a écrit :",
    "apple": "Le {d} {mon} {y} à {hm}, {name} <{addr}> a écrit :",
    "outlook": ["De :", "Envoyé :", "À :", "Objet :"],
    "outlook_date": "{day} {d} {month} {y} {hm}",
    "original": "-----Message d'origine-----",
    "iphone": "Envoyé de mon iPhone",
    "re_outlook": "RE : ",
    "auto_subject": "Réponse automatique : ",
    "undeliverable": "Non remis : ",
    "jobs": [
        {
            "subject": "Staff Backend Engineer chez Northwind (Paris)",
            "role": "Staff Backend Engineer",
            "client": "Northwind",
            "pitch": "responsable de la plateforme de commandes qui traite 40 000 colis par jour",
            "hints": ["commandes", "backend", "API"],
            "recruiter": CAMILLE,
        },
        {
            "subject": "Senior Data Engineer - Lumen Health (Lyon ou remote)",
            "role": "Senior Data Engineer",
            "client": "Lumen Health",
            "pitch": "construire la plateforme de données de remboursement",
            "hints": ["data", "Lumen", "Lyon"],
            "recruiter": HUGO,
        },
        {
            "subject": "Engineering Manager Paiements - Tessera",
            "role": "Engineering Manager",
            "client": "Tessera",
            "pitch": "encadrer une équipe de sept personnes sur l'émission de cartes",
            "hints": ["manager", "management", "Tessera", "paiement", "BSPCE", "fintech"],
            "recruiter": CAMILLE,
        },
        {
            "subject": "Site Reliability Engineer chez Northwind",
            "role": "Site Reliability Engineer",
            "client": "Northwind",
            "pitch": "faire tourner Postgres et Kubernetes sur trois régions",
            "hints": ["Postgres", "astreinte", "SRE", "multi-région"],
            "recruiter": HUGO,
        },
        {
            "subject": "Senior Product Designer - Alder Logistics (Nantes / remote)",
            "role": "Senior Product Designer",
            "client": "Alder Logistics",
            "pitch": "refondre l'application utilisée par 12 000 chauffeurs",
            "hints": ["design", "appli", "chauffeurs", "Alder", "Nantes", "logistique"],
            "recruiter": CAMILLE,
        },
        {
            "subject": "Staff Backend Engineer at Northwind",
            "role": "Staff Backend Engineer",
            "client": "Northwind",
            "pitch": "owning the order pipeline that moves 40k parcels a day",
            "touches": [3],
            "recruiter": DANA,
        },
    ],
    "stop_body": "Bonjour {first},\n\nJe vous ai écrit par SMS la semaine dernière, je "
    "tente donc par e-mail : {client} recrute un(e) {role}, {pitch}. Un petit échange ?\n\n"
    "{rfirst}\n\nRépondez STOP pour ne plus recevoir de messages.\n\n" + FOOTER,
    "bodies": [
        "Bonjour {first},\n\nJe m'appelle {rfirst} et je recrute pour {client} un(e) {role} : "
        "{pitch}. Votre parcours correspond vraiment à ce qu'ils cherchent, d'où ce message "
        "direct.\n\nSeriez-vous disponible pour un échange de 20 minutes la semaine prochaine ?"
        "\n\nBien cordialement,\n{recruiter}\nNorthwind Talent\n\n" + FOOTER,
        "Bonjour {first},\n\nJe me permets de relancer : le poste de {role} chez {client} est "
        "toujours ouvert et l'équipe serait ravie d'échanger avec vous. Je peux vous "
        "communiquer la fourchette de salaire et le déroulé du processus dès maintenant.\n\n"
        "{rfirst}\n\n" + FOOTER,
        "Bonjour {first},\n\nSans nouvelles de votre part, je suppose que le moment n'est pas "
        "idéal et je n'insiste pas. Si cela change, il suffit de répondre à ce message.\n\n"
        "Belle journée,\n{rfirst}\n\n" + FOOTER,
        "Hi {first},\n\nI'm {rfirst}, I recruit for {client}. They're hiring a {role} in Paris "
        "or remote within France. Would you be open to a 20-minute call next week?\n\nBest,\n"
        "{recruiter}\nNorthwind Talent\n\n" + FOOTER_EN,
    ],
}

REPLIES = [
    # ---------------------------------------------------------------- batch 1
    email(
        "interested",
        "2026-01-07 10:15",
        "Claire Dubois",
        "Bonjour Camille,\n\nMerci pour votre message, le poste a l'air vraiment intéressant. "
        "Je suis partante pour un échange, plutôt en fin de journée si possible.\n\n"
        "Bien à vous,\nClaire Dubois",
        quote="outlook",
    ),
    email(
        "out_of_office",
        "2026-01-05 07:30",
        "Philippe Garnier",
        "Bonjour,\n\nJe suis absent du bureau et serai de retour le lundi 12 janvier. Votre "
        "message ne sera pas transféré.\n\nCordialement,\nPhilippe Garnier",
        auto=True,
        date="2026-01-12",
        charset="iso-8859-1",
    ),
    email(
        "not_now",
        "2026-01-15 18:10",
        "Julien Moreau",
        "Salut Camille,\n\nMerci ! Là c'est compliqué, on est en plein lancement. Recontacte-"
        "moi en mars, ce sera plus calme.\n\nJulien",
        date="2026-03-01",
        note="en mars; tutoiement",
    ),
    email(
        "opt_out",
        "2026-01-27 10:40",
        "Bernard Lefèvre",
        "Merci de me retirer de votre liste de diffusion. Je ne souhaite plus recevoir de "
        "messages.",
        quote="outlook",
        charset="iso-8859-1",
        note="polite",
    ),
    email(
        "question",
        "2026-02-03 12:30",
        "Sophie Laurent",
        "Bonjour Hugo,\n\nPourquoi pas. Quelle est la fourchette de salaire, et le poste est-il "
        "en full remote ? J'habite à Bordeaux et je ne compte pas déménager.\n\nMerci,\n"
        "Sophie",
        quote="iphone",
    ),
    email(
        "not_interested",
        "2026-02-05 14:20",
        "Thierry Bonnet",
        "Merci, mais je suis très bien là où je suis. Bonne chance pour votre recherche.",
        quote="gmail",
    ),
    email(
        "not_now",
        "2026-02-12 19:45",
        "Émilie Girard",
        "Bonjour Camille, le timing n'est pas idéal, on est en pleine réorganisation. "
        "Recontactez-moi après le premier trimestre, avec plaisir.\n\nÉmilie",
        quote="apple",
        date="2026-04-01",
        note="après le premier trimestre (after Q1)",
    ),
    email(
        "referral",
        "2026-02-10 11:05",
        "Nicolas Faure",
        "Bonjour Camille,\n\nJe reste où je suis, mais une ancienne collègue, Léa Fontaine, "
        "cherche exactement ce type de poste en design. Son adresse : lea.fontaine@gmail.com. "
        "Vous pouvez lui dire que vous venez de ma part.\n\nNicolas",
    ),
    email(
        "wrong_person",
        "2026-02-17 15:00",
        "Jérôme Blanc",
        "Je pense que vous vous trompez de Jérôme Blanc. Je suis professeur de chimie au "
        "lycée, je n'ai jamais écrit une ligne de code.",
        quote="iphone",
    ),
    email(
        "accepted_elsewhere",
        "2026-02-19 17:30",
        "Antoine Mercier",
        "Bonjour Hugo, merci d'avoir pensé à moi. Je viens de signer chez Doctolib la semaine "
        "dernière, je commence en mars. Une autre fois peut-être !\n\nAntoine",
        note="start month is not a not_now date",
    ),
    email(
        "opt_out",
        "2026-02-23 08:50",
        "Sylvie Rousseau",
        "Pas intéressée, merci de me retirer de votre liste.",
        note="pas intéressée + retirer: opt_out",
    ),
    email(
        "interested",
        "2026-03-03 19:10",
        "Mathieu Chevalier",
        "Oh, je connais Alder Logistics ! Oui, avec plaisir, je suis dispo la plupart des "
        "après-midi cette semaine.\n\nMathieu\n\nEnvoyé de mon Galaxy",
        quote="android",
        note="stop only in quote",
    ),
    email(
        "out_of_office",
        "2026-02-16 06:45",
        "Valérie Perrin",
        "Bonjour,\n\nJe suis en congés pour les vacances d'hiver et je serai de retour le 23 "
        "février. En cas d'urgence, merci de contacter accueil@perrin-conseil.fr.\n\nValérie "
        "Perrin",
        auto=True,
        date="2026-02-23",
        note="naming a colleague address",
    ),
    email(
        "question",
        "2026-03-09 12:00",
        "Benoît Lambert",
        "Bonjour Hugo,\n\nQuelle est la taille de l'équipe et à qui je reporterais ? Il y a "
        "des astreintes ?\n\nBenoît",
        quote="gmail",
    ),
    email(
        "not_interested",
        "2026-03-12 21:30",
        "Kevin Roussel",
        "Ah génial, encore un recruteur qui a lu la première ligne de mon LinkedIn. Je suis "
        'designer, pas "ninja du backend". Non merci.',
        note="sarcasm; no stop request",
    ),
    sms("opt_out", "2026-03-18 18:40", "STOP"),
    sms("interested", "2026-03-19 12:05", "oui"),
    sms("question", "2026-03-20 09:20", "c'est payé combien ?"),
    email(
        "not_now",
        "2026-03-10 16:10",
        "Aurélie Morel",
        "Merci Camille. Pas avant Pâques, j'ai une grosse échéance. Après Pâques avec plaisir.",
        quote="outlook",
        date="2026-04-07",
        note="après Pâques",
    ),
    email(
        "opt_out",
        "2026-04-02 10:30",
        "Gérard Muller",
        "C'est le quatrième mail que je reçois. ARRÊTEZ DE M'ÉCRIRE. La prochaine fois je "
        "signale ça comme spam.",
        note="angry",
    ),
    email(
        "interested",
        "2026-04-07 14:30",
        "Marine Fournier",
        "Bonjour Camille,\n\nMerci pour ce message. Le projet de refonte de l'appli chauffeurs "
        "me parle beaucoup, ça fait un moment que je veux me rapprocher de la logistique. "
        "Je suis partante, calons un créneau !\n\nBien à vous,\nMarine Fournier\nProduct "
        "Designer",
        html="alt",
    ),
    bounce(
        "2026-04-08 09:10",
        "p.durand@wanadoo.fr",
        "Bonjour,\n\nCe message a été créé automatiquement par le logiciel de messagerie.\n\n"
        "Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n\n"
        "<{rcpt}> : l'adresse n'existe pas (550 5.1.1 Utilisateur inconnu)",
        "5.1.1",
        "550 5.1.1 <p.durand@wanadoo.fr>: Utilisateur inconnu",
        charset="iso-8859-1",
        note="dsn, French notice",
    ),
    email(
        "accepted_elsewhere",
        "2026-04-14 15:45",
        "Pauline Roche",
        "Merci de m'avoir contactée ! J'ai accepté un poste chez Qonto il y a deux semaines, "
        "je ne suis donc plus en recherche.",
        quote="apple",
    ),
    email(
        "referral",
        "2026-04-16 11:20",
        "Romain Picard",
        "Pas pour moi, mais parlez à Inès Haddad, elle gère le SRE dans ma boîte précédente et "
        "regarde discrètement ailleurs. ines.haddad@proton.me",
        quote="iphone",
    ),
    email(
        "out_of_office",
        "2026-04-06 08:00",
        "Nathalie Robin",
        "Je suis absente jusqu'au 10 avril. Je traiterai votre message à mon retour.",
        auto=True,
        date="2026-04-10",
        note="jusqu'au",
    ),
    email(
        "wrong_person",
        "2026-04-20 13:30",
        "Alexandre Leroy",
        "Bonjour, je travaille dans le marketing, pas dans le développement. Vous pensez "
        "sûrement à un autre Alexandre Leroy.\n\nAlexandre Leroy\nResponsable marketing",
        quote="outlook",
    ),
    email(
        "question",
        "2026-04-23 17:10",
        "Yann Le Goff",
        "Ça m'intéresse, mais c'est quoi le salaire ? Je suis à 75k fixe aujourd'hui, donc il "
        "faudrait faire mieux.",
        note="interested + question: question",
    ),
    # ---------------------------------------------------------------- batch 2
    sms("interested", "2026-04-28 17:50", "ok appelle-moi"),
    sms(
        "opt_out",
        "2026-04-29 20:10",
        "Arrêtez de m'envoyer des SMS. Je ne vous ai jamais donné ce numéro.",
        note="angry",
    ),
    sms("not_now", "2026-05-06 21:00", "plus tard", note="no date"),
    email(
        "question",
        "2026-05-06 13:10",
        "Karim Benali",
        "Bonjour Camille,\n\nC'est un CDI ou une mission en freelance ? Et Tessera "
        "accepte-t-elle le télétravail depuis Lille ?\n\nCordialement,\nKarim Benali",
        quote="outlook",
    ),
    email(
        "not_interested",
        "2026-05-12 15:40",
        "Laure Bertrand",
        "Merci d'avoir pensé à moi, mais je ne souhaite pas revenir au management. Bonne "
        "continuation.",
        html="only",
    ),
    email(
        "opt_out",
        "2026-05-14 09:50",
        "Monique Dupuis",
        "Madame,\n\nConformément au RGPD, je vous demande de supprimer l'ensemble des données "
        "me concernant et de ne plus me contacter.\n\nCordialement,\nMonique Dupuis",
        quote="outlook",
        cte="base64",
        note="RGPD erasure; base64",
    ),
    sms(
        "referral",
        "2026-05-20 19:20",
        "pas moi mais mon frère cherche exactement ça, son mail c'est theo.vidal@free.fr",
    ),
    sms("wrong_person", "2026-05-27 12:50", "Mauvais numéro, je ne connais pas de Jérôme"),
    sms("accepted_elsewhere", "2026-06-03 18:10", "je viens de signer ailleurs, merci quand même"),
    email(
        "interested",
        "2026-06-09 10:30",
        "Océane Gauthier",
        "Avec plaisir ! Ça fait longtemps que je veux bosser sur des données de santé. Quand "
        "est-ce qu'on peut s'appeler ?\n\nOcéane",
        quote="apple",
        note="asks only when to talk",
    ),
    email(
        "not_now",
        "2026-06-16 17:20",
        "Sébastien Lemaire",
        "Bonjour Hugo, je suis sous l'eau jusqu'aux vacances. On en reparle à la rentrée ?\n\n"
        "Sébastien",
        date="2026-09-01",
        note="à la rentrée",
    ),
    email(
        "question",
        "2026-07-15 12:00",
        "Damien Colin",
        'Combien de jours sur site par semaine ? L\'annonce dit "hybride" mais ça peut '
        "vouloir dire n'importe quoi.",
        quote="android",
    ),
    email(
        "out_of_office",
        "2026-07-27 07:00",
        "Isabelle Marchand",
        "Bonjour, je suis en congés et serai de retour le 24/08. Je vous répondrai à ce moment-là.",
        auto=True,
        date="2026-08-24",
        note="numeric date d/m",
    ),
    email("opt_out", "2026-07-21 13:15", "Patrick Guérin", "Désinscription", note="one word"),
    email(
        "not_interested",
        "2026-07-23 22:00",
        "Hélène Boyer",
        "Je ne déménagerai pas à Lyon, désolée. Merci quand même.",
        quote="iphone",
    ),
    email(
        "accepted_elsewhere",
        "2026-07-28 14:45",
        "Guillaume Henry",
        "Drôle de timing, j'ai accepté une offre chez Datadog vendredi. Merci quand même et "
        "bonne chance pour le recrutement.\n\nGuillaume Henry\nStaff Engineer",
        quote="outlook",
    ),
    email(
        "out_of_office",
        "2026-08-05 06:30",
        "Christophe Dumont",
        "Bonjour, je suis en congés et serai de retour à la rentrée. Pas d'accès aux mails "
        "d'ici là.",
        auto=True,
        date="2026-09-01",
        note="à la rentrée",
    ),
    email(
        "wrong_person",
        "2026-08-04 16:20",
        "Marie Caron",
        "Bonjour, ici le mari de Marie. Elle n'utilise plus vraiment cette adresse, et elle est "
        "pharmacienne, donc je ne pense pas que ce soit la personne que vous cherchez.",
        quote="gmail",
    ),
    bounce(
        "2026-08-12 10:50",
        "lucas.bernard@gmail.com",
        "** Adresse introuvable **\n\nVotre message n'a pas été distribué à {rcpt}, car "
        "l'adresse est introuvable ou ne peut pas recevoir d'e-mails.\n\nLa réponse était "
        ":\n\n550 5.1.1 The email account that you tried to reach does not exist.",
        "5.1.1",
        "550-5.1.1 The email account that you tried to reach does not exist.",
        dsn="gmail",
        html="alt",
        note="gmail dsn, French",
    ),
    email(
        "interested",
        "2026-08-18 15:10",
        "Vincent Arnaud",
        "Carrément intéressé. J'ai intégré l'API de Northwind dans mes deux derniers postes, "
        "je connais bien les points de douleur haha. C'est quoi la suite ?",
        note="asks next step only",
    ),
    email(
        "question",
        "2026-08-25 12:10",
        "Amina Diallo",
        "Bonjour Hugo,\n\nAvant d'aller plus loin : quelle est la stack côté données (Spark ? "
        "dbt ?) et quelle est la taille de l'équipe data ?\n\nAmina",
        quote="outlook-old",
    ),
    email(
        "opt_out",
        "2026-08-31 19:40",
        "Denis Masson",
        "Je me suis déjà désinscrit deux fois et je continue à recevoir ces mails. Ça suffit, "
        "arrêtez.",
        quote="apple",
        note="angry",
    ),
    email(
        "not_now",
        "2026-09-17 14:10",
        "Sarah Benoit",
        "Bonjour Camille,\n\nIntéressant, mais on a un gros lancement ce trimestre. Pourriez-"
        "vous revenir vers moi le trimestre prochain ?\n\nMerci,\nSarah",
        quote="outlook",
        date="2026-10-01",
        note="trimestre prochain",
    ),
    email(
        "referral",
        "2026-09-08 09:40",
        "Lucas Meyer",
        "Je ne suis pas en recherche, mais j'ai transféré votre mail à Anaïs Perret, la "
        "meilleure data engineer de mon ancienne équipe, qui cherche autre chose. Son mail : "
        "anais.perret@laposte.net. Elle attend votre message.",
        quote="gmail",
    ),
    sms("not_interested", "2026-09-10 13:30", "non merci"),
    email(
        "interested",
        "2026-09-14 16:40",
        "William Lebrun",
        "Bonjour Hugo,\n\nOui, je suis ouvert. Voici mon Calendly, prenez le créneau qui vous "
        "arrange : https://calendly.com/wlebrun/30min\n\nWilliam",
        html="only",
        note="html-only",
    ),
    email(
        "out_of_office",
        "2026-10-26 08:10",
        "Céline Schmitt",
        "Bonjour, je suis en vacances pour la Toussaint et de retour lundi prochain. Je vous "
        "réponds à ce moment-là.",
        auto=True,
        date="2026-11-02",
        note="weekday",
    ),
    # ---------------------------------------------------------------- batch 3
    email(
        "opt_out",
        "2026-09-22 10:20",
        "Hervé Lacroix",
        "Bonjour,\n\nNe me contactez plus, s'il vous plaît. Je ne suis pas intéressé par vos "
        "offres et je ne le serai pas.\n\nHervé Lacroix",
        quote="outlook",
        note="polite",
    ),
    email(
        "not_now",
        "2026-10-08 18:30",
        "Isabelle Caron",
        "Bonjour Camille, j'aime beaucoup ce que fait Tessera, mais j'ai promis à mon équipe "
        "de rester jusqu'à la levée de fonds. Début de l'année prochaine, je serai beaucoup "
        "plus ouverte. Vous pourrez me recontacter à ce moment-là ?\n\nIsabelle",
        quote="iphone",
        date="2027-01-01",
        note="début de l'année prochaine",
    ),
    email(
        "question",
        "2026-10-20 15:30",
        "Nathan Roy",
        "Le poste de manager, c'est encore un peu hands-on ? J'aimerais continuer à coder 20 % "
        "du temps. Et côté rémunération, il y a des BSPCE ?",
        quote="gmail",
    ),
    email(
        "wrong_person",
        "2026-10-27 13:10",
        "Pierre Gaillard",
        "Bonjour, je ne suis pas développeur mais conducteur de travaux dans le BTP. Vous "
        'm\'avez sûrement trouvé à cause de "Northwind" sur mon ancien profil (autre '
        "entreprise !).",
        quote="outlook",
    ),
    email(
        "accepted_elsewhere",
        "2026-11-03 20:20",
        "Chloé Barbier",
        "Bonjour Camille, merci ! Malheureusement je viens d'accepter une offre dans une autre "
        "entreprise, je commence le 16. N'hésitez pas à me garder dans votre réseau pour la "
        "suite.",
        quote="iphone",
        note="start date is not a not_now date",
    ),
    sms("interested", "2026-11-05 16:40", "Ça marche, appelez-moi après 18h"),
    sms("opt_out", "2026-11-09 11:10", "Merci de me retirer de votre liste"),
    email(
        "not_now",
        "2026-11-19 09:20",
        "Adrien Fabre",
        "Bonjour Hugo,\n\nMerci pour le message. La fin d'année est chargée chez nous, on "
        "peut reprendre ça après les fêtes ?\n\nBien à vous,\nAdrien",
        quote="outlook",
        date="2027-01-02",
        note="après les fêtes (winter)",
    ),
    email(
        "out_of_office",
        "2026-12-22 07:15",
        "Brigitte Lemoine",
        "Bonjour,\n\nJe serai absente du 21 décembre au 3 janvier inclus. Retour le lundi 4 "
        "janvier 2027.\n\nJoyeuses fêtes !\nBrigitte Lemoine",
        auto=True,
        html="only",
        date="2027-01-04",
        note="html-only",
    ),
    bounce(
        "2026-11-16 14:10",
        "olivier.renard@groupe-renard.fr",
        "Votre message à {rcpt} n'a pas pu être remis.\n\n{rcpt} est introuvable sur "
        "groupe-renard.fr.\n\nLa remise a échoué pour les destinataires ou groupes suivants "
        ":\n\n{rcpt}\nL'adresse e-mail que vous avez entrée est introuvable. Vérifiez "
        "l'adresse e-mail du destinataire et essayez de renvoyer le message.\n\n"
        "Informations de diagnostic pour les administrateurs :\n\nServeur de génération : "
        "{host}\n\n{rcpt}\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
        "Recipient not found by SMTP address lookup'",
        "5.1.10",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        dsn="exchange",
        html="alt",
        note="exchange ndr, French",
    ),
    email(
        "question",
        "2026-12-01 17:40",
        "Zoé Marchal",
        "Petite question avant tout : quel est le fixe ? Et l'équipe est entièrement en "
        "remote ou dans des bureaux quelque part ?",
        quote="apple",
    ),
    email(
        "not_interested",
        "2026-12-02 12:30",
        "Michel Carpentier",
        "Bonjour Hugo, merci de m'avoir contacté. J'y ai réfléchi et ce n'est pas pour moi, "
        "je me plais beaucoup dans mon poste actuel. Bonne continuation.",
        quote="outlook",
        charset="iso-8859-1",
    ),
    email(
        "not_now",
        "2026-12-03 19:00",
        "Quentin Rey",
        "Pas maintenant, peut-être plus tard.",
        quote="iphone",
        note="no date",
    ),
    email(
        "referral",
        "2026-12-08 10:50",
        "Dimitri Petit",
        "Je ne suis pas la bonne personne, je suis passé au produit il y a un an. Mais Kader "
        "Mansour, de mon ancienne équipe, serait parfait : kader.mansour@outlook.fr. Je l'ai "
        "mis en copie.",
        note="wrong person + referral: referral",
    ),
    email(
        "interested",
        "2026-12-10 18:00",
        "Jasmine Kaci",
        "Bonjour Camille,\n\nTiming parfait, honnêtement. C'est agité ici depuis le rachat. "
        "Oui, j'aimerais en savoir plus. Je suis libre jeudi après 14h si ça vous va.\n\n"
        "Jasmine",
        quote="gmail",
        note="interested with a meeting day, not a deferral",
    ),
    email(
        "opt_out",
        "2027-01-05 09:10",
        "Suzanne Aubert",
        "Merci de me désabonner de votre liste de diffusion.",
        html="only",
        quote="outlook",
    ),
    email(
        "not_now",
        "2027-01-20 15:40",
        "Bruno Huet",
        "Merci Hugo, j'aimerais bien en parler, mais je déménage ce mois-ci. Vous pouvez me "
        "relancer dans quelques semaines ?",
        date="2027-02-10",
        note="dans quelques semaines",
    ),
    sms("question", "2027-01-12 12:55", "c'est en télétravail ?"),
    email(
        "not_now",
        "2027-02-17 16:20",
        "Élodie Renaud",
        "Pas tout de suite, je suis sur un projet qui se termine fin mars. Réessayez à ce "
        "moment-là ?",
        quote="iphone",
        date="2027-04-01",
        note="fin mars",
    ),
    email(
        "out_of_office",
        "2027-03-15 08:00",
        "Laetitia Vasseur",
        "Bonjour, je suis en congé maternité jusqu'au 30 juin 2027. Mes messages ne sont pas "
        "consultés.",
        auto=True,
        date="2027-06-30",
    ),
    email(
        "wrong_person",
        "2027-02-18 20:30",
        "Priya Sharma",
        "Vous vous trompez de personne, je ne suis pas la Priya que vous cherchez, c'est une "
        "adresse familiale.",
        quote="gmail",
    ),
    email(
        "accepted_elsewhere",
        "2027-02-22 14:20",
        "Samuel Lopez",
        "Salut ! Merci beaucoup, mais je viens de signer chez Mistral AI et j'ai hâte de "
        "commencer. Restons en contact quand même !",
        quote="android",
    ),
    email(
        "interested",
        "2027-03-02 13:40",
        "René Leclerc",
        "Bonjour Hugo,\n\nOui, ça m'intéresse. Je fais tourner Postgres à grande échelle "
        "depuis six ans et j'aimerais en savoir plus sur l'architecture multi-région.\n\n"
        "Cordialement,\nRené Leclerc",
        cte="quoted-printable",
        quote="outlook",
        charset="iso-8859-1",
        note="quoted-printable; iso-8859-1",
    ),
    email(
        "not_now",
        "2027-03-04 10:40",
        "Karine Besson",
        "Bonjour Camille, je ne peux pas bouger avant la fin de mon projet. Pouvez-vous me "
        "recontacter le 12/04 ?",
        date="2027-04-12",
        note="numeric date d/m",
    ),
    email(
        "opt_out",
        "2027-03-15 11:50",
        "Jean-Marc Weber",
        "Merci de me retirer de votre liste. Please stop emailing me.",
        note="opt-out in mixed languages",
    ),
    email(
        "question",
        "2027-03-23 22:00",
        "Maxime Brun",
        "Comment se passe le processus de recrutement ? J'ai un nouveau-né, une journée "
        "entière sur site serait compliquée en ce moment.",
        quote="iphone",
    ),
    email(
        "not_interested",
        "2027-04-06 19:50",
        "Jacques Perrot",
        "Non.",
        quote="iphone",
        note="one word",
    ),
    email(
        "not_now",
        "2027-04-28 12:40",
        "Lina Hamidi",
        "Pas intéressée pour l'instant, peut-être l'année prochaine.",
        date="2028-01-01",
        note="pas pour l'instant + later: not_now",
    ),
    sms(
        "referral",
        "2027-04-27 18:30",
        "Pas moi, mais essayez ma collègue Sarah, elle cherche : sarah.lemaire@orange.fr",
    ),
    email(
        "opt_out",
        "2027-05-04 21:10",
        "Victor Hamel",
        "Waouh, un cinquième mail ce mois-ci. Quel bonheur. Retirez-moi de je ne sais quelle "
        "liste.",
        note="sarcasm opt-out",
    ),
    email(
        "out_of_office",
        "2027-05-06 07:20",
        "Audrey Collet",
        "Bonjour, je fais le pont de l'Ascension et serai de retour le lundi 10 mai.",
        auto=True,
        date="2027-05-10",
    ),
    email(
        "interested",
        "2027-05-11 14:45",
        "Farida Mansouri",
        "C'est exactement le genre de poste que je cherchais. Oui !\n\nFarida",
        quote="outlook",
        html="alt",
    ),
    bounce(
        "2027-05-18 03:30",
        "d.fernandez@club-internet.fr",
        "Ceci est le programme de distribution du courrier.\nVotre message n'a pas pu être "
        "distribué au destinataire suivant :\n\n  {rcpt}\n  Raison : boîte aux lettres "
        "inexistante (#5.1.1)\n\n--- Copie du message ci-dessous.",
        "5.1.1",
        "550 boîte aux lettres inexistante",
        dsn="plain",
        charset="iso-8859-1",
        note="non-standard, French",
    ),
    email(
        "not_now",
        "2027-05-19 15:10",
        "Caroline Leroux",
        "Bonjour Hugo, intéressée, mais je suis débordée par les entretiens annuels. "
        "Recontactez-moi mi-juin ?",
        quote="outlook",
        date="2027-06-15",
        note="mi-juin",
    ),
    email(
        "not_now",
        "2027-06-09 14:00",
        "Frédéric Noël",
        "Ce mois-ci c'est impossible. Le mois prochain, volontiers.",
        quote="gmail",
        date="2027-07-01",
        note="le mois prochain",
    ),
    email(
        "question",
        "2027-06-08 17:40",
        "Ahmed Kaddour",
        "Le poste nécessite-t-il une habilitation de sécurité ? Je suis de nationalité "
        "algérienne avec un titre de séjour.",
        quote="gmail",
    ),
    email(
        "not_interested",
        "2027-06-15 13:30",
        "Brigitte Morin",
        "Je quitte complètement la tech pour reprendre des études, donc ce n'est pas pour moi. "
        "Merci quand même !",
        quote="apple",
    ),
    email(
        "wrong_person",
        "2027-06-22 10:20",
        "Tessa Moreau",
        "Haha, je suis moi-même recruteuse. Je crois que ce message était destiné à un(e) "
        "candidat(e), pas à moi !",
        quote="gmail",
        note="humour",
    ),
    email(
        "out_of_office",
        "2027-07-19 07:40",
        "Éric Chauvin",
        "Je suis absent jusqu'au 6 août.\nI am out of the office until 6 August.\n\nÉric Chauvin",
        auto=True,
        date="2027-08-06",
        note="bilingual French/English ooo",
    ),
    email(
        "accepted_elsewhere",
        "2027-07-20 16:20",
        "Gabriel Simon",
        "Merci Camille. J'ai accepté une offre ailleurs et je commence le mois prochain, donc "
        "je passe mon tour. Pensez à moi dans un an ou deux.",
        quote="outlook",
        note="accepted + vague future: accepted_elsewhere",
    ),
    email(
        "interested",
        "2027-08-03 12:30",
        "Clara Rolland",
        "Avec grand plaisir. À quel numéro puis-je vous joindre ?",
        quote="iphone",
        note="asks only how to talk",
    ),
    email(
        "out_of_office",
        "2027-08-16 08:00",
        "Didier Fleury",
        "Je suis actuellement absent. Pour toute urgence, merci de contacter ma collègue "
        "Mme Besnard (besnard@fleury-associes.fr).",
        auto=True,
        note="no date; naming a colleague is not a referral",
    ),
    email(
        "opt_out",
        "2027-08-26 08:30",
        "Alain Giraud",
        "Ne me contactez plus.",
        quote="outlook-old",
        charset="iso-8859-1",
    ),
    email(
        "not_now",
        "2027-08-31 16:30",
        "Léo Vincent",
        "Cette semaine c'est la folie. On peut en reparler vendredi ?",
        date="2027-09-03",
        note="weekday",
    ),
    email(
        "referral",
        "2027-09-02 11:50",
        "Hélène Pichon",
        "Je suis très bien chez Alan, mais mon ami Thomas Baron (thomas.baron@free.fr) cherche "
        "un poste de manager dans le paiement depuis quelques mois. Je l'ai mis en copie.",
        quote="apple",
    ),
    email(
        "not_now",
        "2027-09-22 14:10",
        "Olivier Guillot",
        "Je ne bouge pas avant d'avoir touché mon bonus en décembre. Après ça, volontiers.",
        quote="gmail",
        date="2027-12-01",
        note="event tied to a month",
    ),
    email(
        "question",
        "2027-10-05 15:20",
        "Ingrid Lefort",
        "Bonjour Hugo,\n\nPeut-être ! Deux questions : les astreintes sont-elles rémunérées, "
        "et combien de personnes se les partagent ?\n\nMerci,\nIngrid",
        html="only",
    ),
    sms("opt_out", "2027-10-12 20:50", "stop svp"),
    sms(
        "not_now",
        "2027-10-14 19:00",
        "pas dispo en ce moment, recontactez-moi dans 3 semaines",
        note="in N weeks",
        date="2027-11-04",
    ),
    email(
        "interested",
        "2027-10-19 21:10",
        "Ryan Marchetti",
        "salut, ouais partant pour un call. ça fait un moment que je pense à bouger. le soir "
        "c'est mieux pour moi",
        quote="android",
        note="lower case, informal",
    ),
    email(
        "not_interested",
        "2027-10-26 13:40",
        "Dominique Poirier",
        "Merci d'avoir pensé à moi. J'ai décidé de rester chez mon employeur actuel, "
        "j'y suis très bien.",
        quote="outlook",
    ),
    email(
        "wrong_person",
        "2027-11-02 09:40",
        "Josiane Hubert",
        "Bonjour Camille, je pense que ce message était destiné à quelqu'un d'autre, je suis "
        "l'office manager ici, pas développeuse.",
        quote="outlook",
    ),
    email(
        "accepted_elsewhere",
        "2027-11-09 17:10",
        "Marco Rossi",
        "Je viens de commencer chez Back Market lundi dernier, donc non, mais merci !",
        quote="gmail",
    ),
    email(
        "not_now",
        "2027-11-17 10:30",
        "Paul Renaud",
        "Ça a l'air intéressant, mais je ne bouge pas avant la fin de l'année. Après Noël, "
        "avec plaisir.",
        quote="outlook",
        date="2028-01-02",
        note="après Noël",
    ),
    email(
        "out_of_office",
        "2027-12-21 18:00",
        "Fanny Leblanc",
        "Je suis en vacances, je reviens vers vous après le Nouvel An !",
        quote="iphone",
        date="2028-01-02",
        note="typed by hand, no auto headers",
    ),
    bounce(
        "2027-01-14 12:40",
        "k.morel@numericable.fr",
        "This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your "
        "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "                   The mail system\n\n<{rcpt}>: host {host}[198.51.100.9] said: 552 "
        "5.2.2\n    <{rcpt}>: Mailbox full (in reply to RCPT TO command)",
        "5.2.2",
        "552 5.2.2 <k.morel@numericable.fr>: Mailbox full",
        note="mailbox full, English notice",
    ),
    bounce(
        "2027-09-14 15:40",
        "p.vasseur@novacraft.fr",
        "Bonjour,\n\nCe message a été créé automatiquement par le logiciel de messagerie.\n\n"
        "Votre message n'a pas pu être remis : le domaine du destinataire est introuvable.\n\n"
        "<{rcpt}> : Host or domain name not found. Name service error for name=novacraft.fr "
        "type=MX: Host not found",
        "5.4.4",
        "Host or domain name not found",
        note="domain gone, French notice",
    ),
    sms("not_interested", "2027-11-16 13:20", "nan, pas intéressé"),
    email(
        "question",
        "2027-11-23 16:20",
        "Lily Nguyen",
        "Ça a l'air intéressant. Le titre est-il négociable ? Je suis Staff depuis trois ans "
        "et je ne reviendrai pas à Senior.",
        quote="gmail",
    ),
    email(
        "opt_out",
        "2027-11-30 12:50",
        "Gilles Hardy",
        "Je ne suis pas intéressé et j'aimerais que vous arrêtiez de m'envoyer ces messages. "
        "Merci.",
        quote="apple",
        note="not interested + stop: opt_out",
    ),
    sms("opt_out", "2026-06-23 10:10", "Stop, merci de ne plus m'écrire"),
    email(
        "interested",
        "2027-01-21 09:40",
        "Mélanie Dufour",
        "Bonjour Madame Roux,\n\nCela ressemble exactement à ce que je cherche. Pouvez-vous "
        "m'envoyer la fiche de poste ? Nous pourrons ensuite nous appeler.\n\nCordialement,\n"
        "Mélanie Dufour",
        quote="outlook-old",
        charset="iso-8859-1",
    ),
    email(
        "interested",
        "2027-04-20 10:20",
        "Sélim Ayari",
        "Bonjour Hugo, je suis partant ! Ça a l'air vraiment bien.\n\nSélim",
        quote="iphone",
        note="stop only in quote",
    ),
    email(
        "not_interested",
        "2027-09-21 08:50",
        "Franck Bailly",
        "Merci, mais la fintech ne m'attire pas du tout. Je reste dans la santé.",
        quote="outlook",
    ),
    email(
        "wrong_person",
        "2027-12-14 11:00",
        "Jordan Petit",
        "Bonjour, je ne suis pas Jordan Petit le développeur, mais Jordan Petit le "
        "boulanger. Ça arrive souvent !",
        quote="gmail",
        note="namesake",
    ),
    # ---------------------------------------------------------------- batch 4
    email(
        "interested",
        "2026-03-26 12:35",
        "Noé Lambert",
        "Bonjour Hugo, désolé, j'avais raté votre SMS ! Oui, ça m'intéresse, on peut "
        "s'appeler à l'heure du déjeuner.",
        touch=-1,
        note="STOP only in quote",
    ),
    email(
        "not_now",
        "2026-12-03 08:25",
        "Elsa Jacob",
        "Merci pour la relance. Je ne bouge pas avant mon bonus d'avril, après volontiers.",
        touch=-1,
        quote="iphone",
        date="2027-04-01",
        note="STOP only in quote; event tied to a month",
    ),
    email(
        "interested",
        "2026-06-30 13:05",
        "Léon Masson",
        "Ça me va, je suis partant. Envoyez-moi un créneau.",
        quote="bottom",
        note="bottom-posted",
    ),
    email(
        "not_interested",
        "2027-03-30 18:35",
        "Roger Abadie",
        "Merci, mais je vais passer mon tour.",
        quote="bottom",
        note="bottom-posted",
    ),
    email(
        "question",
        "2026-10-13 09:45",
        "Antoine Vidal",
        "Bonjour Hugo,\n\nPourriez-vous m'en dire plus sur les astreintes, et sur la part de "
        "nouveaux projets par rapport à la maintenance ?\n\nCordialement,\nAntoine Vidal\nLead "
        "Engineer\n\nCe message et toutes les pièces jointes sont confidentiels et établis à "
        "l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non "
        "autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le "
        "détruire et d'en avertir immédiatement l'expéditeur.",
        quote="outlook",
        html="alt",
        note="legal signature",
    ),
    email(
        "opt_out",
        "2027-02-02 10:10",
        "Catherine Perrot",
        "Merci de me supprimer de vos fichiers.\n\nCordialement,\nCatherine Perrot\n"
        "Responsable plateforme\n\nPensez à l'environnement avant d'imprimer ce courriel.",
        quote="outlook",
        note="with signature",
    ),
    email(
        "referral",
        "2027-05-25 15:25",
        "Corentin Weil",
        "Pas pour moi, mais contactez directement Marc Lefebvre : marc.lefebvre@gmail.com. Il "
        "vient de quitter Criteo et cherche.",
        quote="gmail",
    ),
    sms("wrong_person", "2027-02-09 19:10", "Je ne suis pas Jérôme, c'est un nouveau numéro."),
    sms(
        "opt_out",
        "2026-10-01 17:15",
        "Plus de SMS svp, écrivez-moi par mail",
        note="stop on one channel is still opt_out",
    ),
    email(
        "opt_out",
        "2026-08-20 11:30",
        "Hubert Fichet",
        "Oui, je suis très intéressé... par ma désinscription de votre liste.",
        note="sarcasm: 'intéressé' + unsubscribe",
    ),
    email(
        "interested",
        "2026-05-28 16:10",
        "Aurélien Costa",
        "Hi Dana, yes, happy to chat. I'm based in Paris but I work in English every day.",
        lang="en",
        quote="gmail",
        note="English reply",
    ),
    email(
        "not_now",
        "2027-06-23 14:20",
        "Maxime Tremblay",
        "Bonjour Camille, merci pour ton courriel. Je suis pas mal occupé présentement, mais "
        "reviens-moi en septembre, ça va me faire plaisir de jaser.",
        quote="outlook",
        date="2027-09-01",
        note="québécois",
    ),
    email(
        "question",
        "2027-02-25 11:35",
        "Aline Janssens",
        "Bonjour, le salaire proposé est de combien ? J'habite à Bruxelles : le télétravail "
        "depuis la Belgique est-il possible ?",
        quote="gmail",
        note="Belgian",
    ),
    email(
        "accepted_elsewhere",
        "2026-06-24 16:10",
        "Hugues Marin",
        "Merci Camille, je viens d'accepter un poste dans une autre boîte de logistique, je "
        "dois donc décliner. Bonne chance !",
        html="only",
        note="html-only",
    ),
    email(
        "referral",
        "2027-07-27 12:20",
        "Noémie Quentin",
        "Pourquoi vous m'écrivez sans arrêt ? Je suis PM. C'est mon collègue Raj qu'il vous "
        "faut : raj.patel@outlook.fr",
        quote="apple",
        note="annoyed but no stop request",
    ),
    email(
        "out_of_office",
        "2026-08-19 04:05",
        "Zoé Amrani",
        "Bonjour ! Je suis en tour du monde jusqu'à mi-septembre et je lis rarement mes mails.",
        quote="none",
        date="2026-09-15",
        extra={"X-Autoreply": "yes"},
        note="vacation responder without Auto-Submitted; mi-",
    ),
    email(
        "wrong_person",
        "2027-10-28 10:45",
        "Wei Chen",
        "Je ne suis pas M. Chen l'ingénieur. Merci de vérifier votre fichier.",
        quote="outlook",
    ),
    # ---------------------------------------------------------------- batch 5
    bounce(
        "2026-06-17 11:45",
        "j.moreau@cabinet-moreau.fr",
        "Votre message à {rcpt} n'a pas pu être remis.\n"
        "\n"
        "L'adresse e-mail du destinataire ne semble pas accepter les messages provenant de "
        "l'extérieur de son organisation.\n"
        "\n"
        "Comment résoudre le problème : contactez le destinataire par un autre moyen (par "
        "téléphone, par exemple).\n"
        "\n"
        "Informations de diagnostic pour les administrateurs :\n"
        "\n"
        "Serveur de génération : {host}\n"
        "\n"
        "{rcpt}\n"
        "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied.'",
        "5.4.1",
        "550 5.4.1 Recipient address rejected: Access denied.",
        dsn="exchange",
        html="alt",
        note="Microsoft 365 access denied, French",
    ),
    bounce(
        "2027-04-13 09:10",
        "a.hardy@energies-ouest.fr",
        "This is the mail system at host mail.northwind.example.\n"
        "\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n"
        "\n"
        "                   The mail system\n"
        "\n"
        "<{rcpt}>: host {host}[192.0.2.44] said: 550 5.7.1 Message rejected\n"
        "    due to local policy (in reply to end of DATA command)",
        "5.7.1",
        "550 5.7.1 Message rejected due to local policy",
        note="policy rejection",
    ),
    # --- appended 2026-12-06 by a new writer (session 22): opt-outs in many wordings and
    # hard negatives that are not; written before any rule was changed.
    email(
        "opt_out",
        "2027-01-12 10:10",
        "Claire Dubois",
        "Merci de ne plus me contacter.",
        note="new writer s22; polite",
    ),
    email(
        "opt_out",
        "2027-01-19 14:25",
        "Antoine Lefèvre",
        "Madame,\n\nConformément au RGPD, je vous demande de supprimer l'ensemble de mes données "
        "personnelles et de cesser tout contact.\n\nCordialement,\nAntoine Lefèvre",
        quote="outlook",
        note="new writer s22; rgpd",
    ),
    sms("opt_out", "2027-01-26 19:40", "Ne m'écrivez plus", note="new writer s22"),
    email(
        "opt_out",
        "2027-02-02 09:05",
        "Julien Moreau",
        "Désabonnez-moi s'il vous plaît.",
        quote="iphone",
        note="new writer s22",
    ),
    email(
        "opt_out",
        "2027-02-09 16:50",
        "Sandrine Petit",
        "Arrêtez de m'écrire, c'est le troisième mail cette semaine.",
        note="new writer s22; angry",
    ),
    email(
        "opt_out",
        "2027-02-16 11:35",
        "Nicolas Garnier",
        "Je ne souhaite plus recevoir vos messages.",
        quote="outlook",
        note="new writer s22",
    ),
    email(
        "opt_out",
        "2027-02-23 08:40",
        "Émilie Roux",
        "Retirez-moi de votre liste de diffusion, merci.",
        note="new writer s22",
    ),
    sms("opt_out", "2027-03-02 21:15", "Effacez mon numéro svp", note="new writer s22; indirect"),
    email(
        "opt_out",
        "2027-03-09 13:00",
        "Pierre Fontaine",
        "Pas intéressé, et je ne veux plus être sollicité.",
        quote="apple",
        note="new writer s22; no + stop",
    ),
    email(
        "opt_out",
        "2027-03-16 10:30",
        "Manon Girard",
        "Bonjour,\n\nJe vous prie de m'oublier : plus de mails, plus d'appels.\n\nManon",
        note="new writer s22; indirect",
    ),
    email(
        "wrong_person",
        "2027-03-23 15:45",
        "Luc Bertrand",
        "J'ai arrêté le développement il y a longtemps, je suis boulanger maintenant. Vous vous "
        "trompez de personne.",
        note="new writer s22; hard negative: arrêté",
    ),
    email(
        "interested",
        "2027-03-30 09:25",
        "Camille Laurent",
        "Avec plaisir ! Je peux passer à vos bureaux jeudi pour en discuter.",
        quote="outlook",
        note="new writer s22; hard negative: passer",
    ),
    email(
        "question",
        "2027-04-06 12:15",
        "Hugo Mercier",
        "Pourquoi pas. Pourriez-vous retirer la question sur le salaire actuel du formulaire ? Et "
        "quelle est la fourchette de rémunération ?",
        note="new writer s22; hard negative: retirer",
    ),
    email(
        "not_now",
        "2027-04-13 17:05",
        "Aurélie Blanc",
        "Pas pour le moment, recontactez-moi à la rentrée.",
        date="2027-09-01",
        note="new writer s22; à la rentrée",
    ),
    email(
        "not_interested",
        "2027-04-20 10:40",
        "Vincent Chevalier",
        "Non merci, ça ne m'intéresse pas.",
        note="new writer s22; hard negative",
    ),
    sms("interested", "2027-04-27 18:20", "Oui, appelez-moi demain", note="new writer s22"),
    # --- appended 2026-12-06, second batch (session 22): hard negatives with risky words and
    # opt-outs in other styles; written after the first held-out measurement, before any change.
    email(
        "interested",
        "2027-05-03 09:10",
        "Léa Bonnet",
        "Oui, intéressée ! Je ne suis plus chez Atalaya, écrivez-moi plutôt à cette adresse.",
        note="new writer s22b; hard negative: ne plus",
    ),
    email(
        "wrong_person",
        "2027-05-10 11:40",
        "Marc Rousseau",
        "Je ne fais plus de développement depuis des années, je suis dans la vente. Mauvaise "
        "personne.",
        note="new writer s22b; hard negative: ne plus",
    ),
    email(
        "referral",
        "2027-05-17 14:05",
        "Sophie Lambert",
        "Pas pour moi, mais mon collègue Paul Martin cherche : paul.martin@gmail.com.",
        note="new writer s22b; referral with address",
    ),
    email(
        "not_interested",
        "2027-05-24 16:30",
        "Thierry Faure",
        "Merci, mais je suis bien là où je suis.",
        note="new writer s22b; hard negative",
    ),
    email(
        "question",
        "2027-05-31 10:15",
        "Nadia Perrin",
        "Quel est le salaire ? Je ne veux plus perdre de temps avec des process qui n'aboutissent "
        "pas.",
        note="new writer s22b; hard negative: ne veux plus",
    ),
    email(
        "interested",
        "2027-06-07 12:50",
        "Olivier Renaud",
        "Ça m'intéresse. Vous pouvez supprimer mon ancien numéro, le nouveau est le 06 12 34 56 "
        "78.",
        note="new writer s22b; hard negative: supprimer mon ancien numéro",
    ),
    email(
        "opt_out",
        "2027-06-14 08:20",
        "Isabelle Roy",
        "Je vous ai déjà dit non deux fois. Merci de cesser vos relances.",
        note="new writer s22b; angry",
    ),
    email(
        "opt_out",
        "2027-06-21 13:35",
        "Gilles Marchand",
        "Veuillez me retirer de vos fichiers.",
        note="new writer s22b; formal",
    ),
]

# --- appended 2026-12-06, third batch (session 23, a new writer who had not read the classifier):
# many opt-outs in every wording, and hard negatives that use stop / remove / list / no more.
REPLIES += [
    email(
        "opt_out",
        "2026-02-05 10:20",
        "François Lemaire",
        "Madame, Monsieur,\n\nConformément aux articles 17 et 21 du RGPD, je vous demande de "
        "supprimer l'ensemble de mes données personnelles et de ne plus les traiter. Merci de "
        "m'en confirmer la suppression.\n\nCordialement,\nFrançois Lemaire",
        quote="outlook",
        note="new writer s23; legalistic: RGPD erasure and objection",
    ),
    sms(
        "opt_out",
        "2026-02-13 19:20",
        "STOP",
        note="new writer s23; sms: STOP alone, as french marketing texts teach",
    ),
    email(
        "opt_out",
        "2026-02-26 13:40",
        "Julien Mercier",
        "Bonjour Camille,\n\nPas intéressé. Merci de me retirer de votre liste de diffusion.\n\n"
        "Cordialement,\nJulien",
        note="new writer s23; plain no plus liste de diffusion",
    ),
    sms(
        "opt_out",
        "2026-03-06 12:35",
        "Qui vous a donné mon numéro ? Ne me contactez plus.",
        note="new writer s23; indirect: qui vous a donné mon numéro",
    ),
    email(
        "opt_out",
        "2026-03-20 08:15",
        "Sylvie Caron",
        "Merci de ne plus m'écrire.",
        quote="iphone",
        note="new writer s23; short, mobile",
    ),
    email(
        "opt_out",
        "2026-04-03 15:45",
        "Nathalie Girard",
        "Bonjour,\n\nJ'ai accepté un poste ailleurs le mois dernier. Merci de me désinscrire de "
        "vos envois, je ne suis plus en recherche.\n\nBien à vous,\nNathalie Girard",
        quote="outlook",
        charset="iso-8859-1",
        note="new writer s23; mixed: accepted elsewhere, then asks to unsubscribe; latin-1",
    ),
    email(
        "opt_out",
        "2026-04-17 10:30",
        "Antoine Roussel",
        "Bonjour Hugo,\n\nLe poste a l'air intéressant mais ce n'est pas le moment pour moi.\n\n"
        "Bonne journée,\nAntoine\n\nPS : pourriez-vous supprimer mes coordonnées de votre base ? "
        "Merci.",
        quote="apple",
        note="new writer s23; the stop request is in a PS, after a not-now",
    ),
    sms(
        "opt_out",
        "2026-04-24 20:10",
        "ARRÊTEZ DE M'ENVOYER DES MESSAGES. C'est la 3e fois.",
        note="new writer s23; angry, caps",
    ),
    email(
        "opt_out",
        "2026-05-08 08:50",
        "Kevin Lambert",
        "merci de ne plus me contacter svp, je ne suis pas interesse",
        quote="android",
        note="new writer s23; no capitals, missing accents",
    ),
    email(
        "opt_out",
        "2026-05-21 14:40",
        "Ryan Cooper",
        "Please take me off your mailing list, I am not looking for a new job.",
        lang="en",
        note="new writer s23; english reply to a french outreach",
    ),
    sms(
        "opt_out",
        "2026-06-04 17:25",
        "desinscription svp",
        note="new writer s23; sms without accent",
    ),
    email(
        "opt_out",
        "2026-06-18 11:55",
        "Pascale Fontaine",
        "Madame,\n\nJe vous prie de bien vouloir cesser toute sollicitation à mon égard. Je n'ai "
        "jamais consenti à recevoir vos offres.\n\nVeuillez agréer, Madame, mes salutations "
        "distinguées.\nP. Fontaine",
        quote="outlook-old",
        note="new writer s23; formal: cesser toute sollicitation",
    ),
    email(
        "opt_out",
        "2026-07-02 09:20",
        "Manon Bertin",
        "Désinscrivez-moi.",
        html="only",
        note="new writer s23; one word; html only",
    ),
    email(
        "opt_out",
        "2026-07-16 16:35",
        "Laurent Gauthier",
        "Franchement, ça devient pénible. Troisième relance alors que je n'ai jamais répondu. "
        "Oubliez-moi.",
        note="new writer s23; angry and indirect: oubliez-moi",
    ),
    sms(
        "opt_out",
        "2026-07-30 13:05",
        "Mauvais numéro. Supprimez-le de vos fichiers svp.",
        note="new writer s23; wrong number and asks to delete it: the stop wins",
    ),
    email(
        "opt_out",
        "2026-08-13 10:55",
        "Mathieu Colin",
        "Pas intéressé, et merci de ne plus m'envoyer de mails.",
        quote="android",
        note="new writer s23; plain no plus ne plus m'envoyer",
    ),
    email(
        "opt_out",
        "2026-08-27 12:40",
        "Élodie Marchand",
        "Bonjour,\n\nJe vous serais reconnaissante de ne plus me solliciter à l'avenir. Merci de "
        "votre compréhension.\n\nÉlodie",
        note="new writer s23; polite conditional",
    ),
    email(
        "opt_out",
        "2026-09-10 14:15",
        "Thierry Blanc",
        "Je souhaite exercer mon droit d'opposition : retirez-moi de votre fichier de candidats "
        "et indiquez-moi la source de mes données, comme le prévoit le RGPD.",
        quote="outlook",
        cte="base64",
        note="new writer s23; legalistic: droit d'opposition; base64",
    ),
    email(
        "opt_out",
        "2026-09-24 08:40",
        "Geneviève Tremblay",
        "Bonjour, svp retirez mon nom de votre liste d'envoi. Merci et bonne journée!",
        quote="iphone",
        note="new writer s23; quebec register",
    ),
    sms(
        "opt_out",
        "2026-10-08 20:30",
        "stp arrête de m'écrire",
        note="new writer s23; sms, tutoiement",
    ),
    email(
        "not_interested",
        "2026-10-22 11:20",
        "Olivier Faure",
        "Merci, mais ça ne m'intéresse pas. Je suis bien là où je suis.",
        note="new writer s23; plain no",
    ),
    sms(
        "not_interested",
        "2026-11-05 18:50",
        "Non merci, pas intéressé",
        note="new writer s23; sms plain no",
    ),
    email(
        "not_interested",
        "2026-11-19 13:55",
        "Sophie Renaud",
        "Une « opportunité unique », la cinquième de la semaine. Non merci.",
        note="new writer s23; sarcasm, a plain no without a stop request",
    ),
    email(
        "not_interested",
        "2026-12-03 09:35",
        "Bernard Guerin",
        "Je me suis retiré du marché de l'emploi pour de bon, donc ce sera non. Bon courage pour "
        "votre recherche !",
        note="new writer s23; hard negative: retiré",
    ),
    email(
        "not_interested",
        "2026-12-17 15:40",
        "Isabelle Roy",
        "Pas pour moi : plus jamais d'astreintes, j'ai donné.",
        quote="apple",
        note="new writer s23; hard negative: plus jamais",
    ),
    email(
        "interested",
        "2027-01-14 10:50",
        "Maxime Dubois",
        "Ça m'intéresse ! Je suis à Lyon la semaine prochaine, je peux passer à vos bureaux si "
        "c'est plus simple.",
        note="new writer s23; proposes to stop by the office",
    ),
    sms(
        "interested",
        "2027-01-28 17:35",
        "Oui ça m'intéresse, appelez-moi après 18h",
        note="new writer s23; sms",
    ),
    email(
        "interested",
        "2027-02-11 14:25",
        "Camille Besson",
        "Avec plaisir. Je me suis désabonnée de toutes les alertes emploi, donc un message direct "
        "tombe bien. Jeudi 10h, ça vous va ?",
        note="new writer s23; hard negative: désabonnée (from something else)",
    ),
    email(
        "interested",
        "2027-02-25 11:35",
        "Romain Picard",
        "Ça me plaît, surtout pas plus de deux jours sur site. On s'appelle quand ?",
        note="new writer s23; hard negative: pas plus de",
    ),
    email(
        "interested",
        "2027-03-11 16:20",
        "Guillaume Perrin",
        "Bonjour Monsieur Martin,\n\nOui, je suis ouvert à un échange. Merci d'utiliser désormais "
        "cette adresse personnelle : ma boîte pro sera supprimée à la fin du mois.\n\n"
        "Cordialement,\nG. Perrin",
        quote="outlook",
        note="new writer s23; hard negative: supprimée",
    ),
    email(
        "question",
        "2027-03-25 13:10",
        "Aurélie Michel",
        "Avant de dire oui : quelle est la fourchette de salaire, et combien de jours de "
        "télétravail ?",
        note="new writer s23; question",
    ),
    sms(
        "question",
        "2027-04-08 19:50",
        "C'est payé combien ?",
        note="new writer s23; sms question",
    ),
    email(
        "question",
        "2027-04-22 09:25",
        "Damien Leroy",
        "Comment fonctionnent les astreintes ? Est-ce que ça s'arrête la nuit ou faut-il être "
        "joignable 24h/24 ? Ça conditionne ma réponse.",
        note="new writer s23; hard negative: s'arrête",
    ),
    email(
        "question",
        "2027-05-06 13:50",
        "Cécile Vidal",
        "Peut-être. Si ça ne se fait pas, vous gardez mon CV ou vous le supprimez ? Et c'est un "
        "CDI ?",
        quote="android",
        note="new writer s23; hard negative: asks about data without asking to delete it",
    ),
    email(
        "not_now",
        "2027-06-08 15:30",
        "Vincent Noël",
        "Pas en ce moment, on est en plein lancement. Vous pouvez me recontacter à la rentrée ?",
        date="2027-09-01",
        note="new writer s23; à la rentrée",
    ),
    sms(
        "not_now",
        "2026-12-03 18:15",
        "Pas dispo avant mi-janvier, réécrivez-moi à ce moment-là",
        date="2027-01-15",
        note="new writer s23; sms: mi-janvier",
    ),
    email(
        "not_now",
        "2026-10-06 10:45",
        "Hélène Morel",
        "Pas intéressée pour l'instant, peut-être l'année prochaine.",
        date="2027-01-01",
        note="new writer s23; pas intéressée pour l'instant, l'année prochaine",
    ),
    email(
        "not_now",
        "2027-02-09 12:05",
        "Claire Rolland",
        "Je suis en congé maternité jusqu'à fin avril. Après, volontiers.",
        date="2027-05-01",
        note="new writer s23; fin avril",
    ),
    email(
        "not_now",
        "2026-11-25 14:55",
        "Nicolas Arnaud",
        "On peut en reparler après les fêtes ? Décembre est très chargé chez nous.",
        quote="outlook",
        date="2027-01-02",
        note="new writer s23; après les fêtes in november",
    ),
    email(
        "not_now",
        "2027-07-20 09:55",
        "Lucie Chevalier",
        "À partir du 15/09 je serai plus disponible, pas avant malheureusement.",
        date="2027-09-15",
        note="new writer s23; written date day/month",
    ),
    email(
        "accepted_elsewhere",
        "2027-01-20 13:35",
        "Alexandre Robin",
        "Merci Camille, je viens de signer ailleurs, je commence le 1er mars.",
        note="new writer s23; accepted with a start date",
    ),
    sms(
        "accepted_elsewhere",
        "2027-02-04 16:55",
        "J'ai déjà trouvé un poste, merci quand même",
        note="new writer s23; sms",
    ),
    email(
        "accepted_elsewhere",
        "2027-05-20 10:30",
        "Émilie Barbier",
        "J'ai accepté une autre offre, donc plus d'entretiens pour moi. Merci d'avoir pensé à "
        "moi !",
        note="new writer s23; hard negative: plus d'entretiens",
    ),
    email(
        "referral",
        "2027-06-03 15:05",
        "Sébastien Meyer",
        "Pas pour moi, mais mon ancienne collègue Léa Moreau cherche justement. Écrivez-lui à "
        "lea.moreau@free.fr de ma part.",
        note="new writer s23; referral with address",
    ),
    sms(
        "referral",
        "2027-07-01 18:45",
        "Pas moi mais essayez mon frère Karim, il est dev backend : 06 12 34 56 78",
        note="new writer s23; sms referral with a number",
    ),
    email(
        "wrong_person",
        "2027-07-15 12:25",
        "Laura Fabre",
        "Vous devez me confondre avec quelqu'un d'autre : je suis kinésithérapeute, pas "
        "développeuse.",
        note="new writer s23; wrong person",
    ),
    sms(
        "wrong_person",
        "2027-07-29 15:40",
        "Erreur de numéro, il n'y a pas de Thomas ici.",
        note="new writer s23; wrong number without a stop request",
    ),
    email(
        "out_of_office",
        "2027-08-10 07:45",
        "Valérie Lefèvre",
        "Je suis absente du bureau jusqu'au 26/08 inclus, sans accès à mes e-mails. Pour toute "
        "urgence, écrivez à support@lefevre-conseil.fr.",
        auto=True,
        date="2027-08-26",
        note="new writer s23; jusqu'au with a numeric date",
    ),
    email(
        "out_of_office",
        "2026-12-22 10:10",
        "Patrick Giraud",
        "Bonjour, je serai de retour le lundi 4 janvier. Votre message ne sera pas transféré.",
        auto=True,
        date="2027-01-04",
        note="new writer s23; back date in the next year",
    ),
    email(
        "out_of_office",
        "2027-04-19 08:40",
        "Margaux Henry",
        "En congés jusqu'au mercredi 28 avril. Je vous répondrai à mon retour.",
        auto=True,
        date="2027-04-28",
        note="new writer s23; weekday and date",
    ),
    bounce(
        "2027-08-12 05:25",
        "m.poulain@orange.fr",
        "Ce message a été généré automatiquement.\n\nVotre message n'a pas pu être remis au "
        "destinataire suivant :\n\n{rcpt}\nAdresse inconnue.\n\nRaison : 550 5.1.1 <{rcpt}>: "
        "adresse inconnue",
        "5.1.1",
        "550 5.1.1 adresse inconnue",
        dsn="plain",
        note="new writer s23; french non-standard bounce",
    ),
    # ---------------------------------------------------------------- new writer s24
    email(
        "opt_out",
        "2027-01-11 10:25",
        "Sylvie Moreau",
        "Bonjour,\n\nMerci de me retirer de votre liste de diffusion. Je ne souhaite plus être "
        "contactée.\n\nCordialement,\nSylvie Moreau",
        quote="outlook",
        note="new writer s24; formal, 'liste de diffusion'",
    ),
    sms("opt_out", "2027-01-12 19:20", "STOP SMS", note="new writer s24; French carrier keyword"),
    email(
        "opt_out",
        "2027-01-15 14:10",
        "Laurent Girard",
        "Madame, Monsieur,\n\nConformément à l'article 17 du RGPD, je vous demande l'effacement de "
        "l'ensemble de mes données personnelles et, au titre de l'article 21, je m'oppose à toute "
        "prospection. À défaut de réponse sous un mois, je saisirai la CNIL.\n\nL. Girard",
        quote="outlook-old",
        charset="iso-8859-1",
        note="new writer s24; legalistic RGPD, CNIL threat; latin-1",
    ),
    sms(
        "opt_out",
        "2027-01-18 21:15",
        "Mon numéro est inscrit sur Bloctel. Comment vous l'avez eu ?",
        note="new writer s24; indirect: do-not-call register (Bloctel) + how did you get it",
    ),
    email(
        "opt_out",
        "2027-01-21 09:40",
        "Julien Lefebvre",
        "Arrêtez de m'envoyer des mails svp. Merci.",
        quote="bottom",
        note="new writer s24; curt",
    ),
    sms(
        "opt_out",
        "2027-01-25 12:30",
        "desabonnez moi",
        note="new writer s24; missing accent and hyphen",
    ),
    email(
        "opt_out",
        "2027-01-28 17:05",
        "Nathalie Bonnet",
        "Bonjour Hugo,\n\nJe ne suis pas la bonne personne, je suis dans la finance. Par contre je "
        "vous demande de supprimer mes coordonnées, c'est le troisième cabinet qui m'écrit pour "
        "ce poste.\n\nNathalie",
        quote="apple",
        note="new writer s24; wrong person plus delete my details: opt_out wins",
    ),
    email(
        "opt_out",
        "2027-02-02 08:15",
        "Thierry Dubois",
        "Pas intéressé. Ne me recontactez plus.",
        quote="iphone",
        note="new writer s24; no plus stop",
    ),
    email(
        "opt_out",
        "2027-02-04 16:30",
        "Kevin Mercier",
        "Franchement lâchez-moi la grappe, c'est le 4e message en 10 jours.",
        quote="android",
        note="new writer s24; slang, angry",
    ),
    sms(
        "opt_out",
        "2027-02-08 13:50",
        "Merci de ne plus m'appeler sur ce numéro, je suis au boulot",
        note="new writer s24; stop calls on this number: channel stop is opt_out",
    ),
    email(
        "opt_out",
        "2027-02-10 11:20",
        "Céline Fournier",
        "Je ne me suis jamais inscrite nulle part chez vous. Oubliez-moi, s'il vous plaît.",
        quote="gmail",
        html="alt",
        note="new writer s24; indirect: never signed up + forget me",
    ),
    email(
        "opt_out",
        "2027-02-12 15:45",
        "Antoine Roussel",
        "Bonjour Camille,\n\nLe poste ne m'intéresse pas, mais mon ancien collègue Mehdi Benali "
        "cherche justement : mehdi.benali@free.fr. Pour ma part merci de ne plus m'écrire.\n\n"
        "Antoine",
        quote="outlook",
        note="new writer s24; referral plus stop: opt_out wins",
    ),
    sms("opt_out", "2027-02-15 18:35", "stop", note="new writer s24; single word lower case"),
    email(
        "opt_out",
        "2027-02-17 10:10",
        "Isabelle Lambert",
        "merci de ne plus me contacter svp et d effacer mon numero de votre fichier",
        quote="android",
        note="new writer s24; no accents, no apostrophe",
    ),
    email(
        "opt_out",
        "2027-02-19 14:55",
        "Patrick Gauthier",
        "Foutez-moi la paix. Je n'ai jamais demandé à recevoir vos offres.",
        quote="gmail",
        note="new writer s24; angry",
    ),
    email(
        "opt_out",
        "2027-02-24 09:05",
        "Émilie Chevalier",
        "Merci de ne plus utiliser mon adresse professionnelle. Si vraiment vous avez quelque "
        "chose de pertinent, écrivez sur emilie.chevalier@laposte.net.",
        quote="outlook",
        note="new writer s24; stop on the work address (channel) is opt_out although another is "
        "offered",
    ),
    sms(
        "opt_out",
        "2027-02-26 20:40",
        "Qui vous a donné mon num ? Supprimez le svp",
        note="new writer s24; sms shorthand 'num', who gave you my number + delete",
    ),
    email(
        "opt_out",
        "2027-03-01 12:00",
        "Olivier Perrin",
        "Bonjour,\n\nJe vous prie de bien vouloir me désinscrire de l'ensemble de vos envois.\n\n"
        "Bien à vous,\nOlivier Perrin",
        quote="outlook",
        touch=-1,
        note="new writer s24; formal; quoted original also says STOP",
    ),
    email(
        "opt_out",
        "2027-03-03 16:25",
        "Manon Garnier",
        "Non merci, et j'aimerais ne plus recevoir ce genre de sollicitations de votre part.",
        quote="iphone",
        note="new writer s24; polite, 'ne plus recevoir ce genre de sollicitations'",
    ),
    # hard non-opt-outs
    email(
        "not_interested",
        "2027-01-13 11:35",
        "Sébastien Robin",
        "Merci pour le message, mais ce n'est pas pour moi. Ne le prenez pas mal !",
        quote="gmail",
        note="new writer s24; polite no without stop",
    ),
    sms(
        "not_interested",
        "2027-01-19 17:50",
        "Non merci, je suis bien où je suis",
        note="new writer s24",
    ),
    email(
        "question",
        "2027-01-27 10:20",
        "Aurélie Faure",
        "Bonjour,\n\nOù avez-vous trouvé mon adresse ? Et c'est pour quelle entreprise "
        "exactement ?\n\nAurélie",
        quote="outlook",
        note="new writer s24; where did you find my address, no stop request: question",
    ),
    email(
        "interested",
        "2027-02-01 19:10",
        "Romain Blanc",
        "Je viens justement de me désinscrire de Malt pour chercher un CDI, donc oui, je suis à "
        "l'écoute. On s'appelle jeudi ?",
        quote="gmail",
        note="new writer s24; 'désinscrire' from another platform; proposes a day",
    ),
    sms(
        "not_now",
        "2027-02-03 12:25",
        "J'arrête ma mission fin mars, revenez vers moi à ce moment-là",
        date="2027-04-01",
        note="new writer s24; 'arrête' is the contract; fin mars -> 1 April",
    ),
    email(
        "question",
        "2027-02-09 15:00",
        "Claire Dumont",
        "J'ai supprimé votre premier mail par erreur. Pouvez-vous me renvoyer la fiche de poste "
        "et la fourchette de salaire ?",
        quote="apple",
        note="new writer s24; 'supprimé' is our mail",
    ),
    email(
        "not_interested",
        "2027-02-11 09:30",
        "Yannick Leroy",
        "Merci de retirer ma candidature pour ce poste, j'ai réfléchi et ça ne correspond pas à "
        "ce que je cherche.",
        quote="outlook",
        note="new writer s24; hard case: withdraw from this role, not a stop request; careful "
        "recruiter: not_interested",
    ),
    sms(
        "question",
        "2027-02-16 13:15",
        "Plutôt par mail que par tél svp, je peux pas répondre en journée. C'est quel salaire ?",
        note="new writer s24; channel preference, no stop word, asks: question",
    ),
    email(
        "wrong_person",
        "2027-02-18 08:50",
        "Pierre Durand",
        "Vous vous trompez de Pierre Durand, je suis boulanger. Bonne continuation !",
        quote="iphone",
        note="new writer s24; wrong person no stop",
    ),
    sms(
        "wrong_person",
        "2027-02-22 19:40",
        "Erreur de numéro, je connais pas de Marine",
        note="new writer s24",
    ),
    email(
        "referral",
        "2027-02-25 14:40",
        "Delphine Morel",
        "Je ne suis pas intéressée, mais ma collègue Inès Caron pourrait l'être : "
        "ines.caron@orange.fr. Dites-lui que vous venez de ma part.",
        quote="gmail",
        note="new writer s24; no plus referral",
    ),
    email(
        "not_interested",
        "2027-03-02 18:20",
        "Guillaume Rey",
        "Génial, une astreinte 24/7 pour le même salaire, on en rêve tous. Non merci.",
        quote="gmail",
        note="new writer s24; sarcasm, plain no",
    ),
    email(
        "not_now",
        "2027-03-04 10:45",
        "Marion Picard",
        "Pas maintenant, je suis en pleine période d'essai. Recontactez-moi à la rentrée si le "
        "poste est toujours ouvert.",
        quote="outlook",
        date="2027-09-01",
        note="new writer s24; 'recontactez-moi' asks for contact; à la rentrée -> 1 September",
    ),
    sms(
        "interested",
        "2027-03-08 12:35",
        "Arrêtez tout, c'est exactement ce que je cherche ! Appelez-moi",
        note="new writer s24; 'arrêtez tout' as an exclamation of enthusiasm",
    ),
    email(
        "question",
        "2027-03-10 16:05",
        "Hélène Roche",
        "Avant de vous répondre, pouvez-vous me dire quelles données vous avez sur moi et d'où "
        "elles viennent ? Et le poste est-il en full remote ?",
        quote="outlook",
        note="new writer s24; hard case: asks what data and where from, but does not ask to stop "
        "or delete, and asks about the role: question",
    ),
    # the other labels
    email(
        "interested",
        "2027-03-15 09:55",
        "Vincent Marchand",
        "Bonjour Camille,\n\nÇa m'intéresse beaucoup. Je suis disponible mardi ou mercredi en "
        "fin de journée pour en parler.\n\nVincent",
        quote="outlook",
        charset="iso-8859-1",
        note="new writer s24; latin-1",
    ),
    sms(
        "interested",
        "2027-03-16 18:30",
        "Oui volontiers, rappelez moi après 18h",
        note="new writer s24",
    ),
    sms(
        "question",
        "2027-03-18 12:45",
        "C'est combien de jours de télétravail ?",
        note="new writer s24",
    ),
    email(
        "accepted_elsewhere",
        "2027-03-22 17:15",
        "Florence Adam",
        "Merci Hugo, mais je viens d'accepter une offre ailleurs, je commence en mai.",
        quote="gmail",
        note="new writer s24; start month is not a not_now date",
    ),
    sms(
        "accepted_elsewhere",
        "2027-03-24 20:20",
        "Déjà signé ailleurs, désolé !",
        note="new writer s24",
    ),
    email(
        "not_now",
        "2027-04-05 11:30",
        "Benoît Lemaire",
        "Le moment est mal choisi. Revenez vers moi début d'année prochaine.",
        quote="apple",
        date="2028-01-01",
        note="new writer s24; début d'année prochaine -> 1 January",
    ),
    email(
        "not_now",
        "2027-11-16 10:10",
        "Sandrine Colin",
        "Trop de choses en ce moment. Écrivez-moi après les fêtes.",
        quote="outlook",
        date="2028-01-02",
        note="new writer s24; après les fêtes in November -> 2 January",
    ),
    email(
        "out_of_office",
        "2027-04-13 06:40",
        "Jérôme Masson",
        "Bonjour, je suis absent du bureau jusqu'au 26/04/2027 inclus. En cas d'urgence, "
        "contactez support@masson-conseil.fr.",
        auto=True,
        date="2027-04-26",
        note="new writer s24; auto-reply, numeric date day/month",
    ),
    email(
        "out_of_office",
        "2027-07-26 07:05",
        "Caroline Giraud",
        "Je suis en congés et serai de retour le lundi 16 août.",
        auto=True,
        date="2027-08-16",
        note="new writer s24; weekday and date",
    ),
    email(
        "referral",
        "2027-04-15 15:50",
        "Fabien Noël",
        "Erreur de destinataire, je suis commercial. Mais notre lead backend, Lucas Brun, "
        "cherche : lucas.brun@gmail.com",
        quote="outlook",
        note="new writer s24; wrong person plus referral: referral",
    ),
    bounce(
        "2027-04-20 03:30",
        "a.petit@orange.fr",
        "Ceci est un message automatique du serveur de messagerie.\n\nVotre message n'a pas pu "
        "être remis au destinataire suivant :\n\n    {rcpt}\n\nAdresse inconnue.",
        "5.1.1",
        "550 5.1.1 User unknown",
        note="new writer s24; french DSN",
    ),
    sms(
        "not_interested",
        "2027-04-22 18:55",
        "Non merci. Pas besoin de me désinscrire hein, mais là c'est non",
        note="new writer s24; explicitly no need to unsubscribe: a no without stop",
    ),
    email(
        "opt_out",
        "2027-04-26 13:35",
        "Gilles Barbier",
        "Vous pouvez m'enlever de vos contacts, je ne changerai pas de poste avant longtemps.",
        quote="gmail",
        note="new writer s24; 'enlever de vos contacts', a no with a removal request",
    ),
    sms(
        "opt_out",
        "2027-04-27 09:10",
        "C'est qui ? Ne m'écrivez plus jamais sur ce numéro",
        note="new writer s24; who is this + never write again",
    ),
    email(
        "interested",
        "2027-04-28 16:45",
        "Laure Vidal",
        "Ne m'appelez pas avant 18h, je suis en réunion toute la journée. Mais oui, le poste "
        "m'intéresse, on peut caler un créneau jeudi soir ?",
        quote="iphone",
        note="new writer s24; hard case: 'ne m'appelez pas avant 18h' limits the hour, is not "
        "a stop",
    ),
    email(
        "not_now",
        "2027-05-04 10:05",
        "Maxime Carré",
        "Pas intéressé pour l'instant, peut-être l'année prochaine.",
        quote="outlook",
        date="2028-01-01",
        note="new writer s24; not interested right now, maybe next year: not_now",
    ),
    # ---------------------------------------------------------------- new writer s25
    email(
        "not_now",
        "2027-05-03 11:45",
        "Inès Haddad",
        (
            "Bonjour Claire,\n\nPas pour le moment, je viens d'être promue. Gardez-moi quand même "
            "dans vos contacts pour des postes\nde lead, et recontactez-moi à la rentrée.\n\nInès "
            "Haddad"
        ),
        quote="outlook",
        date="2027-09-01",
        note="new writer s25; 'gardez-moi dans vos contacts', à la rentrée",
    ),
    email(
        "interested",
        "2027-05-06 14:11",
        "Camille Bernard",
        (
            "Bonjour,\n\nLe poste m'intéresse beaucoup. Envoyez-moi une invitation quand vous "
            "voulez.\n\nCamille Bernard"
        ),
        html="only",
        note="new writer s25; html-only email",
    ),
    sms(
        "opt_out",
        "2027-05-11 16:27",
        "Lâchez-moi avec vos offres, c'est du harcèlement. Plus de messages.",
        note="new writer s25; sms, 'lâchez-moi', angry",
    ),
    email(
        "question",
        "2027-05-16 12:57",
        "Camille Bernard",
        (
            "Bonjour Antoine,\n\nÇa pourrait m'intéresser. Pouvez-vous m'envoyer la fiche de poste "
            "par mail, et me dire combien de jours\nde télétravail sont réellement possibles ?\n\n"
            "Merci,\nCamille"
        ),
        note="new writer s25; asks for the job description and remote policy before deciding",
    ),
    email(
        "referral",
        "2027-05-19 09:19",
        "Inès Haddad",
        (
            "Bonjour,\n\nCe n'est pas pour moi, mais mon ancien collègue Karim Benali cherche "
            "exactement ce type de poste.\nJe lui ai parlé de vous : karim.benali@gmail.com.\n\n"
            "Inès"
        ),
        note="new writer s25; declines, points to a colleague",
    ),
    email(
        "interested",
        "2027-05-23 15:33",
        "Camille Bernard",
        (
            "Bonjour Antoine,\n\nVous pouvez me désabonner de l'autre cabinet qui m'écrit tous les "
            "jours, mais pas de vous ;)\nOui, parlons-en cette semaine.\n\nCamille"
        ),
        cte="quoted-printable",
        note="new writer s25; 'désabonnez-moi de l'autre cabinet, pas de vous'",
    ),
    email(
        "interested",
        "2027-05-28 14:16",
        "Inès Haddad",
        (
            "Bonjour Claire,\n\nAvec grand plaisir ! Ça tombe bien, je réfléchissais justement à "
            "bouger. Quand êtes-vous disponible ?\n\nInès"
        ),
        note="new writer s25; enthusiastic",
    ),
    sms(
        "opt_out",
        "2027-06-01 14:39",
        "arretez de m'ecrire svp jsuis pas interessé",
        note="new writer s25; sms slang, no punctuation",
    ),
    sms(
        "interested",
        "2027-06-04 12:49",
        "Je préfère qu'on échange par mail plutôt que par SMS, mais oui ça m'intéresse",
        note="new writer s25; prefers email over sms, still yes",
    ),
    sms(
        "question",
        "2027-06-08 09:02",
        "Envoyez-moi la grille salariale d'abord, si c'est au-dessus de 70 on peut parler",
        note="new writer s25; 'envoyez-moi la grille salariale', question",
    ),
    sms(
        "interested",
        "2027-06-13 16:29",
        "Oui avec plaisir ! Écrivez-moi plutôt sur mon adresse perso : julien.moreau@orange.fr",
        note="new writer s25; yes + écrivez-moi sur mon adresse perso",
    ),
    email(
        "opt_out",
        "2027-06-16 08:21",
        "Julien Moreau",
        (
            "Madame, Monsieur,\n\nConformément aux articles 17 et 21 du RGPD, je vous demande de "
            "supprimer l'ensemble des données\npersonnelles me concernant et de cesser toute "
            "prospection à mon égard. À défaut de réponse sous un mois,\nje saisirai la CNIL.\n\n"
            "Cordialement,\nJulien Moreau"
        ),
        quote="outlook",
        note="new writer s25; legalistic, RGPD art. 17 + CNIL",
    ),
    email(
        "opt_out",
        "2027-06-20 12:15",
        "Inès Haddad",
        (
            "Bonjour Claire,\n\nMerci pour votre message et pour l'intérêt porté à mon profil. Je "
            "préfère toutefois ne plus être\nsollicitée : pourriez-vous me retirer de votre liste "
            "de diffusion ?\n\nBelle journée,\nInès"
        ),
        cte="quoted-printable",
        touch=-1,
        note="new writer s25; polite with thanks, retirer de votre liste",
    ),
    email(
        "interested",
        "2027-06-24 13:04",
        "Julien Moreau",
        (
            "Bonjour Claire, oui je suis partant pour en discuter. Dites-moi ce qui vous arrange.\n"
            "\nJulien"
        ),
        cte="base64",
        note="new writer s25; base64 body",
    ),
    sms(
        "opt_out",
        "2027-06-28 07:55",
        "Merci de ne plus m'envoyer de SMS sur ce numéro.",
        note="new writer s25; sms, merci de ne plus m'envoyer de SMS",
    ),
    email(
        "not_now",
        "2027-07-02 13:42",
        "Julien Moreau",
        (
            "Bonjour,\n\nLe timing n'est pas idéal. Inscrivez-moi à votre newsletter si vous en "
            "avez une, et relancez-moi\ndans quelques semaines.\n\nJulien"
        ),
        date="2027-07-23",
        note="new writer s25; 'inscrivez-moi à votre newsletter', dans quelques semaines",
    ),
    sms(
        "not_interested",
        "2027-07-06 11:13",
        "Merci mais le poste ne correspond pas à ce que je cherche. Bonne continuation",
        note="new writer s25; plain no, role not a fit, no stop",
    ),
    email(
        "interested",
        "2027-07-11 16:59",
        "Sophie Garnier",
        "Oui, volontiers. Je suis libre lundi après-midi.\n\nSophie",
        quote="bottom",
        note="new writer s25; bottom-posted",
    ),
    sms(
        "opt_out",
        "2027-07-15 15:39",
        "Non merci, et effacez mon numéro de votre fichier s'il vous plaît",
        note="new writer s25; no thanks + remove my number",
    ),
    sms("opt_out", "2027-07-20 13:16", "Non. STOP.", note="new writer s25; curt, 'STOP' plus no"),
    email(
        "opt_out",
        "2027-07-25 14:42",
        "Théo Lefèvre",
        (
            "Je ne sais pas où vous avez trouvé mon adresse, mais désinscrivez-moi immédiatement "
            "de vos envois.\nC'est le troisième message ce mois-ci.\n\nT. Lefèvre"
        ),
        quote="iphone",
        note="new writer s25; angry, où avez-vous eu mon adresse + désinscrivez-moi",
    ),
    sms(
        "interested",
        "2027-07-28 16:22",
        "Ok pour un appel. 06 12 34 56 78, après 18h",
        note="new writer s25; terse sms with phone number",
    ),
    sms(
        "not_now",
        "2027-08-02 07:41",
        "Gardez mon numéro, je serai dispo en janvier",
        note="new writer s25; 'gardez mon numéro', en janvier",
        date="2028-01-01",
    ),
    email(
        "interested",
        "2027-08-05 10:48",
        "Théo Lefèvre",
        (
            "Bonjour Antoine,\n\nMerci pour votre message. Mardi prochain à 10h, ça vous irait "
            "pour un premier échange ?\n\nBien cordialement,\nThéo Lefèvre"
        ),
        quote="outlook",
        note="new writer s25; proposes mardi 10h",
    ),
    sms(
        "opt_out",
        "2027-08-10 11:16",
        "Désinscription svp. Merci et bonne journée",
        note="new writer s25; polite, 'désinscription svp' with thanks",
    ),
    sms(
        "interested",
        "2027-08-14 10:40",
        (
            "Ne vous arrêtez surtout pas, c'est exactement le poste que je cherche ! Dispo jeudi "
            "ou vendredi"
        ),
        note="new writer s25; 'ne vous arrêtez pas' as encouragement",
    ),
    sms(
        "accepted_elsewhere",
        "2027-08-19 16:04",
        "Merci mais j'ai accepté une offre la semaine dernière",
        note="new writer s25; sms, accepted an offer",
    ),
    sms(
        "not_now",
        "2027-05-26 12:07",
        "Pas dispo en ce moment, recontactez-moi après le 15 juin",
        note="new writer s25; après le 15 juin",
        date="2027-06-16",
    ),
    sms(
        "question",
        "2027-08-29 13:06",
        "Supprimez les 2 jours sur site et je signe 😉 c'est négociable depuis Lille ?",
        note="new writer s25; 'supprimez les deux jours sur site et je signe'",
    ),
    email(
        "opt_out",
        "2027-09-02 14:11",
        "Sophie Garnier",
        (
            "Bonjour,\n\nMerci de ne plus m'appeler sur mon portable, je ne peux pas répondre au "
            "travail. Si besoin, écrivez-moi.\n\nSophie Garnier"
        ),
        quote="outlook",
        note="new writer s25; channel stop: ne m'appelez plus",
    ),
    email(
        "out_of_office",
        "2027-08-11 16:04",
        "Théo Lefèvre",
        (
            "Bonjour,\n\nJe suis absent du bureau jusqu'au 19 août inclus, avec un accès limité à "
            "mes e-mails.\nEn cas d'urgence, contactez support-data@meridia.example.\n\nThéo "
            "Lefèvre"
        ),
        auto=True,
        quote="none",
        email="theo.lefevre@meridia.example",
        date="2027-08-19",
        note="new writer s25; automatic reply with return date",
    ),
]

# --- appended 2026-12-06 by a new writer (session 26) who had not read the classifier.
S26 = "new writer s26"
REPLIES += [
    sms("opt_out", "2027-09-07 20:10", "STOP SMS", note=f"{S26}; channel, all caps"),
    email(
        "opt_out",
        "2027-09-13 10:55",
        "Nathalie Garnier",
        (
            "Madame, Monsieur,\n\nConformément au RGPD (article 17), je vous demande de supprimer "
            "l'ensemble de mes données\npersonnelles et de ne plus me contacter.\n\nCordialement,"
            "\nNathalie Garnier"
        ),
        quote="outlook",
        note=f"{S26}; RGPD article 17",
    ),
    email(
        "opt_out",
        "2027-09-20 15:21",
        "Olivier Lemaire",
        "Merci, mais ne m'écrivez plus s'il vous plaît.\n\nOlivier",
        quote="iphone",
        note=f"{S26}; polite, short",
    ),
    sms(
        "opt_out",
        "2027-09-27 12:39",
        "arretez de m appeler svp",
        note=f"{S26}; channel: stop calling, no accents",
    ),
    email(
        "opt_out",
        "2027-10-05 18:02",
        "Sébastien Mercier",
        (
            "C'est le troisième message cette semaine. Je ne vous ai jamais autorisé à utiliser "
            "mon adresse.\nDésinscrivez-moi immédiatement."
        ),
        note=f"{S26}; angry, never authorised",
    ),
    email(
        "opt_out",
        "2027-10-12 09:30",
        "Élodie Faure",
        (
            "Bonjour Camille,\n\nle poste a l'air intéressant, mais retirez-moi de votre liste de "
            "diffusion, je préfère chercher\npar moi-même.\n\nBonne journée,\nÉlodie"
        ),
        note=f"{S26}; sounds interesting but remove me from your list",
    ),
    sms(
        "opt_out",
        "2027-10-20 19:25",
        "Ne me contactez plus sur ce numéro",
        note=f"{S26}; channel: this number",
    ),
    email(
        "opt_out",
        "2027-10-28 11:14",
        "Patrick Renaud",
        (
            "Bonjour,\n\nJe n'ai jamais donné mon accord pour que vous ayez ce numéro ni cette "
            "adresse. Effacez mes\ncoordonnées.\n\nP. Renaud"
        ),
        quote="outlook-old",
        charset="iso-8859-1",
        note=f"{S26}; never consented, erase my details, latin-1",
    ),
    # ---- interested and questions with contact words
    sms("interested", "2027-09-08 07:40", "Oui, appelez-moi demain matin", note=f"{S26}"),
    email(
        "interested",
        "2027-09-16 21:05",
        "Claire Dubois",
        (
            "Bonsoir Hugo,\n\navec plaisir. Écrivez-moi plutôt sur mon adresse perso : "
            "claire.dubois@free.fr\n\nClaire"
        ),
        note=f"{S26}; yes + write to my personal address",
    ),
    sms(
        "interested",
        "2027-09-23 13:12",
        "Ok pour moi, envoyez-moi les détails par mail",
        note=f"{S26}; send me the details",
    ),
    email(
        "interested",
        "2027-09-30 17:44",
        "Antoine Girard",
        "Bonjour Camille,\n\nmon numéro : 06 12 34 56 78, joignable après 18h.\n\nAntoine",
        quote="android",
        note=f"{S26}; my number, reachable after 6",
    ),
    sms(
        "interested",
        "2027-10-07 12:26",
        "Dispo pour en parler, contactez-moi sur WhatsApp au même numéro",
        note=f"{S26}; WhatsApp",
    ),
    email(
        "question",
        "2027-10-14 10:03",
        "Laure Chevalier",
        (
            "Bonjour,\n\nintéressée, mais quel est le salaire ? Vous pouvez me joindre par "
            "téléphone quand vous voulez.\n\nLaure Chevalier"
        ),
        quote="outlook",
        note=f"{S26}; salary question + call me any time",
    ),
    email(
        "interested",
        "2027-10-21 14:47",
        "Romain Bertrand",
        (
            "Bonjour Hugo,\n\nvous pouvez me contacter quand vous voulez, mardi après-midi me "
            "conviendrait bien.\n\nRomain"
        ),
        note=f"{S26}; contact me any time, proposes Tuesday",
    ),
    sms(
        "interested",
        "2027-10-29 18:33",
        "Oui ça m'intéresse, rappelez-moi ce soir",
        note=f"{S26}; yes, call me back tonight",
    ),
    # ---- the other labels
    email(
        "not_now",
        "2027-11-04 09:22",
        "Gaëlle Morel",
        (
            "Bonjour Camille,\n\npas pour le moment, je termine une mission. Recontactez-moi en "
            "février.\n\nGaëlle"
        ),
        date="2028-02-01",
        note=f"{S26}; en février",
    ),
    sms(
        "not_now",
        "2027-12-10 16:58",
        "pas avant fin mars, je suis en plein projet",
        date="2028-04-01",
        note=f"{S26}; fin mars",
    ),
    email(
        "not_interested",
        "2027-11-10 11:31",
        "Thierry Blanc",
        "Merci mais ça ne m'intéresse pas.\n\nThierry",
        quote="outlook",
        note=f"{S26}; plain no",
    ),
    email(
        "referral",
        "2027-11-17 15:15",
        "Isabelle Perrin",
        (
            "Bonjour Hugo,\n\nce n'est pas pour moi, mais mon collègue Julien Petit cherche "
            "exactement ça : julien.petit@orange.fr\n\nIsabelle"
        ),
        note=f"{S26}; colleague's address",
    ),
    email(
        "out_of_office",
        "2027-12-22 08:08",
        "Sophie Lambert",
        (
            "Bonjour,\n\nje suis absente jusqu'au 3 janvier inclus. Pour toute urgence, merci de "
            "contacter\nrh@maison-lambert.example.\n\nSophie Lambert"
        ),
        auto=True,
        quote="none",
        email="s.lambert@maison-lambert.example",
        date="2028-01-03",
        note=f"{S26}; automatic reply, names an address",
    ),
    sms(
        "accepted_elsewhere",
        "2027-11-24 19:49",
        "J'ai accepté une offre ailleurs la semaine dernière, merci quand même",
        note=f"{S26}; sms",
    ),
    email(
        "wrong_person",
        "2027-12-01 13:36",
        "Marion Robin",
        (
            "Bonjour,\n\nvous faites erreur, je ne suis pas développeuse, je suis infirmière.\n\n"
            "Marion"
        ),
        note=f"{S26}; not an engineer",
    ),
    sms(
        "not_now",
        "2027-10-19 12:12",
        "Pas intéressé pour l'instant, peut-être l'année prochaine",
        date="2028-01-01",
        note=f"{S26}; a no with next year",
    ),
]

# --- appended by a new writer (session 27) who had not read the classifier: stop requests buried
# in longer replies or worded obliquely, yeses and questions that use stop-like words, and the
# other labels with varied dates.
S27 = "new writer s27"
REPLIES += [
    email(
        "opt_out",
        "2028-01-07 18:05",
        "Julien Garnier",
        (
            "Bonjour Camille,\n\nJe viens de rejoindre une scale-up à Bordeaux, donc le timing "
            "n'est pas bon. Et pour être franc,\nje préférerais ne plus recevoir d'offres de votre "
            "part, ni par mail ni par téléphone.\n\nBonne continuation,\nJulien"
        ),
        note=f"{S27}; news of a new job, then no more offers by mail or phone",
    ),
    sms(
        "opt_out",
        "2028-01-15 12:40",
        "Arretez de m'appeler svp, j'ai deja raccroche 3 fois",
        note=f"{S27}; one channel: calls, no accents",
    ),
    email(
        "opt_out",
        "2028-01-21 09:30",
        "Élodie Marchand",
        (
            "Madame, Monsieur,\n\nJe m'oppose, au titre de l'article 21 du RGPD, à toute "
            "prospection à mon égard, y compris\npour du recrutement. Merci de supprimer mon "
            "profil de votre ATS et de m'en confirmer la\nsuppression.\n\nCordialement,\n"
            "Élodie Marchand"
        ),
        quote="outlook",
        charset="iso-8859-1",
        note=f"{S27}; RGPD art. 21 objection, delete my profile from your ATS; latin-1",
    ),
    email(
        "opt_out",
        "2028-01-31 19:50",
        "Romain Faure",
        (
            "Salut Hugo,\n\nPas pour moi, mais mon ancien collègue Karim Benali "
            "(karim.benali@free.fr) serait parfait.\nTu peux lui dire que tu viens de ma part. "
            "Moi par contre, je te demande de ne plus me solliciter.\n\nRomain"
        ),
        note=f"{S27}; referral first, the stop request at the end",
    ),
    email(
        "opt_out",
        "2028-02-09 22:10",
        "Nathalie Petit",
        (
            "Quatrième relance, bravo pour la persévérance. Vous avez gagné un prix : celui de ne "
            "plus jamais\nm'écrire."
        ),
        quote="iphone",
        note=f"{S27}; sarcastic",
    ),
    sms(
        "opt_out",
        "2028-02-16 14:25",
        "Svp arrêtez de m'texter, chu pas intéressé pantoute",
        note=f"{S27}; Quebec register, one channel: texts",
    ),
    email(
        "opt_out",
        "2028-02-23 10:45",
        "Luc Vandenberghe",
        (
            "Bonjour Madame Roux,\n\nJe vous saurais gré de bien vouloir retirer mes coordonnées "
            "de votre fichier. Je ne souhaite\nplus être contacté, quelle que soit la fonction."
            "\n\nMes salutations distinguées,\nLuc Vandenberghe"
        ),
        quote="outlook-old",
        note=f"{S27}; Belgian, very formal, 'je vous saurais gré'",
    ),
    email(
        "opt_out",
        "2028-03-15 13:05",
        "Amandine Leroy",
        (
            "Bonjour Hugo,\n\nPar curiosité, c'est LinkedIn qui vous a donné mon mail ? Peu "
            "importe au fond : effacez-le et\nne m'écrivez plus, merci.\n\nAmandine"
        ),
        note=f"{S27}; data question, then erase it and don't write",
    ),
    sms(
        "opt_out",
        "2028-03-24 21:18",
        "desinscrivez moi de vos sms merci",
        note=f"{S27}; one channel, no accents",
    ),
    email(
        "opt_out",
        "2028-04-06 08:50",
        "Pierre Dubois",
        (
            "Hi Dana,\n\nSorry, my english is not perfect. I don't want to receive more messages "
            "about jobs, please erase\nmy email from your base.\n\nPierre"
        ),
        lang="en",
        note=f"{S27}; english by a french writer, non-native wording",
    ),
    email(
        "opt_out",
        "2028-04-20 17:40",
        "Mathieu Bonnet",
        (
            "Bonjour,\n\nMerci de considérer ce message comme notre dernier échange : je ne "
            "donnerai pas suite, ni maintenant\nni plus tard, et je ne souhaite plus être "
            "relancé.\n\nMathieu"
        ),
        quote="apple",
        note=f"{S27}; polite, 'notre dernier échange', 'ni maintenant ni plus tard'",
    ),
    email(
        "interested",
        "2028-01-12 11:20",
        "Claire Moreau",
        (
            "Bonjour Camille,\n\nJe passe à Paris jeudi prochain, je peux faire un saut dans vos "
            "bureaux si ça vous arrange.\nSinon un appel lundi me va très bien.\n\nClaire"
        ),
        note=f"{S27}; 'faire un saut' (stop by), proposes days",
    ),
    sms(
        "interested",
        "2028-02-03 18:35",
        "Oui carrément. Appelez-moi plutôt que de m'écrire, je réponds jamais aux mails",
        note=f"{S27}; yes + channel preference, 'jamais'",
    ),
    email(
        "interested",
        "2028-03-01 15:55",
        "Antoine Girard",
        (
            "Bonjour Hugo,\n\nOui, je suis partant. Vous pouvez arrêter de chercher, je crois que "
            "j'ai le profil :)\nQuand est-ce qu'on s'appelle ?\n\nAntoine"
        ),
        quote="outlook",
        note=f"{S27}; 'arrêter de chercher' as a joke, asks when",
    ),
    email(
        "interested",
        "2028-04-13 12:25",
        "Sarah Benhamou",
        (
            "Bonjour Camille,\n\nAvec plaisir. Pour la suite, merci d'utiliser mon adresse perso, "
            "sarah.benhamou@laposte.net :\nje quitte bientôt ma boîte et cette adresse sera "
            "désactivée.\n\nSarah"
        ),
        email="sarah.benhamou@quaternion-conseil.example",
        note=f"{S27}; yes + moves to a personal address, 'désactivée'",
    ),
    sms(
        "interested",
        "2028-05-04 09:15",
        "ok pour demain 12h30, appelez sur le fixe plutôt: 04 78 55 50 12",
        note=f"{S27}; agrees a time, gives a landline",
    ),
    email(
        "question",
        "2028-01-26 16:45",
        "Thomas Lefèvre",
        (
            "Bonjour Hugo,\n\nAvant d'aller plus loin : que faites-vous de mon CV si je ne suis "
            "pas retenu ? Combien de temps\nle gardez-vous ? Je ne dis pas non, je veux juste "
            "savoir.\n\nThomas"
        ),
        quote="android",
        note=f"{S27}; data-retention question, no stop",
    ),
    sms(
        "question",
        "2028-02-25 20:02",
        "c quoi le salaire ? et c en full remote ou pas ?",
        note=f"{S27}; sms shorthand",
    ),
    email(
        "question",
        "2028-03-29 10:10",
        "Inès Roussel",
        (
            "Bonjour Camille,\n\nEst-ce que je devrais arrêter mon activité de freelance à côté ? "
            "Si c'est compatible, je suis\npartante pour en parler.\n\nInès"
        ),
        quote="apple",
        note=f"{S27}; 'arrêter' about freelancing, asks before deciding",
    ),
    email(
        "question",
        "2028-05-11 14:48",
        "Yann Le Gall",
        (
            "Bonjour,\n\nLe poste de SRE impose-t-il des astreintes le week-end ? C'est ce qui "
            "m'a fait partir de mon dernier\nposte.\n\nYann"
        ),
        quote="outlook",
        cte="base64",
        note=f"{S27}; on-call question",
    ),
    email(
        "not_now",
        "2028-01-19 13:35",
        "Gaëlle Robin",
        (
            "Bonjour Hugo,\n\nPas pour l'instant, on termine un gros projet. Recontactez-moi à la "
            "mi-mars ?\n\nGaëlle"
        ),
        date="2028-03-15",
        note=f"{S27}; mi-mars",
    ),
    sms(
        "not_now",
        "2028-05-30 19:45",
        "Pas avant la rentrée, là je pars en congé",
        date="2028-09-01",
        note=f"{S27}; la rentrée, leave typed by hand",
    ),
    email(
        "not_now",
        "2028-06-02 11:30",
        "Hélène Mercier",
        (
            "Bonjour Camille,\n\nJe suis en période d'essai jusqu'au 31/08, je préfère ne rien "
            "envisager avant. Relancez-moi\naprès cette date si le poste est toujours ouvert."
            "\n\nHélène"
        ),
        quote="outlook",
        date="2028-09-01",
        note=f"{S27}; after a written date, day/month",
    ),
    email(
        "not_interested",
        "2028-02-29 16:20",
        "Vincent Perrin",
        ("Non merci. Le management ne m'intéresse pas et ne m'intéressera pas.\n\nVincent"),
        note=f"{S27}; firm no, now and later, without a stop",
    ),
    sms(
        "not_interested",
        "2028-04-27 12:05",
        "Non c'est non. Bonne journée",
        note=f"{S27}; firm no without a stop",
    ),
    email(
        "referral",
        "2028-03-08 09:40",
        "Léa Fontaine",
        (
            "Bonjour Camille,\n\nJe suis UX researcher, pas designer produit, mais ma binôme "
            "Chloé Martin (chloe.martin@orange.fr)\ncorrespond bien. Je la préviens que vous "
            "allez lui écrire.\n\nLéa"
        ),
        note=f"{S27}; wrong profile + colleague: referral",
    ),
    sms(
        "referral",
        "2028-06-07 17:55",
        "Pas moi mais mon frère est SRE, il s'appelle Malik, 06 55 50 12 34",
        note=f"{S27}; sms referral with a number",
    ),
    sms(
        "wrong_person",
        "2028-03-21 07:50",
        "Vous vous trompez de personne, je m'appelle pas Kevin et je suis boulangère",
        note=f"{S27}; wrong number",
    ),
    email(
        "accepted_elsewhere",
        "2028-04-17 15:10",
        "Baptiste Carré",
        (
            "Bonjour Hugo,\n\nJ'ai signé chez un concurrent la semaine dernière, j'y commence le "
            "2 mai. Gardez mon contact pour\nl'an prochain, qui sait !\n\nBaptiste"
        ),
        note=f"{S27}; accepted, start date and 'l'an prochain'",
    ),
    email(
        "out_of_office",
        "2028-05-12 07:15",
        "Sylvain Caron",
        (
            "Bonjour,\n\nJe suis absent du bureau jusqu'au mardi 23 mai inclus. Pour toute "
            "urgence, merci de contacter\nrh@cobalt-industries.example.\n\nCordialement,\n"
            "Sylvain Caron"
        ),
        auto=True,
        quote="none",
        email="sylvain.caron@cobalt-industries.example",
        date="2028-05-23",
        note=f"{S27}; automatic reply, jusqu'au ... inclus",
    ),
    bounce(
        "2028-04-01 02:35",
        "m.lebrun@wanadoo.fr",
        "Ce message vous est envoyé automatiquement par le serveur {host}.\n\nVotre message n'a "
        "pas pu être remis à {rcpt} :\nl'adresse n'existe pas.",
        "5.1.1",
        "550 5.1.1 <m.lebrun@wanadoo.fr>: adresse inexistante",
        dsn="plain",
        note=f"{S27}; non-standard plain bounce, address does not exist",
    ),
]

# ---------------------------------------------------------------- new writer s28
# Short replies with the words of a stop request (liste, supprimer, désinscrire, retirer,
# jamais, plus de, arrêter) that are not one; stops in ordinary and oblique forms; a few
# others. Writers from France and Québec.
S28 = "new writer s28"
REPLIES += [
    sms(
        "interested",
        "2028-07-04 11:21",
        "Oui envoie-moi la liste des prérequis, je te dis ce qui colle",
        note=f"{S28}; 'envoie-moi la liste' (requirements): a yes",
    ),
    sms(
        "interested",
        "2028-07-10 18:44",
        "Mets-moi sur la liste pour le café-rencontre de jeudi svp !",
        note=f"{S28}; 'mets-moi sur la liste'",
    ),
    email(
        "interested",
        "2028-07-14 13:02",
        "Mathieu Gagnon",
        "Bonjour Camille,\n\nPlus de questions de mon bord, c'est clair. On se parle quand? Je "
        "suis libre mardi en\naprès-midi.\n\nMathieu",
        note=f"{S28}; Québec, 'plus de questions', proposes a day",
    ),
    email(
        "interested",
        "2028-07-21 09:16",
        "Élodie Perrin",
        "Bonjour Hugo,\n\nVous pouvez supprimer l'ancien CV que je vous avais envoyé, voici la "
        "version à jour. Toujours\npartante pour le poste de data engineer !\n\nÉlodie",
        quote="outlook",
        note=f"{S28}; 'supprimer l'ancien CV', a new one: a yes",
    ),
    sms(
        "interested",
        "2028-07-26 20:37",
        "écris-moi plutôt sur mon mail perso à partir de maintenant : j.leroy@free.fr. et oui ça "
        "m'intéresse",
        note=f"{S28}; moves to a private address without asking to stop",
    ),
    sms(
        "interested",
        "2028-08-01 22:05",
        "Arrête pas de m'écrire là, chu juste lent à répondre 😅 oui ça m'intéresse",
        note=f"{S28}; Québec, 'arrête pas', a yes",
    ),
    sms(
        "interested",
        "2028-08-07 12:58",
        "Envoyez-moi d'autres offres comme celle-là, jamais vu une annonce aussi claire",
        note=f"{S28}; 'jamais' in praise, send more roles",
    ),
    sms(
        "interested",
        "2028-08-18 07:52",
        "jamais eu de nouvelles de l'autre recruteur, donc oui, dispo demain midi",
        note=f"{S28}; 'jamais' about another recruiter, proposes a time",
    ),
    email(
        "question",
        "2028-08-22 16:29",
        "Nadia Benali",
        "Bonjour Camille,\n\nEst-ce que mes données sont supprimées à la fin du processus si je "
        "ne suis pas retenue ?\nJe préfère savoir avant d'envoyer mon portfolio.\n\nNadia",
        quote="iphone",
        note=f"{S28}; asks whether data is deleted, does not ask to delete",
    ),
    sms(
        "question",
        "2028-08-25 19:03",
        "vous pouvez enlever le plafond de salaire ? en dessous de 70k je bouge pas",
        note=f"{S28}; 'enlever' the salary cap",
    ),
    sms(
        "question",
        "2028-08-31 08:40",
        "on peut se désinscrire des astreintes ou c'est obligatoire ?",
        note=f"{S28}; 'se désinscrire' about on-call",
    ),
    email(
        "question",
        "2028-09-06 14:14",
        "Gabriel Tremblay",
        "Allô Hugo,\n\nSi je rate le test technique, est-ce que je suis retiré de la banque de "
        "candidats pour de bon,\nou je peux réappliquer plus tard?\n\nGabriel",
        note=f"{S28}; Québec, asks whether he would be 'retiré' of the pool",
    ),
    sms(
        "not_now",
        "2028-09-13 17:26",
        "Repasse en mars, je suis bloqué sur un projet jusque-là",
        date="2029-03-01",
        note=f"{S28}; 'repasse en mars' (stop by again)",
    ),
    email(
        "not_now",
        "2028-07-17 10:07",
        "Sophie Marchand",
        "Bonjour Camille,\n\nPlus d'entretiens pour moi avant la rentrée, j'ai besoin de souffler "
        "cet été. Recontactez-moi\nà ce moment-là sans faute !\n\nSophie",
        date="2028-09-01",
        note=f"{S28}; 'plus d'entretiens' before la rentrée",
    ),
    sms(
        "not_interested",
        "2028-09-21 21:30",
        "Plus jamais de postes en banque pour moi, merci quand même",
        note=f"{S28}; 'plus jamais de postes en banque' is a no, not a stop",
    ),
    email(
        "not_interested",
        "2028-09-28 11:48",
        "Julien Moreau",
        "Bonjour Hugo,\n\nLe management, j'ai arrêté il y a deux ans et je n'y retourne pas. "
        "Merci et bonne recherche.\n\nJulien",
        quote="android",
        note=f"{S28}; 'j'ai arrêté' about management, a plain no",
    ),
    email(
        "referral",
        "2028-10-04 15:35",
        "Chloé Lambert",
        "Bonjour,\n\nCe n'est pas moi que vous cherchez, je suis prof de maths. Mais ne supprimez "
        "rien : mon frère\nThomas Lambert est développeur backend et il cherche, "
        "thomas.lambert@orange.fr.\n\nChloé",
        note=f"{S28}; wrong person + 'ne supprimez rien' + her brother: referral",
    ),
    sms(
        "accepted_elsewhere",
        "2028-10-06 13:19",
        "J'ai arrêté de chercher, j'ai signé chez Doctolib la semaine dernière. Merci !",
        note=f"{S28}; 'arrêté de chercher', signed elsewhere",
    ),
    sms(
        "opt_out",
        "2028-07-06 09:09",
        "n'écrivez plus à ce numéro svp",
        note=f"{S28}; one channel, short",
    ),
    sms(
        "opt_out",
        "2028-07-22 18:27",
        "Désabonnez-moi de la newsletter mais le poste m'intéresse, appelez-moi",
        note=f"{S28}; unsubscribe from the newsletter + yes: opt_out by rule 1",
    ),
    email(
        "opt_out",
        "2028-08-09 10:50",
        "Bernard Fontaine",
        "Madame, Monsieur,\n\nJe vous prie de supprimer l'ensemble des données me concernant et "
        "de ne plus me solliciter.\n\nCordialement,\nB. Fontaine",
        quote="outlook-old",
        note=f"{S28}; formal, delete and no more approaches",
    ),
    sms(
        "opt_out",
        "2028-08-28 22:31",
        "c qui ? jamais donné mon num à un recruteur. effacez-le",
        note=f"{S28}; never gave the number + erase it",
    ),
    email(
        "opt_out",
        "2028-09-11 07:58",
        "Isabelle Roy",
        "Bonjour,\n\nSVP ne m'écrivez plus à mon adresse du bureau. Mon gestionnaire a accès à ma "
        "boîte.\n\nIsabelle Roy",
        quote="outlook",
        note=f"{S28}; Québec, one channel: the work address",
    ),
    sms(
        "opt_out",
        "2028-10-11 15:42",
        "STOP les appels. 3 fois aujourd'hui, sérieux",
        note=f"{S28}; one channel: calls",
    ),
    email(
        "opt_out",
        "2028-10-26 19:12",
        "Laurent Girard",
        "Bonjour Camille,\n\nMerci d'avoir pensé à moi, c'est gentil. Je préférerais toutefois ne "
        "plus être sollicité à\nl'avenir, ni pour ce poste ni pour d'autres. J'espère que vous "
        "comprendrez.\n\nBien à vous,\nLaurent",
        quote="apple",
        note=f"{S28}; long, polite and oblique",
    ),
    sms(
        "opt_out",
        "2028-11-09 12:24",
        "Appelle-moi sur mon perso (06 12 55 48 90) et arrête d'utiliser ce numéro, c'est celui "
        "du boulot",
        note=f"{S28}; stop this number, gives another: opt_out",
    ),
    email(
        "out_of_office",
        "2028-10-20 06:05",
        "Aurélie Masson",
        "Bonjour,\n\nJe suis absente du bureau et je n'ai pas accès à mes messages. Je serai de "
        "retour le lundi\n30 octobre. Votre message ne sera pas transféré.\n\nAurélie Masson",
        auto=True,
        quote="none",
        email="a.masson@atelier-rives.example",
        date="2028-10-30",
        note=f"{S28}; automatic reply, back on a weekday and date, not forwarded",
    ),
    bounce(
        "2028-11-03 03:44",
        "p.garnier@laposte.net",
        "Ce message vous est envoyé automatiquement.\n\nVotre message n'a pas pu être remis à "
        "{rcpt} :\nce compte a été désactivé et ne reçoit plus de messages.",
        "5.2.1",
        "550 5.2.1 compte desactive",
        dsn="plain",
        note=f"{S28}; non-standard plain bounce, 'ne reçoit plus de messages'",
    ),
    sms(
        "wrong_person",
        "2028-11-13 17:08",
        "Mauvais numéro, y a pas de Julie ici. Jamais eu",
        note=f"{S28}; wrong number, 'jamais'",
    ),
    email(
        "accepted_elsewhere",
        "2028-11-20 09:33",
        "Antoine Dubois",
        "Bonjour Hugo,\n\nJ'ai stoppé mes recherches : j'ai accepté une offre chez Qonto et je "
        "commence en janvier.\nMerci quand même !\n\nAntoine",
        note=f"{S28}; 'stoppé mes recherches', start month is not a date",
    ),
]

# ---------------------------------------------------------------- new writer s29
# A tenth writer's batch: stops in many registers (polite, curt, RGPD, angry, Québécois, Swiss
# and Belgian writers, after a piece of news, with an end, one channel), yeses and questions that
# use stopping words, deferrals with dates, and a few of the other labels.
S29 = "new writer s29"
REPLIES += [
    email(
        "opt_out",
        "2028-12-05 10:22",
        "Sophie Lambert",
        "Bonjour Camille,\n\nMerci pour votre message. Je vous serais reconnaissante de bien "
        "vouloir retirer mes\ncoordonnées de vos fichiers.\n\nBien à vous,\nSophie Lambert",
        note=f"{S29}; polite and formal: retirer mes coordonnées de vos fichiers",
    ),
    sms(
        "opt_out",
        "2028-12-12 18:47",
        "arretez de m envoyer des sms svp",
        note=f"{S29}; no accents, no apostrophe",
    ),
    email(
        "opt_out",
        "2029-01-09 16:30",
        "Jean-François Tremblay",
        "Bonjour,\n\nJe ne suis pas intéressé pantoute, pis j'aimerais qu'on arrête de m'écrire "
        "à ce courriel-là.\nMerci.\n\nJ-F",
        quote="gmail",
        note=f"{S29}; Québécois, one address: arrête de m'écrire à ce courriel-là",
    ),
    email(
        "opt_out",
        "2029-01-22 11:05",
        "Hélène Roussel",
        "Madame, Monsieur,\n\nConformément à l'article 17 du RGPD, je vous demande l'effacement de "
        "l'ensemble des données\nme concernant. À défaut de réponse dans un délai d'un mois, je "
        "saisirai la CNIL.\n\nHélène Roussel",
        quote="outlook",
        charset="iso-8859-1",
        note=f"{S29}; legalistic: effacement, art. 17 RGPD, CNIL; iso-8859-1",
    ),
    sms(
        "opt_out",
        "2029-02-05 20:14",
        "C bon là, 3e sms de la semaine. Vous me lâchez maintenant",
        note=f"{S29}; angry and familiar: vous me lâchez",
    ),
    email(
        "opt_out",
        "2029-02-19 09:48",
        "Nicolas Perrin",
        "Salut Hugo,\n\nBonne année au passage ! Gros changement de mon côté : je quitte la tech "
        "pour reprendre la\nboulangerie familiale. Inutile donc de continuer à m'écrire, tu peux "
        "me sortir de ta base.\n\nNico",
        quote="apple",
        note=f"{S29}; buried after news: me sortir de ta base",
    ),
    email(
        "opt_out",
        "2029-03-05 14:11",
        "Laurent Favre",
        "Bonjour Madame Roux,\n\nJe vous prie de ne plus me contacter sur mon adresse "
        "professionnelle. Pour le reste, je\nne suis pas en recherche.\n\nMeilleures "
        "salutations\nLaurent Favre",
        note=f"{S29}; Swiss, one channel: the work address",
    ),
    email(
        "opt_out",
        "2029-03-26 17:37",
        "Isabelle Marchand",
        "Bonjour Camille,\n\nPouvez-vous me retirer de vos listes pour les six prochains mois ? "
        "Je viens de prendre un\nnouveau poste et je n'ai pas la tête à ça.\n\nIsabelle",
        quote="android",
        note=f"{S29}; a removal with an end (six months), plus a new job: opt_out by rule 1",
    ),
    sms(
        "opt_out",
        "2029-04-23 12:58",
        "Svp ne plus me téléphoner, je travaille à l'hôpital et je ne peux pas décrocher. Un sms "
        "ça va",
        note=f"{S29}; Belgian, one channel: no more calls (sms is fine)",
    ),
    sms(
        "interested",
        "2028-12-10 19:23",
        "J'ai posé ma démission vendredi, donc ça tombe à pic ! On s'appelle quand ?",
        note=f"{S29}; 'démission' (quit the job), a yes",
    ),
    email(
        "interested",
        "2029-01-15 13:40",
        "Thomas Girard",
        "Bonjour Camille,\n\nPas de STOP de mon côté, bien au contraire ! Le poste m'intéresse "
        "beaucoup. Jeudi\naprès-midi ?\n\nThomas",
        touch=-1,
        note=f"{S29}; 'pas de STOP', a yes; quoted original says STOP",
    ),
    email(
        "question",
        "2029-02-12 15:02",
        "Élodie Caron",
        "Bonjour Hugo,\n\nAvant d'aller plus loin : est-ce qu'on peut supprimer la clause de "
        "non-concurrence du contrat ?\nC'est bloquant pour moi. Et quelle est la fourchette de "
        "salaire ?\n\nÉlodie",
        quote="outlook",
        note=f"{S29}; 'supprimer la clause', asks pay",
    ),
    sms(
        "question",
        "2029-03-08 08:16",
        "Arrêtez tout, c'est exactement ce que je cherche 😄 C'est quoi la fourchette ?",
        note=f"{S29}; 'arrêtez tout' in enthusiasm, asks pay",
    ),
    email(
        "question",
        "2029-04-02 18:29",
        "Amandine Leroy",
        "Bonjour Camille,\n\nQui vous a donné mon adresse ? Je ne suis pas fâchée, juste "
        "curieuse. Sinon oui, le poste\nm'intéresse : c'est en full remote ?\n\nAmandine",
        quote="iphone",
        note=f"{S29}; asks where the address came from, no stop",
    ),
    email(
        "interested",
        "2029-05-07 10:35",
        "Kévin Dubois",
        "Bonjour Hugo,\n\nJ'ai supprimé mon profil LinkedIn il y a un mois, donc votre mail tombe "
        "bien. Oui, je suis\npartant pour en discuter, mardi ou mercredi.\n\nKévin",
        note=f"{S29}; 'supprimé mon profil' about a network, a yes",
    ),
    email(
        "not_now",
        "2028-12-18 12:50",
        "Claire Fontaine",
        "Bonjour Hugo,\n\nPas avant la rentrée : je suis en congé maternité jusqu'à fin juin. "
        "Recontactez-moi à ce\nmoment-là si le poste est toujours ouvert.\n\nClaire",
        date="2029-09-01",
        note=f"{S29}; typed absence that puts off to la rentrée",
    ),
    sms(
        "not_now",
        "2029-02-14 19:55",
        "Plutôt dans une quinzaine, là je suis en plein déménagement",
        date="2029-02-28",
        note=f"{S29}; 'dans une quinzaine' read as a couple of weeks (+14)",
    ),
    email(
        "not_now",
        "2029-04-09 09:15",
        "Olivier Blanc",
        "Bonjour Madame Roux,\n\nPas pour l'instant. Revenez vers moi après le 15 mai, mon projet "
        "se termine à ce moment-là.\n\nCordialement\nOlivier Blanc",
        quote="outlook-old",
        date="2029-05-16",
        note=f"{S29}; Belgian, 'après le 15 mai' is the day after",
    ),
    sms(
        "not_interested",
        "2028-12-19 13:21",
        "Non merci, ça ne m'intéresse pas",
        note=f"{S29}; plain no",
    ),
    email(
        "not_interested",
        "2029-01-29 17:44",
        "Julien Moreau",
        "Bonjour Camille,\n\nMerci, mais je préfère me retirer du processus pour le poste chez "
        "Tessera. Bonne continuation.\n\nJulien",
        job=2,
        note=f"{S29}; withdraws from one process: about the role, not contact",
    ),
    email(
        "not_interested",
        "2029-03-19 11:38",
        "Pierre Gauthier",
        "Un « senior » payé comme un junior, quelle aubaine. Non merci.",
        quote="android",
        note=f"{S29}; sarcasm with a plain no",
    ),
    email(
        "referral",
        "2029-02-26 14:25",
        "Manon Petit",
        "Bonjour Hugo,\n\nCe n'est pas pour moi, mais ma collègue Inès Benali "
        "(ines.benali@free.fr) cherche justement un\nposte de data engineer à Lyon. Vous pouvez "
        "la contacter de ma part.\n\nManon",
        job=1,
        note=f"{S29}; referral with address",
    ),
    sms(
        "referral",
        "2029-04-16 18:02",
        "Je suis plus dans le métier mais mon frère Yanis oui, 06 12 55 50 48",
        note=f"{S29}; sms referral with a number",
    ),
    email(
        "wrong_person",
        "2029-01-31 15:53",
        "Marie Lefèvre",
        "Bonjour,\n\nJe crois qu'il y a erreur, je suis infirmière. Vous devez chercher une autre "
        "Marie Lefèvre.",
        quote="iphone",
        note=f"{S29}; namesake",
    ),
    sms("wrong_person", "2029-05-09 12:40", "Mauvais numéro, désolé", note=f"{S29}; sms"),
    email(
        "accepted_elsewhere",
        "2029-01-03 10:10",
        "Antoine Mercier",
        "Bonjour Hugo,\n\nJ'ai accepté une offre chez Doctolib avant Noël, je commence le 4 "
        "février. Merci quand même\net bonne année !\n\nAntoine",
        quote="outlook",
        note=f"{S29}; start date does not make it not_now",
    ),
    sms(
        "accepted_elsewhere",
        "2029-03-29 20:31",
        "Trop tard, j'ai signé ailleurs hier 🙂 merci !",
        note=f"{S29}; sms",
    ),
    email(
        "out_of_office",
        "2028-12-20 08:05",
        "Valérie Brun",
        "Bonjour,\n\nJe suis absente du bureau pour les fêtes, de retour le mercredi 3 janvier. "
        "Pour toute urgence,\nmerci d'écrire à accueil@brun-associes.example.\n\nValérie Brun",
        auto=True,
        quote="none",
        email="v.brun@brun-associes.example",
        date="2029-01-03",
        note=f"{S29}; automatic reply, de retour le mercredi 3 janvier",
    ),
    email(
        "out_of_office",
        "2029-04-13 07:20",
        "Bruno Lemaire",
        "Je suis actuellement en congés. Je serai de retour le 23/04. Pour toute urgence, "
        "contactez le 01 55 50 12 12.",
        auto=True,
        quote="none",
        email="bruno.lemaire@orange.fr",
        date="2029-04-23",
        note=f"{S29}; automatic reply, numeric day/month",
    ),
    bounce(
        "2029-03-12 03:50",
        "c.garnier@laposte.net",
        "Ceci est le système de messagerie de {host}.\n\nVotre message n'a pas pu être remis "
        "au destinataire suivant :\n\n    {rcpt}\n\nMotif : boîte aux lettres pleine.",
        "5.2.2",
        "552 5.2.2 <c.garnier@laposte.net>: Mailbox full",
        note=f"{S29}; French notice, mailbox full",
    ),
]

# ---------------------------------------------------------------- new writer s29b
# An eleventh writer's batch: people deep in a thread (agacés or apologetic), writers for whom
# French is a second language, phone typing and autocorrect, answers to a voicemail, assistants
# and partners answering for someone, people already at the hiring company, students, one-line
# replies from senior people, and legal tones.
S29B = "new writer s29b"
REPLIES += [
    email(
        "opt_out",
        "2029-06-06 12:40",
        "Stéphane Giraud",
        "Bonjour Camille,\n\nC'est la troisième relance pour le même poste. Je n'ai pas répondu "
        "aux deux premières parce\nque ça ne m'intéresse pas. Merci de ne pas m'en envoyer une "
        "quatrième.\n\nStéphane",
        touch=1,
        note=f"{S29B}; deep in a thread, agacé: don't send a fourth",
    ),
    sms(
        "opt_out",
        "2029-06-18 20:25",
        "Arrêter de m'envoyer des textes svp je suis pas en recherché",
        note=f"{S29B}; typed on a phone: infinitive for imperative, autocorrect 'recherché'",
    ),
    email(
        "opt_out",
        "2029-07-03 13:10",
        "Nathalie Perrin",
        "Bonjour,\n\nJ'ai bien eu votre message vocal. Je vous remercie de ne plus m'appeler sur "
        "ce numéro, c'est\nmon portable professionnel.\n\nNathalie Perrin",
        quote="iphone",
        note=f"{S29B}; answers a voicemail: no more calls on this number",
    ),
    email(
        "opt_out",
        "2029-07-17 16:30",
        "Tom Gallagher",
        "Bonjour Hugo,\n\nMerci mais je ne suis pas intéressé. Est-ce que vous pouvez enlever mon "
        "email de votre\ndatabase s'il vous plaît ? Je reçois beaucoup des messages comme ça.\n\n"
        "Cheers,\nTom",
        quote="android",
        note=f"{S29B}; non-native French, English 'database': enlever mon email",
    ),
    email(
        "opt_out",
        "2029-07-31 09:45",
        "Hélène Marchand",
        "Madame, Monsieur,\n\nPouvez-vous me confirmer par écrit que mes coordonnées ont été "
        "supprimées de vos fichiers ?\nJe ne souhaite plus être sollicitée, ni par vous ni par "
        "vos partenaires.\n\nCordialement,\nHélène Marchand",
        quote="outlook-old",
        html="plain",
        charset="iso-8859-1",
        note=f"{S29B}; legal tone: asks written confirmation of deletion; iso-8859-1",
    ),
    email(
        "opt_out",
        "2029-08-23 10:20",
        "Philippe Lefèvre",
        "Bonjour,\n\nJe suis l'assistante de M. Lefèvre. Il me charge de vous indiquer qu'il ne "
        "souhaite plus être\nsollicité par votre cabinet. Merci de bien vouloir mettre à jour vos "
        "fichiers.\n\nBien cordialement,\nSylvie Arnaud\nAssistante de direction",
        quote="outlook",
        email="philippe.lefevre@groupe-vernet.example",
        extra={"Sender": "Sylvie Arnaud <s.arnaud@groupe-vernet.example>"},
        note=f"{S29B}; an assistant writing from the executive's mailbox: ne plus être sollicité",
    ),
    email(
        "opt_out",
        "2029-09-13 07:35",
        "Jean-Marc Dumont",
        "Ne plus me contacter. Merci.",
        quote="iphone",
        note=f"{S29B}; very senior, one line",
    ),
    email(
        "opt_out",
        "2029-10-04 15:15",
        "Geneviève Tremblay",
        "Bonjour Hugo,\n\nJe travaille déjà chez Northwind depuis deux ans, à Montréal. Veuillez "
        "me retirer de votre liste\nd'envoi; recevoir des courriels de recrutement pour ma propre "
        "entreprise, ça fait un peu désordre.\n\nGeneviève",
        job=3,
        email="gtremblay@videotron.ca",
        note=f"{S29B}; Québec, already works at the hiring company: retirer de votre liste d'envoi",
    ),
    email(
        "interested",
        "2029-06-13 18:05",
        "Manon Leroy",
        "Bonjour Camille,\n\nNe lâchez pas l'affaire ! Désolée pour le silence, vos messages "
        "étaient dans mes spams. Oui,\nça m'intéresse, je suis disponible mardi ou jeudi.\n\n"
        "Manon",
        touch=2,
        note=f"{S29B}; deep in a thread, apologetic: 'ne lâchez pas l'affaire' to our last nudge",
    ),
    sms(
        "interested",
        "2029-06-26 19:50",
        "Bonsoir, c'est sa femme, il est sous la douche 😄 Il dit oui, rappelez-le ce soir après "
        "21h",
        note=f"{S29B}; a partner answers for him: a yes",
    ),
    sms(
        "question",
        "2029-07-10 12:55",
        "Bien reçu votre message vocal. Avant de rappeler : c'est du full remote ou de l'hybride ? "
        "Et la fourchette ?",
        note=f"{S29B}; answers a voicemail: asks remote and pay",
    ),
    email(
        "question",
        "2029-07-24 17:40",
        "Inès Benali",
        "Bonjour Hugo,\n\nJe suis en dernière année d'école d'ingé, en stage de fin d'études "
        "jusqu'en août. Est-ce que le\nposte est ouvert aux jeunes diplômés ou faut-il plusieurs "
        "années d'expérience ?\n\nInès",
        job=1,
        note=f"{S29B}; student asks whether new graduates fit",
    ),
    email(
        "interested",
        "2029-08-07 11:15",
        "Olivier Moreau",
        "Stop, n'en jetez plus, vous m'avez convaincu. Jeudi 14h ?",
        quote="iphone",
        note=f"{S29B}; 'stop, n'en jetez plus' (enough said), a yes with a time",
    ),
    email(
        "interested",
        "2029-08-28 14:25",
        "Karim Haddad",
        "Bonjour Camille,\n\nPlus jamais d'ESN pour moi, donc un poste en direct chez Northwind, "
        "ça me parle. On s'appelle\ncette semaine ?\n\nKarim",
        job=0,
        note=f"{S29B}; 'plus jamais' about consultancies, a yes",
    ),
    email(
        "question",
        "2029-09-20 08:05",
        "Bernard Fontaine",
        "Quel package ? Je ne bouge pas sans le savoir.",
        quote="iphone",
        job=2,
        note=f"{S29B}; senior, one line: asks pay",
    ),
    email(
        "not_now",
        "2029-06-21 09:30",
        "Lucie Garnier",
        "Bonjour Camille,\n\nPas avant la rentrée, je suis sur un lancement tout l'été. "
        "Recontactez-moi à ce moment-là, avec\nplaisir.\n\nLucie",
        date="2029-09-01",
        note=f"{S29B}; à la rentrée",
    ),
    email(
        "not_now",
        "2029-06-28 15:05",
        "Théo Lambert",
        "Bonjour Hugo,\n\nJe soutiens mon mémoire le 12 juillet. Vous pouvez me recontacter après, "
        "je serai beaucoup plus\ndisponible.\n\nThéo",
        date="2029-07-13",
        note=f"{S29B}; student: after 12 July is the day after",
    ),
    email(
        "not_now",
        "2029-10-18 13:45",
        "Claire Dubreuil",
        "Bonjour,\n\nMme Dubreuil est en congé maternité jusqu'en janvier. Je vous remercie de la "
        "recontacter à son\nretour, en janvier donc.\n\nCordialement,\nFrançoise Petit\n"
        "Assistante",
        quote="outlook",
        date="2030-01-01",
        note=f"{S29B}; an assistant types an absence that puts it off: en janvier",
    ),
    email(
        "not_interested",
        "2029-09-06 18:30",
        "Damien Roussel",
        "Bonjour Camille,\n\nDésolé de ne répondre que maintenant, vos trois messages m'ont "
        "un peu échappé. C'est non, je suis\nbien là où je suis.\n\nDamien",
        touch=2,
        note=f"{S29B}; deep in a thread, apologetic: a plain no",
    ),
    email(
        "not_interested",
        "2029-10-11 07:20",
        "Alain Chevalier",
        "Non merci.\n\nA.C.",
        quote="iphone",
        note=f"{S29B}; very senior, two words",
    ),
    sms(
        "not_interested",
        "2029-11-08 12:10",
        "Merci mais non, je suis en alternance jusqu'à la fin de mes études et je compte rester",
        note=f"{S29B}; student on a work-study contract: a no",
    ),
    email(
        "referral",
        "2029-10-25 16:00",
        "Sandrine Robin",
        "Bonjour Hugo,\n\nPas pour moi, mais mon ancien stagiaire, Yanis Ferrand, vient de finir "
        "son master et cherche\nexactement ça : yanis.ferrand@gmail.com\n\nSandrine",
        job=1,
        note=f"{S29B}; referral to a former intern",
    ),
    sms(
        "referral",
        "2029-11-15 18:40",
        "Je suis sa mère, Lucas n'utilise plus ce numéro. Son nouveau c'est le 06 12 34 56 78, "
        "il cherche justement",
        note=f"{S29B}; a parent points to the person's new number: referral by rule 4",
    ),
    sms(
        "wrong_person",
        "2029-11-22 11:20",
        "Vous avez laissé un message pour un certain Julien. Ce n'est pas moi, vous avez dû vous "
        "tromper de numéro",
        note=f"{S29B}; answers a voicemail: wrong number",
    ),
    email(
        "wrong_person",
        "2029-11-29 14:50",
        "Aurélie Bonnet",
        "Bonjour Camille,\n\nJe pense que vous confondez avec une homonyme : je suis pharmacienne "
        "à Angers, pas designer.\n\nAurélie Bonnet",
        job=4,
        note=f"{S29B}; namesake",
    ),
    email(
        "accepted_elsewhere",
        "2029-09-27 10:35",
        "Maxime Girard",
        "Bonjour Hugo,\n\nMerci beaucoup ! Je viens de signer un VIE à Singapour, départ en "
        "novembre. Bonne continuation.\n\nMaxime",
        note=f"{S29B}; new graduate, signed a VIE, start month",
    ),
    sms(
        "accepted_elsewhere",
        "2029-12-03 19:15",
        "trop tard 😅 j'ai signé la semaine dernière ailleurs, merci quand même",
        note=f"{S29B}; sms, typed on a phone",
    ),
    email(
        "out_of_office",
        "2029-08-02 06:30",
        "Pascal Renaud",
        "Bonjour,\n\nJe suis en congés jusqu'au 23 août inclus, sans accès à ma messagerie. Pour "
        "toute urgence,\nmerci de contacter accueil@renaud-conseil.example.\n\nPascal Renaud",
        auto=True,
        quote="none",
        email="p.renaud@renaud-conseil.example",
        date="2029-08-23",
        note=f"{S29B}; automatic reply: away until 23 August",
    ),
    email(
        "out_of_office",
        "2029-12-10 09:10",
        "Isabelle Mercier",
        "Absente jusqu'au lundi 7 janvier 2030. Votre message sera traité à mon retour.",
        auto=True,
        quote="none",
        email="isabelle.mercier@ateliers-mercier.example",
        date="2030-01-07",
        note=f"{S29B}; automatic reply, one line",
    ),
    bounce(
        "2029-12-13 13:20",
        "yanis.perret@free.fr",
        "** Adresse introuvable **\n\nVotre message n'a pas pu être distribué à {rcpt}, car "
        "l'adresse est introuvable ou ne peut\npas recevoir d'e-mails.\n\nLa réponse a été la "
        "suivante :\n\n550 5.1.1 User unknown",
        "5.1.1",
        "550 5.1.1 <yanis.perret@free.fr>: User unknown",
        dsn="gmail",
        note=f"{S29B}; gmail-style notice in French, address not found",
    ),
]

# ---------------------------------------------------------------- new writer s30
# A twelfth writer's batch: dictée vocale ("virgule"/"point" spelt out, misheard words), very
# terse senior people, older people writing formally and at length, young people's slang,
# franglais, Belgian, Swiss and Québec writers, shared team inboxes, people who quote one line
# of ours and answer under it, people worn down by the volume, polite but final refusals that
# ask for erasure in roundabout ways, and replies that hinge on one small word.
S30 = "new writer s30"
REPLIES += [
    sms(
        "opt_out",
        "2030-01-09 17:05",
        "Bonjour Camille virgule je suis en voiture je dicte point merci de ne plus m'appeler sur "
        "ce numéro et de me des inscrire de votre liste point",
        note=f"{S30}; dictée vocale: 'virgule' and 'point' spelt out, 'des inscrire' misheard",
    ),
    email(
        "opt_out",
        "2030-01-16 09:25",
        "Jean-Luc Dewaele",
        "Bonjour Monsieur Martin,\n\nJe ne suis pas intéressé, je suis très bien où je suis. Vous "
        "savez me retirer de votre fichier\nendéans la semaine ? Et ne m'appelez plus sur mon GSM "
        "s'il vous plaît, c'est la troisième fois.\n\nBien à vous,\nJean-Luc Dewaele",
        quote="outlook",
        email="jl.dewaele@skynet.be",
        note=f"{S30}; Belgian: 'vous savez me retirer' (pouvez), endéans, GSM",
    ),
    email(
        "opt_out",
        "2030-01-23 15:40",
        "Sylvain Tremblay",
        "Allo,\n\nJ'suis pas intéressé pantoute. Arrêtez de m'écrire sur mon courriel de job svp, "
        "pis effacez\nmon nom de vos affaires.\n\nMerci là\nSylvain",
        quote="gmail",
        email="sylvain.tremblay@videotron.ca",
        note=f"{S30}; Québec: pantoute, arrêtez de m'écrire sur mon courriel de job, effacez "
        "mon nom",
    ),
    email(
        "opt_out",
        "2030-01-30 10:10",
        "Bernard Lemoine",
        "Madame,\n\nJ'ai bien reçu votre courriel du 21 courant et je vous en remercie. "
        "Permettez-moi toutefois de\nvous signaler que j'ai fait valoir mes droits à la "
        "retraite il y a déjà deux ans, après une\ncarrière entière dans l'informatique "
        "bancaire, et que je n'entends pas reprendre du service.\n\nJe vous saurais gré de "
        "bien vouloir supprimer mes coordonnées de vos fichiers et de ne plus\nm'adresser de "
        "sollicitations à l'avenir.\n\nJe vous prie d'agréer, Madame, l'expression de mes "
        "salutations distinguées.\n\nBernard Lemoine",
        quote="outlook-old",
        html="plain",
        charset="iso-8859-1",
        job=0,
        note=f"{S30}; retired, formal and at length: supprimer mes coordonnées, ne plus "
        "m'adresser de sollicitations; iso-8859-1",
    ),
    sms(
        "opt_out",
        "2030-02-06 22:35",
        "wesh arrêtez de m'écrire svp ça me saoule grave, j'cherche rien",
        note=f"{S30}; young person's slang: arrêtez de m'écrire",
    ),
    email(
        "opt_out",
        "2030-02-13 06:50",
        "Philippe Castaing",
        "Désinscription svp.\n\nPC",
        quote="iphone",
        job=2,
        note=f"{S30}; very senior, two words",
    ),
    email(
        "opt_out",
        "2030-02-20 12:30",
        "Agnès Delmas",
        "> Pas intéressé(e) ? Répondez-le simplement et vous n'entendrez plus parler de moi.\n\n"
        "Je vous le dis donc pour la quatrième fois. Que ce soit la dernière : retirez-moi de vos "
        "listes.\n\nA. Delmas",
        touch=1,
        quote="gmail",
        note=f"{S30}; quotes our footer's line and answers under it, worn down by the volume",
    ),
    email(
        "opt_out",
        "2030-02-27 14:15",
        "Nathalie Perret",
        "Bonjour Madame Roux,\n\nMerci pour votre message, très aimable. Ce sera non, et "
        "durablement. Je vous serais\nreconnaissante de faire en sorte que mon dossier ne vous "
        "encombre plus, ni sur vos listes ni dans\nvos tiroirs, et que mon natel cesse de sonner "
        "de votre part.\n\nAvec mes meilleures salutations,\nNathalie Perret, Lausanne",
        quote="apple",
        email="nathalie.perret@bluewin.ch",
        note=f"{S30}; Swiss, polite but final: dossier off the lists and out of the drawers, natel "
        "to stop ringing",
    ),
    email(
        "interested",
        "2030-01-10 13:20",
        "Claire Fontaine",
        "> Sans nouvelles de votre part, je suppose que le moment n'est pas idéal et je n'insiste "
        "pas.\n\nInsistez ! Le moment est au contraire idéal, je viens de finir ma mission. "
        "Jeudi après-midi, ça\nvous irait pour un appel ?\n\nClaire",
        touch=2,
        note=f"{S30}; quotes our 'je n'insiste pas' and answers 'Insistez !': a yes",
    ),
    sms(
        "interested",
        "2030-01-24 12:10",
        "Ne me retirez surtout pas de vos contacts 😅 oui ça m'intéresse, appelez-moi demain midi",
        note=f"{S30}; 'ne me retirez surtout pas', a yes with a time to talk",
    ),
    email(
        "interested",
        "2030-02-07 10:40",
        "Geert Vandamme",
        "Bonjour Camille,\n\nÇa me dit bien, une fois ! Vous savez m'appeler jeudi vers onze "
        "heures ? Mon GSM : 0475 12 34 56.\n\nBien à vous,\nGeert",
        quote="outlook",
        email="geert.vandamme@telenet.be",
        note=f"{S30}; Belgian: 'vous savez m'appeler', GSM, a yes",
    ),
    email(
        "interested",
        "2030-02-21 08:30",
        "Romain Giraud",
        "Arrêtez tout, c'est exactement le poste que je cherchais. Dispo mardi ou mercredi pour un "
        "call.\n\nRomain",
        quote="android",
        job=3,
        note=f"{S30}; 'arrêtez tout', a yes with days",
    ),
    email(
        "question",
        "2030-01-17 11:05",
        "Mélanie Garnier",
        "Hello Hugo,\n\nLe job a l'air top. Juste une question avant de booker un call : c'est "
        "full remote ou hybride ?\nJe ne veux pas quitter Lyon.\n\nMerci !\nMélanie",
        quote="gmail",
        job=1,
        html="only",
        note=f"{S30}; franglais: 'je ne veux pas quitter Lyon', asks remote; html-only",
    ),
    sms(
        "question",
        "2030-01-31 19:50",
        "Ça l'air intéressant! C'est combien le salaire? Je lâcherais pas ma job pour moins "
        "que 110k",
        note=f"{S30}; Québec: 'je lâcherais pas ma job', asks the pay",
    ),
    email(
        "question",
        "2030-02-14 09:55",
        "Jacqueline Morel",
        "Madame,\n\nVotre message a retenu toute mon attention. Avant d'aller plus loin, "
        "pourriez-vous m'indiquer si le\nposte est compatible avec un préavis de trois mois ? Je "
        "ne voudrais pas quitter mon employeur actuel\ndans de mauvaises conditions.\n\n"
        "Veuillez agréer, Madame, mes salutations distinguées.\n\nJacqueline Morel",
        quote="outlook-old",
        cte="quoted-printable",
        note=f"{S30}; older, formal: asks about three months' notice",
    ),
    email(
        "question",
        "2030-02-28 07:20",
        "Henri Lacombe",
        "Fourchette ? Jamais sous 150.\n\nHL",
        quote="iphone",
        job=2,
        note=f"{S30}; very senior: 'jamais' sets a floor, asks the range",
    ),
    email(
        "not_now",
        "2030-06-10 16:30",
        "Thomas Berthier",
        "Bonjour Hugo,\n\nJe pars en congé paternité la semaine prochaine. Rappelez-moi à la "
        "rentrée, ce sera avec\nplaisir.\n\nThomas",
        quote="gmail",
        date="2030-09-01",
        note=f"{S30}; à la rentrée",
    ),
    sms(
        "not_now",
        "2030-03-12 13:40",
        "Pas avant fin avril, je suis sur un gros projet. Recontactez-moi à ce moment-là, une fois",
        date="2030-05-01",
        note=f"{S30}; Belgian sms: pas avant fin avril (1 May)",
    ),
    email(
        "not_now",
        "2030-02-04 10:25",
        "Sophie Marchal",
        "Bonjour Camille,\n\nJe termine ma mission actuelle le 14 mars. Écrivez-moi après le 14 "
        "mars et on en parle.\n\nSophie",
        quote="apple",
        date="2030-03-15",
        note=f"{S30}; après le 14 mars is the day after",
    ),
    email(
        "not_interested",
        "2030-03-19 12:15",
        "Kevin Peeters",
        "Bonjour,\n\nFranchement, j'ai pas de goesting pour ça. Merci quand même.\n\nKevin",
        quote="android",
        email="kevin.peeters@proximus.be",
        note=f"{S30}; Brussels: 'pas de goesting', a plain no",
    ),
    sms(
        "not_interested",
        "2030-03-26 18:20",
        "non merci, bonne continuation",
        note=f"{S30}; a plain no",
    ),
    email(
        "not_interested",
        "2030-04-02 08:10",
        "Isabelle Roche",
        "Troisième relance. La réponse reste non.",
        touch=1,
        quote="iphone",
        note=f"{S30}; worn down by the volume, a plain no without asking to stop",
    ),
    email(
        "referral",
        "2030-04-09 14:50",
        "Équipe Data Altaïr",
        "Bonjour,\n\nVous avez écrit à la boîte partagée de l'équipe data d'Altaïr. Personne ici "
        "n'est en recherche,\nmais notre ancienne collègue Inès Benali l'est : "
        "ines.benali@free.fr\n\nL'équipe Data",
        quote="outlook",
        job=1,
        email="data@altair.example",
        note=f"{S30}; a shared team inbox points to a former colleague",
    ),
    sms(
        "referral",
        "2030-04-16 20:05",
        "c pas pour moi mais mon pote Yanis cherche, 06 12 34 56 78",
        note=f"{S30}; young person, points to a friend",
    ),
    sms(
        "wrong_person",
        "2030-04-23 11:30",
        "Vous faites erreur sur la personne, je suis boulanger à Namur",
        note=f"{S30}; Belgian, namesake",
    ),
    email(
        "accepted_elsewhere",
        "2030-04-30 10:00",
        "Laure Verhaegen",
        "Bonjour Camille,\n\nMerci beaucoup, mais j'ai signé la semaine passée chez Doctolib. Je "
        "commence en juin.\n\nBien à vous,\nLaure",
        quote="outlook",
        email="laure.verhaegen@skynet.be",
        note=f"{S30}; Belgian: 'la semaine passée', signed elsewhere, start month",
    ),
    sms(
        "accepted_elsewhere",
        "2030-05-07 17:15",
        "trop tard j'ai signé ailleurs 🙃 merci quand même",
        note=f"{S30}; signed elsewhere",
    ),
    email(
        "out_of_office",
        "2030-05-17 09:00",
        "Olivier Chauvin",
        "Bonjour,\n\nJe suis absent du bureau jusqu'au lundi 27 mai inclus, sans accès à ma "
        "messagerie. Votre message\nne sera pas transféré.\n\nCordialement,\nOlivier Chauvin",
        auto=True,
        quote="none",
        email="o.chauvin@atlantique-energie.example",
        date="2030-05-27",
        note=f"{S30}; automatic reply, jusqu'au lundi 27 mai inclus",
    ),
    email(
        "out_of_office",
        "2030-07-03 07:45",
        "Valérie Rochat",
        "En congé jusqu'au 15.07.2030. En cas d'urgence, merci de contacter le secrétariat au "
        "021 555 12 34.",
        auto=True,
        quote="none",
        email="valerie.rochat@rochat-ingenierie.example",
        date="2030-07-15",
        note=f"{S30}; Swiss automatic reply: jusqu'au 15.07.2030",
    ),
    bounce(
        "2030-05-15 15:35",
        "m.lefebvre@orange.fr",
        "Ceci est le système de messagerie de {host}.\n\nVotre message n'a pas pu être remis à un "
        "ou plusieurs destinataires.\n\n<{rcpt}>: boîte aux lettres pleine, quota dépassé",
        "5.2.2",
        "552 5.2.2 <m.lefebvre@orange.fr>: Mailbox full, quota exceeded",
        html="alt",
        note=f"{S30}; postfix report, French notice, mailbox full, with an html part",
    ),
]

# ---------------------------------------------------------------- new writer s30b
# A thirteenth writer's batch: French written by Moroccans and Senegalese (« Salam », « bonne
# continuation », « hamdoullah », dropped « ne »), one-word answers (« bof »), emoji-heavy texts,
# a long personal story that ends in one decisive line, people who answer about WhatsApp in an
# email, a STOP meant for another sender, the recruiter's former colleagues, people on the road
# in fragments, anger about how a number was obtained, and replies that hinge on the scope of
# a negation (« pas maintenant ni plus tard » with or without a request to stop, « pas jamais »).
S30B = "new writer s30b"
REPLIES += [
    email(
        "opt_out",
        "2030-08-05 10:30",
        "Youssef El Amrani",
        "Salam Mme Roux,\n\nMerci pour votre message mais je suis pas intéressé, je suis bien "
        "dans ma boîte hamdoullah.\nMerci de me retirer de votre liste svp et de plus m'envoyer "
        "ces messages.\n\nBonne continuation\nYoussef",
        quote="gmail",
        job=0,
        note=f"{S30B}; Moroccan French: 'je suis pas intéressé', retirer de votre liste, 'de "
        "plus m'envoyer' (ne dropped)",
    ),
    sms(
        "opt_out",
        "2030-08-12 17:25",
        "Slt, svp arrêtez de m'envoyer des sms c pas mon truc. Merci bcp",
        note=f"{S30B}; texting abbreviations: arrêtez de m'envoyer des sms",
    ),
    email(
        "opt_out",
        "2030-08-19 08:55",
        "Nathalie Garnier",
        "Bonjour,\n\nPas maintenant ni plus tard. Merci de supprimer mes coordonnées.\n\n"
        "N. Garnier",
        quote="outlook",
        job=1,
        note=f"{S30B}; negation scope: 'pas maintenant ni plus tard', then supprimer mes "
        "coordonnées",
    ),
    email(
        "opt_out",
        "2030-08-26 19:40",
        "Régis Fontaine",
        "Je n'ai jamais donné ce numéro à qui que ce soit en dehors de ma banque. Alors j'aimerais "
        "bien savoir\nd'où vous le tenez. Et quelle que soit la réponse : effacez-le, avec mon "
        "adresse mail.\n\nR. Fontaine",
        quote="android",
        job=3,
        note=f"{S30B}; angry about how the number was obtained: a question and effacez-le",
    ),
    sms(
        "opt_out",
        "2030-09-02 20:50",
        "😤😤 3e sms cette semaine. plus jamais svp 🛑🛑",
        note=f"{S30B}; emoji-heavy, worn down: plus jamais",
    ),
    email(
        "opt_out",
        "2030-09-09 12:20",
        "Sophie Lemaire",
        "Bonjour Hugo,\n\nVous m'avez aussi écrit sur WhatsApp, sur mon numéro personnel. Merci "
        "de ne plus m'y contacter,\nc'est réservé à ma famille. Par mail, à la rigueur, si "
        "vous avez autre chose un jour.\n\nSophie Lemaire",
        quote="outlook",
        job=1,
        note=f"{S30B}; answers about WhatsApp in an email: stop one channel (mail is fine)",
    ),
    email(
        "opt_out",
        "2030-09-16 15:05",
        "Aminata Diallo",
        "Bonjour Camille,\n\nVotre message m'a fait sourire. Il y a trois ans, j'étais "
        "exactement le profil que vous\ncherchez. Puis mon père est tombé malade, je suis "
        "rentrée à Ziguinchor pour reprendre la\nboulangerie familiale, et je me suis "
        "découvert un bonheur que dix ans de sprints ne m'avaient\njamais donné. Nous avons "
        "ouvert une deuxième boutique en juin.\n\nAlors, avec toute ma gratitude : rayez-moi "
        "de vos fichiers.\n\nAminata",
        quote="apple",
        job=0,
        cte="base64",
        note=f"{S30B}; a long personal story ending in one decisive line: rayez-moi de vos "
        "fichiers; base64",
    ),
    sms(
        "opt_out",
        "2030-09-23 07:35",
        "Désinscription svp.",
        note=f"{S30B}; one word and svp",
    ),
    sms(
        "interested",
        "2030-08-07 18:15",
        "😍😍 carrément !! appelez-moi demain après 18h 📞",
        note=f"{S30B}; emoji-heavy yes with a time to talk",
    ),
    email(
        "interested",
        "2030-08-21 09:10",
        "Julien Mercier",
        "Bonjour Camille,\n\nOubliez mon « STOP » d'hier soir : je répondais au SMS de mon "
        "opérateur, pas à vous !\nVotre poste m'intéresse beaucoup. Jeudi 14h, ça vous "
        "irait ?\n\nJulien",
        quote="gmail",
        job=0,
        html="only",
        note=f"{S30B}; a STOP meant for another sender, taken back: a yes with a slot; html-only",
    ),
    email(
        "interested",
        "2030-09-04 16:45",
        "Bastien Roche",
        "Hugo ! Toi, recruteur ? Je ne l'aurais jamais cru. On a bien rigolé chez Criteo, "
        "quand même.\n\nBon, ton poste de SRE : oui, ça m'intéresse vraiment. On s'appelle "
        "quand ?\n\nBastien",
        quote="gmail",
        job=3,
        note=f"{S30B}; the recruiter's former colleague, banter ('jamais'), a yes",
    ),
    email(
        "question",
        "2030-08-14 11:35",
        "Hamza Berrada",
        "Bonjour Madame,\n\nJe suis intéressé mais avant je veux savoir : est-ce que le poste "
        "est ouvert aux profils\nbasés à Casablanca en full remote ? Et le salaire, c'est en "
        "brut annuel ?\n\nCordialement\nHamza",
        quote="outlook",
        job=0,
        note=f"{S30B}; Moroccan French: asks about remote from Casablanca and the pay",
    ),
    sms(
        "question",
        "2030-08-28 19:05",
        "stop, attendez, c'est vraiment du full remote ?? et le salaire ?",
        note=f"{S30B}; 'stop, attendez': asks about remote and pay",
    ),
    email(
        "question",
        "2030-09-11 13:30",
        "Cédric Vasseur",
        "Bonjour Hugo,\n\nJe n'ai jamais fait tourner Kubernetes en production, seulement en "
        "labo et sur des projets\nperso. Est-ce que c'est rédhibitoire pour ce poste ?\n\n"
        "Cédric",
        quote="outlook-old",
        job=3,
        html="plain",
        charset="iso-8859-1",
        note=f"{S30B}; 'jamais': asks whether his experience is enough; iso-8859-1",
    ),
    email(
        "question",
        "2030-09-25 06:50",
        "Gilles Perrot",
        "En déplacement. Question : fourchette ? Remote ? Merci.\n\nG.",
        quote="iphone",
        job=1,
        note=f"{S30B}; on the road, in fragments: asks the range and remote",
    ),
    email(
        "not_now",
        "2030-08-14 09:45",
        "Élodie Marchand",
        "Bonjour Camille,\n\nPas maintenant, mais pas jamais non plus : recontactez-moi à la "
        "rentrée.\n\nÉlodie",
        quote="gmail",
        job=4,
        date="2030-09-01",
        note=f"{S30B}; negation scope: 'pas maintenant, mais pas jamais', à la rentrée",
    ),
    sms(
        "not_now",
        "2030-10-06 18:20",
        "là je peux pas, en déplacement jusqu'au 12. rappelez-moi après",
        date="2030-10-13",
        note=f"{S30B}; on the road: after the 12th (the day after)",
    ),
    email(
        "not_now",
        "2030-11-06 10:10",
        "Mehdi Tazi",
        "Bonjour Hugo,\n\nJe suis en congé pour le mariage de mon frère jusqu'à fin novembre. "
        "Écrivez-moi en décembre\ninchallah, ça m'intéresse.\n\nMehdi",
        quote="android",
        job=1,
        date="2030-12-01",
        note=f"{S30B}; Moroccan French, leave typed by hand: write in December",
    ),
    sms(
        "not_interested",
        "2030-08-20 13:50",
        "bof",
        note=f"{S30B}; one word",
    ),
    email(
        "not_interested",
        "2030-10-09 17:15",
        "Valérie Chauvin",
        "Pas maintenant ni plus tard, Camille. Je suis bien où je suis. Bonne journée.",
        quote="gmail",
        job=2,
        note=f"{S30B}; negation scope: 'pas maintenant ni plus tard' alone is a plain no",
    ),
    email(
        "not_interested",
        "2030-10-23 12:00",
        "Thomas Besson",
        "Camille ! Ça fait plaisir d'avoir de tes nouvelles. Je reste chez Doctolib, mais on se "
        "fait un café\nquand tu passes à Nantes ?\n\nThomas",
        quote="apple",
        job=4,
        note=f"{S30B}; the recruiter's former colleague, a no and a coffee",
    ),
    email(
        "referral",
        "2030-10-02 14:25",
        "Rachid Ouazzani",
        "Bonjour,\n\nMoi je cherche pas, mais mon ami Karim Benali cherche un poste de data "
        "engineer. Vous pouvez\nlui écrire : karim.benali@gmail.com\n\nBonne continuation",
        quote="gmail",
        job=1,
        note=f"{S30B}; Moroccan French: points to a friend",
    ),
    sms(
        "referral",
        "2030-10-27 16:40",
        "pas moi mais ma sœur Léa, elle est designer. écrivez-lui : lea.morel@free.fr",
        note=f"{S30B}; points to a sister",
    ),
    sms(
        "wrong_person",
        "2030-11-10 11:30",
        "mauvais numéro 🤷 je suis prof de maths",
        note=f"{S30B}; emoji, wrong number",
    ),
    email(
        "accepted_elsewhere",
        "2030-11-17 21:35",
        "Lucas Giraud",
        "Signé chez Alan hier. Merci quand même.",
        quote="iphone",
        note=f"{S30B}; on the road, fragments: signed elsewhere",
    ),
    email(
        "accepted_elsewhere",
        "2030-12-01 10:50",
        "Inès Haddad",
        "Bonjour Hugo,\n\nJ'ai accepté une offre chez OVHcloud la semaine dernière. Laissez la "
        "place à quelqu'un d'autre :)\n\nInès",
        quote="gmail",
        job=3,
        note=f"{S30B}; 'laissez la place': accepted elsewhere",
    ),
    email(
        "out_of_office",
        "2030-11-07 08:30",
        "Pascal Moreau",
        "Bonjour,\n\nJe suis absent jusqu'au 18 novembre inclus, sans accès à ma messagerie. "
        "Votre message ne sera pas\ntransféré.",
        auto=True,
        quote="none",
        email="p.moreau@groupe-renard.fr",
        date="2030-11-18",
        note=f"{S30B}; automatic reply: jusqu'au 18 novembre inclus",
    ),
    email(
        "out_of_office",
        "2030-12-20 15:00",
        "Claire Vidal",
        "Bonjour, je suis en congés et serai de retour le lundi 6 janvier 2031. Bonnes fêtes !",
        auto=True,
        quote="none",
        email="claire.vidal@atelier-vidal.example",
        date="2031-01-06",
        note=f"{S30B}; automatic reply: de retour le lundi 6 janvier 2031",
    ),
    email(
        "out_of_office",
        "2030-10-14 07:40",
        "Karim Lahlou",
        "Je suis en déplacement professionnel jusqu'au 22/10 avec un accès limité à mes mails.",
        auto=True,
        quote="none",
        email="k.lahlou@atlas-logiciel.example",
        date="2030-10-22",
        note=f"{S30B}; automatic reply: jusqu'au 22/10 (day/month)",
    ),
    bounce(
        "2030-12-09 11:15",
        "j.perrin@cabinet-perrin.fr",
        "Votre message à {rcpt} n'a pas pu être remis.\n\n{rcpt} est introuvable sur "
        "cabinet-perrin.fr.\n\nL'adresse e-mail que vous avez entrée est introuvable. Vérifiez "
        "l'adresse e-mail du destinataire et essayez de renvoyer le message.",
        "5.1.10",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        dsn="exchange",
        note=f"{S30B}; exchange notice in French, recipient not found",
    ),
]
