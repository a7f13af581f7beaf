"""Choosing the label: what the mail's machinery says (a bounce, an automatic reply), then a
request to stop (the phrase rules, then the meaning reader behind them), then the phrase rules
of the other labels, then the model for replies no rule settles.

Every decision names its source (bounce, opt_out, automatic, meaning, agree: a rule the model
agrees with, rule, model, model:opt_out); its confidence is how often that source was right in
cross-validation on the train split (model.json; "meaning" is not calibrated there: the reader's
own probability)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from sequencer.inbound.intent import meaning as meanings
from sequencer.inbound.intent import rules
from sequencer.inbound.intent.answers import stops_by_answer, without_counts
from sequencer.inbound.intent.cue_gates import has_cue
from sequencer.inbound.intent.dates import mentions
from sequencer.inbound.intent.labels import Label
from sequencer.inbound.intent.lookalikes import without_stops_denied
from sequencer.inbound.intent.meaning import Reader
from sequencer.inbound.intent.meaning_lookalikes import without_meaning_lookalikes
from sequencer.inbound.intent.model import Model
from sequencer.inbound.intent.more_wanted import asks_to_talk
from sequencer.inbound.intent.not_requests import (
    says_yes,
    without_lookalikes,
    without_stops_of_others,
)
from sequencer.inbound.intent.opt_outs import asks_to_stop_in_other_words, plain
from sequencer.inbound.intent.stop_notices import welcomes_only_another_way
from sequencer.inbound.intent.stops_beside_a_yes import clauses_worth_reading
from sequencer.inbound.intent.stops_past_a_time import stops_before_the_gates
from sequencer.inbound.mail.automatic import MailKind
from sequencer.inbound.mail.quotes import Answer
from sequencer.inbound.mail.stop_requests import asks_to_stop
from sequencer.inbound.text import TextMeaning, meaning_of_text

# When no phrase rule read the reply, an opt-out probability of this much from the model is
# doubt enough to read it as one. Lower (0.25) caught no more opt-outs in cross-validation on
# the train split, and read short unseen replies ("más tarde") as opt-outs. Over a rule ("no,
# gracias" is a no) the model's doubts added 8 false opt-outs and no true one there.
OPT_OUT_DOUBT = 0.5
# ...but only while such doubts are worth something: if in cross-validation on the train split
# they were right less often than this, neither they nor the model's plain guess of opt_out
# are acted on (the rules decide opt-outs alone). Since the shapes of `intent/opt_outs.py`
# (2026-12-06) the rules caught every train opt-out, and the model's opt-out readings of the
# rest were right 0 times of 3 ("me manda mais detalhes por e-mail" is a yes).
DOUBT_WORTH = 0.5
# The meaning reader's (meaning.py) probability from which a reply no rule read as an opt-out is
# one all the same; None: off. Session 31, the reader trained on the paraphrases too: of 0.85,
# 0.9 and 0.95, read once on the held-out paraphrases (a third wave of writers, whole replies)
# before the session's last rule mends, 0.9 caught 443 of 539 restated stops with the rules
# (0.85: 460; 0.95: 416; the reader before: 392) for 26 of 539 near misses taken (28; 24; 25),
# and in writer folds on the train split took 1 of 1,300 other replies (0.85: 5). Measured
# after the mends: 440 and 25 (bench/paraphrase_bench.py --split heldout). Session 28's 0.85
# was chosen the same way for a reader trained on the corpus alone. Session 32: the reader is the
# kernel one (`meaning.KernelReader`, sigmoid(2 x its decision value)), acting from 0.87, fixed
# before it was measured on anything held out: trained without paraphrase wave 4, it read 741
# of wave 4's 1,078 restated stops with the rules for 72 of 539 near misses taken (0.85: 763/74;
# 0.9: 714/70; the linear reader at 0.9: 680/74), and took 1 of 1,300 in writer folds.
MEANING_FROM: float | None = 0.87
# ...and from this one in a reply that also says yes or names a time to write again (which the
# reader used to skip: "interested, write to my private address" is no stop). Session 35, on
# paraphrase waves 7 and 8 (train; the kernel had learnt from neither): of the stops added to a
# yes or a put-off that the rules missed, 0.95 caught 23 of 107 (0.93: 31; 0.97: 14) for 0 of
# 241 near misses beside a yes taken; but at 0.95 four yeses of the tests were read as stops
# (0.954-0.972: "Please remove the duplicate addresses from your list … Interested though!",
# "Ich möchte nichts mehr verpassen", "Phone: no signal there. Email: yes."), so 0.98: after the
# session's new rules it keeps 4 train paraphrase stops that nothing else reads (0.95: 18).
MEANING_BESIDE_A_YES = 0.98


@dataclass(frozen=True)
class Decision:
    label: Label
    source: str
    score: float = 1.0


# A time this far ahead is "later", not a meeting ("I'm free Thursday").
LATER = timedelta(days=10)


def decide(
    text: str,
    subject: str,
    channel: str,
    kind: MailKind,
    model: Model | None,
    received: date | None = None,
    language: str = "en",
    meaning: Reader | Literal["shipped"] | None = "shipped",
    meaning_from: float | None = MEANING_FROM,
    answers: Sequence[Answer] = (),
) -> Decision:
    """`meaning` is the meaning reader ("shipped": meaning.json), acting from a probability of
    `meaning_from` (None: never); `answers`, what they wrote right under lines of ours they
    kept ("> To stop all messages" / "This."), which may take up our own offer to stop."""
    if kind is MailKind.BOUNCE:
        return Decision(Label.BOUNCE, "bounce")
    # The lookalikes are taken out once, for the stop readers and the meaning reader both.
    cleared = without_lookalikes(text)
    if (
        _wants_out(cleared, subject, channel)
        or _stops_before_the_gates(text)
        or _takes_our_offer(answers, text, received, language)
    ):
        return Decision(Label.OPT_OUT, "opt_out")
    if kind is MailKind.AUTO_REPLY:
        return Decision(Label.OUT_OF_OFFICE, "automatic")
    later = received is not None and offers_later(text, received, language)
    reader = meanings.shipped() if isinstance(meaning, str) else meaning
    if reader is not None and meaning_from is not None:
        # A reply that asks to be contacted, a yes ("interested, write to my private address")
        # or a time to write again ("contact me on 18 June"), needs the reader surer.
        beside_a_yes = later or _yes(text)
        sure_from = max(meaning_from, MEANING_BESIDE_A_YES) if beside_a_yes else meaning_from
        read = _stop_text_of(cleared)
        read = clauses_worth_reading(read) if beside_a_yes else read
        doubt = reader.probability(read) if read else 0.0
        if doubt >= sure_from:
            return Decision(Label.OPT_OUT, "meaning", doubt)
    found = rules.cues_in(text)
    if later:
        found.add(Label.NOT_NOW)
    ruled = rules.first_by_precedence(found)
    posterior = model.posterior(text) if model is not None else {}
    doubts_count = _doubts_are_worth_acting_on(model)
    if ruled is None and doubts_count and posterior.get(Label.OPT_OUT, 0.0) >= OPT_OUT_DOUBT:
        return Decision(Label.OPT_OUT, "model:opt_out", posterior[Label.OPT_OUT])
    # A bounce is what the mail system says (`kind`), never a guess about a person's words
    # ("Please unlist my email address" read like one); nor is an opt-out guessed while its
    # doubts are not worth acting on, for the same reason as above.
    unguessable = {Label.BOUNCE} if doubts_count else {Label.BOUNCE, Label.OPT_OUT}
    posterior = {label: p for label, p in posterior.items() if label not in unguessable}
    guessed = max(posterior, key=posterior.__getitem__) if posterior else None
    if ruled is not None:
        agreed = guessed is ruled
        return Decision(ruled, "agree" if agreed else "rule", posterior.get(ruled, 1.0))
    if guessed is None:
        return Decision(Label.NOT_INTERESTED if text.strip() else Label.INTERESTED, "empty", 0.0)
    return Decision(guessed, "model", posterior[guessed])


def _stops_before_the_gates(text: str) -> bool:
    """ "…, and after that too", read before the gates, but for someone else's stop or one taken
    back (session 35: "Le pedí a otra agencia que no me llamara ni ahora ni después")."""
    if not stops_before_the_gates(text, plain(text)):
        return False
    others_out = without_stops_of_others(text)
    return others_out == text or stops_before_the_gates(others_out, plain(others_out))


def _yes(text: str) -> bool:
    """A yes, or asking when we talk ("¿cuándo hablamos?", "llámeme el lunes"): left to the
    rules alone (the latter only here: it would change what complaints and answers read); or a
    way to reach them welcomed in a labelled answer ("Phone: no signal there. Email: yes.", read
    as a stop by the kernel reader, session 33)."""
    if says_yes(text):
        return True
    words = plain(text)
    return asks_to_talk(words) or welcomes_only_another_way(words)


def _takes_our_offer(
    answers: Sequence[Answer], text: str, received: date | None, language: str
) -> bool:
    """An assent under our offer to stop ("> I'll stop here" / "Please do."), unless the reply
    says yes elsewhere or names a time to write again ("Please do, and try me in March")."""
    return (
        stops_by_answer(answers)
        and not says_yes(text)
        and not (received is not None and offers_later(without_counts(text), received, language))
    )


def _doubts_are_worth_acting_on(model: Model | None) -> bool:
    """While training (no calibration yet) the doubts are measured, so they count."""
    if model is None or "model:opt_out" not in model.calibration:
        return True
    return model.confidence("model:opt_out", 1.0) >= DOUBT_WORTH


def stop_text(text: str) -> str:
    """What the meaning reader reads, learning and reading: the new text with the lookalikes
    taken out, as the rules read it, and a stop denied too ("don't stop using this number": the
    encoder barely hears the "don't"); the subject is left to the rules: most are ours. And what
    speaks of sending, lists or data asking nothing to stop (`meaning_lookalikes`): a removal
    denied, an old address replaced, a question of what becomes of their data, a wish to know
    what we hold."""
    return _stop_text_of(without_lookalikes(text))


def _stop_text_of(cleared: str) -> str:
    """`stop_text` of a text whose lookalikes are out already."""
    return without_stops_denied(without_meaning_lookalikes(cleared))


def _wants_out(text: str, subject: str, channel: str) -> bool:
    """Whether a text whose lookalikes are out already asks to stop, by the stop rules."""
    # By SMS "wrong number" revokes consent to texts, and still means the wrong person, unless
    # the reply asks more ("wrong number, delete it from your system"): the readers below decide.
    # A cry in a yes ("Stop it, you read my mind! Yes") is out of `text` before the keywords are
    # read; `inbound/text.py` still decides on its own whether texts stop.
    if (
        channel == "sms"
        and meaning_of_text(text) is TextMeaning.OPT_OUT
        and (not has_cue(Label.WRONG_PERSON, text) or _asks_plainly(text))
    ):
        return True
    return (
        asks_to_stop(text, subject)
        or _asks_plainly(text)
        or _ends_plainly(text)
        or asks_to_stop_in_other_words(text)
    )


def _asks_plainly(text: str) -> bool:
    """The SMS keywords said as a whole reply by email too ("STOP", "Stopp", "Unsubscribe"), once
    or over and over ("stop stop stop", "remove remove", "STOP! STOP!": session 33)."""
    words = [word for word in re.sub(r"[.,;:]", " ", plain(text)).split() if word not in _COURTESY]
    words = [word for word in (word.strip("!") for word in words) if word]
    for n in range(1, min(len(words), _LONGEST_PLAIN_STOP) + 1):
        if len(words) % n == 0 and words == words[:n] * (len(words) // n):
            return " ".join(words[:n]) in _PLAIN_STOPS
    return False


def _ends_plainly(text: str) -> bool:
    """A reply whose last word is a plain stop after a colon, a "but" or a change of mind: "No
    wait, I meant it: stop.", "Danke, aber bitte aufhören.", "Parem, por favor." (session 35:
    a stop taken back and said again stopped nothing by email). Only the last clause, so a cry
    before a question ("Stop, wait, is this remote?") is not one."""
    last = _LAST_CLAUSE.split(text.strip().rstrip(".!").strip())[-1]
    return bool(last) and _asks_plainly(last)


# Where the last clause begins: a sentence's end, a colon or dash, or a "but". The spaces before
# a "but" are taken whole and from where they begin (or after a comma or a new line): a "but"
# found from within them is found from a space earlier too, so the clauses are cut the same, but
# 20,000 spaces are no longer scanned again from each of them (10 s; session 35).
_LAST_CLAUSE = re.compile(
    r"[.!?\n:;–—]|(?:,|(?<![^\S\n]))\s++\b(?:but|aber|doch|mais|pero|maar|mas|toch)\b,?",
    re.IGNORECASE,
)


# Said around a plain "stop" ("Arrêtez svp", "Abmelden bitte", "STOP!!! thanks").
_COURTESY = frozenset(
    {"please", "pls", "plz", "thanks", "thank", "you", "now", "svp", "stp", "merci", "bitte",
     "danke", "por", "favor", "porfa", "gracias", "obrigado", "obrigada", "pf", "aub", "a.u.b",
     "graag", "alsjeblieft", "!", "ya", "já", "ja", "jetzt", "maintenant"}
)  # fmt: skip


_PLAIN_STOPS = frozenset(
    {"stop", "stopp", "unsubscribe", "unsub", "remove", "remove me", "delete me", "opt out",
     "opt-out", "optout", "stop it", "stop this", "arret", "arreter", "arretez", "baja", "alto",
     "basta", "cancelar", "parar", "pare", "chega", "sair", "afmelden", "uitschrijven",
     "stop ermee", "abmelden", "austragen", "desinscription", "descadastrar",
     # "Remove" as a whole reply, in each language (session 31).
     "remover", "excluir", "eliminar", "borrar", "supprimer", "verwijderen", "entfernen",
     # The carriers' other keywords (CTIA), said by email too.
     "stopall", "stop all", "cancel", "quit", "end",
     # The imperative said to several, or with its particle (session 35): "Parem, por favor.",
     # "Paren ya", "Hören Sie auf", "Hou op", "Es reicht".
     "paren", "parem", "parad", "aufhoren", "horen sie auf", "hort auf", "hor auf", "hou op",
     "houd op", "stoppen", "es reicht", "stop now", "stop please"}
)  # fmt: skip
_LONGEST_PLAIN_STOP = max(len(stop.split()) for stop in _PLAIN_STOPS)


def offers_later(text: str, received: date, language: str) -> bool:
    """They name a time well ahead: "not interested right now, maybe next year" is not_now."""
    return any(
        not mention.bare and (mention.day - received >= LATER or _PERIOD.search(mention.phrase))
        for mention in mentions(text, received, language)
    )


# "next month" is later even when it is five days away.
_PERIOD = re.compile(
    r"month|monat|mois|\bmes\b|maand|mês|quart|trimest|kwartaal|year|jahr|année|\ban\b|año|jaar|ano\b",
    re.IGNORECASE,
)
