"""Replies that speak of stopping, removal or "no more" without asking us to stop (session 31's
review left them read as opt-outs), and beside each the real stops of the same words, which stay
stops: a salary no longer wanted, a kind of offer refused with "only", a question whether any
vacancies are left, someone else who stopped writing, a work regime left, one process left, a
job site told to stop, a removal denied by someone who likes our messages, an old address
replaced by a new one.
"""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2026, 3, 2)

NOT_STOPS = [
    "No quiero seguir recibiendo un sueldo tan bajo, por eso me interesa su oferta.",
    "I don't want to keep receiving a salary this low, so tell me more.",
    "Ich will keine Angebote mehr bekommen, die nur befristet sind. Ist diese Stelle unbefristet?",
    "Ik wil geen vacatures meer die alleen in Amsterdam zijn. Is deze remote?",
    "Zijn er geen vacatures meer?",
    "Geen vacatures meer? Jammer, ik had interesse.",
    "Gibt es keine Angebote mehr? Ich hätte Interesse gehabt.",
    "Su compañero dejó de escribirme después de la entrevista. ¿Sigue abierta la vacante?",
    "Jullie collega stopte met mailen na het gesprek. Is de vacature nog open?",
    "Quero sair fora do sistema PJ, por isso me interessa uma vaga CLT.",
    "Please remove me from consideration for the junior role, but I'd love to hear about the "
    "senior one.",
    "I told LinkedIn to stop sending me job alerts, but your message is welcome.",
    "I asked Indeed to stop emailing me daily alerts. Your role sounds good though.",
    "Please don't take me off your list, I read every one!",
    "Please stop writing to my old address and use the new one: ana.p@gmail.com",
]

STOPS = [
    "No quiero seguir recibiendo sus correos.",
    "I don't want to keep receiving these emails.",
    "Ich will keine Angebote mehr bekommen.",
    "Geen vacatures meer aub.",
    "Ik wil geen vacatures meer ontvangen.",
    "Deja de escribirme, por favor.",
    "Stop met mailen alsjeblieft.",
    "Quero sair da sua lista.",
    "Please remove me from your list.",
    "I told you to stop sending me job alerts.",
    "I asked your colleague to stop emailing me, and now you write. Stop.",
    "Take me off your list.",
    "Please stop writing to me.",
    "Nutzen Sie meine Handynummer nicht mehr, sondern nur noch meine E-Mail.",
]


@pytest.mark.parametrize("text", NOT_STOPS)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_words_of_stopping_that_ask_nothing_to_stop_are_no_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is not Label.OPT_OUT


@pytest.mark.parametrize("text", STOPS)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_the_same_words_asking_to_stop_stay_opt_outs(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT
