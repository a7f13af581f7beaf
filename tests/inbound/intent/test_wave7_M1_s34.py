"""Near misses of the seventh wave of paraphrases (session 34), by kind, in our own words: words
of a stop that ask us nothing, beside the stops of the same words, which stay stops.

- a stop asked of someone else, or leaving what is not ours, told as news (`stops_elsewhere`);
"""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2026, 3, 2)


def _is_stop(text: str, channel: str = "email") -> bool:
    return read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT


ELSEWHERE_NOT_STOPS = [
    "I told the other recruiter to stop phoning me, but this one sounds great. Call me Friday.",
    "Last year I asked two other agencies to delete my details; a direct role is different. "
    "When can we talk?",
    "Einer anderen Agentur habe ich gesagt, sie soll mich nicht mehr anschreiben, aber das hier "
    "klingt gut. Wann telefonieren wir?",
    "Meine Jobalerts bei StepStone habe ich gestern abbestellt, ich habe schon einen neuen Job.",
    "J'ai demandé à une autre agence de ne plus m'appeler, mais votre poste m'intéresse.",
    "Je me suis désinscrit de LinkedIn Premium, je n'en ai plus besoin. Le poste m'intéresse.",
    "Al otro reclutador le pedí que dejara de escribirme, pero tu oferta me interesa.",
    "He borrado mi perfil de InfoJobs porque ya encontré trabajo, gracias igualmente.",
    "Het andere bureau heb ik gevraagd me niet meer te bellen, maar dit klinkt goed. Bel me.",
    "Ik heb me op alle vacaturesites afgemeld, maar voor deze rol maak ik graag tijd.",
    "Pedi a outra consultoria que parasse de me ligar, mas essa vaga me interessa.",
    "Cancelei meu LinkedIn Premium ontem, já estou empregado. Obrigado mesmo assim.",
]

ELSEWHERE_STOPS = [
    "I told the other agency to stop calling me, and the same goes for you.",
    "I asked your colleague to stop emailing me. Stop.",
    "Der anderen Agentur habe ich gesagt, sie soll mich nicht mehr anrufen, und das gilt auch für "
    "Sie.",
    "J'ai demandé à un autre cabinet d'arrêter de m'écrire, et je vous demande la même chose.",
    "Le pedí a otra agencia que me borrara; te pido lo mismo: bórrame de vuestra base de datos.",
    "Het vorige bureau heb ik gevraagd mijn gegevens te wissen, en dat vraag ik jullie nu ook.",
    "Pedi a outra agência que parasse de me ligar, e vocês também: não me liguem mais.",
    "Cancelei o LinkedIn Premium. E me tira da sua lista, por favor.",
]


@pytest.mark.parametrize("text", ELSEWHERE_NOT_STOPS)
def test_a_stop_asked_elsewhere_is_no_opt_out(text: str) -> None:
    assert not _is_stop(text)


@pytest.mark.parametrize("text", ELSEWHERE_STOPS)
def test_a_stop_asked_elsewhere_and_of_us_is_one(text: str) -> None:
    assert _is_stop(text)


# A removal or a stop denied, or said not to be needed, beside any answer: "no thanks on this
# one, don't take me off your list though".
DENIED_NOT_STOPS = [
    "No thanks on this one. Don't take me off your list though.",
    "Don't you dare unsubscribe me, more roles like this please.",
    "Not for me, but please don't scratch me off your list: try my friend Ana, ana@example.com.",
    "Gerade kein Interesse, aber streichen Sie mich deswegen bitte nicht.",
    "Bitte nicht austragen! Ich suche nichts, aber meine Schwester: lisa@example.de",
    "Pas pour moi. Surtout, ne me désabonnez pas : relancez-moi dans quelques mois.",
    "Ce n'est pas une demande de désinscription, gardez mon contact. Simplement pas ce poste.",
    "No me interesa, pero no me des de baja ni nada, que no molesta.",
    "Ni se te ocurra dejar de escribirme, pero este puesto no es para mí.",
    "Nee, dank je. Je hoeft me overigens niet uit je bestand te halen.",
    "Não é pra mim, mas nem pense em parar de me mandar vagas!",
    "Take me off your shortlist for this one, I've accepted an offer elsewhere.",
]
DENIED_STOPS = [
    "Why don't you take me off your list?",
    "If you don't remove me from your list I'll report you.",
    "Don't take me off the SMS list, but delete my work email from your system.",
    "Bitte nicht mehr anrufen und streichen Sie mich aus Ihrer Liste.",
    "Ne me désabonnez pas de la newsletter, mais ne m'appelez plus jamais.",
    "No hace falta que me quites de tu lista y borra mis datos.",
    "Je hoeft me niet af te melden, maar bel me nooit meer.",
    "Nem pense em me ligar de novo. Me tira da lista.",
]


@pytest.mark.parametrize("text", DENIED_NOT_STOPS)
def test_a_removal_denied_is_no_opt_out(text: str) -> None:
    assert not _is_stop(text)


@pytest.mark.parametrize("text", DENIED_STOPS)
def test_a_removal_denied_beside_a_stop_is_one(text: str) -> None:
    assert _is_stop(text)


# An earlier stop taken back, quoted, or sent by someone else of theirs: the reply takes the label
# of what it asks now, a yes or a no.
TAKEN_BACK_NOT_STOPS = [
    "Ignore the 'leave me alone' I sent yesterday, it was for a different recruiter. Call me!",
    "Vergessen Sie mein „bitte löschen“ von gestern, das war für einen Newsletter. Klingt gut!",
    "Ne tenez pas compte du lien de désinscription que j'ai cliqué, erreur de manip. Ça m'intéresse.",
    "Olvida el «dame de baja» de ayer, iba para otra empresa. ¿Hablamos el lunes?",
    "Dat 'afmelden' van vanochtend was mijn zoon op mijn telefoon. Nee, geen interesse verder.",
    "Aquele 'PARE' de ontem foi minha filha brincando no celular. Tenho interesse, sim!",
]
TAKEN_BACK_STOPS = [
    "My 'leave me alone' yesterday was meant for you, not anyone else. Don't call me again.",
    "Mein „bitte löschen“ war ernst gemeint und für Sie. Löschen Sie meine Daten.",
    "Je maintiens mon « désinscrivez-moi » : il vous était destiné. Supprimez mon adresse.",
    "El «dame de baja» iba en serio y para ti, no para otra empresa. No me escribas más.",
    "Die 'afmelden' was echt voor jullie bedoeld. Haal me uit jullie bestand.",
    "Aquele 'PARE' era pra vcs sim, não era pra outra empresa. Não me mande mais nada.",
]


@pytest.mark.parametrize("text", TAKEN_BACK_NOT_STOPS)
def test_a_stop_taken_back_is_no_opt_out(text: str) -> None:
    assert not _is_stop(text)


@pytest.mark.parametrize("text", TAKEN_BACK_STOPS)
def test_a_stop_maintained_is_one(text: str) -> None:
    assert _is_stop(text)
