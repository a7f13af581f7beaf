"""A request to stop wins over everything else the reply says (issue 13, README): a wrong number
that asks to be deleted, "not me, stop writing to this address", a referral that adds "and
remove me", a question that adds "and don't contact me again", an accepted offer with "take me
off your list". Each is an opt-out by email and by SMS.

Written by session 23 (brief G2) in one round, before the rules were changed for it; the rules
then read 58 of its 60 (docs/engineers/reply-understanding.md, "How opt-outs are read"). The
replies that only look like such mixes, and must not silence anyone, are at the end."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2027, 2, 10)

MIXED_WITH_A_STOP = [
    "Wrong number, I'm not Daniel. Please take this number off your list.",
    "Wrong number, please delete it.",
    "This isn't Maria's email anymore. Stop writing to this address.",
    "You want my colleague Tom Baker, tom.baker@acme.io. And please remove me from your list.",
    "What's the base salary? Either way, please don't contact me again after this.",
    "I've just accepted another offer, so please delete my details.",
    "Not now, and honestly not ever. Please stop emailing me.",
    "Wrong person. Delete this email from your CRM.",
    "Not the right guy, sorry. Please unsubscribe me.",
    "Falsche Person, ich heiße nicht Schmidt. Löschen Sie bitte meine Nummer.",
    "Falsche Nummer. Löschen Sie diese Nummer bitte aus Ihrer Datenbank.",
    "Fragen Sie Jan Weber, jan.weber@firma.de. Mich bitte aus dem Verteiler nehmen.",
    "Wie hoch ist das Gehalt? Und bitte kontaktieren Sie mich danach nicht mehr.",
    "Ich habe schon eine neue Stelle angenommen. Bitte keine Nachrichten mehr.",
    "Ich ersuche Sie, von künftigen Anfragen dieser Art abzusehen.",
    "Bitte ncht mehr anrufen.",
    "Mauvais numéro. Supprimez ce numéro de votre fichier, merci.",
    "Ce n'est pas moi, je ne suis pas développeur. Ne m'écrivez plus.",
    "Voyez plutôt avec ma collègue Claire, claire@boite.fr. Et retirez-moi de vos listes svp.",
    "C'est quoi le salaire ? Et après ça, ne me recontactez plus.",
    "Número equivocado, no soy Pablo. Borren este número por favor.",
    "Se equivocan de persona. Dejen de escribir a este correo.",
    "Habla con mi compañera Lucía, lucia@empresa.es. A mí sacadme de la lista.",
    "¿Cuánto pagan? Y por favor no me vuelvan a escribir.",
    "Ya acepté otra oferta. Bórrenme de su base de datos.",
    "Ya tengo trabajo, les pido que me den de baja de sus correos.",
    "Verkeerd nummer, ik ben Sanne niet. Haal dit nummer uit uw systeem.",
    "Mail mijn collega Pieter, pieter@bedrijf.nl. Mij graag van de lijst halen.",
    "Wat is het salaris? En daarna wil ik niet meer benaderd worden.",
    "Ik heb al een nieuwe baan. Stuur me geen berichten meer aub.",
    "Geen interesse. Bel me alsjeblieft niet meer.",
    "Número errado, não sou a Ana. Tirem esse número da lista de vocês.",
    "Não sou eu, vocês erraram de pessoa. Parem de mandar mensagem pra esse número.",
    "Fala com meu colega Rui, rui@empresa.com.br. E me tira da lista de vocês.",
    "Qual é o salário? E depois disso não me contatem mais, por favor.",
    "Já aceitei outra proposta. Apaguem meus dados, por favor.",
]


@pytest.mark.parametrize("text", MIXED_WITH_A_STOP)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_request_to_stop_wins_over_the_rest_of_the_reply(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT


# They ask about their data, tell of leaving somewhere else, or update their number.
LOOKS_MIXED = {
    Label.WRONG_PERSON: [
        "Wrong number, this is Daniel's old phone. His new one is +44 7700 900123."
    ],
    Label.QUESTION: [
        "Maybe. If it doesn't work out, do you keep my CV or delete it? Is it permanent?",
        "Misschien. Bewaren jullie mijn cv of verwijderen jullie het daarna? Is het vast?",
        "Talvez. Vocês guardam meu currículo ou apagam depois? É CLT?",
    ],
    Label.INTERESTED: [
        "¡Sí, me interesa! Por cierto, el enlace para darse de baja no funciona. ¿Hablamos?",
        "Pode apagar meu e-mail antigo e usar este novo. Tenho interesse!",
    ],
    Label.NOT_INTERESTED: [
        "Me descadastrei de todos os sites de emprego, estou feliz onde estou. Não, obrigado.",
        "Não, obrigada. Sem interesse.",
    ],
}


@pytest.mark.parametrize(
    ("text", "label"), [(text, label) for label, texts in LOOKS_MIXED.items() for text in texts]
)
def test_a_reply_that_only_looks_like_a_stop_is_read_as_what_it_is(text: str, label: Label) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is label
