"""The kernel reader (session 32, `meaning.KernelReader`): an RBF support vector machine over the
same clause embeddings, acting from `classify.MEANING_FROM` behind the linear reader's screen
(`meaning.Cascade`). It reads unseen wordings of a stop better, and four lookalikes it took
for stops are mended by kind, outside the reader:

- "No more!" of their own past work, told before it ("I've done years of night shifts. No more!
  That's why this role appeals."): out of what the reader reads (`meaning_lookalikes`);
- being left out of our campaigns refused ("Ne me laissez pas en dehors de vos campagnes !",
  "laat me niet buiten jullie mailings"): a removal denied, out of what the reader reads (the
  rules today take "Please don't leave me out of your mailings!", "No me dejen fuera de sus
  campañas" and "Não me deixem de fora das vossas campanhas!" for stops themselves: left to
  the rules' mends); "don't stop" alone in Spanish or Portuguese ("No paren, mándenme más
  info."), out of what it reads;
- asking when we talk ("¿cuándo hablamos?", "when can we talk?") or to be called on a day
  ("llámeme el lunes", "call me on Monday"): a yes, which the reader never decides
  (`more_wanted.asks_to_talk`, beside `not_requests.says_yes` in `classify.decide`'s gate);

and the one stop it lost, a channel stopped with "my" ("Nutzen Sie meine Handynummer nicht
mehr, sondern nur noch meine E-Mail."), is read by a rule (`channel_stops`)."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, classify, meaning, read_reply
from sequencer.inbound.intent.more_wanted import asks_to_talk
from sequencer.inbound.intent.opt_outs import plain
from sequencer.inbound.mail.automatic import MailKind

RECEIVED = date(2026, 3, 2)

PAST_WORK_NO_MORE = [
    "I've done years of night shifts and weekend calls. No more! That's why this role appeals.",
    "I have worked weekends for ten years. No more! This role sounds right.",
    "I used to commute three hours a day. Never again! So a remote role is perfect.",
]
# Found by the inbound tests with the reader retrained on wave 4 too.
KEEP_GOING_ALONE = [
    "No paren, mándenme más info.",
    "Não parem, mandem mais vagas!",
]
LEFT_OUT_REFUSED = [
    "Ne me laissez pas en dehors de vos campagnes !",
    "Laat me niet buiten jullie mailings!",
]
ASKS_TO_TALK = [
    "No necesito un mensaje más largo; ¿cuándo hablamos?",
    "No olvide mi número, por favor, llámeme el lunes.",
    "I don't need a longer message; when can we talk?",
    "Don't forget my number, please call me on Monday.",
    "Pas besoin d'un message plus long ; quand est-ce qu'on se parle ?",
    "Keine längere Nachricht nötig; wann können wir telefonieren?",
    "Geen langer bericht nodig; wanneer kunnen we bellen?",
    "Não preciso de mensagem mais longa; quando podemos falar?",
    "Rufen Sie mich am Montag an.",
    "Ruf mich lieber nach der Arbeit an, so ab sechs. Die Stelle klingt interessant.",
    "Call me after work, from six. The role sounds interesting.",
    "Diese Woche ist Inventur, da kann ich nicht reden. Ruf mich nächste Woche Mittwoch an.",
]
# ...while what asks to stop stays a stop.
STILL_STOPS = [
    "No more! Stop writing to me.",
    "I've had enough of your emails. No more!",
    "Leave me out of your campaigns.",
    "Laissez-moi en dehors de vos campagnes.",
    "Don't call me on Monday or ever. Remove me from your list.",
    "When can we talk? Never. Stop writing to me.",
    "Ruf mich nicht mehr an.",
    "No, paren ya de escribirme.",
    "Ruf mich nimmer an.",
    "Please remove this work mobile from your records and only ring me on 07700 900 118.",
]
CHANNEL_STOPS = [
    "Nutzen Sie meine Handynummer nicht mehr, sondern nur noch meine E-Mail.",
    "Benutzen Sie meine Telefonnummer bitte nicht mehr.",
    "Gebruik u mijn nummer niet meer, alleen mijn e-mail.",
]
# ...not an old one replaced by a new one.
CHANNEL_REPLACED = [
    "Nutzen Sie meine alte Nummer nicht mehr, die neue ist 0171 2345678.",
]


@pytest.mark.parametrize("text", PAST_WORK_NO_MORE + LEFT_OUT_REFUSED + KEEP_GOING_ALONE)
def test_a_lookalike_is_taken_out_of_what_the_meaning_reader_reads(text: str) -> None:
    assert classify.stop_text(text) != text
    assert read_reply(text, RECEIVED, channel="email").label is not Label.OPT_OUT


@pytest.mark.parametrize("text", ASKS_TO_TALK)
def test_asking_when_we_talk_or_to_be_called_is_a_yes(text: str) -> None:
    assert asks_to_talk(plain(text))
    assert read_reply(text, RECEIVED, channel="email").label is not Label.OPT_OUT


@pytest.mark.parametrize("text", STILL_STOPS)
def test_the_same_words_asking_to_stop_stay_stops(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is Label.OPT_OUT


@pytest.mark.parametrize("text", CHANNEL_STOPS)
def test_a_channel_of_theirs_stopped_is_read_by_the_rules(text: str) -> None:
    found = classify.decide(text, "", "email", MailKind.HUMAN, None, RECEIVED, "de", None)
    assert found.label is Label.OPT_OUT


@pytest.mark.parametrize("text", CHANNEL_REPLACED)
def test_an_old_channel_replaced_is_no_stop(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is not Label.OPT_OUT


def test_the_shipped_reader_is_the_kernel_behind_the_linear_screen() -> None:
    reader = meaning.shipped()
    assert isinstance(reader, meaning.Cascade)
    assert reader.below < (classify.MEANING_FROM or 1.0)
    assert classify.MEANING_FROM == 0.87


def test_the_cascade_answers_the_kernel_above_the_screen_and_the_linear_reader_below() -> None:
    reader = meaning.shipped()
    assert isinstance(reader, meaning.Cascade)
    stop = "Ich möchte auf keiner Ihrer Listen mehr auftauchen."
    vectors = meaning.embedded(meaning.clauses(stop))
    assert reader.probability(stop) == pytest.approx(reader.then.probability_of(vectors))
    plain = "Thanks, Thursday at 10 works for me."
    vectors = meaning.embedded(meaning.clauses(plain))
    assert reader.first.probability_of(vectors) < reader.below
    assert reader.probability(plain) == pytest.approx(reader.first.probability_of(vectors))


# Replies of the train paraphrases whose likeliest clause the kernel scores near the threshold
# (0.87), beside a clause under the linear screen (a greeting, a name), which the kernel is not
# asked about since session 33: the reply is decided as the whole kernel decides it. The scores
# are the kernel refitted in session 33 (session 34; a refit moves them, and the test then only
# checks that the screened clause was not the likeliest).
NEAR_THE_THRESHOLD = [
    "Twenty-three recruiter emails in my inbox this week. Please make sure none of next week's "
    "come from you. Howard",  # 0.8699: under
    "Hi, Sourcing ist mein Job. Ich habe euch nie eine Einwilligung gegeben, also bitte meinen "
    "Kandidatendatensatz hart entfernen, nicht nur sperren",  # 0.8809: over
    "is there any way to get these texts to end? thats 4 this month",  # 0.9005: over
]


@pytest.mark.parametrize("text", NEAR_THE_THRESHOLD)
def test_clauses_under_the_screen_change_no_decision_of_the_kernel(text: str) -> None:
    reader = meaning.shipped()
    assert isinstance(reader, meaning.Cascade)
    threshold = classify.MEANING_FROM or 1.0
    vectors = meaning.embedded(meaning.clauses(text))
    whole = reader.then.probability_of(vectors)
    assert min(reader.first.probabilities(vectors)) < reader.below  # one clause is screened out
    assert (reader.probability(text) >= threshold) is (whole >= threshold)
    assert reader.probability(text) == pytest.approx(whole, abs=1e-4)


def test_the_kernel_file_reads_back_as_written(tmp_path: object) -> None:
    from pathlib import Path

    import numpy

    folder = Path(str(tmp_path))
    reader = meaning.KernelReader(
        numpy.eye(2, 512, dtype=numpy.float32), numpy.array([1.5, -1.0], numpy.float32), 0.25, 1.0
    )
    meaning.save_kernel(reader, folder / "k.npy", folder / "k.json")
    again = meaning.load_kernel(folder / "k.npy", folder / "k.json")
    rows = numpy.eye(3, 512, dtype=numpy.float32)
    assert numpy.allclose(again.decisions(rows), reader.decisions(rows))
    # exp(-|x - s|^2) with unit vectors: 1 at its own vector, e^-2 at the other.
    assert again.decisions(rows[:1])[0] == pytest.approx(1.5 - numpy.exp(-2) + 0.25, abs=1e-3)
