"""Our messages, or a channel of theirs, told to end rather than us told to stop (session 35,
paraphrase wave 8): the messages as the subject ("your colleague's automated emails have to
end", "I need those emails to end today", "die automatischen SMS an diese Nummer hören ab heute
auf", "les relances automatiques de votre outil, c'est terminé", "que se acaben ya las llamadas",
"die telefoontjes van jullie callcenter moeten ophouden", "os SMS diários têm que parar", "de
vacature-sms'jes mogen weg"), a channel put off limits ("that number is off-limits", "die ist ab
heute für Sie tabu", "dit nummer is klaar met jullie", "this number is done getting recruiter
texts"), and what they do not want any more, said of the messages ("dont want recruiter txts on
my phone anymore", "vos SMS …, je n'en veux plus aucun", "ligação no meu celular eu não quero
mais", "die wil ik niet meer", "Anrufe … will ich keine mehr", "mi número personal ya no quiero
que lo uséis"). Each stops what it names, whatever else the reply says.

Not messages of someone else ("the spam from other agencies has to stop"), a channel put off
for a time ("work calls are off-limits before 6"), a search or a process ended ("you can stop
looking", "the process has to end by Friday"), nor a thing no longer used ("ce numéro, je ne
l'utilise plus"). Read on the text `opt_outs.plain` made: lower case, no accents."""

from __future__ import annotations

import re

from sequencer.inbound.intent.channels_refused import CHANNEL, clause_of, one_line
from sequencer.inbound.intent.stop_words import MESSAGES, REACH, RECEIVE
from sequencer.inbound.intent.word_gate import WordGate

