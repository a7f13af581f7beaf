"""The stop reader (intent/stop_reader.py): a second reader of requests to stop, behind the
phrase rules, off until it is measured good enough (classify.STOP_DOUBT). What it learns, that
it never overrules a reply asking to be contacted, and that the shipped file is what the train
split teaches, byte for byte (so whoever retrains ships the same reader)."""

from __future__ import annotations

from datetime import date

from sequencer.inbound.intent import stop_reader, stop_training
from sequencer.inbound.intent.classify import decide
from sequencer.inbound.intent.corpus import samples
from sequencer.inbound.intent.labels import Label
from sequencer.inbound.intent.training import DEFAULT_ROOT, reply_of
from sequencer.inbound.mail.automatic import MailKind

RECEIVED = date(2027, 2, 10)
STOPS = [
    "Please unsubscribe me.", "Unsubscribe me from this list", "Désabonnez-moi, merci.",
    "Merci de me désabonner.", "Bitte abmelden.", "Melden Sie mich ab.", "Uitschrijven aub",
    "Schrijf me uit alsjeblieft", "Remove me from your list.", "Please remove my details.",
]  # fmt: skip
OTHERS = [
    "Sounds great, send me the details.", "Yes please, tell me more.", "Happy to talk Thursday.",
    "Merci, envoyez-moi la fiche de poste.", "Gerne, schicken Sie mir mehr.", "Klinkt goed!",
    "What is the salary range?", "Not right now, maybe next year.", "I'm on holiday until May.",
    "Count me in.",
]  # fmt: skip
# Scores every text 1.0: whatever stops it acting is not the reader's doing.
CERTAIN = stop_reader.StopReader(bias=30.0, weights={})


def test_a_request_worded_as_no_training_reply_was_is_read_from_its_letters() -> None:
    reader = stop_reader.train([*STOPS, *OTHERS], [True] * len(STOPS) + [False] * len(OTHERS))
    for request in ("unsubscribing me pls", "désabonner svp", "uitschrijving graag"):
        assert reader.probability(request) > 0.5, request
    for other in ("send the details pls", "tell me more, thursday works"):
        assert reader.probability(other) < 0.5, other


def test_training_on_the_same_replies_gives_the_same_reader_byte_for_byte() -> None:
    stops = [True] * len(STOPS) + [False] * len(OTHERS)
    first = stop_reader.train([*STOPS, *OTHERS], stops)
    again = stop_reader.train([*STOPS, *OTHERS], stops)
    assert stop_reader.encoded(first) == stop_reader.encoded(again)


def _read(text: str, kind: MailKind = MailKind.HUMAN, stop_from: float | None = 0.5) -> Label:
    return decide(text, "", "email", kind, None, RECEIVED, "en", CERTAIN, stop_from).label


def test_acting_it_reads_a_request_no_rule_reads_but_never_a_reply_asking_to_be_contacted() -> None:
    assert _read("Mute me. Permanently.") is Label.OPT_OUT
    assert _read("Mute me. Permanently.", stop_from=None) is not Label.OPT_OUT
    assert _read("Interested, write to my private address please.") is not Label.OPT_OUT
    assert _read("Contact me again on 18 June.") is not Label.OPT_OUT
    assert _read("I am out of the office.", MailKind.AUTO_REPLY) is Label.OUT_OF_OFFICE


def test_the_shipped_reader_is_what_the_train_split_teaches() -> None:
    labelled = [(reply_of(sample), sample.label) for sample in samples(DEFAULT_ROOT, "train")]
    rebuilt = stop_reader.encoded(stop_training.trained_on(labelled))
    assert rebuilt == stop_reader.READER_PATH.read_text("utf-8"), (
        "retrain: .venv/bin/python -m sequencer.inbound.intent.stop_training"
    )
