"""Kinds of stop, and of false stop, found by restating the French train opt-outs in other words
(session 31, paraphrase densification), written here in other words again so that a rule is
held to the kind and not to the restatement: a wish to receive no more said with French "ne"
dropped ("je veux plus recevoir"), themselves erased or fired from our files ("effacez-moi",
"virez-moi de vos listes", "sortez-moi de vos dossiers"), their data named as what concerns
them ("les données qui me concernent", "the information you hold about me"), a stop asked on
someone's behalf ("merci de ne plus le contacter"), no longer wishing to be part of our pool
(in the six languages), French contact verbs the rules lacked (téléphoner, adresser, inclure),
"no more" said otherwise ("plus un seul SMS", "plus rien, merci"), and "how did you get my
number? forget it". Never stops: a cry of surprise with "une seconde" before a question, a
data-protection law cited to see their data (not to erase it), and a complaint that goes on to
ask about the job or says it is no reproach. Beside each, the near non-matches that must stay
what they are."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2030, 9, 2)

# French "ne" dropped, as people speak and text.
SPOKEN_WISHES = [
    "Franchement je veux plus recevoir vos annonces.",
    "J'veux plus être relancé par votre agence, c'est clair ?",
    "Il veut plus rien recevoir de votre cabinet.",
]
SPOKEN_LOOKALIKES = [
    "Je veux plus de détails sur le poste, svp.",
    "Envoyez plus de détails sur la mission et je vous dis.",
    "Je veux recevoir plus d'offres comme celle-ci, merci !",
]

# Themselves erased or fired from our files.
ERASED_FROM_FILES = [
    "Effacez-moi de votre base, merci.",
    "Effacez-moi.",
    "Efface-moi de ton fichier stp.",
    "Virez mon 07 de vos fichiers.",
    "Sortez-moi de vos dossiers, pis merci.",
    "Retire-moi de tes contacts, j'ai changé de métier.",
]
ERASED_LOOKALIKES = [
    "Efface-moi ça du brouillon, je te renvoie le CV corrigé.",
    "Vous avez viré le paiement de la facture ?",
]

# Their data named as what concerns them.
DATA_ABOUT_THEM = [
    "Je vous prie d'effacer les renseignements qui me concernent.",
    "Kindly erase every record relating to me.",
    "Apaguem todas as informações a meu respeito.",
]

# On someone's behalf.
ON_BEHALF = [
    "Ma fille me demande de vous dire de ne plus la relancer.",
    "Please remove her details, she is on maternity leave and does not want these.",
    "Verwijder zijn gegevens alstublieft, hij wil niets meer ontvangen.",
]
ON_BEHALF_LOOKALIKES = [
    "Can you delete his old number? The new one is 0612345678.",
]

# No longer part of our pool, in the six languages.
OUT_OF_THE_POOL = [
    "Je ne souhaite plus figurer dans votre vivier de talents.",
    "I no longer wish to remain in your candidate database.",
    "Ya no deseo seguir formando parte de su bolsa de candidatos.",
    "Ich möchte kein Teil Ihres Talentpools mehr sein.",
    "Não desejo continuar a fazer parte do vosso banco de talentos.",
    "Ik wil geen deel meer uitmaken van jullie talentpool.",
]
POOL_LOOKALIKES = [
    "I'd love to be part of your team.",
    "Je ne souhaite plus faire partie de la liste des candidats retenus pour ce poste.",
]

# French contact verbs, and "no more" said otherwise.
FRENCH_CONTACT_DENIED = [
    "Ne m'adressez plus vos offres d'emploi.",
    "Veuillez ne plus m'inclure dans vos envois groupés.",
    "Plus un seul mail, merci.",
    "Plus une seule relance, svp.",
    "Plus rien, merci.",
    "svp plus rien",
]
FRENCH_CONTACT_LOOKALIKES = [
    "Je ne peux pas vous téléphoner avant 18h, écrivez-moi, le poste m'intéresse.",
    "Merci de m'adresser la fiche de poste.",
    "Plus rien à ajouter de mon côté, à jeudi pour l'entretien !",
]

# How did you get my number? Forget it, delete it.
NUMBER_TO_FORGET = [
    "Comment vous avez eu mon 06 ? Supprimez-le.",
    "Qui vous a filé mon numéro ? Oubliez-le.",
]

# Never stops: a cry of surprise, a data-protection access request, a complaint that asks on.
NOT_STOPS = [
    "Stop, une seconde : le poste est-il en télétravail ?",
    "Stop, one sec: is the role remote?",
    "Au titre du RGPD, pouvez-vous me dire quelles données vous avez sur moi ? Le poste "
    "m'intéresse.",
    "Under the GDPR, what data do you hold on me? Happy to chat about the role afterwards.",
    "Troisième mail cette semaine, vous êtes motivés ! C'est quoi la fourchette de salaire ?",
    "Fourth email this week. Fine, what's the salary?",
    "Je ne me suis jamais inscrit chez vous, comment avez-vous eu mon CV ? Pas un reproche, "
    "simple curiosité.",
    "I never signed up with you, how did you find my profile? Not a complaint, just curious.",
    "Conforme o RGPD, gostaria de uma cópia dos dados que têm sobre mim. A vaga interessa-me.",
    "Gemäß DSGVO bitte ich um Auskunft, welche Daten Sie über mich speichern. Die Stelle klingt "
    "spannend.",
]
# ...and the same words that still ask to stop.
STILL_STOPS = [
    "Stop, une seconde : pourquoi vous m'écrivez encore ? Plus de messages.",
    "Au titre du RGPD, quelles données avez-vous sur moi ? Effacez-les toutes.",
    "Troisième mail cette semaine. Vous comprenez pas quand on dit non ?",
]

STOPS = (
    SPOKEN_WISHES
    + ERASED_FROM_FILES
    + DATA_ABOUT_THEM
    + ON_BEHALF
    + OUT_OF_THE_POOL
    + FRENCH_CONTACT_DENIED
    + NUMBER_TO_FORGET
    + STILL_STOPS
)
LOOKALIKES = (
    SPOKEN_LOOKALIKES
    + ERASED_LOOKALIKES
    + ON_BEHALF_LOOKALIKES
    + POOL_LOOKALIKES
    + FRENCH_CONTACT_LOOKALIKES
    + NOT_STOPS
)


@pytest.mark.parametrize("text", STOPS)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_restated_stop_is_an_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT


@pytest.mark.parametrize("text", LOOKALIKES)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_reply_that_only_sounds_like_one_is_no_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is not Label.OPT_OUT