# Said after the messages (or the channel) named, at most a few words before: the channel is
# looked for back from the end said of it (its words begin too many words to look for first).
_NAMED = "(?#after a channel)"
_CHANNEL_BEHIND = re.compile(rf"\b{CHANNEL}(?:[^.!?;:\n]{{0,50}}?\s|\s*[,:;]?\s*)$")
_ENDED = tuple(
    re.compile(pattern)
    for pattern in (
        # English: "… have to end", "… need to stop", "… must go", "… can stay stopped", "… are
        # done", "I'd like … gone for good", "what I do want stopped is …".
        rf"{_NAMED}(?:(?:has|have|needs?|got)\s+to|must|should|will\s+have\s+to)\s+(?:\w+\s+)?"
        r"(?:end|stop|go|cease|be\s+stopped)\b(?!\s+(?:up|by|at|before|until|after)\b)",
        rf"{_NAMED}(?:can|may|should)\s+(?:\w+\s+)?stay\s+(?:stopped|off)\b",
        rf"\b(?:need|want|like)s?\s+(?:\w+\s+){{0,3}}?{MESSAGES}\s+(?:\w+\s+){{0,4}}?(?:to\s+(?:end"
        r"|stop|cease)|gone|stopped)\b(?!\s+(?:by|at|before|until|after)\b)",
        rf"\bwhat\s+i\s+(?:\w+\s+)?want\s+stopped\s+is\s+(?:\w+\s+){{0,4}}?{MESSAGES}",
        # German: "… hören (ab heute) auf", "… müssen aufhören", "… sind vorbei", "lass … bleiben".
        rf"{_NAMED}(?:horen|hort|muss\w*|soll\w*)\s+(?:\w+\s+){{0,3}}?(?:auf|aufhoren|enden|weg)\b"
        r"(?!\s+(?:zu|um|ab|nach|bis)\b)",
        rf"{_NAMED}(?:sind|ist)\s+(?:\w+\s+){{0,3}}?(?:vorbei|erledigt|schluss)\b",
        # ...the object first, the polite imperative after: "Die SMS stoppen Sie aber bitte",
        # "meine Firmenadresse lassen Sie bitte ab jetzt außen vor".
        rf"{_NAMED}(?:stoppen|beenden|einstellen|unterlassen|abstellen|abbestellen)\s+sie\b",
        rf"{_NAMED}lass\w*\s+(?:\w+\s+){{0,4}}?(?:aussen|außen)\s+vor\b",
        # French: "… c'est terminé", "… doivent cesser", "arrêtez-les", "qu'ils arrêtent".
        rf"{_NAMED}(?:c'est|ca\s+c'est|c'est\s+bien)\s+(?:termine|fini)\b",
        rf"{_NAMED}(?:doivent|doit)\s+(?:\w+\s+)?(?:cesser|s'arreter|arreter|disparaitre)\b",
        rf"{_NAMED}arretez-les\b",
        # Spanish: "que se acaben ya", "se acaban ya", "tienen que parar", "que no vuelvan",
        # "cortalos".
        rf"{_NAMED}se\s+(?:acaben|acaban|terminen|terminan|acabo|corten)\b"
        rf"|\bque\s+se\s+(?:acaben|terminen|corten)\s+(?:\w+\s+){{0,4}}?{MESSAGES}",
        rf"{_NAMED}(?:tienen|tiene)\s+que\s+(?:parar|acabar|terminar|cesar)\b",
        rf"{_NAMED}que\s+no\s+(?:vuelvan|vuelva|lleguen|sigan)\b",
        rf"{_NAMED}cortal[oa]s\b",
        # ...or cancelled as one: "el boletín que me mandáis, cancélamelo", "cancelem-no".
        rf"{_NAMED}cancel\w*?(?:me)?(?:lo|la|los|las|-o|-a|-os|-as|-no|-na)\b",
        # Dutch: "… moeten ophouden", "… mogen weg", "kunnen … ophouden?", "wil ik kwijt".
        rf"{_NAMED}(?:moeten|moet|mogen|mag)\s+(?:\w+\s+){{0,3}}?(?:ophouden|stoppen|weg|eruit)\b",
        rf"\b(?:kunnen|kan)\s+(?:\w+\s+){{0,2}}?{MESSAGES}\s+(?:\w+\s+){{0,5}}?(?:ophouden|stoppen)\b",
        rf"{_NAMED}wil\s+ik\s+(?:\w+\s+){{0,2}}?kwijt\b",
        # Portuguese: "… têm que parar", "… acabou", "… deixam de chegar".
        rf"{_NAMED}(?:tem|precisam|devem|tenham)\s+(?:que|de)\s+(?:parar|acabar|terminar)\b",
        rf"{_NAMED}acabou\b",
        rf"{_NAMED}(?:deixam|deixem|parem|deixe)\s+de\s+(?:chegar|vir|ser\s+enviad\w*)\b",
        # "...que ça s'arrête maintenant", "dass das aufhört", "dat het ophoudt", "que esto pare".
        rf"{_NAMED}(?:\w+\s+){{0,4}}?(?:que\s+(?:ca|cela)\s+s'arrete|dass\s+(?:das|es)\s+aufhort"
        r"|dat\s+(?:het|dit)\s+(?:ophoudt|stopt)|que\s+(?:esto|eso)\s+(?:pare|acabe)|que\s+(?:isso"
        r"|isto)\s+(?:pare|acabe))\b",
        # "...whatsapp mag stil blijven", "Lass die SMS bleiben", "laat verdere berichten aan mij
        # achterwege".
        rf"{_NAMED}(?:mag|mogen|kan|kunnen)\s+(?:\w+\s+)?stil\s+blijven\b",
        rf"\blaat\s+(?:\w+\s+){{0,2}}?{MESSAGES}\s+(?:\w+\s+){{0,3}}?achterwege\b",
        # Our correspondence ended here: "que nuestra comunicación termine aquí", "let our
        # correspondence end here", "dass unser Kontakt hier endet".
        r"\b(?:nuestra|our|notre|unsere?\w*|onze|ons|nossa)\s+(?:comunicacion|conversacion"
        r"|correspondencia|correspondence|communication|conversation|contact|kontakt|korrespondenz"
        r"|gesprek|contact|conversa|comunicacao|correspondance)\s+(?:\w+\s+){0,2}?(?:termine|termina"
        r"|acabe|ends?|endet|eindigt|se\s+termine|s'arrete|cesse|pare|para|stopt)\s+(?:\w+\s+)?"
        r"(?:aqui|aca|here|hier|ici|now|now\s+on|la|ya|agora|nu)\b",
        # A channel off limits: "that number is off-limits", "die ist ab heute für Sie tabu",
        # "is voortaan taboe", "this number is done getting recruiter texts", "dit nummer is
        # klaar met jullie", "mi móvil queda fuera de esto", "das Handy lass ma bleiben".
        rf"{_NAMED}(?:off[\s-]limits?|tabu|taboe|taboo|interdit|prohibido|proibido"
        r"|verboden\s+terrein|interdite)\b(?![^.!?\n]{0,20}\b(?:before|after|until|vor|nach|bis|avant|apres"
        r"|antes|despues|depois|voor|na|during|wahrend|pendant|durante|tijdens)\b)",
        rf"\b(?:this|that|the|my)\s+(?:\w+\s+)?(?:number|phone|line|address|inbox)\s+is\s+done\s+"
        rf"(?:with|getting|receiving)\s+(?:\w+\s+)?(?:recruit\w*|{MESSAGES}|you)",
        r"\b(?:dit|dat|het|mijn)\s+(?:\w+\s+)?(?:nummer|adres|mailadres)\s+is\s+klaar\s+met\s+"
        r"(?:jullie|jou|u|recruiters)\b",
        # ...or banned for us, said last: "este número queda vetado (para ustedes)", "diese
        # Nummer ist für Sie verboten"; not "quedó vetado en LinkedIn por error".
        rf"{_NAMED}(?:vetad[oa]|vedad[oa]|verboten)\b(?=\s*(?:[.!;]|$|(?:para|for|fur|pour|voor)\s+"
        r"(?:\w+\s+)?(?:ustedes|vosotros|voces|vcs|you|sie|euch|vous|jullie|u|recruit\w*|recrut\w*"
        r"|reclut\w*|headhunt\w*|agenc\w*)\b))",
        rf"{_NAMED}(?:queda\s+fuera|lass\w*\s+(?:\w+\s+){{0,4}}?bleiben)\b",
        # What they do not want any more, the messages named first: "… je n'en veux plus
        # (aucun)", "… eu não quero mais", "… die wil ik niet meer", "… will ich keine mehr".
        rf"{_NAMED}(?:je\s+)?n'en\s+veux\s+(?:\w+\s+)?plus\b",
        rf"{_NAMED}(?:eu\s+|que\s+eu\s+)?(?:nao|n)\s+quero\s+mais\b",
        rf"{_NAMED}(?:wil|hoef)\s+ik\s+(?:\w+\s+){{0,3}}?(?:niet|geen)\s+(?:meer"
        r"|langer)\b",
        rf"{_NAMED}(?:wil|hoef)\s+ik\s+(?:\w+\s+){{0,4}}?(?:niet|geen)\s+(?:\w+\s+){{0,3}}?(?:ontvangen"
        r"|krijgen|gebeld\s+worden)\b",
        rf"{_NAMED}(?:niet|geen)\s+(?:meer|langer)\s+(?:wil|wens)\s+(?:te\s+)?(?:ontvangen|krijgen"
        r"|hebben)\b",
        rf"{_NAMED}(?:will|mochte|moechte|brauche)\s+ich\s+(?:\w+\s+){{0,2}}?"
        r"(?:keine|nicht)\s+mehr\b",
        rf"{_NAMED}ya\s+no\s+(?:la|lo|las|los)?\s*quiero\b",
        rf"{_NAMED}(?:nao|no)\s+(?:quero|quiero)\s+(?:mais\s+|mas\s+)?que\s+"
        r"(?:\w+\s+)?(?:us\w*|utilic\w*|utiliz\w*)",
        rf"\b(?:don'?t|do\s+not|no\s+longer)\s+want\s+(?:\w+\s+){{0,3}}?{MESSAGES}[^.!?\n]{{0,40}}?"
        r"\b(?:any\s*more|again|ever)\b",
    )
)
# Unsubscribed, and the messages still come (the unsubscription said again): "I unsubscribed
# months ago and they're still arriving", "abgemeldet, er kommt aber immer noch", "désabonnée,
# et je les reçois encore", "me di de baja y siguen llegando", "afgemeld maar ik krijg hem nog
# steeds", "descadastrei-me e continuam a chegar"; either way round.
_UNSUBSCRIBED = (
    r"(?:unsubscribed|opted\s+out|abgemeldet|abbestellt|ausgetragen|desabonnee?s?|desinscrite?s?"
    r"|me\s+di\s+de\s+baja|dad[oa]\s+de\s+baja|desuscrit[oa]|afgemeld|uitgeschreven|descadastr\w*)"
)
_STILL_COMING = (
    r"(?:still\s+(?:arriving|coming|getting|receiving|landing|showing\s+up|turning\s+up|sending)"
    r"|keep\s+(?:arriving|coming)|make\s+it\s+stick|(?:kommen|kommt|erhalte|bekomme|kriege)\s+"
    r"(?:\w+\s+){0,2}?(?:immer\s+)?noch|(?:arrivent|recois|continuent)\s+(?:\w+\s+)?(?:toujours"
    r"|encore|d'arriver)|sig(?:o|uen)\s+(?:\w+\s+)?(?:llegando|recibiendo|viniendo)|(?:todavia|aun)"
    r"\s+(?:me\s+)?(?:llegan|recibo)|(?:komen|krijg|ontvang)\s+(?:\w+\s+){0,2}?(?:nog\s+steeds"
    r"|nog\s+altijd|toch\s+nog)|(?:continuam|continuo)\s+(?:a\s+)?(?:chegar|chegando|receber"
    r"|recebendo)|ainda\s+(?:\w+\s+)?(?:chegam|recebo))"
)
_STILL_COMING_AFTER_ALL = re.compile(
    rf"\b{_UNSUBSCRIBED}\b[^.!?\n]{{0,100}}?\b{_STILL_COMING}\b"
    rf"|\b{_STILL_COMING}\b[^.!?\n]{{0,80}}?\b{_UNSUBSCRIBED}\b"
)
# ...or asked why they still come (session 36): "Ich hatte Ihren Newsletter abbestellt. Warum
# schreiben Sie mir trotzdem?", "ik had me al afgemeld, waarom krijg ik dit nog?", "I opted out
# in May, so why do you keep writing to me?", "me di de baja, ¿por qué me siguen escribiendo?".
# The question may follow in the next sentence, and is of our messages to them, still: not "why
# is this role still open?", "warum kommt er trotzdem nicht mehr?", "why does he still get them?".
_UNSUBSCRIBED_THEN_WHY = re.compile(
    rf"\b{_UNSUBSCRIBED}\b[^?\n]{{0,60}}?\b(?:why|warum|wieso|pourquoi|por\s*que|waarom)\b"
    r"([^.!?\n]{0,80})\?"
)
_STILL = re.compile(
    r"\b(?:still|keep|again|trotzdem|noch|wieder|encore|toujours|continu\w+|sig(?:o|ue|uen)"
    r"|todavia|aun|ainda|de\s+novo|nog|toch|weer|opnieuw)\b"
)
_TO_ME = re.compile(
    rf"\b(?:(?:i|me|mir|mich|ich|m'|moi|je|ik|mij|eu)\b[^.!?\n]{{0,40}}?\b(?:{REACH}|{RECEIVE}|get"
    r"|getting|kommen|kommt|arriv\w*|llega\w*|chega\w*)|(?:recibo|recebo|recois|krijg|bekomme"
    rf"|erhalte)\b|(?:{REACH}|{RECEIVE}|get|getting|kommen|kommt|arriv\w*|llega\w*|chega\w*)"
    r"[^.!?\n]{0,30}?\b(?:me|mir|mich|m'|moi|mij|ik|i)\b)"
)
_NOT_ANY_MORE = re.compile(
    r"\b(?:not|nicht|niet|pas|plus|no|nao|nunca|never|kein\w*|geen|nie)\b|n't\b"
)
_BY_MISTAKE = re.compile(
    r"\b(?:mistake|accident\w*|versehen\w*|erreur|error|querer|ongeluk|vergissing|engano)\b"
)


