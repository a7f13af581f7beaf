"""Words of sending, lists and data that ask nothing to stop, taken out of what the meaning
reader reads (`classify.stop_text`) and only there (session 31): retrained on the paraphrases,
it leans on the topic, and the rules read these as no stops already.

- a removal denied, with or without a yes beside it: "please don't exclude me from future
  sends, I like them!", "ik wil niet dat jullie het verwijderen, ik zoek nog" (the rules take it
  out only beside a yes, `not_requests`);
- an old address or CV replaced by a new one: "my email is changing, please delete the old one
  and use this", "please stop sending to my old address and use the new one", "löschen Sie die
  alte und nutzen Sie die neue" (not "delete my old address and all my data");
- a question whether we keep their data or delete it later: "Bewaren jullie mijn cv of
  verwijderen jullie het daarna?", "do you keep my CV or delete it afterwards?";
- a wish to know what we hold: "Ik wil weten wat u allemaal over mij bewaart", "I'd like to know
  what you hold about me" (not "…, and then delete it").

Session 32, for the kernel reader:

- "No more!" (or "Never again!") of their own past work told just before it: "I've done years
  of night shifts and weekend calls. No more! That's why this role appeals." (not "No more!
  Stop writing to me": nothing of theirs told before);
- being left out refused: "Ne me laissez pas en dehors de vos campagnes !", "please don't leave
  me out of your mailings", "no me dejen fuera", "laat me niet buiten …" (not "leave me out of
  your campaigns");
- "don't stop" said alone in Spanish or Portuguese, before what to send ("No paren, mándenme más
  info.", "Não parem, mandem mais"): `lookalikes.without_stops_denied` takes out "no paren de".
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.removals_not_asked import without_removals_denied

_REMOVAL = (
    r"(?:delet|eras|remov|purg|l(?:ö|oe)sch|entfern|streich|supprim|effac|retir|b[oó]rr|elimin"
    r"|suprim|apag|exclu|verwijder|wis\b|schrap|unsubscrib|abmeld|austrag|d[ée]sinscri|uitschrij"
    r"|afmeld|descadastr|baja\b)"
)
_REMOVAL_WORD = re.compile(rf"\b{_REMOVAL}", re.IGNORECASE)
# A clause: from a sentence's start (or a colon, a semicolon) to its end.
_START = r"(?:^|(?<=[.!?;:\n]))"
_CLAUSE = r"[^.!?;:\n]"

_OLD = (
    r"(?:old|former|previous|alte[nmrs]?|bisherige\w*|vorherige\w*|ancien(?:ne)?s?|pr[ée]c[ée]dente?"
    r"|antigu[oa]s?|viej[oa]s?|anterior|oude|vorige|antig[oa]s?)"
)
_OLD_CLAUSE = re.compile(rf"{_START}{_CLAUSE}{{0,120}}?\b{_OLD}\b{_CLAUSE}{{0,120}}", re.IGNORECASE)
# The new one given: "use this", "use the new one", "nutzen Sie die neue", "utilisez celle-ci",
# "usen el nuevo", "gebruik het nieuwe", "usem o novo"; an address written out.
_NEW_GIVEN = re.compile(
    r"\b(?:use|using|nutz\w*|verwend\w*|benutz\w*|utilis\w*|us(?:e|en|ad|a|em|ar)|gebruik\w*"
    r"|write\s+to|schreib\w*|[ée]cri\w*|escrib\w*|schrijf|escrev\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:this|new|neue\w*|diese\w*|celle-ci|celui-ci|nouve\w*|nouvel|est[ea]|nuev[oa]|dit|deze"
    r"|nieuw\w*|nov[oa])\b"
    r"|\b(?:new|neue\w*|nouvel\w*|nouveau|nueva|nuevo|nieuwe?|nov[oa])\s+(?:e-?mail\w*|adresse?"
    r"|address|adres|correo|endere[çc]o|number|nummer|num[ée]ro|n[úu]mero)\b\s*(?:is|ist|est|es"
    r"|[ée]|:)"
    # (an address from where its run of letters begins: not rescanned from each letter)
    r"|(?<![\w.+-])[\w.+-]++@[\w-]++\.\w",
    re.IGNORECASE,
)
# More joined to the deletion: "…and all my data", "und alle meine Daten".
_MORE_DELETED = re.compile(
    r"\b(?:all|everything|alle[ns]?|alles|tout(?:es)?|todo|todos|todas|tudo|data|daten"
    r"|donn[ée]es|datos|dados|gegevens)\b",
    re.IGNORECASE,
)

_KEEP = (
    r"(?:keep|store|retain|hold|behalt\w*|aufbewahr\w*|speicher\w*|gard\w*|conserv\w*|guard\w*"
    r"|mant[eéê]\w*|bewaar\w*|bewaren|houd\w*|houden)"
)
_OR = r"(?:or|oder|ou|o|of)"
# "Do you keep my CV or delete it afterwards?", and the other way round.
_KEEP_OR_DELETE = re.compile(
    rf"{_START}[^.!?\n]{{0,120}}?(?:\b{_KEEP}\b[^.!?\n]{{0,60}}?\b{_OR}\b[^.!?\n]{{0,60}}?\b"
    rf"{_REMOVAL}|\b{_REMOVAL}[^.!?\n]{{0,60}}?\b{_OR}\b[^.!?\n]{{0,60}}?\b{_KEEP}\b)[^.!?\n]{{0,80}}\?",
    re.IGNORECASE,
)
# "I'd like to know what you hold about me", "ich möchte wissen, was Sie gespeichert haben",
# "je voudrais savoir ce que vous avez sur moi", "quiero saber qué datos tienen de mí", "ik wil
# weten wat u over mij bewaart", "quero saber o que vocês guardam sobre mim".
_WISH_TO_KNOW = re.compile(
    rf"{_START}{_CLAUSE}{{0,60}}?\b(?:know|wissen|erfahren|savoir|conna[îi]tre|saber|weten"
    r"|tell\s+me|sagen\s+sie\s+mir|dites-moi|d[ií]ga(?:n)?me|digam-me|vertel\s+me)\b,?\s+"
    r"(?:\w+\s+){0,2}?(?:what|which|was|welche\w*|ce\s+que|quel(?:le)?s?|qu[ée]|cu[áa]les|wat"
    rf"|welke|o\s+que|quais){_CLAUSE}{{0,100}}",
    re.IGNORECASE,
)


# Their own past told ("I've done", "I have worked", "I used to"), then "No more!" on its own;
# not when the past is ours ("I've had enough of your emails. No more!").
_PAST_WORK_NO_MORE = re.compile(
    r"\b(?:I've|I\s+have|I\s+had|I\s+used\s+to|I\s+spent)\s(?:(?!\b(?:you|your|u|ur)\b)[^.!?\n])"
    r"{3,120}[.!]\s*"
    r"(?:no\s+more|never\s+again|not\s+any\s?more)\s*!",
    re.IGNORECASE,
)
# "Don't leave me out", "ne me laissez pas en dehors", "no me dejen fuera", "laat me niet buiten",
# "lassen Sie mich (bitte) nicht außen vor", "não me deixem de fora", to the clause's end.
_LEFT_OUT_REFUSED = re.compile(
    r"\b(?:(?:don'?t|do\s+not|never)\s+leave\s+me\s+out|ne\s+me\s+laiss\w*\s+pas\s+(?:en\s+dehors"
    r"|de\s+c[ôo]t[ée])|no\s+me\s+dej\w*\s+(?:fuera|afuera|de\s+lado)|laat\s+(?:me|mij)\s+(?:\w+\s+)?niet"
    r"\s+(?:buiten|achterwege)|lass\w*\s+(?:sie\s+)?mich\s+(?:\w+\s+)?nicht\s+(?:au(?:ß|ss)en\s+vor"
    r"|drau(?:ß|ss)en)"
    r"|n[ãa]o\s+me\s+deix\w*\s+de\s+fora)\b[^.!?;\n]*",
    re.IGNORECASE,
)

_KEEP_GOING_ALONE = re.compile(
    r"\b(?:no\s+(?:pares|pare|paren|par[ée]is)|n[ãa]o\s+(?:pare|parem|para))\b(?=\s*[,!.;:])",
    re.IGNORECASE,
)


def without_meaning_lookalikes(text: str) -> str:
    text = without_removals_denied(text)
    text = _LEFT_OUT_REFUSED.sub(" ", _PAST_WORK_NO_MORE.sub(" ", text))
    text = _KEEP_GOING_ALONE.sub(" ", text)
    if _NEW_GIVEN.search(text):
        text = _OLD_CLAUSE.sub(_unless_more_deleted, text)
    if "?" in text:
        text = _KEEP_OR_DELETE.sub(" ", text)
    return _WISH_TO_KNOW.sub(_unless_deletion_asked, text)


def _unless_more_deleted(found: re.Match[str]) -> str:
    return found.group(0) if _MORE_DELETED.search(found.group(0)) else " "


def _unless_deletion_asked(found: re.Match[str]) -> str:
    return found.group(0) if _REMOVAL_WORD.search(found.group(0)) else " "
