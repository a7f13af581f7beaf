"""Dates of kinds found in the train part of an eleventh writer's batch (session 29, "new writer
s29b"), written here in other words and the six languages: the date of the person's own event
(a hand-in, a graduation) that is no time to write again, unless they say to write after it;
"after <date>" said by pointing back at the date ("danach", "después de esa fecha"), which is
the day after (tests/data/replies/README.md, "Dates"); "in about three weeks"; and two kinds
of referral (README rule 4): a relative pointing to the person's new number, and "wrong
person, but my sister does exactly that"; and an ironic "sure" before a plain "no, thanks"."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply
from sequencer.inbound.intent.dates import named_date

RECEIVED = date(2029, 7, 3)  # a Tuesday

# A student asks whether the role fits a starter, naming when they graduate or hand in: a
# question, not a time to write again.
OWN_EVENT_IN_A_QUESTION = [
    "Hallo, ich schreibe gerade meine Bachelorarbeit (Abgabe im Oktober). Ist die Stelle auch "
    "für Absolventen offen?",
    "I graduate in December. Would the role suit a new graduate, or do you need experience?",
    "Je serai diplômé en décembre. Le poste est-il ouvert aux jeunes diplômés ?",
    "Me gradúo en diciembre. ¿Aceptáis perfiles junior para esta vacante?",
    "Ik rond mijn scriptie af in oktober. Zoeken jullie ook starters?",
    "Eu me formo em novembro. A vaga aceita quem ainda não tem experiência?",
]
# The same event named as the time to write: a deferral to the day after it.
OWN_EVENT_THEN_WRITE = [
    ("Meine Abgabe ist am 15.9. Schreib mir gern danach.", "de", date(2029, 9, 16)),
    ("My thesis defence is on 20 September. Get back to me after that?", "en", date(2029, 9, 21)),
    ("Je rends mon mémoire le 14 septembre. Recontactez-moi après.", "fr", date(2029, 9, 15)),
    ("Defiendo el TFG el 10 de septiembre. Después de esa fecha hablamos.", "es",
     date(2029, 9, 11)),
    ("Ik lever mijn scriptie in op 12 september. Neem daarna gerust contact op.", "nl",
     date(2029, 9, 13)),
    ("Entrego a dissertação dia 18/09. Me procura depois disso.", "pt", date(2029, 9, 19)),
]  # fmt: skip
# A month named as the time to write, beside study words, stays a deferral.
STUDY_THEN_A_TIME = [
    "Ich bin noch im Studium, melde dich im Oktober wieder.",
    "Still finishing my degree, write me in October.",
    "Je finis mes études, recontactez-moi en octobre.",
    # Their milestone, then a time to talk in the same sentence (a second review, R2).
    "Thesis hand-in is in September; let's talk in October.",
    "Mis exámenes son en septiembre; hablemos en octubre.",
    "Meine Abgabe ist im September, lass uns im Oktober telefonieren.",
    "Ik studeer in september af, bel me in oktober.",
    "Minha formatura é em setembro, pode me chamar em outubro.",
]
# "in about N weeks": R + 7 × N days.
ABOUT_N_WEEKS = [
    ("Melden Sie sich in ungefähr drei Wochen wieder.", "de"),
    ("Try me again in around three weeks.", "en"),
    ("Recontactez-moi dans environ trois semaines.", "fr"),
    ("Escríbeme en unas tres semanas.", "es"),
    ("Neem over een week of drie weer contact op.", "nl"),
    ("Volte a contactar-me daqui a umas três semanas.", "pt"),
]
# Not a time at all: a number that is not weeks from now.
NOT_ABOUT_WEEKS = [
    ("Ik werk er al een week of drie.", "nl"),
    ("Das Projekt lief ungefähr drei Wochen.", "de"),
]


@pytest.mark.parametrize("text", OWN_EVENT_IN_A_QUESTION)
def test_a_student_naming_their_graduation_in_a_question_asks_a_question(text: str) -> None:
    reading = read_reply(text, RECEIVED)
    assert reading.label is Label.QUESTION


@pytest.mark.parametrize(("text", "language", "expected"), OWN_EVENT_THEN_WRITE)
def test_write_after_their_own_event_is_the_day_after_it(
    text: str, language: str, expected: date
) -> None:
    assert named_date(text, RECEIVED, language=language) == expected
    assert read_reply(text, RECEIVED).label is Label.NOT_NOW


@pytest.mark.parametrize("text", STUDY_THEN_A_TIME)
def test_a_time_to_write_beside_study_words_stays_a_deferral(text: str) -> None:
    reading = read_reply(text, RECEIVED)
    assert (reading.label, reading.named_date) == (Label.NOT_NOW, date(2029, 10, 1))


@pytest.mark.parametrize(("text", "language"), ABOUT_N_WEEKS)
def test_in_about_three_weeks_is_three_weeks_on(text: str, language: str) -> None:
    assert named_date(text, RECEIVED, language=language) == date(2029, 7, 24)


@pytest.mark.parametrize(("text", "language"), NOT_ABOUT_WEEKS)
def test_a_span_that_is_not_from_now_names_no_date(text: str, language: str) -> None:
    assert named_date(text, RECEIVED, language=language) is None


# Someone else points to the person's new number: a referral, not a yes nor the wrong person.
NEW_NUMBER_OF_SOMEONE_ELSE = [
    "Hi, I'm her husband, she changed her number, it's +44 7700 900123 now.",
    "Hallo, hier ist seine Frau. Seine neue Nummer ist 0176 5550 1234.",
    "Bonjour, c'est sa mère. Il a changé de numéro, le nouveau c'est le 06 12 34 56 78.",
    "Hola, soy su padre. Su nuevo número es 612 345 678.",
    "Hoi, dit is zijn moeder. Hij heeft een nieuw nummer: 06 1234 5678.",
    "Olá, sou a mulher dele. Ele mudou de número, o novo é 91 234 5678.",
]
# The wrong person, pointing to a relative who does the job: a referral.
A_RELATIVE_DOES_THAT = [
    "Bin der Falsche, aber mein Bruder Jan macht genau das. 0176 5550 9132",
    "Wrong person, but my sister does exactly that: 07700 900123",
    "Mauvaise personne, mais ma soeur fait exactement ça : 06 12 34 56 78",
    "Persona equivocada, pero mi hermana hace justo eso: 612 345 678",
    "Verkeerde persoon, maar mijn zus doet precies dat: 06 1234 5678",
    "Pessoa errada, mas a minha irmã faz exatamente isso: 91 234 5678",
]
# Their own new number, or a relative named for no referral: not a referral.
NO_REFERRAL = [
    "I have a new number now, text me here: 07700 900123. Interested!",
    "Ich habe eine neue Nummer, gern hier weiter. Klingt spannend!",
    "My sister is a nurse, not me. Wrong number.",
    "Mijn zus doet dat ook, maar ik ben niet geïnteresseerd.",
]


@pytest.mark.parametrize("text", NEW_NUMBER_OF_SOMEONE_ELSE + A_RELATIVE_DOES_THAT)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_pointing_to_someone_elses_number_is_a_referral(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.REFERRAL


@pytest.mark.parametrize("text", NO_REFERRAL)
def test_ones_own_number_or_a_relative_named_is_no_referral(text: str) -> None:
    assert read_reply(text, RECEIVED).label is not Label.REFERRAL


# An ironic "sure" opening a reply that ends in a plain "no, thanks": a no.
IRONIC_YES_THEN_NO = [
    "Yes, sure, relocating to the office five days a week for the same pay. Great plan. No thanks.",
    'Ja, klar, noch ein "einmaliges Angebot" diese Woche, ja, super. Nein danke.',
    "Oui, bien sûr, encore une « opportunité unique », ça m'intéresse beaucoup. Non merci.",
    'Claro, otra oferta "irrechazable" con guardias. No, gracias.',
    "Ja hoor, weer een unieke kans met piketdiensten. Nee, bedankt.\n\nVerzonden vanaf mijn iPhone",
    "Sim, claro, trocar a CLT por PJ com sobreaviso. Proposta ótima. Não, obrigada.",
]
# A real yes, or a no to one part only, stays a yes.
YES_WITH_A_NO_INSIDE = [
    "Claro, me interesa. El otro puesto, no, gracias.",
    "Sure, send me the details. The contract role, no thanks.",
    "Ja hoor, dat lijkt me leuk! Wanneer kunnen we bellen?",
]


@pytest.mark.parametrize("text", IRONIC_YES_THEN_NO)
def test_an_ironic_sure_then_a_plain_no_is_a_no(text: str) -> None:
    assert read_reply(text, RECEIVED).label is Label.NOT_INTERESTED


@pytest.mark.parametrize("text", YES_WITH_A_NO_INSIDE)
def test_a_yes_with_a_no_to_one_part_is_still_a_yes(text: str) -> None:
    assert read_reply(text, RECEIVED).label is Label.INTERESTED
