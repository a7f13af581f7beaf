"""Kinds of stop request that paraphrase writers used for the German train opt-outs (session 31),
on the text `opt_outs.plain` made (lower case, no accents). Each is read by its kind, not its
sentence; where the kind exists in the other languages and they lacked it, their form is here
too:

- nothing more wanted from us ("will nix mehr kriegen von euch", "da möchte ich nichts mehr von
  Ihnen sehen"; not "ich habe nichts mehr von Ihnen bekommen": news, no wish);
- our messages unwanted ("weitere Anrufe sind nicht erwünscht", "dass ich keine Headhunter-Post
  will", "further emails are not welcome"; not "Anrufe während der Arbeitszeit sind unerwünscht");
- spared them ("ersparen Sie mir künftige Anschreiben", "verschonen Sie mich mit Jobangeboten",
  "spare me the emails"); left be ("lassen Sie das mit den Mails", "lassen Sie weitere Mails an
  mich sein"); kept away ("halten Sie sich von mir fern", "stay away from me"); left alone, in
  the passive ("ich will in Ruhe gelassen werden", "I want to be left alone");
- radio silence from now on ("ab jetzt Funkstille"; not "seit Wochen Funkstille");
- this as the last time ("das war bitte das letzte Mal", "das letzte Mal, dass Sie mich
  angerufen haben");
- their address or number no longer to be used ("nutzen Sie meine Arbeits-Mail nicht länger";
  not "meine alte Adresse nicht mehr nutzen, die neue ist …");
- neither one way nor the other ("mich weder per Mail noch telefonisch zu behelligen");
- refraining ("sehen Sie davon ab, sich bei mir zu melden"); stopping, said with small words
  between ("hören Sie damit jetzt auf"); rung no more ("nicht mehr durchklingeln", "klingeln
  Sie hier nicht noch einmal durch");
- our sends stopped by the German infinitive ("LinkedIn-Nachrichten bitte einstellen");
- their contact or number struck by the German infinitive after it ("Kontakt bitte löschen",
  "diese Nr. bitte bei euch rausnehmen"; not "meine alte Nummer löschen, die neue ist …"), away
  with it ("weg mit meinen Infos"), out of the list ("raus aus der Liste", "tragen Sie meine
  Adresse aus"), left out of the sends ("mich von allen Aussendungen ausnehmen", "mich künftig
  auslassen", "aus dem Spiel lassen"), or not to be in our system ("ich will nicht in Ihrem
  System sein").
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.stop_for_good import ends_it_for_good
from sequencer.inbound.intent.stop_notices import reads_as_a_notice
from sequencer.inbound.intent.word_gate import WordGate

# What we send, in German, English and Dutch (the grammar's own list has the rest), as the end of
# a whole word ("LinkedIn-Nachrichten", "Headhunter-Post"): the word is read once, never given
# back ("a" 20,000 times took 12 s a search as "[\w-]*mails?").
_SENT_ENDINGS = (
    "nachrichten", "mail", "mails", "anrufe", "anrufen", "telefonate", "telefonaten", "post",
    "texte", "sms", "angebot", "angebote", "angeboten", "anfragen", "newsletter", "newslettern",
    "kontaktaufnahme", "kontaktaufnahmen", "zuschriften", "messages", "calls", "texts",
    "berichten", "telefoontjes",
)  # fmt: skip
_SENT = r"(?<![\w-])[\w-]++(?:" + "|".join(f"(?<={ending})" for ending in _SENT_ENDINGS) + r")\b"
# A kind of job, not a sender: "Teilzeit-Angebote", "befristete Angebote", "Remote-Stellen".
_KIND_OF_JOB = (
    r"(?:teilzeit|vollzeit|remote|hybrid|junior|senior|praktik|freelanc|freiberuf|befrist|zeitarbeit"
    r"|leiharbeit|werkstudent|minijob|schicht|vertriebs|sales|consulting|berater|festanstell|inhouse"
    r"|part-?time|full-?time)"
)
_WISH = r"(?:will|willst|wollen|mochte\w*|mocht|mag|want|wil)"
_NOTHING_MORE = r"(?:nix|nichts|keine\w*|niks|niets|nothing)\s+(?:mehr|meer|more)"
_FROM_YOU = r"von\s+(?:ihnen|euch|dir)"
_OUR_WAY = r"(?:[\w-]*adresse|[\w-]*nummer|[\w-]*mail|daten|nr)"
_DE_CONTACT = (
    r"(?:kontakt\w*|anschreib\w*|anzuschreib\w*|anruf\w*|anzuruf\w*|ansprech\w*|anzusprech\w*"
    r"|behellig\w*|belastig\w*|storen|nerv\w*|schreib\w*|mail\w*|telefonier\w*|melden"
    r"|contact\w*|call|e-?mail|text|messag\w*|writ\w*)"
)
_STRUCK = (
    r"(?:loschen|entfernen|tilgen|streichen|rausnehmen|herausnehmen|austragen|vernichten"
    r"|verwijderen|wissen|schrappen)"
)
_SHAPES = tuple(
    re.compile(pattern)
    for pattern in (
        # Nothing more wanted from us.
        rf"\b{_WISH}\b[^.!?]{{0,40}}?\b{_NOTHING_MORE}\b[^.!?]{{0,30}}?\b(?:bekommen|kriegen"
        r"|kriegn|erhalten|sehen|lesen|ontvangen|krijgen|zien|receive|get|see)\b",
        rf"\b{_WISH}\b[^.!?]{{0,30}}?\b(?:{_FROM_YOU}\s+(?:\w+\s+)?(?:nix|nichts)\s+mehr"
        rf"|(?:nix|nichts)\s+mehr\s+{_FROM_YOU})\b",
        # Our messages unwanted.
        rf"{_SENT}[^.!?]{{0,40}}?\b(?:sind|ist|are|is|zijn)\s+(?:hier\s+|mir\s+|bei\s+mir\s+)?"
        r"(?:(?:nicht|niet)\s+(?:mehr\s+|meer\s+)?(?:erwunscht|gewunscht|gewollt|gewenst)|unerwunscht"
        r"|ongewenst|not\s+(?:welcome|wanted)|unwanted|unwelcome)\b(?![^.!?]{0,40}\b(?:wahrend|vor"
        r"|nach|zwischen|bis|during|before|after|until|tijdens|voor|na)\b)",
        # ...not a kind of offer refused: "keine Teilzeit-Angebote möchte, nur Vollzeit".
        rf"\bkeine\s+(?!{_KIND_OF_JOB})(?:(?!{_KIND_OF_JOB})[\w-]+\s+)?{_SENT}\s+(?:mehr\s+)?(?:will"
        r"|mochte|wunsche|haben\s+will)\b(?![^.!?]{0,40}\b(?:nur|sondern|ausser|lieber|stattdessen)\b)",
        # Spared them, left be, kept away, left alone.
        rf"\b(?:erspar\w*|verschon\w*)\s+(?:sie\s+|du\s+|ihr\s+)?(?:mich|mir|uns)\s+"
        rf"(?:(?:\w+\s+){{0,3}}?mit\s+)?(?:\w+\s+){{0,3}}?(?:{_SENT}|anschreiben)"
        rf"|\bspare\s+me\s+(?:\w+\s+){{0,2}}?{_SENT}",
        rf"\blass\w*\s+(?:sie\s+|ihr\s+|du\s+)?das\s+(?:(?:bitte|doch|jetzt|endlich|einfach|mal"
        rf"|kunftig)\s+)*mit\s+(?:den|dem|der|ihren|euren|deinen|diesen)\s+(?:\w+\s+)?{_SENT}",
        rf"\blass\w*\s+(?:sie\s+|ihr\s+|du\s+)?(?:\w+\s+){{0,2}}?(?:{_SENT}|telefonieren|anrufen"
        r"|schreiben|mailen)\s+(?:[^.!?]{0,30}?\s)?(?:sein|bleiben)\b",
        r"\bhalt\w*\s+(?:sie\s+|ihr\s+|du\s+)?(?:sich|euch|dich)\s+(?:\w+\s+){0,3}?von\s+mir\s+fern\b"
        r"|\bstay\s+away\s+from\s+me\b",
        r"\bin\s+ruhe\s+gelassen\s+(?:zu\s+)?werden\b|\b(?:be|being)\s+left\s+alone\b"
        r"|\bmet\s+rust\s+gelaten\s+(?:te\s+)?worden\b",
        # Radio silence from now on.
        r"(?:\b(?:ab\s+(?:jetzt|sofort|heute|hier)|von\s+nun\s+an|bitte)\s+(?:\w+\s+)?funkstille\b"
        r"|\bfunkstille\s*,?\s*(?:bitte|ab\s+(?:jetzt|sofort))\b)"
        # ...not silence until a time: "ab jetzt Funkstille bis zum Urlaubsende, danach gern".
        r"(?![^.!?]{0,40}\b(?:bis|danach|until|after)\b)",
        # The last time.
        r"\b(?:das|dies)\s+(?:hier\s+)?(?:war|ist|sei|bleibt)\s+(?:bitte|hoffentlich)\s+das\s+letzte"
        r"\s+mal\b",
        r"\bdas\s+letzte\s+mal\s*,?\s+dass\s+(?:sie|ihr|du)\s+(?:mich|mir)\s+(?:\w+\s+){0,2}?"
        r"(?:angerufen|angeschrieben|geschrieben|gemailt|kontaktiert|belastigt|angesprochen)\b",
        # Their address or number no longer to be used.
        r"\b(?:nutz|benutz|verwend|gebrauch)\w*\s+(?:sie\s+|ihr\s+|du\s+)?(?:mein\w*|diese\w*)\s+"
        rf"(?!alte|ehemalig)(?:\w+\s+)?{_OUR_WAY}\s+(?:\w+\s+){{0,2}}?(?:nicht|nie)\s+(?:mehr|langer"
        r"|wieder)\b(?![^.!?]{0,40}\b(?:neue\w*|stattdessen|umgezogen|sondern|nur\s+noch|lieber|besser)\b)",
        rf"\b(?:mein\w*|diese\w*)\s+(?!alte|ehemalig)(?:\w+\s+)?{_OUR_WAY}\s+(?:\w+\s+){{0,2}}?"
        r"(?:nicht|nie)\s+(?:mehr|langer|wieder)\s+(?:zu\s+)?(?:nutz|benutz|verwend|gebrauch)\w*"
        r"(?![^.!?]{0,40}\b(?:neue\w*|stattdessen|umgezogen|sondern|nur\s+noch|lieber|besser)\b)",
        # Neither one way nor the other.
        r"\b(?:mich|mir|me|mij)\s+(?:\w+\s+){0,3}?(?:weder|neither)\b[^.!?]{0,40}?\b(?:noch|nor)\s+"
        rf"(?:\w+\s+){{0,2}}?(?:zu\s+)?{_DE_CONTACT}",
        # Refraining; stopping; rung no more.
        r"\b(?:seh\w*\s+(?:sie\s+|ihr\s+|du\s+)?(?:\w+\s+){0,2}?davon\s+ab|davon\s+ab(?:zu)?sehen)\b"
        rf"[^.!?]{{0,30}}?\b(?:mich|mir)\b[^.!?]{{0,20}}?\b(?:zu\s+)?{_DE_CONTACT}",
        r"\bhor(?:e|t|en)\s+(?:(?:sie|ihr|du)\s+)?(?:(?:damit|bitte|jetzt|endlich|sofort|doch|mal"
        r"|einfach|gefalligst)\s+){1,4}auf\s*(?:[.!,;]|$|(?:oder|sonst|und|bitte)\b)",
        r"\bklingel[nt]?\s+(?:sie\s+|ihr\s+|du\s+)?(?:\w+\s+){0,2}?(?:nicht|nie)\s+(?:mehr|wieder"
        r"|noch\s+(?:ein)?mal)\s+(?:\w+\s+)?(?:durch|an)\b"
        r"|\b(?:nicht|nie)\s+(?:mehr|wieder|noch\s+(?:ein)?mal)\s+(?:\w+\s+){0,2}?(?:durch|an)"
        r"(?:zu)?(?:klingeln|telefonieren|bimmeln)\b",
        # Our sends stopped by the German infinitive: "LinkedIn-Nachrichten bitte einstellen".
        rf"{_SENT}\s+(?:\w+\s+){{0,2}}?bitte\s+(?:\w+\s+){{0,2}}?einstellen\b",
        # Struck, away, out of the list, left out, not in the system.
        r"(?:^|[.!?,;:]\s*)(?:(?:und|also|bitte|einfach)\s+)*(?:mein\w*\s+|den\s+|die\s+|diese\w*\s+)?"
        r"(?!alte|ehemalig)(?:[\w-]*kontakt\w*|[\w-]*nummer|[\w-]*nr\.?|daten|kontaktdaten|[\w-]*adresse"
        r"|profil|eintrag|unterlagen|infos?)\s+(?:(?:bitte|sofort|umgehend|gerne?|einfach|ruhig"
        r"|bei\s+(?:euch|ihnen)|aus\s+(?:ihrem|ihren|ihrer|eurem|euren|eurer|dem|der|den)\s+\w+)\s+){0,3}"
        rf"{_STRUCK}\b(?![^.!?]{{0,40}}\b(?:neue\w*|stattdessen)\b)(?![^.!?]*\?)",
        r"\bweg\s+mit\s+(?:meine[nmr]?|diese[nmr]?|den|der|dem)\s+(?:\w+\s+)?(?:daten|infos?"
        r"|informationen|nummer|nr|adresse|kontakt\w*|profil|eintrag|unterlagen)\b",
        r"\b(?:raus|heraus)\s+aus\s+(?:\w+\s+){0,2}?(?:liste\w*|verteiler\w*|\w*datenbank|kartei"
        r"|system\w*|newsletter\w*)\b",
        r"\btrag(?:en|t)?\s+(?:sie\s+|ihr\s+|du\s+)?(?:mich|mein\w*|diese\w*)\s+(?:[\w-]+\s+){0,3}?"
        r"aus\s*(?:[.,!;]|$|(?:bitte|danke)\b)",
        r"\bmich\s+(?:\w+\s+){0,3}?(?:von|aus|bei)\s+(?:\w+\s+){0,2}?(?:aussendungen|mailings?"
        r"|newslettern?|verteiler\w*|e-?mails|mails|nachrichten|listen?|rundmails)\s+(?:ausnehmen"
        r"|ausschliessen|auslassen|rausnehmen|streichen)\b",
        r"\bmich\s+(?:kunftig|in\s+zukunft|fortan|ab\s+(?:jetzt|sofort)|von\s+nun\s+an)\s+(?:bitte\s+)?"
        r"auslassen\b|\bmich\s+(?:\w+\s+){0,3}?aus\s+dem\s+spiel\s+(?:lassen|raus)\b",
        r"\b(?:will|mochte|wott|wot|mocht)\s+(?:\w+\s+)?(?:nicht|nod|nid|nit)\s+(?:mehr\s+)?(?:in|i)\s+"
        r"(?:ihrem|ihrer|eurem|eurer|dem|der)\s+(?:\w+\s+)?(?:system|datenbank|kartei|liste|verteiler)"
        r"\s+(?:sein|sii|si|stehen|sta|stah)\b",
    )
)
_GATE = WordGate(_SHAPES)


def wants_no_more_contact(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it."""
    if _GATE.any_match(plain) or reads_as_a_notice(plain):  # "Kontakt: künftig keiner mehr"
        return True
    return ends_it_for_good(plain)  # "leave it here for good", "pode parar por aqui de vez"
