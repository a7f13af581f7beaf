"""A stop taken back and then said again, and a plain stop said as a reply's last words after
a colon or a "but" (session 35). Each of these stopped nothing by email before: the taken-back
sentence went, and a bare "stop." left after it was read as nothing in particular (an
"interested" at confidence 0.003 was shown to the recruiter).
"""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2026, 3, 2)

SAID_AGAIN = [
    "Ignore my STOP from yesterday. No wait, I meant it: stop.",
    "Vergessen Sie mein STOPP von gestern. Nein, doch: bitte aufhören.",
    "Oubliez mon STOP d'hier. Non, en fait si : arrêtez.",
    "Olvide mi STOP de ayer. No, espere, lo decía en serio: pare ya.",
    "Negeer mijn STOP van gisteren. Nee toch: stop alsjeblieft.",
    "Danke, aber bitte aufhören.",
    "Paren, por favor.",
    "Parem, por favor.",
    "Es reicht.",
    "Thanks for thinking of me, but honestly: stop.",
]


@pytest.mark.parametrize("channel", ["email", "sms"])
@pytest.mark.parametrize("text", SAID_AGAIN)
def test_a_plain_stop_said_last_is_a_stop(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT


# The stop taken back and not said again, and a cry before a question: what they ask now.
NOT_SAID_AGAIN = [
    ("Ignore my STOP, I am interested. Can we talk?", Label.INTERESTED),
    ("Stop, wait, is this remote?", Label.QUESTION),
    ("Stopp, warten Sie: ist die Stelle remote?", Label.QUESTION),
]


@pytest.mark.parametrize(("text", "label"), NOT_SAID_AGAIN)
def test_a_stop_not_said_last_reads_as_the_rest(text: str, label: Label) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is label
