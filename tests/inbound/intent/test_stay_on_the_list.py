"""Asking to stay on our list is the opposite of a removal, though an encoder hears the list and
takes it for one: after session 30's retraining the meaning reader scored "Keep me on your list
please." 0.87 and "Mantenha-me na vossa lista" 0.91, above the 0.85 it acts from. Denied, it is
a stop (intent/keeping.py)."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2027, 2, 10)

STAY = [
    "Keep me on your list please.",
    "Please keep me in your database for future roles.",
    "Behalten Sie mich bitte in Ihrer Kartei.",
    "Lassen Sie mich bitte auf der Liste, danke.",
    "Gardez-moi dans votre fichier, svp.",
    "Gardez-moi bien sur votre liste.",
    "Mantenme en tu lista, por favor.",
    "Manténgame en su base de datos, gracias.",
    "Houd me op de lijst alsjeblieft.",
    "Houd me gerust in jullie bestand.",
    "Mantenha-me na vossa lista, por favor.",
    "Me mantenha na sua base, obrigado.",
]
GO = [
    "Don't keep me on your list.",
    "Please do not keep me in your database.",
    "Behalten Sie mich nicht in Ihrer Kartei, bitte löschen.",
    "Ne me gardez pas dans votre fichier.",
    "No me mantengas en tu lista.",
    "Houd me niet op de lijst.",
    "Não me mantenha na vossa lista.",
    "Bitte behalten Sie meine Daten nicht in Ihrer Datenbank.",
    # The review's (session 30): the denial not right before "keep".
    "Don't ever keep me on your list.",
    "I don't want you to keep me on your list.",
    "No quiero que me mantengas en tu lista.",
]
# Not a list: "don't keep me waiting" asks for speed.
NOT_A_LIST = [
    "Don't keep me waiting too long, I'm interested!",
    "No me mantengas en suspenso, ¿cuándo hablamos?",
    "Ne me gardez pas trop longtemps en attente, je suis intéressé.",
]


@pytest.mark.parametrize("channel", ["email", "sms"])
@pytest.mark.parametrize("text", STAY)
def test_asking_to_stay_on_the_list_is_no_opt_out(channel: str, text: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is not Label.OPT_OUT


@pytest.mark.parametrize("text", NOT_A_LIST)
def test_asking_not_to_be_kept_waiting_is_no_opt_out(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is not Label.OPT_OUT


@pytest.mark.parametrize("channel", ["email", "sms"])
@pytest.mark.parametrize("text", GO)
def test_asking_not_to_be_kept_is_an_opt_out(channel: str, text: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT


# Telling us there is no need to remove them is no request (session 30: de-0256's kind, read as
# an opt-out by the retrained meaning reader).
NO_NEED_TO_REMOVE = [
    "No thanks. You don't need to delete me, but I'm staying where I am.",
    "Nein danke. Löschen musst du mich nicht, aber ich bleibe, wo ich bin.",
    "Non merci. Pas besoin de me supprimer, mais je reste où je suis.",
    "No, gracias. No hace falta que me borres, pero me quedo donde estoy.",
    "Nee dank je. Je hoeft me niet te verwijderen, maar ik blijf waar ik zit.",
    "Não, obrigado. Não precisa me apagar, mas fico onde estou.",
]
NO_NEED_BUT_STOP = [
    "No need to delete me, just never write to me again.",
    "Löschen musst du mich nicht, aber schreib mir nie wieder.",
]


@pytest.mark.parametrize("text", NO_NEED_TO_REMOVE)
def test_no_need_to_remove_them_is_no_opt_out(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is Label.NOT_INTERESTED


@pytest.mark.parametrize("text", NO_NEED_BUT_STOP)
def test_no_need_to_remove_them_beside_a_stop_is_an_opt_out(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is Label.OPT_OUT
