"""Kinds of stop that writers used to restate the German train opt-outs (session 31), written
here in other words again, so that a rule is held to the kind and not to the paraphrase: nothing
more wanted from us ("will nix mehr kriegen"), our messages unwanted ("sind nicht erwünscht"),
spared, left be, kept away or left alone ("verschonen Sie mich mit …", "lassen Sie das mit den
Mails", "halten Sie sich von mir fern"), radio silence, the last time, their address no longer
to be used, neither one way nor the other, refraining ("sehen Sie davon ab …"), stopping with
small words between ("hören Sie damit endlich auf"), rung no more ("nicht mehr durchklingeln"),
German nouns of what we send ("keine Post mehr", "keine Telefonate mehr"), the German
infinitive that strikes their contact ("Nummer bitte rausnehmen"), out of the list or the sends
("raus aus dem Verteiler", "mich von allen Mailings ausnehmen"), a stop word as a whole sentence
("Aufhören!"), never having allowed it, Swiss German ("kei Mails meh"), and a deletion after
asking how we got the number ("weg damit").

Beside them the near non-matches that must stay non-stops: news rather than a wish ("ich habe
nichts mehr von Ihnen bekommen"), a time-bound pause ("bis Ende Juni bitte Abstand von
Anrufen"), an appointment left ("muss mich für heute 14 Uhr abmelden"), an old address
replaced, a complaint waived for a question about the job, and "meines Wissens"."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2026, 3, 2)

NOTHING_MORE_WANTED = [
    "Ich will echt nix mehr bekommen von Ihrer Agentur.",
    "Von Ihnen möchte ich nichts mehr sehen, danke.",
    "Jobmails will ich keine mehr kriegen.",
    "Ich mag von euch nichts mehr, ok?",
]
UNWANTED = [
    "Weitere Nachrichten Ihrerseits sind nicht erwünscht.",
    "Anrufe von Personalvermittlern sind mir unerwünscht.",
    "Ich habe doch geschrieben, dass ich keine Recruiter-Mails will.",
]
SPARED_LEFT_BE_KEPT_AWAY = [
    "Verschonen Sie mich bitte künftig mit Ihren Stellenangeboten.",
    "Ersparen Sie mir weitere Nachrichten dieser Art.",
    "Lassen Sie das doch bitte mit den Anrufen.",
    "Lassen Sie die Mails an mich bitte künftig bleiben.",
    "Halten Sie sich in Zukunft bitte von mir fern.",
    "Ich möchte einfach in Ruhe gelassen werden.",
]
SILENCE_AND_LAST_TIME = [
    "Ab sofort bitte Funkstille.",
    "Das war hoffentlich das letzte Mal.",
    "Das war das letzte Mal, dass Sie mich angeschrieben haben.",
]
NOT_TO_BE_USED = [
    "Benutzen Sie meine Privatadresse bitte nicht länger für so etwas.",
    "Ich ersuche Sie, meine Mailadresse nicht mehr zu gebrauchen.",
]
NEITHER_REFRAIN_STOP_RING = [
    "Bitte mich künftig weder telefonisch noch per SMS zu kontaktieren.",
    "Sehen Sie bitte davon ab, mich weiter anzuschreiben.",
    "Hören Sie damit endlich auf!",
    "Bitte bei uns zuhause nicht mehr durchklingeln.",
    "Bitte nicht noch einmal durchklingeln.",
    "Xing-Nachrichten bitte ab sofort einstellen.",
]
GERMAN_NOUNS = [
    "Von Ihrer Firma will ich keinerlei Post mehr.",
    "Künftig bitte keine Telefonate mehr mit mir.",
    "Ich verzichte auf weitere Zuschriften von Ihnen.",
    "Ich untersage jede weitere Ansprache.",
]
STRUCK_AND_OUT = [
    "Die Nummer bitte aus Ihrer Kartei streichen.",
    "Die Handynr. bitte aus Ihrer Datenbank tilgen.",
    "Meinen Kontakt bitte bei Ihnen rausnehmen.",
    "Weg mit meinen Daten, bitte.",
    "Raus aus dem Verteiler, bitte.",
    "Tragen Sie diese Adresse bitte aus.",
    "Mich bitte von sämtlichen Mailings ausnehmen, danke.",
    "Ich bin versorgt. Bitte mich in Zukunft auslassen.",
    "Ich will nicht in Ihrer Datenbank stehen.",
    "Vernichten Sie meine Unterlagen.",
    "Ich habe nie genehmigt, dass Sie mich ansprechen.",
]
WHOLE_SENTENCE_AND_MORE = [
    "Aufhören! Sofort!",
    "Kein Interesse. Streichen.",
    "Sie haben mir nie erlaubt, mich anzurufen.",
    "Ich habe nie zugestimmt, dass Sie mich ansprechen.",
    "Grüezi, bitte kei SMS meh.",
    "Ich wott nöd i Ihrer Kartei sii.",
    "Woher haben Sie meine Nr? Weg damit.",
    "Wie sind Sie an meinen Kontakt gekommen? Nehmen Sie den aus Ihren Listen.",
]
STOPS = (
    NOTHING_MORE_WANTED
    + UNWANTED
    + SPARED_LEFT_BE_KEPT_AWAY
    + SILENCE_AND_LAST_TIME
    + NOT_TO_BE_USED
    + NEITHER_REFRAIN_STOP_RING
    + GERMAN_NOUNS
    + STRUCK_AND_OUT
    + WHOLE_SENTENCE_AND_MORE
)

NEAR_NON_STOPS = [
    "Ich habe nichts mehr von Ihnen bekommen, ist die Stelle schon vergeben?",
    "Ich möchte nichts mehr verpassen, schicken Sie mir gern alles.",
    "Anrufe sind während der Arbeitszeit unerwünscht, abends gern.",
    "Bis Ende Juni bitte Abstand von Anrufen, danach gern wieder.",
    "Ich muss mich für heute 14 Uhr abmelden, geht morgen?",
    "Meine alte Nummer bitte löschen, die neue ist 0171 2233445.",
    "Nutzen Sie meine alte Adresse nicht mehr, die neue lautet Hauptstr. 5.",
    "Ich habe mich da nie angemeldet. Egal, wie hoch ist das Gehalt?",
    "Meine Daten habe ich meines Wissens nie freigegeben. Wo haben Sie mich gefunden?",
    "Seit Wochen Funkstille bei Ihnen, gibt es Neuigkeiten?",
    "Ab jetzt Funkstille bis zum Urlaubsende, danach gern ein Gespräch.",
    "Das war das letzte Mal, dass ich mich bei einem Konzern beworben habe. Erzählen Sie mehr!",
]


@pytest.mark.parametrize("text", STOPS)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_restated_german_stop_is_an_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT


@pytest.mark.parametrize("text", NEAR_NON_STOPS)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_reply_that_only_sounds_like_one_is_no_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is not Label.OPT_OUT
