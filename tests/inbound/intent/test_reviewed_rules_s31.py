"""Session 31's new opt-out rules, after review R: replies their words read wrongly (a change of
career read as "out of your database", "I wish" read as Dutch "wis", a stop told as news, a kind
of offer refused, a time for calls), replies they had stopped reading (a sign-off from our own
events), and beside each the real stops of the same words, which stay stops.
"""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2026, 3, 2)

NOT_STOPS = [
    # A career left, not our files.
    "I want to move out of database administration into data engineering.",
    "I'd like to get out of systems administration and into cloud work.",
    "Ik wil uit de database-administratie en naar data engineering.",
    "Ich will raus aus der Datenbankentwicklung und in die Cloud.",
    # Something else not to keep receiving.
    "I don't want to keep getting overlooked for promotion, which is why I'm open to this.",
    # "Wish", "wist" (knew), "wissen" (know), "weg" (away).
    "I wish the information about me on your site was up to date. Anyway, interested!",
    "I wish I could tell you everything about me in one email, but let's talk.",
    "Mijn oud-collega wist alles van mij en heeft me aanbevolen.",
    "Bevor Sie alles über mich wissen wollen: Was ist das Gehalt?",
    "Alles over mij vind je op LinkedIn, ik ben nu even weg.",
    # Their own email or calls, not ours.
    "I'm in meetings all day and turn off my email at 6, so please call after lunch.",
    "I switch off from emails at weekends, so I'll reply on Monday.",
    "I want to get out of sales calls and into account management.",
    "Please make sure I'm not contacted at my work address, use my personal one.",
    # A CV replaced.
    "Someone at Acme must have passed on my email without asking. The CV you have is from 2019, "
    "please delete it and I'll send a fresh one.",
    # "No more" of their old job, beside a yes.
    "I've done years of night shifts and weekend calls. No more! That's why this role appeals.",
    # A kind of offer refused; another channel preferred.
    "Bitte beachten Sie, dass ich keine Teilzeit-Angebote möchte, nur Vollzeit.",
    "Ich möchte keine Remote-Angebote, nur Stellen vor Ort in München.",
    # No longer part of a team, nor working somewhere.
    "As of April I'm no longer part of the systems team at Acme, so I'm open to offers.",
    "Ich möchte nicht mehr in der Datenbank-Administration arbeiten.",
    "Ik wil niet langer op de pipeline-projecten werken.",
    # A time for calls; news of stopping.
    "Calls must end by 5 on weekdays as I collect my kids.",
    "Ik hield ermee op in 2020 en wil nu terug in de IT.",
    "Your colleague stopped emailing me after the first interview. Is the role still open?",
    "I stopped writing code two years ago, I manage the team now.",
    "Votre collègue a arrêté de m'écrire après l'entretien. Le poste est-il encore ouvert ?",
    "A empresa parou de me ligar depois da entrevista, a vaga ainda existe?",
    "Ihr Kollege hörte auf, mir zu schreiben. Ist die Stelle noch frei?",
    # Signing off from something not ours stays no stop.
    "I need to unsubscribe from the webinar first, then we can talk.",
    "Afmelden voor de training van morgen lukt niet, bel me even over de vacature.",
]

STOPS = [
    # Our events are ours: the sign-off stays.
    "Please unsubscribe me from your events and job alerts.",
    "Unsubscribe me from the webinar invites and everything else you send, please.",
    "Graag afmelden voor jullie events en alle andere mails.",
    "Graag afmelden voor de nieuwsbrief in mei.",
    # The same words asking to stop.
    "Take me out of your database.",
    "I want my name out of your database.",
    "Quero ficar fora da vossa base de candidatos.",
    "Ik wil uit jullie database.",
    "Ich will raus aus Ihrer Datenbank.",
    "I don't want to keep receiving emails from you.",
    "no quiero seguir recibiendo correos",
    "No more emails.",
    "Had four of these now. No more.",
    "Wis al mijn gegevens.",
    "Wis alle informatie die u over mij bewaart.",
    "Ik eis dat u alles wat u over mij heeft vastgelegd wist.",
    "Alles van mij mag weg.",
    "Delete everything you have on me.",
    "Please switch off your automatic follow-ups.",
    "I'd like out of future mailings.",
    "Please make sure I'm not contacted again.",
    "Who passed you my mobile? Delete it by end of day.",
    "Dass ich keine Headhunter-Post will, habe ich schon gesagt.",
    "Ich will keine LinkedIn-Nachrichten mehr.",
    "Ik wil niet langer in je verzendbestand staan.",
    "I no longer want to be part of your database.",
    "These calls must stop.",
    "Hou ermee op.",
    "Stop emailing me.",
    "I would appreciate it if you stopped emailing me.",
    "Arrête de m'écrire !",
    "Deja de escribirme.",
    "Para de me ligar.",
    "Hören Sie auf, mir zu schreiben.",
]


@pytest.mark.parametrize("text", NOT_STOPS)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_the_reviewed_words_asking_nothing_to_stop_are_no_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is not Label.OPT_OUT


@pytest.mark.parametrize("text", STOPS)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_the_same_words_asking_to_stop_stay_opt_outs(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT
