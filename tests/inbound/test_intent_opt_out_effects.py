"""Opt-outs worded the ways Spanish, Dutch and Portuguese speakers write them (issue 13), end to
end through the real ways in: a text through the Twilio webhook's own functions, an email as the
IMAP poller and Inbound Parse hand it over. What the person notices: nobody writes or texts them
again, on any channel; and a yes that merely says "stop" or "remove" is not taken for one."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.project import Project
from helpers.reply_world import ANA, ANA_PHONE, FOOTER, NOW, World, email, text_in

from sequencer.inbound.messages import raw_mail
from sequencer.store.models import EnrollmentStatus, EventKind


@pytest.fixture
def world(project: Project, database_url: str, tmp_path: Path):
    built = World(project, database_url, tmp_path, "replies: {auto_apply: 0.9}")
    yield built
    built.engine.dispose()


@pytest.mark.parametrize(
    "words",
    ["Deja de mandarme sms", "Hou op met sms'en", "Não me mande mais sms", "PARAR"],
)
def test_an_opt_out_by_text_in_spanish_dutch_or_portuguese_suppresses_every_channel(
    world, words: str
) -> None:
    text_in(world.engine, words, NOW)
    assert world.suppressed() == {ANA, ANA_PHONE}
    assert world.enrollment().status == EnrollmentStatus.HALTED
    assert world.reading().label == "opt_out"


@pytest.mark.parametrize(
    "words",
    [
        "Hola, no estoy interesada y prefiero no recibir más comunicaciones vuestras. Gracias.",
        "Ik stel het op prijs als u mij voortaan niet meer benadert over vacatures.",
        "Me tira dessa lista, por favor. Não tenho interesse.",
    ],
)
def test_an_opt_out_by_email_in_other_words_suppresses_every_channel(world, words: str) -> None:
    raw_mail(world.engine, email(words + "\n" + FOOTER), NOW, None)
    assert world.suppressed() == {ANA, ANA_PHONE}
    assert EventKind.OPT_OUT in [e.kind for e in world.events()]
    assert world.reading().label == "opt_out"


@pytest.mark.parametrize(
    "words",
    [
        "Tenho interesse. Pode apagar meu número antigo, o novo é 11 98888-7777.",
        "Interessant! Stop maar met zoeken, ik ben je kandidaat. Wanneer kunnen we bellen?",
        "Me interesa. Si os viene bien, puedo pasarme por vuestra oficina el martes.",
    ],
)
def test_a_yes_that_says_stop_or_delete_leaves_them_reachable(world, words: str) -> None:
    raw_mail(world.engine, email(words + "\n" + FOOTER), NOW, None)
    assert world.suppressed() == set()
    assert world.reading().label != "opt_out"
