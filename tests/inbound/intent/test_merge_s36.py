"""Session 36's merges: stops of paraphrase wave 9 (which helper F's clearings never saw) that
those clearings took out, each kind in other languages too. A number that is someone else's,
asked by the writer to be deleted, is the writer's own stop; so are a sequence's automatic
reminders, which are our messages, not one thing of the talk."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2026, 3, 2)

THEIR_NUMBER_STOPPED = [
    # Paraphrase wave 9 (es-0332-r13).
    "Hola Marta:\n\nMi número es 654 321 987, llámame después de las 18h. El otro número que "
    "tenéis es el de mi madre: borradlo, por favor, y no llaméis más allí.\n\nSaludos,\nNuria",
    "O outro número que vocês têm é o da minha mãe: apaguem, por favor, e não liguem mais para lá. "
    "Tenho interesse, liguem para este.",
    "Ese móvil es el de mi hermano, no le escribáis más ahí. Yo sí estoy interesada, ¿hablamos?",
    "The other number you have is the one of my husband: delete it and don't call it again. "
    "Interested though, call me on this one?",
]
AUTOMATIC_REMINDERS_STOPPED = [
    # Paraphrase wave 9 (nl-0113-r13).
    "Ja, graag. Maandag om 10:00? PS please stop sending the automated reminders, één mail is "
    "genoeg.\n\nJoost",
    "Yes, Tuesday works. But no more automatic reminders please, one email is enough.",
    "Mardi, c'est parfait. Par contre, ne m'envoyez plus vos rappels automatiques, d'accord ?",
]
OTHERS_STOPS_TOLD = [  # and beside them, someone else's stop told stays no stop
    "Mi madre os pidió que no la llamarais más, pero yo sí estoy interesada. ¿Cuándo hablamos?",
    "My wife asked you to stop texting her, not me: I'm interested, call me tomorrow.",
]


@pytest.mark.parametrize("text", THEIR_NUMBER_STOPPED + AUTOMATIC_REMINDERS_STOPPED)
def test_a_stop_of_a_number_or_of_our_reminders_beside_a_yes_is_a_stop(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is Label.OPT_OUT


@pytest.mark.parametrize("text", OTHERS_STOPS_TOLD)
def test_someone_elses_stop_told_beside_a_yes_is_still_no_stop(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is not Label.OPT_OUT
