"""A stop written beside a yes or a put-off, read by the meaning reader only when it is surer
(session 35). The reader used to skip every reply that said yes or named a time, so "sounds
great, call me Thursday; my work number though is off limits for good" could only be caught by
a rule; from `MEANING_BESIDE_A_YES` it is read like any other reply. A reader that is sure
stands in for the shipped one here: what is tested is when `decide` listens to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from sequencer.inbound.intent import Label
from sequencer.inbound.intent.classify import MEANING_BESIDE_A_YES, MEANING_FROM
from sequencer.inbound.intent.model import load
from sequencer.inbound.intent.reading import decision_of, reply_of_text
from sequencer.inbound.intent.stops_beside_a_yes import clauses_worth_reading

RECEIVED = date(2026, 3, 2)


@dataclass
class SureReader:
    """Gives every text one probability and remembers what it was asked to read."""

    sure: float
    read: list[str]

    def probability(self, text: str) -> float:
        self.read.append(text)
        return self.sure


def _label(text: str, sure: float) -> tuple[Label, list[str]]:
    reader = SureReader(sure, [])
    reply = reply_of_text(text, RECEIVED, channel="email")
    return decision_of(reply, load(), "en", meaning=reader).label, reader.read


# Stops no rule reads (session 35: "My work number is off limits for good", "The weekly digest has
# to go" are `messages_ended`'s now), so that only the reader can.
YES_AND_STOP = "Sounds great, call me Thursday. Lose my work number for good though."
LATER_AND_STOP = (
    "Not before June, write to me then. The weekly digest can be dropped for good though."
)


@pytest.mark.parametrize("text", [YES_AND_STOP, LATER_AND_STOP])
def test_beside_a_yes_or_a_time_the_reader_needs_to_be_surer(text: str) -> None:
    assert _label(text, MEANING_BESIDE_A_YES)[0] is Label.OPT_OUT
    assert _label(text, MEANING_BESIDE_A_YES - 0.01)[0] is not Label.OPT_OUT


def test_without_a_yes_the_usual_threshold_holds() -> None:
    assert _label("Please let the weekly digest go.", MEANING_FROM)[0] is Label.OPT_OUT


def test_beside_a_yes_only_clauses_a_stop_could_hang_on_are_read() -> None:
    label, read = _label(YES_AND_STOP, 0.99)
    assert label is Label.OPT_OUT
    assert read == ["Lose my work number for good though"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Yes! Call me Thursday.", ""),
        ("Ja, gerne. Aber keine Anrufe mehr.", "Aber keine Anrufe mehr"),
        ("Oui. Ça cesse, définitivement.", "Ça cesse, définitivement"),
        ("Sí. No me escribáis más aquí.", "No me escribáis más aquí"),
        ("Ja. Mijn nummer is voortaan taboe.", "Mijn nummer is voortaan taboe"),
        ("Sim! Apaguem os meus dados.", "Apaguem os meus dados"),
        ("Great. Please don't ring again.", "Please don't ring again"),
    ],
)
def test_the_clauses_worth_reading(text: str, kept: str) -> None:
    assert clauses_worth_reading(text) == kept
