"""Contact put off to a time, or kept to a window, said with a stop's words (session 32, the near
misses of a fourth wave of paraphrases), taken out of a reply before the stop readers see it, as
`not_requests` does. The README: "don't contact me before October" is not_now, a deferral, and
"don't call before 6pm" a preference, no request to stop; the rest of the reply decides.

- put off to a named time: "no quiero que me contactéis hasta después del verano", "no quiero
  más correos hasta enero", "ne me contactez pas avant l'automne", "não me volte a contactar
  antes de setembro", "tot 1 maart geen vacatures ontvangen", "bitte bis nach Ostern keine
  Anrufe", "não volte a contactar-me este trimestre". Not a removal that names an end ("take me
  off the list until next year" is opt_out: the product cannot keep half a removal), not "until
  further notice" (no time), not "never again".
- kept to a window of the day or the week, to today, or to one appointment: "don't text this
  number on Sunday", "no me escriban tan tarde", "para de me ligar no horário de almoço", "niet
  bellen tijdens de werkuren", "chega de mensagem por hoje", "ff afmelden voor vandaag",
  "afmelden voor het gesprek van morgen" (cancelling a meeting). Not when a list or their data
  is named ("take me off the list for today" still asks), nor "ever", "anymore", "never".

Only the clause (up to a comma, colon or full stop) goes: "Stop emailing me, and don't call on
Sundays either" still asks to stop the emails.
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.date_words import MONTH_ALONE, NEXT, WEEKDAY_NAMES
from sequencer.inbound.intent.word_gate import CaselessWordGate, alternatives
from sequencer.inbound.needles import may_match

# A time something is put off to: a month, a season, a holiday, a date, the next week or year.
_TIME = (
    rf"(?:{MONTH_ALONE}|\d{{1,2}}(?:[./-]\d{{1,2}}|\s+(?:de\s+)?(?:{MONTH_ALONE}))"
    # Session 34: "hasta que termine el segundo trimestre", "until the new year".
    r"|(?:first|second|third|fourth|primer|segundo|tercer|cuarto|premier|deuxi[èe]me"
    r"|troisi[èe]me|quatri[èe]me|primeiro|terceiro|quarto|eerste|tweede|derde|vierde|erste[ns]?"
    r"|zweite[ns]?|dritte[ns]?|vierte[ns]?)\s+(?:quarter|quartal|trimestre|kwartaal)"
    r"|(?:the\s+)?new\s+year|neujahr|nouvel\s+an|a[ñn]o\s+nuevo|ano\s+novo|nieuwjaar"
    r"|summer|autumn|fall|winter|spring|sommer|herbst|fr(?:ü|ue)hling|fr(?:ü|ue)hjahr"
    r"|[ée]t[ée]|automne|hiver|printemps|rentr[ée]e|verano|oto[ñn]o|invierno|primavera|zomer"
    r"|herfst|voorjaar|najaar|ver[ãa]o|outono|inverno"
    r"|easter|ostern|p[âa]ques|pasen|p[áa]scoa|semana\s+santa|christmas|xmas|weihnachten|no[ëe]l"
    r"|navidad|kerst\w*|natal|(?:the\s+)?holidays|f[ée]rias|vacaciones|vacances|ferien|urlaub"
    r"|vakantie|fiestas|f[êe]tes|feestdagen"
    rf"|q[1-4]|{NEXT}\s+(?:week|month|quarter|year|woche|monat|quartal|jahr|semaine|mois"
    r"|trimestre|ann[ée]e|semana|mes|a[ñn]o|m[êe]s|ano|maand|kwartaal|jaar)"
    r"|(?:la\s+semana|el\s+mes|el\s+a[ñn]o|a\s+semana|o\s+m[êe]s|o\s+ano)\s+que\s+(?:viene|vem))\b"
)
# "until", "before", and what may stand between it and the time: "hasta después del verano",
# "bis nach Ostern", "avant la rentrée", "antes de setembro", "tot na de zomer".
_UNTIL = (
    r"\b(?:until|till|til|before|hasta|antes\s+d[eoa]s?|avant|jusqu'(?:à|a|en|au)|bis|vor|tot"
    r"|voor|at[ée])\s+(?:(?:after|despu[ée]s|apr[èe]s|nach|na|depois|the|el|la|le|les|los|las|der"
    r"|dem|den|die|het|de|o|a|os|as|del|do|da|dos|das|du|des|au|aux|[àa]|mid|end|of|fin|finales"
    r"|fim|eind|ende|van|zum|zur|al|mediados\s+de|meados\s+de|mitte|que\s+(?:termine|acabe"
    r"|pase)(?:\s+(?:el|la))?)\s+|l'){0,3}"
)
# Or a quarter, the time itself: "this quarter", "este trimestre", "dit kwartaal"; not "this
# month", which counts our messages ("6e sms deze maand") or tells news ("deze maand begonnen").
_THIS_PERIOD = r"\b(?:this|diese[ns]?|ce|este|dit|deze)\s+(?:quarter|quartal|trimestre|kwartaal)\b"
# Or a time named before, a weekday, a day of the month, the end of their notice (session 36):
# "hasta entonces, nada de llamadas", "tot dan liever niet bellen", "até lá prefiro não ser
# contactado", "lass mich bis Montag in Ruhe", "no me manden nada hasta el 15", "refrain from
# contacting me until my notice period ends", "pas avant la fin de mon mandat".
_THEN = (
    rf"(?:then|that\s+time|dann|dahin|entonces|ese\s+momento|dan|die\s+tijd|l[áa]|ent[ãa]o"
    rf"|(?:{WEEKDAY_NAMES})s?|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th|e|er)?(?![.:]?\d|\s*(?:uhr|h|pm|am|o'?clock|u|uur"
    r"|heures?|horas?|hs)\b)"
    r"|(?:my|mein\w*|mon|ma|mi|mijn|meu|minha)\s+(?:notice(?:\s+period)?|mandat|contrat|contract"
    r"|contrato|vertrag|k(?:ü|ue)ndigungsfrist|pr[ée]avis|opzegtermijn|aviso\s+pr[ée]vio|mission"
    r"|projet|project|projekt|proyecto|projeto))\b"
)
_PUT_OFF = re.compile(
    rf"{_UNTIL}(?:{_TIME}|{_THEN})|{_THIS_PERIOD}|\bjusque-l[àa]\b", re.IGNORECASE
)

# A window of the day or the week, today, one appointment.
_WINDOW = re.compile(
    rf"\b(?:on\s+(?:a\s+)?(?:{WEEKDAY_NAMES})s?|(?:am|an|le|el|los|op|aos?|no|nos|na|nas)\s+"
    rf"(?:{WEEKDAY_NAMES})s?|(?:on|at|over)\s+(?:the\s+)?weekends?|am\s+wochenende|le\s+week-?end"
    r"|los\s+fines\s+de\s+semana|el\s+fin\s+de\s+semana|in\s+het\s+weekend|(?:ao|aos|no|nos)\s+fins?"
    r"\s+de\s+semana|so\s+late|this\s+late|at\s+night|in\s+the\s+middle\s+of\s+the\s+night"
    r"|(?:this|that)\s+early|at\s+(?:this|that|such\s+an?)\s+(?:hour|time)|during\s+(?:my\s+)?"
    r"(?:work(?:ing)?\s+hours|the\s+(?:work(?:ing)?\s+)?day|work|lunch)|at\s+lunch(?:time)?"
    r"|at\s+midnight|um\s+mitternacht|[àa]\s+minuit|a\s+medianoche|[àa]\s+meia-noite|om\s+middernacht"
    r"|so\s+sp(?:ä|ae)t|nachts|mitten\s+in\s+der\s+nacht|zu\s+dieser\s+(?:uhrzeit|stunde)"
    r"|w(?:ä|ae)hrend\s+der\s+arbeitszeit|in\s+der\s+mittagspause|si\s+tard|aussi\s+tard"
    r"|la\s+nuit|en\s+pleine\s+nuit|[àa]\s+(?:cette|une\s+telle)\s+heure|pendant\s+(?:les\s+heures"
    r"\s+de\s+(?:bureau|travail)|le\s+travail|ma\s+pause)|(?:au|[àa]\s+l'heure\s+du)\s+d[ée]jeuner"
    r"|tan\s+tarde|de\s+noche|por\s+la\s+noche|de\s+madrugada|a\s+(?:estas?|esa)\s+horas?"
    r"|en\s+horario\s+(?:de\s+trabajo|laboral)|a\s+la\s+hora\s+de\s+comer|t[ãa]o\s+tarde"
    r"|[àa]\s+noite|de\s+noite|(?:n|d)?esse\s+hor[áa]rio|(?:no|em)\s+hor[áa]rio\s+(?:de|do)\s+"
    r"(?:trabalho|expediente|almo[çc]o)|na\s+hora\s+do\s+almo[çc]o|zo\s+laat|'s\s+nachts"
    r"|midden\s+in\s+de\s+nacht|om\s+(?:dit|deze)\s+(?:uur|tijd)|tijdens\s+(?:de\s+|mijn\s+)?"
    r"(?:werk\w*|lunch\w*|kantoortijd\w*)"
    # Session 34: "overdag niet bellen", "nada de llamadas en horario de oficina", "a mitad de
    # trimestre", "nas próximas 4 semanas peço-lhe que não me ligue".
    r"|overdag|tags(?:ü|ue)ber|during\s+the\s+day|en\s+journ[ée]e|durante\s+el\s+d[íi]a"
    r"|durante\s+o\s+dia|en\s+horario\s+de\s+oficina|(?:a|em|en|in)\s+(?:mitad|meio|meados|the"
    r"\s+middle)\s+(?:del?|do|of)\s+(?:the\s+|o\s+)?(?:trimestre|quarter)"
    r"|(?:in\s+the\s+|over\s+the\s+|for\s+the\s+|nas\s+|las\s+|les\s+|in\s+den\s+|de\s+)?(?:next|coming"
    r"|pr[óo]xim[oa]s|n(?:ä|ae)chsten|prochaines|komende|volgende)\s+(?:\d+|two|three|four|few"
    r"|couple\s+of|dos|tres|cuatro|duas|tr[êe]s|quatro|zwei|drei|vier|deux|trois|quatre|twee|drie"
    r"|paar)\s+(?:weeks|wochen|semaines|semanas|weken|days|tage|jours|d[íi]as|dagen)"
    # ...today only: "for today", "por hoy", "pour aujourd'hui", "für heute", "voor vandaag".
    r"|for\s+today|f(?:ü|ue)r\s+heute|pour\s+aujourd'hui|por\s+hoy|por\s+hoje|voor\s+vandaag"
    # ...one appointment: "afmelden voor het gesprek van morgen", "for tomorrow's call".
    r"|(?:for|f(?:ü|ue)r|pour|para|voor)\s+(?:the|tomorrow'?s|das|den|l'|le|la|el|a|o|het|de)\s+"
    r"(?:call|meeting|interview|gespr(?:ä|ae)ch|termin|entretien|rendez-vous|entrevista"
    r"|reuni[óo]n|reuni[ãa]o|gesprek|afspraak|sollicitatiegesprek)"
    r")\b",
    re.IGNORECASE,
)
# A removal, a list or their data: a removal names no window ("take me off the list until next
# year" is opt_out).
_REMOVAL_OR_LIST = re.compile(
    r"\b(?:remov|delet|eras|unsubscrib|unsub\b|off\s+(?:the|your|ur|this)|list|lijst|liste|lista"
    r"|verteiler|bestand|database|datenbank|base|newsletter|nieuwsbrief|data|daten|donn[ée]es|datos"
    r"|dados|gegevens|l(?:ö|oe)sch|entfern|austrag|supprim|effac|retir|d[ée]sinscri|d[ée]sabonn"
    r"|desuscr|borr|elimin|baja|quit[ae]|saca|verwijder|wis|uitschrij|apag|exclu|descadastr|tir[ae])\w*",
    re.IGNORECASE,
)
# "ever", "never", "anymore": the stop is whole ("no more texts on Sunday or ever"). Not
# "always" or "still", which tell of their life in another clause (session 33: "ne me contactez
# pas avant septembre, je suis toujours en mission", "ik zit altijd in overleg"), only "for
# always"; nor "permanent" ("a permanent role").
_FOR_GOOD = re.compile(
    r"\b(?:ever|never|anymore|any\s+more(?=\s*(?:[^\w\s]|$))|for\s+good|nunca|jam[aá]is|nie(?:mals)?|nooit|ooit"
    r"|(?:pour|para|voor|f(?:ü|ue)r|for)\s+(?:toujours|siempre|sempre|altijd|immer|always)|nimmer"
    r"|definitiv\w*|d[ée]finitivement|definitivamente"
    r"|voorgoed|permanently|any\s+(?:other\s+)?time|at\s+all|a\s+ninguna\s+hora|[àa]\s+aucun\s+moment"
    r"|zu\s+keiner\s+zeit|(?:em\s+)?nenhum\s+hor[áa]rio|op\s+geen\s+enkel\s+moment)\b",
    re.IGNORECASE,
)
# The clause denies or stops something: a window or a time in a yes ("bora conversar na quinta")
# is left to be read.
_DENIAL = re.compile(
    r"\b(?:don'?t|dont|do\s+not|not|no|stop\w*|enough|quit|nicht|kein\w*|h(?:ö|oe)r\w*\s+auf|genug"
    r"|ne|n'|pas|plus|arr[êe]t\w*|assez|cess\w*|nunca|deja\w*|dejen|basta|n[ãa]o|para|pare\w*"
    r"|chega|niet|geen|stop|hou\s+op|kap|afmeld\w*|abmeld\w*|nada|nichts|niks|niets|rien"
    r"|nothing|hold\s+(?:off|any|all)|refrain|abst\w+|absehen|sehen\s+sie\s+(?:\w+\s+){0,6}?ab"
    r"|s'abstenir|abstenez|in\s+ruhe)\b",
    re.IGNORECASE,
)
# A time that dates a request made before, not one that puts contact off (session 33): "je vous
# ai déjà demandé avant Noël d'arrêter de m'écrire", "ik heb voor de kerst al gevraagd te stoppen",
# "ya les pedí antes de Navidad que dejaran de escribirme": the past request's verb a word or
# two before the time, or, where it comes last (Dutch, German), just after it ("para de me
# ligar no almoço kkk já falei que…" puts the calls off).
_ASKED = (
    r"(?:asked|told|said|requested|begged|demand[ée]e?|dit|pri[ée]e?|gevraagd|gezegd|verzocht"
    r"|gebeten|gesagt|aufgefordert|gefragt|ped[ií]|pedido|pedimos|dije|dicho|solicit[ée]|solicitei"
    r"|solicitado|disse|avisei|avis[ée]|falei)"
)
_ASKED_BEFORE_THE_TIME = re.compile(rf"\b{_ASKED}\s+(?:[\w']+\s+){{0,2}}$", re.IGNORECASE)
_ASKED_AFTER_THE_TIME = re.compile(
    r"\s+(?:[\w']+\s+){0,2}(?:gevraagd|gezegd|verzocht|gebeten|gesagt|aufgefordert|gefragt)\b",
    re.IGNORECASE,
)


def goes_on_past(text: str, end: int) -> bool:
    """The refusal goes on past the time or window ending at `end`, in its sentence or the next
    (session 35): "Até março, nada de mensagem. E depois também não."."""
    ends = _SENTENCE_END.match(text, end)
    sentence_end = ends.end() if ends else end
    following = _NEXT_ONE.match(text, sentence_end)
    return bool(
        _PAST_IT_TOO.search(text, end, sentence_end)
        or (following and _PAST_IT_TOO.search(following.group()))
    )


def dates_a_past_request(text: str, start: int, begins: int = 0) -> bool:
    """The time at `start` follows a past request's verb: "I asked you before Christmas to …"."""
    return bool(_ASKED_BEFORE_THE_TIME.search(text, max(begins, start - 60), start))