def asks_why_still_after_leaving(plain: str) -> bool:
    """Unsubscribed, and asking why our messages still come to them."""
    for found in _UNSUBSCRIBED_THEN_WHY.finditer(plain):
        why = found.group(1)
        if _STILL.search(why) and _TO_ME.search(why) and not _NOT_ANY_MORE.search(why):
            return not _BY_MISTAKE.search(plain)
    return False


# Someone else's messages: "the spam from other agencies has to stop".
_SOMEONE_ELSES = re.compile(
    r"\b(?:other|another|andere[nmrs]?|autres?|otr[oa]s?|outr[oa]s?|ander)\s+(?:\w+\s+)?(?:agenc"
    r"|recruit|firm|compan|cabinet|consult|bureau|agentur|personalberat|headhunt|vermittl"
    r"|empresa|recrut|werving|sites?|portal|plataform)\w*"
)
# Ended for a time, not for good: "the calls have to stop before 6".
_FOR_A_TIME = re.compile(
    r"\b(?:until|till|before|during|bis|(?<!aussen\s)(?<!außen\s)vor|wahrend|avant|pendant|jusqu\w*|hasta|antes|durante"
    r"|ate|tot|tijdens|(?:work(?:ing)?|office)\s+hours|arbeitszeit|heures\s+de\s+bureau|horario"
    r"|werkuren)\b"
)
# "That has to end today", said of our contact told just before ("your colleagues have been
# phoning my desk line at work. That has to end today").
_THAT_HAS_TO_END = re.compile(
    r"\b(?:that|this|it|dat|das|ca|eso|isso|dit)\s+(?:has|needs|must|moet|muss|tiene\s+que|tem"
    r"\s+que|doit|hat)\s+(?:to\s+)?(?:\w+\s+)?(?:end|stop|ophouden|stoppen|aufhoren|acabar|parar"
    r"|cesser|cease)\b(?!\s+(?:up|by|at|before|until|after)\b)"
)
_OUR_CONTACT = re.compile(rf"\b(?:{REACH}|{MESSAGES})")
_GATE = WordGate(_ENDED)
_AFTER_A_CHANNEL = frozenset(p for p in _ENDED if p.pattern.startswith(_NAMED))


def ends_our_messages(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it. No pattern reaches past a sentence's end;
    someone else's messages or a time count only in the clause of what was found."""
    if _STILL_COMING_AFTER_ALL.search(plain) or asks_why_still_after_leaving(plain):
        return True
    patterns = _GATE.candidates(plain)
    if not patterns:
        return False
    flat = one_line(plain)
    for found in _THAT_HAS_TO_END.finditer(flat):
        if _OUR_CONTACT.search(flat, max(0, found.start() - 200), found.start()) and not (
            _SOMEONE_ELSES.search(flat, max(0, found.start() - 200), found.end())
        ):
            return True
    for pattern in patterns:
        for found in pattern.finditer(flat):
            start = found.start()
            if pattern in _AFTER_A_CHANNEL:
                channel = _CHANNEL_BEHIND.search(flat, max(0, start - 70), start)
                if channel is None:
                    continue
                start = channel.start()
            clause = clause_of(flat, start, found.end())
            if not (_SOMEONE_ELSES.search(clause) or _FOR_A_TIME.search(clause)):
                return True
    return False
