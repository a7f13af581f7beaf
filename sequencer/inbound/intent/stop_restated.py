"""Kinds of stop request that English writers used restating the train opt-outs (session 31),
on the text `opt_outs.plain` made (lower case, no accents). English only unless said: the other
languages' forms of these kinds are read by `stop_grammar` and `stop_kinds` already.

- hearing from us again, wished away ("so I don't hear from you again", "I'd rather not hear
  about jobs from you again"; not "if I don't hear from you again, I'll assume it's filled");
- hearing from us again answered with the regulator ("If I hear from you again, the ICO hears
  from me");
- this message made the last one, or the end of the correspondence ("could you make this the
  last one?", "consider this the end of our correspondence"; not "the last one before the
  offer");
- themselves made unavailable, or a channel off limits, for good ("consider me unavailable for
  any future approach", "this phone is off limits to you"; not "unavailable until March");
- "no more" said as a sentence about these messages ("had four of these now. no more.");
- "make sure" nobody writes again, or that they are excluded ("make sure I'm excluded from
  future sends");
- wanting out of, or left off, our sends ("I'd like out of future mailings", "leave me off
  your list", "keep recruitment mail away from this account");
- our sending stopped without a message noun ("could you stop sending these now?", "stop
  targeting me", "stop sending to any of our addresses", "switch off the automatic follow-ups";
  not "stop sending to my old address");
- their data deleted as "the information you keep on me", or "it" deleted after asking who
  gave it or saying they never agreed ("Who passed you my mobile? Delete it by end of day",
  "You had no consent to use this phone. Wipe it.", "get rid of it");
- their contact forgotten or scrubbed ("forget this contact", "scrub me from ur phone"), and
  "take me of" typed for "take me off";
- rather we did not write ("I'd rather recruiters didn't write to me at all").
"""

from __future__ import annotations

import re

from sequencer.inbound.needles import searched

