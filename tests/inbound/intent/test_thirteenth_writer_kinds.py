"""Dates, noes and referrals of kinds found in the train part of a thirteenth writer's batch
(session 30, "new writer s30b"), written here in other words and the six languages, so that a
rule is held to the kind and not to the corpus's sentence: "mid next month" (the 15th of next
month) and "till next month end, after that" (the 1st of the month after); "on the road till
the 20th, ping me after" (the day after the 20th); a one-word shrug ("bof") and a short no
("leider nein, passt nicht"), which are noes; "not now and not later either", a no and no
deferral; a no with an invitation to lunch between acquaintances; a relative who is looking
for "a new job", a referral and no job accepted. Beside each, replies that use the same words
and must stay what they are."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2030, 10, 8)  # a Tuesday

# "Mid next month": the 15th of next month.
MID_NEXT_MONTH = [
    ("grad schlecht, bin auf montage. meld dich mitte nächsten monat", "de"),
    ("Passt gerade nicht, melden Sie sich Mitte nächsten Monats wieder.", "de"),
    ("Swamped right now. Try me mid next month.", "en"),
    ("Not a good time, can you reach out again in the middle of next month?", "en"),
    ("Pas maintenant, recontactez-moi vers le milieu du mois prochain.", "fr"),
    ("Ahora no puedo, escríbeme a mediados del mes que viene.", "es"),
    ("Nu even niet, stuur me half volgende maand een berichtje.", "nl"),
    ("Agora não dá, me procura em meados do mês que vem.", "pt"),
]
# "Till the end of next month, after that": the 1st of the month after next ("end of
# December" is 1 January).
END_OF_NEXT_MONTH = [
    "Currently I am in the middle of a release and cannot move till next month end. Please "
    "connect after that, I will be happy to discuss.",
    "Busy until the end of next month, reach out after that.",
    "Bis Ende nächsten Monats bin ich im Projekt, melden Sie sich danach.",
    "Je suis pris jusqu'à la fin du mois prochain, relancez-moi après.",
    "Hasta finales del mes que viene estoy liado, escríbeme después.",
    "Tot eind volgende maand zit ik vol, stuur me daarna een bericht.",
    "Estou enrolado até o fim do mês que vem, me chama depois disso.",
]
# "Next month" and "early next month" alone stay the 1st of next month.
NEXT_MONTH_ALONE = [
    "Not now, try me next month.",
    "Im Moment nicht, melden Sie sich Anfang nächsten Monats.",
    "Pas maintenant, recontactez-moi le mois prochain.",
    "Ahora no, escríbeme el mes que viene.",
]

# Away "till the 20th", then "after": the day after the 20th.
UNTIL_THE_DAY_THEN_AFTER = [
    ("On the road till the 20th. Ping me after. D", "en"),
    ("Travelling until the 20th, text me after.", "en"),
    ("Bin bis zum 20. auf Montage, meld dich danach.", "de"),
    ("là je peux pas, en déplacement jusqu'au 20. rappelez-moi après", "fr"),
    ("ahora no puedo, estoy de viaje hasta el 20. escribime después", "es"),
    ("ben op reis tot de 20e, stuur daarna maar een berichtje", "nl"),
    ("to viajando até dia 20, me manda msg depois", "pt"),
]
# ...but the day itself when they are back on it, and a firm day named after it is that day.
THE_DAY_ITSELF = [
    ("Back on the 20th, ping me then.", date(2030, 10, 20)),
    ("Ping me on the 20th.", date(2030, 10, 20)),
    ("On the road till the 20th, call me on the 23rd.", date(2030, 10, 23)),
    ("Bin bis zum 20. unterwegs, ruf mich am 25.10. an.", date(2030, 10, 25)),
    ("Ping me after the 20th.", date(2030, 10, 21)),
]

# A one-word shrug or a short no, alone: a no.
SHORT_NOES = [
    "bof",
    "Bof.",
    "bof, pas trop",
    "mouais, pas vraiment",
    "meh",
    "meh, not really",
    "mwah",
    "mwah, niet echt",
    "naja, eher nicht",
    "👎 leider nein, passt nicht. Trotzdem danke 🙂",
    "Passt nicht, danke.",
    "Nee, passt nicht zu mir.",
]
# ...while a shrug before a yes, a question or a later stays that.
SHRUG_LOOKALIKES = [
    ("bof, c'est quoi le salaire ?", Label.QUESTION),
    ("Bof... pourquoi pas, appelez-moi.", Label.INTERESTED),
    ("meh, maybe later", Label.NOT_NOW),
    ("naja, klingt eigentlich ganz interessant", Label.INTERESTED),
    ("mwah, misschien later", Label.NOT_NOW),
    ("Passt gerade nicht, melde dich später.", Label.NOT_NOW),
    ("Passt grad nicht.", Label.NOT_NOW),
    ("Zeitlich passt es gerade nicht.", Label.NOT_NOW),
]

# "Not now and not later either": a no, no deferral.
NOT_NOW_NOR_LATER = [
    "Pas maintenant ni plus tard, Camille. Je suis bien où je suis. Bonne journée.",
    "Ni maintenant ni plus tard.",
    "Ni maintenant, ni jamais.",
    "Nu niet en later ook niet, Daan. Ik zit prima waar ik zit. Succes ermee.",
    "Niet nu en ook niet later.",
    "Not now, not later, not ever.",
    "Not now and not later either.",
    "Neither now nor later, thanks.",
    "Weder jetzt noch später.",
    "Jetzt nicht und später auch nicht.",
    "Ni ahora ni más adelante.",
    "Ahora no y más adelante tampoco.",
    "Ni ahora ni nunca.",
    "Nem agora nem depois.",
    "Agora não e mais tarde também não.",
    "Nem agora nem nunca.",
]
# ...while "not now, but later" stays a later, and a removal with it a stop.
NOT_NOW_BUT_LATER = [
    "Not now, but later maybe.",
    "Nicht jetzt, aber später gern.",
    "Pas maintenant, mais plus tard peut-être.",
    "Ahora no, pero más adelante sí.",
    "Nu niet, later misschien wel.",
    "Agora não, mas mais tarde talvez.",
]
NEVER_WITH_A_STOP = [
    "Pas maintenant ni plus tard. Supprimez mes coordonnées.",
    "Not now, not later. Remove me from your list.",
    "Nu niet en later ook niet. Haal me van jullie lijst.",
]

# A no with an invitation to lunch or coffee between acquaintances: a no.
NO_WITH_A_LUNCH = [
    "Beatriz! Que saudade. Vou ficar onde estou, mas bora marcar um almoço? Enviado do Email "
    "para Android",
    "Fico onde estou, mas vamos tomar um café qualquer dia?",
    "I'm staying where I am, but let's grab lunch sometime?",
    "Not for me, but let's get a coffee when you're in town!",
    "Je reste où je suis, mais on se fait un déj un de ces jours ?",
    "Me quedo donde estoy, pero ¿nos tomamos un café un día de estos?",
    "Ik blijf waar ik zit, maar zullen we binnenkort een keer lunchen?",
]
# ...while a lunch or coffee to talk about the role is a yes.
LUNCH_ABOUT_THE_ROLE = [
    "Sounds interesting! Let's grab a coffee and talk about the role.",
    "Tenho interesse, bora marcar um almoço pra conversar sobre a vaga?",
    "Je suis intéressé, on en parle autour d'un café ?",
    "Me interesa, ¿tomamos un café y me cuentas del puesto?",
]

# A relative or friend looking for "a new job": a referral, no job accepted.
SOMEONE_LOOKING_FOR_A_NEW_JOB = [
    "Hallo Herr Becker, ich suche nicht, aber mein Cousin Emre ist Data Engineer und sucht "
    "gerade neue Stelle. Seine E-Mail ist emre.kaya@gmx.de, Sie können schreiben ihm. Grüße",
    "I'm not looking, but my cousin is looking for a new job: raj.mehta@gmail.com",
    "Moi non, mais mon frère cherche un nouveau poste : paul.girard@gmail.com",
    "Yo no, pero mi prima busca un nuevo trabajo: lucia.ortega@gmail.com",
    "Ik niet, maar mijn neef zoekt een nieuwe baan: tim.bakker@gmail.com",
    "Eu não, mas meu primo está procurando um novo emprego: joao.silva@gmail.com",
]
# ...while a new job of their own stays accepted elsewhere.
A_NEW_JOB_OF_THEIR_OWN = [
    "I've just started a new job, so no thanks.",
    "Ich habe gerade eine neue Stelle angetreten.",
    "J'ai un nouveau poste depuis lundi, merci.",
    "Acabo de empezar en un nuevo trabajo.",
    "Ik heb net een nieuwe baan, dank je.",
    "Comecei num novo emprego este mês.",
]


def _read(text: str, channel: str = "email") -> tuple[Label, date | None]:
    reading = read_reply(text, RECEIVED, channel=channel)
    return reading.label, reading.named_date


@pytest.mark.parametrize(("text", "language"), MID_NEXT_MONTH)
def test_mid_next_month_is_its_15th(text: str, language: str) -> None:
    assert _read(text) == (Label.NOT_NOW, date(2030, 11, 15)), language


@pytest.mark.parametrize("text", END_OF_NEXT_MONTH)
def test_till_the_end_of_next_month_is_the_first_of_the_month_after(text: str) -> None:
    assert _read(text) == (Label.NOT_NOW, date(2030, 12, 1))


@pytest.mark.parametrize("text", NEXT_MONTH_ALONE)
def test_next_month_alone_is_its_first(text: str) -> None:
    assert _read(text) == (Label.NOT_NOW, date(2030, 11, 1))


@pytest.mark.parametrize("channel", ["email", "sms"])
@pytest.mark.parametrize(("text", "language"), UNTIL_THE_DAY_THEN_AFTER)
def test_away_until_the_day_then_after_is_the_day_after(
    text: str, language: str, channel: str
) -> None:
    assert _read(text, channel) == (Label.NOT_NOW, date(2030, 10, 21)), language


@pytest.mark.parametrize(("text", "day"), THE_DAY_ITSELF)
def test_a_day_to_write_on_stays_that_day(text: str, day: date) -> None:
    assert _read(text)[1] == day


@pytest.mark.parametrize("channel", ["email", "sms"])
@pytest.mark.parametrize("text", SHORT_NOES + NOT_NOW_NOR_LATER + NO_WITH_A_LUNCH)
def test_a_shrug_a_never_or_a_no_with_a_lunch_is_not_interested(text: str, channel: str) -> None:
    assert _read(text, channel)[0] is Label.NOT_INTERESTED


@pytest.mark.parametrize(("text", "label"), SHRUG_LOOKALIKES)
def test_the_same_words_keep_their_own_label(text: str, label: Label) -> None:
    assert _read(text)[0] is label


@pytest.mark.parametrize("text", NOT_NOW_BUT_LATER)
def test_not_now_but_later_stays_later(text: str) -> None:
    assert _read(text)[0] is Label.NOT_NOW


@pytest.mark.parametrize("text", NEVER_WITH_A_STOP)
def test_a_never_with_a_removal_stays_a_stop(text: str) -> None:
    assert _read(text)[0] is Label.OPT_OUT


@pytest.mark.parametrize("text", LUNCH_ABOUT_THE_ROLE)
def test_a_lunch_to_talk_about_the_role_is_a_yes(text: str) -> None:
    assert _read(text)[0] is Label.INTERESTED


@pytest.mark.parametrize("text", SOMEONE_LOOKING_FOR_A_NEW_JOB)
def test_someone_looking_for_a_new_job_is_a_referral(text: str) -> None:
    assert _read(text)[0] is Label.REFERRAL


@pytest.mark.parametrize("text", A_NEW_JOB_OF_THEIR_OWN)
def test_a_new_job_of_their_own_stays_accepted_elsewhere(text: str) -> None:
    assert _read(text)[0] is Label.ACCEPTED_ELSEWHERE
