"""One address or number stopped while another is given (session 33, train paraphrases still
read wrong), on the text `opt_outs.plain` made (lower case, no accents):

- that number or address taken off a list or out of a system: "Please take that number off
  your list; email me instead", "Could you delete my WhatsApp number from your contacts? Email
  works", "Haal dat adres graag uit je lijst", "Please haal dat adres uit je CRM";
- nothing more to an address: "From now on, nothing to my office inbox please. If you need me,
  it's priya@…", "al correo de la oficina ya nada más", "bitte nix mehr an diese Adresse hier".

The README: a request to stop contact on one channel or address is an opt-out (the product stops
that channel at once), so like `channel_stops` these are read even in a reply that asks to be
reached another way, where they mostly sit. Not an old address replaced ("delete my old number,
the new one is …"): only this, that, or a work, office or chat address or number is taken off.
"""

from __future__ import annotations

import re

from sequencer.inbound.needles import may_match

_ADDRESS = (
    r"(?:\w*(?:number|address|adresse|adres|nummer|postfach|inbox|mailbox|mailadres)|e-?mail"
    r"|phone|mobile|cell|numero|boite|correo|direccion|telefono|movil|endereco|telefone|celular|caixa"
    r"|whatsapp)\b"
)
_THAT = (
    r"(?:that|this|dat|dit|deze|die|diese[rsn]?|ce|cette|ese|esa|este|esta|esse|essa"
    r"|(?:my|mijn|mein\w*|mon|ma|mi|meu|minha)(?=\s+(?:\w+\s+)?(?:work|office|business|whatsapp|werk"
    r"|kantoor|zakelijk\w*|buro|arbeit\w*|dienstlich\w*|firmen\w*|pro|professionnel\w*|trabajo|oficina"
    r"|corporativ\w*|laboral|trabalho|escritorio|kantooradres|werkmail|work\s+e-?mail))"
    r"|(?:my|mijn|mein\w*|mon|ma|mi|meu|minha)(?=\s+whatsapp))"
)
_TAKE_OFF = (
    r"(?:take|remove|delete|erase|drop|haal|verwijder|wis|schrap|streich\w*|losch\w*|entfern\w*"
    r"|nehmen\s+sie|retir\w*|supprim\w*|effac\w*|enlev\w*|borr\w*|quit\w*|elimin\w*|sac\w*|apag\w*"
    r"|tir\w*|exclu\w*|remov\w*)"
)
_LIST = (
    r"(?:list\w*|lijst\w*|liste\w*|lista\w*|crm|ats|contacts?|contacten|kontakte\w*|contactos|contatos"
    r"|system\w*|systeem|sistema|database|bestand|base\w*|records?|adresboek|adressbuch|files?"
    r"|fichier\w*|repertoire|agenda|verteiler|mailing\w*|verzendlijst)"
)
_NOTHING = r"(?:nothing|nada|nix|nichts|niets|niks|rien)"
_MORE = r"(?:more|mas|mehr|meer|plus)"
_PLEASE = r"(?:please|pls|bitte|graag|aub|svp|por\s+favor|pf)"
_TO = r"(?:to|a|al|an|naar|op|para|pro|no|na|sur)"
# "Nothing more to add", and a sending or answering verb before "to my email, nothing more":
# "Send the details to my email, nothing more", "I replied to your email, nothing more to say"
# (session 34's review): no address stopped.
_SAY = (
    r"(?:add|say|anadir|agregar|decir|dizer|acrescentar|adicionar|ajouter|dire|sagen|hinzu\w*"
    r"|zeggen|toevoegen|melden)"
)
_SENT_BEFORE = re.compile(
    r"\b(?:send|sent|reply|replied|answer\w*|respond\w*|forward\w*|add|added|mail|envi\w*"
    r"|mand\w*|respond\w*|contest\w*|schick\w*|geschickt|antwort\w*|stuur\w*|gestuurd"
    r"|antwoord\w*|repondu|repond\w*|dije|disse|told)\b[^.!?;\n]{0,40}$"
)
_STOPPED = re.compile(
    rf"\b{_TAKE_OFF}\s+(?:\w+\s+)?{_THAT}\s+(?:\w+\s+){{0,2}}?{_ADDRESS}\s+(?:\w+\s+){{0,2}}?"
    rf"(?:off|from|out\s+of|uit|van|aus|von|de|del|da|do|dans|of)\s+(?:\w+\s+){{0,2}}?{_LIST}\b"
    # ...nothing more to an address, or to it nothing more.
    rf"|\b{_NOTHING}\s+{_MORE}\s+(?:{_PLEASE}\s+)?{_TO}\s+(?!{_SAY}\b)(?:\w+\s+){{0,3}}?{_ADDRESS}"
    rf"|\b{_NOTHING}\s+(?:{_PLEASE}\s+)?{_TO}\s+{_THAT}\s+(?:\w+\s+){{0,2}}?{_ADDRESS}"
    rf"|(?P<sent>\b{_TO}\s+(?:\w+\s+){{0,3}}?{_ADDRESS}\s*,?\s+(?:\w+\s+){{0,3}}?(?:ya\s+)?{_NOTHING}\s+"
    rf"{_MORE}\b(?=\s*(?:[.!,;]|$|{_PLEASE}\b)))"
)


def stops_an_address(plain: str) -> bool:
    return may_match(_STOPPED, plain) and any(
        found.group("sent") is None or not _SENT_BEFORE.search(plain, 0, found.start())
        for found in _STOPPED.finditer(plain)
    )
