from __future__ import annotations

import pytest

from sequencer.spec.sms import SmsLength, non_gsm_characters, segments

GSM_ALPHABET = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", SmsLength("GSM-7", 0, 0)),
        ("Hi Jane", SmsLength("GSM-7", 7, 1)),
        ("a" * 160, SmsLength("GSM-7", 160, 1)),
        ("a" * 161, SmsLength("GSM-7", 161, 2)),
        ("a" * 153 * 2, SmsLength("GSM-7", 306, 2)),
        ("a" * (153 * 2 + 1), SmsLength("GSM-7", 307, 3)),
        ("ж" * 70, SmsLength("UCS-2", 70, 1)),
        ("ж" * 71, SmsLength("UCS-2", 71, 2)),
        ("ж" * 67 * 2, SmsLength("UCS-2", 134, 2)),
        ("ж" * (67 * 2 + 1), SmsLength("UCS-2", 135, 3)),
    ],
)
def test_segment_boundaries(text: str, expected: SmsLength) -> None:
    assert segments(text) == expected


def test_whole_gsm_alphabet_is_one_septet_per_character() -> None:
    assert segments(GSM_ALPHABET) == SmsLength("GSM-7", 127, 1)


@pytest.mark.parametrize("char", list("€[]{}|^~\\\f"))
def test_extension_characters_count_two_septets(char: str) -> None:
    assert segments(char) == SmsLength("GSM-7", 2, 1)


def test_euro_signs_fill_a_single_segment_at_half_the_characters() -> None:
    assert segments("€" * 80).segments == 1
    assert segments("€" * 81) == SmsLength("GSM-7", 162, 2)


def test_one_emoji_turns_a_long_text_into_ucs2() -> None:
    text = "a" * 100 + " 👋"
    assert segments("a" * 100).segments == 1
    assert segments(text) == SmsLength("UCS-2", 103, 2)


def test_an_emoji_counts_two_code_units() -> None:
    assert segments("👋") == SmsLength("UCS-2", 2, 1)
    assert segments("👋" * 35).segments == 1
    assert segments("👋" * 36).segments == 2


@pytest.mark.parametrize("char", ["’", "“", "á", "ç", "`", "—", "ł"])
def test_characters_outside_the_alphabet_need_ucs2(char: str) -> None:
    assert segments(f"Hi Jane {char}").encoding == "UCS-2"


def test_escape_pair_is_not_split_across_parts() -> None:
    # 306 septets would fill two parts of 153, but the euro sign cannot straddle the boundary.
    text = "a" * 152 + "€" + "a" * 152
    assert segments(text) == SmsLength("GSM-7", 306, 3)
    assert segments("a" * 151 + "€" + "a" * 153).segments == 2


def test_surrogate_pair_is_not_split_across_parts() -> None:
    text = "ж" * 66 + "👋" + "ж" * 66
    assert segments(text) == SmsLength("UCS-2", 134, 3)
    assert segments("ж" * 65 + "👋" + "ж" * 67).segments == 2


def test_non_gsm_characters_lists_each_offender_once() -> None:
    assert non_gsm_characters("It’s “great” ’") == ("’", "“", "”")
    assert non_gsm_characters("Reply STOP to opt out €") == ()
