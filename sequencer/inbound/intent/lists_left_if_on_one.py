"""Off a list they may be on: a removal asked on a condition (session 34, the older train waves'
kind "out of a system said other ways"), on the text `opt_outs.plain` made (lower case, no
accents), in the six languages: "if I'm sitting in a sourcing list somewhere, I'd be glad to
come out of it", "Sollte ich in einer Ihrer Kandidatenlisten stehen, wäre es mir lieb, wenn ich
dort nicht mehr auftauche", "Falls das ein Verteiler ist: ohne mich", "si je figure sur une liste
de diffusion chez vous, je préfère en sortir", "si c'est un envoi groupé, je veux plus en faire
partie", "si me tenéis en alguna lista, prefiero no seguir en ella", "als ik in jullie bestand
sta, haal me eruit", "se estou em alguma lista, quero sair".

When unsure the product does not send: the condition is theirs to grant, and whether they are on
a list is ours to know. Not a list they would like to be on ("if you have a list of candidates,
I'd love to be on it"), nor one they stay on ("if I'm on your list for Berlin, keep me there"):
no way out is asked.
"""

from __future__ import annotations

import re

from sequencer.inbound.needles import searched

# ...Dutch "als" only as "if" (session 35: "ik werk als ontwikkelaar" is "as").
_IF = (
    r"\b(?:if|falls|sollte|sofern|wenn|si|se|als(?=\s+(?:ik|u|jullie|je|dit|dat|het|er)\b)|mocht"
    r"|indien)\b"
)
_A_LIST = (
    r"(?:\w*lists?|\w*liste[nrs]?|\w*lijst(?:en)?|listas?|verteiler\w*|kartei\w*|database\w*"
    r"|datenbank\w*|bestand\w*|systeem|system|crm|mailing\w*|envoi\s+(?:groupe|automatique)"
    r"|envio\s+(?:automatico|masivo)|diffusion|candidat\w*|apuntad[oa]|boletim|boletin"
    r"|newsletter|nieuwsbrief|cadastro|base(?:\s+de\s+dados|\s+de\s+datos)?)\b"
)
# The list placed, one of ours or one they are on (session 35: not "se a base salarial for boa",
# "if the candidate pool is large"): "in a sourcing list", "on one of your lists", "em alguma
# lista", "Ihre Kartei", "c'est un envoi groupé", "das ein Verteiler".
_PLACED = (
    r"(?:(?:in|on|auf|dans|sur|en|em|op|im|na|no|nas|nos|aus|bei)\s+(?:[\w']+\s+){0,3}?"
    r"|(?:your|ihre[nmrs]?|eure[nmrs]?|jullie|uw|vos|votre|vuestr[oa]s?|sus?|suas?|seus?|vossa"
    r"|vosso)\s+(?:\w+\s+)?"
    r"|(?:is|ist|est|es|e|c'est|c'|c|das|dies|this|it|esto|isto|dit|het)\s+(?:is\s+|ist\s+|est\s+"
    r"|es\s+|e\s+)?(?:a|an|ein\w*|un|une|una|um|uma|een)\s+(?:\w+\s+)?"
    # ...or had, or pointed at: "si tenéis una lista", "se esse boletim semanal é automático".
    r"|(?:have|keep|hold|teneis|tienen|tiene|tienes|haben|habt|hebben|hebt|heeft|avez|tem|tens|tenham"
    r"|tenhao)\s+(?:a|an|een|eine?n?|un|une|una|um|uma|alguma?|algun[oa]?|any|some)\s+(?:\w+\s+)?"
    r"|(?:this|that|these|diese[mnrs]?|ce|cet|cette|ces|este|esta|ese|esa|esse|essa|dit|deze)\s+(?:\w+\s+)?)"
)
_OUT = (
    r"(?:ohne\s+mich|nicht\s+mehr\s+(?:\w+\s+){0,2}?auftauch\w*|(?:da|dort|daraus)\s+(?:\w+\s+)?"
    r"(?:heraus|raus)|\bheraus\b|\braus\b|come\s+out\s+of\s+it|(?:take|get|drop|remove|strike)"
    r"\s+me\s+(?:off|out)|(?:not|no\s+longer)\s+(?:to\s+)?be\s+on\s+it"
    # ...not idioms (session 35): "rather not be one of fifty", "je m'en sortirai", "me tira uma
    # dúvida", "wil eruit" of a job.
    r"|rather\s+not\s+be\s+(?:on|in)\s+(?:it|them|there|that)"
    r"|(?:veux|voudrais|prefere|prefererais|aimerais|souhaite|souhaiterais)\s+(?:\w+\s+)?(?:en|y)\s+sortir"
    r"|sortez[- ]moi|retirez[- ]moi|plus\s+en\s+faire\s+partie"
    r"|no\s+quiero\s+estar|no\s+seguir\s+en|tach\w*me|sac\w*me|quit\w*me|borr\w*me"
    r"|(?:haal|gooi|schrap)\s+(?:me|mij)\s+(?:er\s*)?(?:uit|af)"
    r"|(?:haal|gooi|schrap|wil|zet)\s+(?:\w+\s+){0,3}?(?:eruit|eraf)"
    r"|(?:to|tou|estou)\s+fora|quero\s+sair|me\s+tir\w*\s+(?:da|dessa|disso|desta|das|dos|do)\b"
    r"|tir\w*-me)"
)
_CONDITION = re.compile(rf"{_IF}[^.!?\n]{{0,80}}?\b{_PLACED}{_A_LIST}")
# Not denied: "I don't want out", "ik wil er niet uit".
_DENIED = re.compile(r"\b(?:don'?t|not|nicht|pas|niet|nao)\s+(?:\w+\s+){0,2}?$")
_OUT_AFTER = re.compile(_OUT)


def leaves_a_list_if_on_one(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it."""
    for pattern in searched((_CONDITION,), plain):
        for found in pattern.finditer(plain):
            ends = plain.find(".", found.end())
            reach = found.end() + 100 if ends < 0 else min(found.end() + 100, ends + 1)
            out = _OUT_AFTER.search(plain, found.end(), reach)
            if out and not _DENIED.search(plain, max(0, out.start() - 30), out.start()):
                return True
    return False