# A window that leaves no day out is no window (session 33): "stop messaging me on weekends, or
# weekdays for that matter", "on Mondays, Tuesdays, Wednesdays, Thursdays and Fridays".
_WEEKEND = re.compile(
    r"\b(?:weekends?|wochenende|week-?end|fines?\s+de\s+semana|fins?\s+de\s+semana)\b",
    re.IGNORECASE,
)
_WEEKDAYS = re.compile(
    r"\b(?:weekdays?|workdays?|wochentag\w*|werktag\w*|unter\s+der\s+woche|en\s+semaine"
    r"|entre\s+semana|d[ií]as\s+(?:laborables|de\s+semana|[úu]teis)|doordeweeks\w*|werkdag\w*)\b",
    re.IGNORECASE,
)
_A_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_NAMES})s?\b", re.IGNORECASE)


def _leaves_no_day_out(sentence: str) -> bool:
    if _WEEKEND.search(sentence) and _WEEKDAYS.search(sentence):
        return True
    return len(set(m.group().lower().rstrip("s") for m in _A_WEEKDAY.finditer(sentence))) >= 5


# A clause and a sentence are read at most so far either side of the time (session 33): a long
# text without punctuation ("stop texting me at night list " 700 times) was read in time that
# grew with its square, each time found scanning back and on to the ends of all of it.
_REACH = 200
_CLAUSE = re.compile(rf"[^.!?;:,\n]{{0,{_REACH}}}")
_SENTENCE_END = re.compile(rf"[^.!?\n]{{0,{_REACH}}}")


