"""How long one reply takes to read at its worst: 20,000-character adversarial replies built to
make the reader's patterns backtrack (a long word after "no need to keep", "can I ask you"
repeated with no question mark, a phrase repeated to the end), and word salads of the stop
words. A stranger can send such a reply; each case should stay near the others, and no pattern
added to the reader should make a case slower than before it.

    .venv/bin/python bench/intent_worst_bench.py                  # every case, best of 2
    .venv/bin/python bench/intent_worst_bench.py --only no_need   # the cases named so
    PYTHONPATH=/path/to/older/tree .venv/bin/python bench/intent_worst_bench.py  # to compare

Compare two trees in the same minutes: the machine's load moves every number.
Session 29 (helper F6) made it from the review's /tmp/s29/r/redos.py.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date

from sequencer.inbound.intent import read_reply

LENGTH = 20_000
RECEIVED = date(2026, 3, 2)


def filled(unit: str, head: str = "", tail: str = "") -> str:
    """`head`, then `unit` repeated, then `tail`: about LENGTH characters in all."""
    return head + unit * ((LENGTH - len(head) - len(tail)) // len(unit)) + tail


CASES = {
    "no_need_long_word": "no need to keep " + "a" * (LENGTH - 17) + ".",
    "no_need_words": filled("no need to keep " + "a" * 300 + " "),
    "no_need_fr": filled("inutile de continuer " + "a" * 300 + " "),
    "may_i_later": filled("can i ask you ", "If I am not chosen, could you delete my data ", "?"),
    "may_i_later_de": filled(
        "kann ich sie bitten ", "Wenn ich nicht genommen werde, bitte löschen Sie meine Daten ", "?"
    ),
    "channel_nl": filled("niet meer op " + "x" * 200 + " "),
    "channel_de": filled("nicht mehr auf mein " + "mail" * 50 + " "),
    "sends_van": filled("van " + "a" * 200 + " "),
    "sends_laat": filled("laat me " + "buiten " * 3),
    "left_out": filled("leave me off your "),
    "old_doc": filled("delete my old cv from " + "a-" * 100 + " ", "attached the new one. "),
    "old_doc2": filled("old cv ", "attached the new one. delete "),
    "put_off": filled("the ", "please stop texting me until "),
    "put_off2": filled("stop texting until the "),
    "network": filled("my linkedin "),
    "network2": filled("deleted my ", "linkedin "),
    "delight": filled("exactly ", "stop everything, "),
    "send_details": filled("send me "),
    "if_terms": filled("if ", "", " salary"),
    "si_cond": filled("si ", ". "),
    "complaint_count": filled("3rd time "),
    "complaint_today": filled("third email ", "", " today"),
    "take_off": filled("take me off the "),
    "nimmer": filled("nimmer "),
    "never_plea": filled("never stop emailing me "),
    "no_need_next_step": filled("no need to send anything more ", "", " I'll reply"),
    "next_step_repeated": filled("no need to send more, i'll reply "),
    "today_repeated": filled("third email today "),
    "refrain": filled("zu unterlassen mich "),
    "spaces": "a" + " " * (LENGTH - 2) + "b",
    "letters": "a" * LENGTH,
    # Words joined by hyphens: a pattern that starts at every hyphen rescans to the end.
    "hyphens": filled("a-"),
    "hyphen_words": filled("x-nachrichten "),
    "hyphen_url": filled("ab-cd_ef-"),
}
# Word salads of the words the stop readers hang on, in six languages.
_SALAD_WORDS = (
    "no need to keep send me more details stop texting until the june leave me off your "
    "list mailing van de lijst gehaald aus der liste gestrichen laat me buiten jullie nieuwsbrief "
    "delete my old cv attached new one can i ask you to delete it afterwards if not chosen "
    "nicht mehr auf meiner arbeitsnummer anrufen niet meer op mijn werkmail benaderen inutile de "
    "continuer a m'ecrire no hace falta que sigas escribiendo nao precisa mandar mais nada "
    "exactly what i was looking for stop everything si el sueldo es bueno hablamos se for remoto "
    "tirem do banco de talentos retirez-moi de votre vivier third email today my linkedin profile "
    "deleted vous me lachez get off my back larga do meu pe - , ' ?"
)
_VOCABULARY = _SALAD_WORDS.split(" ")


def salad(seed: int) -> str:
    chosen = random.Random(seed)
    words: list[str] = []
    while sum(map(len, words)) + len(words) < LENGTH:
        words.append(chosen.choice(_VOCABULARY))
    return " ".join(words)[:LENGTH]


CASES.update({f"salad{seed}": salad(seed) for seed in range(6)})
# Runs of blank lines between two words (session 35's review: patterns that began at every line
# and scanned to the run's end took 10-20 s here; an email's blank lines at either end are cut,
# so the run sits between words). Read by email and by SMS (no quote cut, no length limit).
BLANK_RUNS = {
    "blank_lines_told": "x" + "\n" * (LENGTH - 8) + "told x",
    "blank_lines": "x" + "\n" * (LENGTH - 2) + "x",
    "blank_space_lines": "x" + " \n" * ((LENGTH - 2) // 2) + "x",
    "blank_lines_but": "x" + " \n" * ((LENGTH - 6) // 2) + "but x",
    "blank_lines_stop": "Not looking." + "\n" * (LENGTH - 16) + "STOP",
}
# Many short lines (session 35's review: the encoder embedded each of 3,333 one-word lines,
# ~2.7 s; since session 36 the meaning reader reads 100 distinct clauses at most).
BLANK_RUNS["one_word_lines"] = "\n".join(["ok"] * (LENGTH // 6))
BLANK_RUNS["numbered_lines"] = "\n".join(f"line {n}" for n in range(LENGTH // 6))[:LENGTH]
BLANK_RUNS["commas"] = ", " * (LENGTH // 2)
CASES.update(BLANK_RUNS)
CASES.update({f"{name}_sms": text for name, text in BLANK_RUNS.items()})


def best_ms(text: str, repeat: int, channel: str = "email") -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        read_reply(text, RECEIVED, channel=channel)
        timings.append(time.perf_counter() - started)
    return min(timings) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="run the cases whose name contains this")
    parser.add_argument("--repeat", type=int, default=2, help="runs per case; the best is kept")
    args = parser.parse_args()
    read_reply("warm up", RECEIVED)
    worst = ("", 0.0)
    for name, text in CASES.items():
        if args.only not in name:
            continue
        ms = best_ms(text, args.repeat, "sms" if name.endswith("_sms") else "email")
        print(f"{name:20} {len(text):6} {ms:9.1f} ms", flush=True)
        worst = max(worst, (name, ms), key=lambda case: case[1])
    print(f"{'worst: ' + worst[0]:27} {worst[1]:9.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
