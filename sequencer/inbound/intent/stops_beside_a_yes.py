"""Which clauses of a reply that also says yes, or names a time to write again, the meaning
reader reads (session 35): only those with a word a stop hangs on, in the six languages (a
"not", a "no more", a channel, a list, their data, a block or a complaint). The reader used to
skip such replies whole; reading every clause of them cost a fifth of the reading speed (the
encoder embeds each clause), for stops that always say one of these words ("Diese hier nehmen
Sie bitte komplett aus Ihrem Verteiler", "essas ligações … não quero mais").
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.meaning import clauses
from sequencer.inbound.intent.opt_outs import plain

_STOP_WORDS = re.compile(
    r"\b(?:no|not|never|nothing|none|nobody|any\s*more|kein\w*|nicht\w*|nie|niemals|nix"
    r"|nimmer|ne|n'|pas|plus|jamais|rien|aucun\w*|nunca|nada|ningun\w*|nao|nem|nenhu\w*|niet"
    r"|geen|nooit|niets|niks|meer|mehr|stop\w*|halt\w*|quit\w*|cease|enough|basta"
    r"|chega|genug|assez|suffit|arret\w*|par[aeo]\w*|remov\w*|delet\w*|eras\w*|unsub\w*|opt"
    r"|lists?|los?ch\w*|entfern\w*|austrag\w*|abmeld\w*|verteiler\w*|liste\w*|lijst\w*|lista\w*"
    r"|supprim\w*|effac\w*|retir\w*|desins\w*|desabon\w*|borr\w*|elimin\w*|baja|sac\w*|apag\w*"
    r"|exclu\w*|descadastr\w*|sair|sai|tir\w*|verwijder\w*|afmeld\w*|uitschrijv\w*|haal"
    r"|block\w*|blok\w*|bloqu\w*|spam\w*|report\w*|complain\w*|melde\w*|anzeige|plainte"
    r"|denunci\w*|reclam\w*|klacht\w*|beschwer\w*|gdpr|dsgvo|rgpd|avg|lgpd|privacy|datenschutz"
    r"|data|daten|donnees|datos|dados|gegevens|consent\w*|einwillig\w*|consentim\w*|toestemming"
    r"|newsletter\w*|nieuwsbrief\w*|boletin\w*|mailing\w*|database|base|bestand"
    # ...an end, a ban, or from now on ("make sure these end here", "que ça cesse",
    # "voortaan verboden terrein").
    r"|cess\w*|end\w*|ende|fin|fim|definitiv\w*|verbod\w*|verboten|interdit\w*|prohib\w*"
    r"|forbid\w*|proib\w*|voortaan|fortan|desormais|dorenavant|adelante|diante"
    r"|futur\w*|zukunft\w*|toekomst\w*|again|wieder|nochmal|encore|opnieuw)\b"
    # "don't", "won't": the contraction ends a word, so it has no word boundary before it.
    r"|n't\b"
    r"|\b(?:for\s+good|off[\s-]limits?|(?:has|have|needs?)\s+to\s+go|go(?:ne)?\s+away|gone|alone"
    r"|in\s+ruhe|tranquil\w*|paz|met\s+rust|pour\s+de\s+bon|de\s+vez|para\s+siempre|fur\s+immer"
    r"|voorgoed)\b"
)


def clauses_worth_reading(text: str) -> str:
    """The clauses of `text` with a word a stop hangs on, one a line ("" when none has)."""
    return "\n".join(clause for clause in clauses(text) if _STOP_WORDS.search(plain(clause)))