def _sentence(text: str, found: re.Match[str]) -> str:
    """ "ever" anywhere in the sentence keeps it: "stop texting me at night, or at any time"."""
    reach = max(0, found.start() - _REACH)
    begins = max(reach, *(text.rfind(mark, reach, found.start()) + 1 for mark in ".!?\n"))
    ends = _SENTENCE_END.match(text, found.end())
    return text[begins : ends.end() if ends else found.end()]


def without_contact_put_off(text: str) -> str:
    """The clauses that put contact off to a time or keep it to a window, taken out; and a stop
    for now in a reply that welcomes us back later."""
    for pattern, removals_count in ((_PUT_OFF, True), (_WINDOW, False)):
        if not pattern.search(text):
            continue
        text = _without(text, pattern, removals_count)
    # A string the welcome needs looked for first (`may_match`), then its two ways only where
    # the text holds a word each begins with (the same answer; 20,000 characters that say
    # "today" and "email" over and over: 20 ms became 0.5 ms).
    if (
        may_match(_LATER_WELCOME, text)
        and _FOR_NOW.search(text)
        and _LATER_WELCOME_GATE.any_match(text)
        and not _NOR_LATER.search(text)
    ):
        text = _without(text, _FOR_NOW, True)
    return text


# Stopped for now, and welcome later (session 34, a seventh wave's near misses): "bitte vorerst
# keine Mails mehr … nach dem Sommer gern wieder", "Jetzt grad bitte keine Nachrichten … in ein
# paar Wochen gern wieder melden", "hoy no me escribas más … el jueves sí", "deze maand graag
# even geen berichten meer … volgende maand plannen we graag", "agora nada de mensagens … depois
# do verão, falamos". Not "nothing now, nor later" ("auch nicht in ein paar Wochen").
_FOR_NOW = re.compile(
    r"\b(?:vorerst|vorl(?:ä|ae)ufig|jetzt\s+(?:grad|gerade)|im\s+moment|momentan|for\s+now"
    r"|right\s+now|at\s+the\s+moment|this\s+(?:month|year|week)|today|heute|diesen\s+monat"
    r"|dieses\s+jahr|diese\s+woche|pour\s+l'instant|pour\s+le\s+moment|ce\s+mois-ci|cette"
    r"\s+(?:ann[ée]e|semaine)|en\s+ce\s+moment|aujourd'hui|por\s+ahora|de\s+momento|ahora"
    r"(?:\s+mismo)?|hoy|este\s+(?:mes|a[ñn]o|m[êe]s|ano)|esta\s+semana|essa\s+semana|por"
    r"\s+enquanto|agora|hoje|voorlopig|even|vandaag|deze\s+(?:maand|week)|dit\s+jaar"
    r"|op\s+dit\s+moment|essa\s+semana|esta\s+semana)\b",
    re.IGNORECASE,
)
_LATER = (
    r"(?:after\w*|later|then|next\s+(?:week|month|year)|in\s+a\s+few\s+weeks|nach|danach"
    r"|sp(?:ä|ae)ter|in\s+ein\s+paar\s+wochen|n(?:ä|ae)chste[nsr]?\s+(?:woche|monat|jahr)"
    r"|apr[èe]s|ensuite|plus\s+tard|(?:le\s+)?mois\s+prochain|l'ann[ée]e\s+prochaine"
    r"|despu[ée]s|m[áa]s\s+adelante|(?:el\s+)?(?:mes|a[ñn]o)\s+que\s+viene|depois|passando"
    r"|mais\s+tarde|(?:no\s+)?pr[óo]xim[oa]\s+(?:m[êe]s|ano|semana|mes|a[ñn]o)|daarna|straks"
    r"|volgend\w*\s+(?:week|maand|jaar)|over\s+een\s+paar\s+weken|na\s+(?:de|het)"
    r"|over\s+een\s+(?:half\s+)?(?:jaar|maand|paar\s+\w+)|semana\s+que\s+vem"
    rf"|(?:(?:a\s+partir\s+d[eo]|ab|vanaf|from|starting|in|en|em|im)\s+)?(?:{MONTH_ALONE})"
    rf"|{WEEKDAY_NAMES})"
)
# Welcome again: not "happy" or "yes" alone (session 35: "I'm happy where I am and will still be
# happy after the summer", "Yes, I know I said maybe in March" welcome nothing), and "yes" only
# right after the time ("el jueves sí").
_WELCOME = (
    r"(?:gern\w*|wieder\s+melden|(?:happy|glad)\s+to|feel\s+free|(?:you'?re\s+)?welcome\s+to|check\s+in"
    r"|write\s+(?:to\s+)?me|reach\s+out|talk|ravie?s?|volontiers|avec\s+plaisir|[ée]crivez|parl\w*"
    r"|encantad[oa]|con\s+gusto|hablamos|escr[íi]beme|vuelve\s+a\s+escribirme|falamos|conversamos"
    r"|topo|me\s+procur\w*|graag|plannen|bel\s+me|mail\s+me|gerust|mag\s+het"
    r"|conversa\w*|open\s+(?:voor|for|to)|offen|ouvert\w*|abiert[oa]|abert[oa]|sta\s+ik\s+weer"
    r"|m'int[ée]ressera)"
)
# ...in one clause with the later time, no "and" or ", but" between them.
_LINKED = r"(?:(?!\s(?:and|und|et|y|en)\s|,\s*(?:but|aber|mais|pero|mas|maar)\b)[^.!?\n;:]){0,40}?"
_LATER_WELCOME = re.compile(
    rf"\b{_LATER}\b{_LINKED}\b{_WELCOME}\b|\b{_WELCOME}\b{_LINKED}\b{_LATER}\b"
    rf"|\b{_LATER}\s+(?:(?:maybe|vielleicht|peut-[êe]tre|quiz[áa]s?|talvez|misschien|gern|dann)\s+)?"
    r"(?:s[íi]|sim|ja|wel|yes|oui)\b",
    re.IGNORECASE,
)
_LATER_WELCOME_GATE = CaselessWordGate(alternatives(_LATER_WELCOME))
_NOR_LATER = re.compile(
    r"\b(?:auch\s+(?:danach\s+|dann\s+|sp(?:ä|ae)ter\s+)?nicht|also\s+not|not\s+\w+\s+either"
    r"|nor\s+later|ook\s+niet|tampoco|tamb[ée]m\s+n[ãa]o|non\s+plus|ni\s+(?:ahora|maintenant"
    r"|agora|nu|jetzt|now|despu[ée]s|depois|nunca|jamais)|ni\s+en\s+\w+\s+ni|nem\s+depois"
    r"|never|nunca|nooit|nie(?:mals)?|jamais|a\s+partir\s+de\s+(?:ahora|agora)|from\s+now\s+on"
    r"|ab\s+(?:sofort|jetzt)|d[ée]sormais|dor[ée]navant|vanaf\s+nu|de\s+ahora\s+en\s+adelante"
    r"|daqui\s+(?:para|pra)\s+(?:frente|a\s+frente)"
    # "and after that too" (session 35): "et après aussi", "en daarna ook", "und danach auch".
    r"|(?:and|en|und|et|y|e)\s+(?:after\w*|daarna|danach|apr[èe]s|despu[ée]s|depois)\s+(?:\w+\s+)?"
    r"(?:too|ook|auch|aussi|tambi[ée]n|tamb[ée]m)|includes?\s+after\w*)\b",
    re.IGNORECASE,
)
# The time's clause, or the sentence after it, extends the refusal past the time or the window
# (session 35): "Até março, nada de mensagem. E depois também não.", "Overdag niet bellen en 's
# avonds ook niet".
_PAST_IT_TOO = re.compile(
    r"\b(?:ook\s+niet|auch\s+nicht|tamb[ée]m\s+n[ãa]o|tampoco|non\s+plus|nor\s+after\w*"
    r"|not\s+after\s+(?:that|it)\s+either|(?:after\s+that|afterwards|then)\s+neither"
    r"|(?:and|or|nor)\s+(?:not\s+)?after(?:wards|\s+that)?\s+(?:either|too|as\s+well)"
    r"|ni\s+(?:apr[èe]s|despu[ée]s|depois)|nem\s+depois|weder\s+jetzt|ni\s+maintenant|ni\s+ahora"
    r"|nem\s+agora|(?:and|en|und|et|y|e)\s+(?:after\w*|daarna|danach|apr[èe]s|despu[ée]s|depois)"
    r"\s+(?:\w+\s+)?(?:too|ook|auch|aussi|tambi[ée]n|tamb[ée]m)"
    r"|(?:and|or|nor)\s+(?:not\s+|none\s+)?(?:in|at|on|during|after|before)\s+(?:the\s+)?\w+\s+(?:either"
    r"|too|as\s+well))\b",
    re.IGNORECASE,
)
# "auch tagsüber", "ook overdag", "also on weekends": the window added to a refusal, no window.
_ALSO_BEFORE = re.compile(
    r"\b(?:auch|also|too|ook|aussi|tambi[ée]n|tamb[ée]m|even|selbst|sogar|m[êe]me)\s+$",
    re.IGNORECASE,
)
_NEXT_ONE = re.compile(r"[.!?\n]+[^.!?\n]{0,120}")