_YOU = r"(?:you|u|ye|your\s+\w+|any\s+of\s+you|anyone\s+(?:at|from)\s+\w+)"
_REACH = (
    r"(?:writ\w*|contact\w*|messag\w*|e-?mail\w*|mail\w*|call\w*|text\w*|phon\w*|ring\w*"
    r"|approach\w*|reach\w*\s+out|get\w*\s+in\s+touch|bother\w*|ping\w*)"
)
# What we send, and where we keep them.
_SENDS = (
    r"(?:outreach|mailings?|mailing\s+lists?|e-?mails?|mails?|messages|msgs|texts|calls|lists?"
    r"|database|records|system|crm|campaigns?|sends|sequences?|follow-?ups?|approaches"
    r"|recruit\w*\s+(?:mail|e-?mails?|messages|outreach))\b"
)
# Narrowed to a time or to one address ("not contacted at my work address, use my personal one").
_NOT_NARROWED = (
    r"(?![^.!?]{0,30}\b(?:before|after|until|till|during|at\s+work|on\s+weekends|at\s+(?:my\s+)?"
    r"(?:work|office|old|other|current|day)|work\s+(?:address|e-?mail|number|phone)|use\s+my"
    r"|instead)\b)"
)
# Ours, before what we send: "switch off your follow-ups"; not "turn off my email at 6".
_YOUR_SENDS = (
    r"(?:your|ur|these|those|this|all|any|the\s+auto\w*|all\s+(?:the|your|these))\s+(?:\w+\s+)?"
    + _SENDS
)
_COMPLAINT = (
    r"\b(?:who|how\s+did\s+(?:you|u)\s+get|where\s+did\s+(?:you|u)\s+get|someone|somebody)\b"
    r"[^.!?]{0,40}?\b(?:number|contact|mobile|cell|phone|e-?mail|address|details|data)\b"
    r"|\b(?:no|without|never|didn'?t|did\s+not|don'?t|do\s+not)\s+(?:\w+\s+){0,2}?(?:consent"
    r"|permission|asking|agree|agreed)\b"
)
_DELETE_IT = (
    r"\b(?:delete|erase|wipe|remove|scrub|purge|destroy|bin|get\s+rid\s+of)\s+(?:it|them|that"
    r"|this)\b(?:\s+(?:from|off)\s+(?:\w+\s+){0,2}?(?:records|system|phone|list|database|files"
    r"|crm|contacts))?(?:\s+(?:and|&)\b|\s*(?:(?:today|now|asap|immediately|by\s+end\s+of\s+(?:the"
    r"\s+)?(?:day|week)|please|pls)\s*)*(?:[.!,;]|$))"
)
_KINDS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\b(?:never|not|don'?t|do\s+not)\s+(?:\w+\s+){{0,2}}?hear(?:ing)?\s+(?:\w+\s+){{0,3}}?"
        rf"from\s+{_YOU}\s+(?:\w+\s+){{0,2}}?(?:again|anymore|any\s+more|ever)\b",
        rf"\b(?:rather|prefer)\s+not\s+(?:to\s+)?hear\s+(?:\w+\s+){{0,3}}?from\s+{_YOU}\b",
        rf"\b(?:if|should|next\s+time)\s+i\s+(?:\w+\s+)?hear\s+from\s+{_YOU}\b[^.!?]{{0,60}}?\b(?:ico"
        r"|report\w*|complain\w*|regulator|lawyer|solicitor|police)\b",
        r"\b(?:make|let|like|want|consider)\s+(?:this|that|it)\s+(?:to\s+)?(?:be\s+)?(?:the|your"
        r"|our)\s+(?:very\s+)?(?:last|final)\s+(?:one|time|e-?mail|message|contact|mail|text)\b"
        r"(?!\s+(?:before|until|prior|for\s+now|this\s+week))",
        r"\b(?:consider|let|make)\s+(?:this|that|it)\s+(?:be\s+)?(?:the\s+)?end\s+of\s+(?:our|this"
        r"|any|the|all)\s+(?:\w+\s+)?(?:correspondence|conversation|contact|exchange"
        r"|communication)",
        r"\b(?:consider|treat|mark|count)\s+me\s+(?:as\s+)?(?:unavailable|not\s+available"
        r"|off[- ]limits)\s+(?:for|to)\s+(?:any|all)\s+(?:future|further)\b",
        r"\b(?:this|my)\s+(?:\w+\s+)?(?:phone|number|inbox|e-?mail|address|account|mobile)\s+is"
        r"\s+off[- ]limits\b",
        r"\bno\s+(?:more|further)\s+(?:\w+\s+)?approaches\b",
        rf"\b(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?(?:nobody|no[- ]one)\s+(?:\w+\s+)"
        rf"{{0,4}}?{_REACH}\s+(?:\w+\s+){{0,3}}?(?:again|anymore|any\s+more|ever)\b",
        r"\b(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?(?:i'?m|i\s+am|i\s+get|i'?ll\s+be"
        r"|i\s+will\s+be)\s+(?:\w+\s+)?(?:excluded|removed|taken\s+off|left\s+(?:off|out)"
        rf"|unsubscribed|not\s+contacted){_NOT_NARROWED}",
        # ...ours: "out of your list", "out of future mailings"; not "out of sales calls".
        rf"\b(?:like|want|wanna|need)\s+(?:to\s+(?:be|get)\s+)?out\s+of\s+(?:{_YOUR_SENDS}|(?:future"
        r"|further|all\s+future|any\s+future|the)\s+(?:mailing|mailings|list|lists|database|records|crm"
        r"|campaigns?|sequences?|sends|outreach|e-?mails|messages|recruit\w*\s+\w+)\b)",
        rf"\b(?:be\s+left|leave\s+me|keep\s+me)\s+(?:off|out\s+of)\s+(?:\w+\s+){{0,2}}?(?<!waiting\s){_SENDS}",
        rf"\bkeep\s+(?:\w+\s+){{0,2}}?{_SENDS}\s+(?:\w+\s+)?away\s+from\s+(?:me|my|this)\b",
        r"(?<!don't\s)(?<!\bnot\s)(?<!never\s)\b(?:stop|quit|cease)\s+sending\s+(?:me\s+)?(?:these|them|those"
        r"|this\s+stuff|all\s+this)\b(?=\s*(?:now|please|pls|already|thanks|[.!?,;]|$))",
        r"(?<!don't\s)(?<!\bnot\s)\b(?:stop|quit|cease)\s+target\w*\s+(?:me|us|our\s+\w+)\b",
        r"(?<!don't\s)(?<!\bnot\s)\b(?:stop|quit|cease)\s+sending\s+(?:\w+\s+)?to\s+(?:any|all|our"
        r"|my|this|these)\s+(?:(?!old\b|former\b|previous\b)[\w.-]+\s+){0,2}?(?:address\w*|inbox\w*"
        r"|accounts?|staff|employees|people|colleagues|team)\b",
        rf"\b(?:switch|turn|shut)\s+off\s+{_YOUR_SENDS}{_NOT_NARROWED}",
        rf"\b(?:disable|deactivate)\s+{_YOUR_SENDS}{_NOT_NARROWED}",
        r"\b(?:wipe|delete|erase|remove|purge|destroy|scrub)\w*\s+(?:all\s+|any\s+|whatever\s+|every\s+\w+"
        r"\s+of\s+)?(?:the\s+)?(?:personal\s+)?(?:data|information|info|details)\s+(?:\w+\s+){0,4}?"
        r"(?:on|about)\s+me\b",
        r"\b(?:data|information|info|details)\s+about\s+me\s+(?:\w+\s+)?(?:erased|deleted|wiped"
        r"|removed|destroyed)\b",
        r"\b(?:don'?t|do\s+not|never)\s+consent\w*\s+to\s+(?:being|be|you|receiv\w*)\s+(?:\w+\s+)?"
        r"(?:marketed|contacted|messaged|e-?mailed|called|texted|approached|these|this|your)\b",
        r"\b(?:forget|lose|scrub|wipe|erase)\s+(?:this|that)\s+(?:contact|number|mobile|e-?mail"
        r"|address)\b",
        r"\b(?:scrub|wipe|erase|delete|purge|remove)\s+me\s+(?:from|off|out\s+of)\s+(?:your|ur|the"
        r"|yer)\s+(?:\w+\s+)?(?:phone|contacts|address\s+book|lists?|records|system|database|books"
        r"|crm)\b",
        r"\btake\s+me\s+of\b(?!\s+course)",
        # The next one filed as junk (`stop_kinds` reads "straight to spam").
        r"\b(?:next|another)\s+(?:one|e-?mail|message|text)\s+(?:\w+\s+){0,2}?(?:filtered|goes|go"
        r"|sent|marked)\s+(?:\w+\s+){0,2}?(?:to|in|into|as)\s+(?:the\s+|my\s+)?(?:junk|spam)\b",
        rf"\b(?:rather|prefer)\s+(?:it\s+)?(?:if\s+)?(?:you|ye|u|recruiters|your\s+\w+|people"
        rf"|agencies)\s+(?:didn'?t|did\s+not|don'?t|do\s+not|never|wouldn'?t)\s+(?:\w+\s+)?{_REACH}"
        rf"{_NOT_NARROWED}",
    )
)
_CONDITIONAL = re.compile(r"\b(?:if|when|unless|until|whether)\b[^.!?,;]{0,30}$")
# "Please don't let this be the last message", "I don't want you to delete it".
_DENIED = re.compile(r"\b(?:don'?t|dont|do\s+not|never|not)\s+(?:\w+\s+){0,3}$")
_HAD_THESE = re.compile(
    r"\b(?:these|of\s+these|off[- ]limits|msgs?|messages|e-?mails|texts|calls)\b"
)
_BARE_NO_MORE = re.compile(r"(?:^|[.!?]\s*)no\s+more\s*(?:[.!]|$|,?\s*(?:seriously|please|pls)\b)")
# The sentence before a bare "no more".
_SENTENCE_END = re.compile(r"[.!?]")
# A yes in the reply: "weekend calls. No more! That's why this role appeals."
_INTEREST = re.compile(
    r"\b(?:interested|interesting|appeals?|appealing|open\s+to|keen|sounds\s+(?:good|great)"
    r"|happy\s+to\s+(?:talk|chat)|love\s+to|let'?s\s+(?:talk|chat)|call\s+me|tell\s+me\s+more)\b"
)
# A document replaced, not their data: "the CV you have is from 2019, delete it, I'll send a
# fresh one".
_REPLACED = re.compile(
    r"\b(?:old|older|outdated|out\s+of\s+date|from\s+(?:19|20)\d\d|fresh|new|newer|updated|latest"
    r"|current)\b"
)


def asks_to_stop_restated(plain: str) -> bool:
    for kind in searched(_KINDS, plain):  # those whose needles are there (the same answer)
        for found in kind.finditer(plain):
            # "If I don't hear from you again, I'll assume…" is a condition, not a wish.
            before = plain[max(0, found.start() - 30) : found.start()]
            if not _CONDITIONAL.search(before) and not _DENIED.search(before):
                return True
    if not _INTEREST.search(plain) and any(
        _HAD_THESE.search(
            _SENTENCE_END.split(plain[max(0, found.start() - 300) : found.start()])[-1]
        )
        for found in _BARE_NO_MORE.finditer(plain)
    ):
        return True
    return bool(re.search(_COMPLAINT, plain)) and any(
        not _DENIED.search(plain[max(0, found.start() - 30) : found.start()])
        and not _REPLACED.search(plain[max(0, found.start() - 60) : found.end() + 60])
        for found in re.finditer(_DELETE_IT, plain)
    )
