"""Each rule of the date convention (docs/engineers/reply-understanding.md), in the languages
people write it in, resolved against the day the reply arrived."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import read_reply
from sequencer.inbound.intent.dates import named_date
from sequencer.inbound.intent.labels import Label

SATURDAY = date(2026, 12, 5)  # R for most cases below
MID_JANUARY = date(2027, 1, 14)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A named month: the 1st, next occurrence after R.
        ("Can we talk in March?", "en", date(2027, 3, 1)),
        ("Melden Sie sich im März", "de", date(2027, 3, 1)),
        ("Recontactez-moi en mars", "fr", date(2027, 3, 1)),
        ("Escríbeme en marzo", "es", date(2027, 3, 1)),
        ("Mail me in maart", "nl", date(2027, 3, 1)),
        ("Fale comigo em março", "pt", date(2027, 3, 1)),
        ("once my vesting cliff hits in June", "en", date(2027, 6, 1)),
        # Early, mid, late, end of, after a month.
        ("early March works", "en", date(2027, 3, 1)),
        ("Mitte März", "de", date(2027, 3, 15)),
        ("late March", "en", date(2027, 3, 20)),
        ("end of March", "en", date(2027, 4, 1)),
        ("Ende März", "de", date(2027, 4, 1)),
        ("after March", "en", date(2027, 4, 1)),
        # Quarters.
        ("ping me in Q3", "en", date(2027, 7, 1)),
        ("after Q1", "en", date(2027, 4, 1)),
        ("once Q1 is over", "en", date(2027, 4, 1)),
        ("nach dem ersten Quartal", "de", date(2027, 4, 1)),
        ("après le premier trimestre", "fr", date(2027, 4, 1)),
        ("mid Q2", "en", date(2027, 5, 15)),
        ("next quarter", "en", date(2027, 1, 1)),
        ("el próximo trimestre", "es", date(2027, 1, 1)),
        # Years.
        ("early next year", "en", date(2027, 1, 1)),
        ("Anfang nächsten Jahres", "de", date(2027, 1, 1)),
        ("l'année prochaine", "fr", date(2027, 1, 1)),
        ("début d'année prochaine", "fr", date(2027, 1, 1)),
        ("el año que viene", "es", date(2027, 1, 1)),
        ("volgend jaar", "nl", date(2027, 1, 1)),
        ("no ano que vem", "pt", date(2027, 1, 1)),
        ("in 2028", "en", date(2028, 1, 1)),
        # Relative.
        ("next week", "en", date(2026, 12, 7)),
        ("in a week", "en", date(2026, 12, 12)),
        ("in a couple of weeks", "en", date(2026, 12, 19)),
        ("in a few weeks", "en", date(2026, 12, 26)),
        ("in einigen Wochen", "de", date(2026, 12, 26)),
        ("dans quelques semaines", "fr", date(2026, 12, 26)),
        ("in 3 weeks", "en", date(2026, 12, 26)),
        ("in zwei Wochen", "de", date(2026, 12, 19)),
        ("in 10 days", "en", date(2026, 12, 15)),
        ("next month", "en", date(2027, 1, 1)),
        ("el mes que viene", "es", date(2027, 1, 1)),
        ("le mois prochain", "fr", date(2027, 1, 1)),
        ("nächsten Monat", "de", date(2027, 1, 1)),
        ("volgende maand", "nl", date(2027, 1, 1)),
        ("no próximo mês", "pt", date(2027, 1, 1)),
        ("in a month", "en", date(2027, 1, 5)),
        ("in a few months", "en", date(2027, 3, 5)),
        ("in a couple of months", "en", date(2027, 2, 5)),
        ("in 4 months", "en", date(2027, 4, 5)),
        # Holidays and seasons.
        ("after the holidays", "en", date(2027, 1, 2)),
        ("after the summer", "en", date(2027, 9, 1)),
        ("nach dem Sommer", "de", date(2027, 9, 1)),
        ("à la rentrée", "fr", date(2027, 9, 1)),
        ("después del verano", "es", date(2027, 9, 1)),
        ("na de zomer", "nl", date(2027, 9, 1)),
        ("depois do verão", "pt", date(2027, 9, 1)),
        ("after Easter", "en", date(2027, 3, 30)),  # Easter Sunday 2027 is 28 March
        ("nach Ostern", "de", date(2027, 3, 30)),
        ("après Pâques", "fr", date(2027, 3, 30)),
        ("después de Semana Santa", "es", date(2027, 3, 30)),
        ("na Pasen", "nl", date(2027, 3, 30)),
        ("depois da Páscoa", "pt", date(2027, 3, 30)),
        ("after Christmas", "en", date(2027, 1, 2)),
        ("nach Weihnachten", "de", date(2027, 1, 2)),
        ("after the new year", "en", date(2027, 1, 2)),
        # Weekdays: the next one strictly after R (a Saturday).
        ("Monday", "en", date(2026, 12, 7)),
        ("on Friday", "en", date(2026, 12, 11)),
        ("am Montag", "de", date(2026, 12, 7)),
        ("lundi", "fr", date(2026, 12, 7)),
        ("el lunes", "es", date(2026, 12, 7)),
        ("Saturday", "en", date(2026, 12, 12)),
        # Written dates, in each language's order.
        ("12 March", "en", date(2027, 3, 12)),
        ("March 12", "en", date(2027, 3, 12)),
        ("12. März", "de", date(2027, 3, 12)),
        ("12 mars", "fr", date(2027, 3, 12)),
        ("12 de marzo", "es", date(2027, 3, 12)),
        ("12 maart", "nl", date(2027, 3, 12)),
        ("12 de março", "pt", date(2027, 3, 12)),
        ("3/12", "en", date(2027, 3, 12)),
        ("12/3", "de", date(2027, 3, 12)),
        ("12.3.", "de", date(2027, 3, 12)),
        ("12.03.2028", "de", date(2028, 3, 12)),
        ("after 12 March", "en", date(2027, 3, 13)),
        ("from 12 March", "en", date(2027, 3, 12)),
    ],
)
def test_each_rule_of_the_convention(text: str, language: str, expected: date) -> None:
    assert named_date(text, SATURDAY, language=language) == expected


def test_after_the_holidays_outside_winter_means_the_summer_ones() -> None:
    assert named_date("after the holidays", date(2027, 6, 10)) == date(2027, 9, 1)


def test_a_month_already_under_way_means_next_year() -> None:
    assert named_date("in January", MID_JANUARY) == date(2028, 1, 1)


def test_busy_until_one_time_then_free_at_another_gives_the_free_one() -> None:
    text = "I'm busy until the end of February. Ping me in March?"
    assert named_date(text, MID_JANUARY) == date(2027, 3, 1)


def test_an_out_of_office_gives_the_day_they_are_back() -> None:
    text = "I am out of the office from 23 December and returning 4 January 2027."
    assert named_date(text, date(2026, 12, 22), away=True) == date(2027, 1, 4)


def test_an_out_of_office_away_until_a_day_gives_that_day() -> None:
    assert named_date("Ich bin bis 3. Januar nicht im Büro.", SATURDAY, away=True) == date(
        2027, 1, 3
    )


def test_may_the_verb_is_no_month() -> None:
    assert named_date("I may be interested later", SATURDAY) is None


def test_a_number_that_is_not_a_date_is_none() -> None:
    assert named_date("3.5 years of Kotlin, salary 120.000", SATURDAY, language="de") is None


# Seasons are meteorological (the corpus README's convention, session 34): spring is 1 March,
# summer 1 June, autumn 1 September, winter 1 December, the next one after R; "after" a season
# is the first day of the one that follows it.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Try me again in the spring.", "en", date(2027, 3, 1)),
        ("Melden Sie sich im Frühjahr wieder.", "de", date(2027, 3, 1)),
        ("Ne me contactez pas avant le printemps.", "fr", date(2027, 3, 1)),
        ("Escríbeme en primavera.", "es", date(2027, 3, 1)),
        ("Neem in het voorjaar contact op.", "nl", date(2027, 3, 1)),
        ("Fale comigo na primavera.", "pt", date(2027, 3, 1)),
        ("next summer maybe", "en", date(2027, 6, 1)),
        ("im Sommer gern", "de", date(2027, 6, 1)),
        ("in the fall", "en", date(2027, 9, 1)),
        ("à l'automne", "fr", date(2027, 9, 1)),
        ("en otoño", "es", date(2027, 9, 1)),
        ("in het najaar", "nl", date(2027, 9, 1)),
        ("no outono", "pt", date(2027, 9, 1)),
        ("after the spring", "en", date(2027, 6, 1)),
        ("nach dem Winter", "de", date(2027, 3, 1)),
        ("después del otoño", "es", date(2027, 12, 1)),
    ],
)
def test_a_season_is_its_first_day(text: str, language: str, expected: date) -> None:
    assert named_date(text, SATURDAY, language=language) == expected


def test_winter_already_under_way_means_the_next_one() -> None:
    assert named_date("Let's talk in the winter.", SATURDAY) == date(2027, 12, 1)


def test_fall_the_verb_is_no_season() -> None:
    assert named_date("Prices may fall; I'm not interested", SATURDAY) is None


# "Not this quarter" puts it off to the next quarter's first day, as "next quarter" is.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Not this quarter, sorry.", "en"),
        ("Dieses Quartal klappt es nicht mehr.", "de"),
        ("Pas ce trimestre, je suis pris.", "fr"),
        ("Este trimestre no puedo.", "es"),
        ("Dit kwartaal lukt het niet.", "nl"),
        ("Não volte a contactar-me este trimestre.", "pt"),
    ],
)
def test_this_quarter_put_off_is_the_next_one(text: str, language: str) -> None:
    assert named_date(text, SATURDAY, language=language) == date(2027, 1, 1)


def test_a_reply_put_off_to_the_spring_is_held_until_the_first_of_march() -> None:
    reply = read_reply(
        "Ne me contactez pas avant le printemps, je termine une mission. Ensuite, avec plaisir.",
        SATURDAY,
        channel="email",
    )
    assert (reply.label, reply.named_date) == (Label.NOT_NOW, date(2027, 3, 1))


def test_a_season_in_the_past_makes_a_yes_no_put_off() -> None:
    reply = read_reply(
        "You can delete the old CV I sent in the spring. New one attached, still very keen!",
        SATURDAY,
        channel="email",
    )
    assert reply.label is Label.INTERESTED