def _without(text: str, pattern: re.Pattern[str], removals_count: bool) -> str:
    kept, start = [], 0
    for found in pattern.finditer(text):
        if found.start() < start:
            continue
        reach = max(start, found.start() - _REACH)
        begins = max(reach, *(text.rfind(mark, reach, found.start()) + 1 for mark in ".!?;:,\n"))
        ends = _CLAUSE.match(text, found.end())
        clause = text[begins : ends.end() if ends else found.end()]
        if (
            ends
            and not _DENIAL.search(clause)
            and not ends.group(0).strip()
            and not _UNTIL_WORDS.sub("", text[begins : found.start()]).strip()
        ):
            # The time a clause of its own, the stop in the next (session 34): "bis zum 30.9.
            # bitte keine Jobangebote mehr", "até março, nada de mensagem".
            following = _CLAUSE.match(text, ends.end() + 1)
            if following and _DENIAL.search(following.group(0)):
                ends = following
                clause = text[begins : ends.end()]
        sentence = _sentence(text, found)
        if (
            not _DENIAL.search(clause)
            or _FOR_GOOD.search(sentence)
            or goes_on_past(text, found.end())
            or _ALSO_BEFORE.search(text, max(0, found.start() - 12), found.start())
            or (_REMOVAL_OR_LIST.search(clause) and (removals_count or _LIST.search(clause)))
            or dates_a_past_request(text, found.start(), begins)
            or _ASKED_AFTER_THE_TIME.match(clause, found.end() - begins)
            or _leaves_no_day_out(sentence)
        ):
            continue
        kept.append(text[start:begins])
        start = ends.end() if ends else found.end()
    return " ".join([*kept, text[start:]])


# What may stand before a time that opens its clause: "bis zum 30.9.", "até março".
_UNTIL_WORDS = re.compile(_UNTIL, re.IGNORECASE)


# In a window, a removal word may name the appointment cancelled ("afmelden voor het gesprek"),
# but not a list or their data.
_LIST = re.compile(
    r"\b(?:list|lijst|liste|lista|verteiler|bestand|database|datenbank|base|newsletter"
    r"|nieuwsbrief|data|daten|donn[ée]es|datos|dados|gegevens|mailing\w*)\w*",
    re.IGNORECASE,
)
