"""Near misses of the seventh wave of paraphrases (session 34), by kind, in our own words: words
of a stop that ask us nothing, beside the stops of the same words, which stay stops.

- a stop asked of someone else, or leaving what is not ours, told as news (`stops_elsewhere`);
"""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2026, 3, 2)


def _is_stop(text: str, channel: str = "email") -> bool:
    return read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT


ELSEWHERE_NOT_STOPS = [
    "I told the other recruiter to stop phoning me, but this one sounds great. Call me Friday.",
    "Last year I asked two other agencies to delete my details; a direct role is different. "
    "When can we talk?",
    "Einer anderen Agentur habe ich gesagt, sie soll mich nicht mehr anschreiben, aber das hier "
    "klingt gut. Wann telefonieren wir?",
    "Meine Jobalerts bei StepStone habe ich gestern abbestellt, ich habe schon einen neuen Job.",
    "J'ai demandé à une autre agence de ne plus m'appeler, mais votre poste m'intéresse.",
    "Je me suis désinscrit de LinkedIn Premium, je n'en ai plus besoin. Le poste m'intéresse.",
    "Al otro reclutador le pedí que dejara de escribirme, pero tu oferta me interesa.",
    "He borrado mi perfil de InfoJobs porque ya encontré trabajo, gracias igualmente.",
    "Het andere bureau heb ik gevraagd me niet meer te bellen, maar dit klinkt goed. Bel me.",
    "Ik heb me op alle vacaturesites afgemeld, maar voor deze rol maak ik graag tijd.",
    "Pedi a outra consultoria que parasse de me ligar, mas essa vaga me interessa.",
    "Cancelei meu LinkedIn Premium ontem, já estou empregado. Obrigado mesmo assim.",
]

ELSEWHERE_STOPS = [
    "I told the other agency to stop calling me, and the same goes for you.",
    "I asked your colleague to stop emailing me. Stop.",
    "Der anderen Agentur habe ich gesagt, sie soll mich nicht mehr anrufen, und das gilt auch für "
    "Sie.",
    "J'ai demandé à un autre cabinet d'arrêter de m'écrire, et je vous demande la même chose.",
    "Le pedí a otra agencia que me borrara; te pido lo mismo: bórrame de vuestra base de datos.",
    "Het vorige bureau heb ik gevraagd mijn gegevens te wissen, en dat vraag ik jullie nu ook.",
    "Pedi a outra agência que parasse de me ligar, e vocês também: não me liguem mais.",
    "Cancelei o LinkedIn Premium. E me tira da sua lista, por favor.",
]


@pytest.mark.parametrize("text", ELSEWHERE_NOT_STOPS)
def test_a_stop_asked_elsewhere_is_no_opt_out(text: str) -> None:
    assert not _is_stop(text)


@pytest.mark.parametrize("text", ELSEWHERE_STOPS)
def test_a_stop_asked_elsewhere_and_of_us_is_one(text: str) -> None:
    assert _is_stop(text)


# A removal or a stop denied, or said not to be needed, beside any answer: "no thanks on this
# one, don't take me off your list though".
DENIED_NOT_STOPS = [
    "No thanks on this one. Don't take me off your list though.",
    "Don't you dare unsubscribe me, more roles like this please.",
    "Not for me, but please don't scratch me off your list: try my friend Ana, ana@example.com.",
    "Gerade kein Interesse, aber streichen Sie mich deswegen bitte nicht.",
    "Bitte nicht austragen! Ich suche nichts, aber meine Schwester: lisa@example.de",
    "Pas pour moi. Surtout, ne me désabonnez pas : relancez-moi dans quelques mois.",
    "Ce n'est pas une demande de désinscription, gardez mon contact. Simplement pas ce poste.",
    "No me interesa, pero no me des de baja ni nada, que no molesta.",
    "Ni se te ocurra dejar de escribirme, pero este puesto no es para mí.",
    "Nee, dank je. Je hoeft me overigens niet uit je bestand te halen.",
    "Não é pra mim, mas nem pense em parar de me mandar vagas!",
    "Take me off your shortlist for this one, I've accepted an offer elsewhere.",
]
DENIED_STOPS = [
    "Why don't you take me off your list?",
    "If you don't remove me from your list I'll report you.",
    "Don't take me off the SMS list, but delete my work email from your system.",
    "Bitte nicht mehr anrufen und streichen Sie mich aus Ihrer Liste.",
    "Ne me désabonnez pas de la newsletter, mais ne m'appelez plus jamais.",
    "No hace falta que me quites de tu lista y borra mis datos.",
    "Je hoeft me niet af te melden, maar bel me nooit meer.",
    "Nem pense em me ligar de novo. Me tira da lista.",
]


@pytest.mark.parametrize("text", DENIED_NOT_STOPS)
def test_a_removal_denied_is_no_opt_out(text: str) -> None:
    assert not _is_stop(text)


@pytest.mark.parametrize("text", DENIED_STOPS)
def test_a_removal_denied_beside_a_stop_is_one(text: str) -> None:
    assert _is_stop(text)


# An earlier stop taken back, quoted, or sent by someone else of theirs: the reply takes the label
# of what it asks now, a yes or a no.
TAKEN_BACK_NOT_STOPS = [
    "Ignore the 'leave me alone' I sent yesterday, it was for a different recruiter. Call me!",
    "Vergessen Sie mein „bitte löschen“ von gestern, das war für einen Newsletter. Klingt gut!",
    "Ne tenez pas compte du lien de désinscription que j'ai cliqué, erreur. Ça m'intéresse.",
    "Olvida el «dame de baja» de ayer, iba para otra empresa. ¿Hablamos el lunes?",
    "Dat 'afmelden' van vanochtend was mijn zoon op mijn telefoon. Nee, geen interesse verder.",
    "Aquele 'PARE' de ontem foi minha filha brincando no celular. Tenho interesse, sim!",
]
TAKEN_BACK_STOPS = [
    "My 'leave me alone' yesterday was meant for you, not anyone else. Don't call me again.",
    "Mein „bitte löschen“ war ernst gemeint und für Sie. Löschen Sie meine Daten.",
    "Je maintiens mon « désinscrivez-moi » : il vous était destiné. Supprimez mon adresse.",
    "El «dame de baja» iba en serio y para ti, no para otra empresa. No me escribas más.",
    "Die 'afmelden' was echt voor jullie bedoeld. Haal me uit jullie bestand.",
    "Aquele 'PARE' era pra vcs sim, não era pra outra empresa. Não me mande mais nada.",
]


@pytest.mark.parametrize("text", TAKEN_BACK_NOT_STOPS)
def test_a_stop_taken_back_is_no_opt_out(text: str) -> None:
    assert not _is_stop(text)


@pytest.mark.parametrize("text", TAKEN_BACK_STOPS)
def test_a_stop_maintained_is_one(text: str) -> None:
    assert _is_stop(text)


# A stop under a condition that does not hold, a habit with others, a stop nearly asked, the way
# out seen and left alone (`stops_unsaid`).
UNSAID_NOT_STOPS = [
    "If this had been another agency spam I'd have unsubscribed, but this role fits. Call me.",
    "I nearly clicked unsubscribe, then saw it's remote. Tell me more!",
    "Wäre das wieder so eine Massenmail gewesen, hätte ich mich abgemeldet. Aber das passt!",
    "Fast hätte ich auf „Abmelden“ geklickt, dann sah ich das Gehalt. Wann telefonieren wir?",
    "Si c'était encore de la prospection, je vous aurais demandé de me désinscrire, mais ce poste "
    "m'intéresse.",
    "J'ai bien vu le lien de désinscription, mais je n'en ai pas besoin : rappelez-moi en mai.",
    "Si fuera otra oferta de ventas te habría pedido que me dieras de baja, pero esta me encaja.",
    "Con la mayoría de reclutadores pido la baja directamente, pero contigo hablo encantada.",
    "Als dit weer een massamail was, had ik me afgemeld. Maar dit klinkt goed, bel me.",
    "Ik ga geen STOP sturen hoor, verkeerd nummer, ik ken geen Sanne.",
    "Se fosse mais uma consultora, pedia para me tirar da lista. Mas tenho interesse!",
    "Vi o link de descadastrar e nem cliquei: no mês que vem a gente conversa.",
]
UNSAID_STOPS = [
    "If you write again I'll report you. Unsubscribe me now.",
    "I wanted to unsubscribe. Please remove me.",
    "Wenn Sie nochmal schreiben, melde ich Sie. Löschen Sie meine Daten.",
    "Votre lien de désinscription ne marche pas : retirez-moi de la liste.",
    "El enlace de baja no funciona. Dame de baja tú, por favor.",
    "Ik heb op 'afmelden' geklikt maar het werkt niet. Haal me uit jullie bestand.",
    "O link de descadastrar não funciona, me tira da lista.",
    "I nearly unsubscribed but the link is broken, can you do it for me?",
]


@pytest.mark.parametrize("text", UNSAID_NOT_STOPS)
def test_a_stop_not_asked_after_all_is_no_opt_out(text: str) -> None:
    assert not _is_stop(text)


@pytest.mark.parametrize("text", UNSAID_STOPS)
def test_a_stop_asked_beside_its_way_out_is_one(text: str) -> None:
    assert _is_stop(text)


# Contact put off to a time (a date in a clause of its own, a quarter, the next weeks), kept to
# the day's hours, or stopped for now in a reply that welcomes us back later: not_now.
PUT_OFF_NOT_STOPS = [
    "Please no more messages for now, we're launching. After the summer you're welcome to write.",
    "No calls during the day please, I'm in surgery. Evenings are fine.",
    "Bis zum 15.10. bitte keine Angebote mehr, danach gern wieder.",
    "Jetzt grad bitte keine Nachrichten. In ein paar Wochen gern wieder melden.",
    "Pour l'instant, plus de messages s'il vous plaît ; après l'été, avec plaisir.",
    "Hasta que termine el tercer trimestre no me escribas, por favor.",
    "Hoy no me escribas más, porfa. El viernes sí, vuelve a escribirme.",
    "No me escribas antes de mediados de abril, que estoy de entregas.",
    "Deze maand graag even geen berichten meer. Volgende maand plannen we graag iets in.",
    "Até 12 de outubro não me mandem nada; depois disso, falamos.",
    "Nas próximas 3 semanas peço que não me liguem, depois conversamos.",
    "Até maio, nada de mensagem, combinado? Aí você me procura.",
]
PUT_OFF_STOPS = [
    "Please no more messages for now, and not after the summer either.",
    "Jetzt grad bitte keine Nachrichten, auch nicht in ein paar Wochen.",
    "Bis zum 15.10. bin ich im Urlaub. Bitte keine Anrufe mehr, nie wieder.",
    "Hoy no me escribas más, ni el viernes ni nunca.",
    "Deze maand lukt het niet en volgende maand ook niet. Geen berichten meer aub.",
    "Até maio estou ocupado. Me tira da sua lista até março.",
    "Ya encontré trabajo y entré el lunes. Ya no me manden vacantes, gracias.",
    "Er arbeitet nachts und schläft tagsüber. Bitte keine Anrufe mehr auf sein Handy.",
]


@pytest.mark.parametrize("text", PUT_OFF_NOT_STOPS)
def test_contact_put_off_is_no_opt_out(text: str) -> None:
    assert not _is_stop(text)


@pytest.mark.parametrize("text", PUT_OFF_STOPS)
def test_a_stop_beside_a_time_is_one(text: str) -> None:
    assert _is_stop(text)


# Stop words about something else: a waiting list left for the real one, their firm's own
# disclaimer, someone else to unsubscribe themselves, "not in the sense of", one role's candidates,
# no need to delete.
ABOUT_ELSE_NOT_STOPS = [
    "Take me off the waitlist and put me on the real list for Thursday's session!",
    "Haal me van de wachtlijst en zet me op de deelnemerslijst voor vrijdag.",
    "Sí, me interesa. ¿El lunes a las 10?\n\nSi no desea recibir más comunicaciones de Acme "
    "S.L., escriba a baja@acme.example. Si lo ha recibido por error, le rogamos que lo elimine.",
    "Yes, keen! Call me Monday.\n\nIf you received this in error, please delete it and notify "
    "the sender.",
    "Wrong number, no Carla here. If you find her, tell her to unsubscribe from all those sites.",
    "Falsche Nummer. Sagen Sie ihr, sie soll sich bei den Jobportalen abmelden 😄",
    "Nein danke. Nein im Sinne von: diese Stelle nicht, nicht im Sinne von: nie wieder schreiben.",
    "Merci, mais vous pouvez retirer mon nom de la liste des candidats pour ce poste.",
    "Keine Sorge, Sie müssen jetzt nicht meine Adresse löschen, ich bin nur die Falsche.",
]
ABOUT_ELSE_STOPS = [
    "Take me off your list and stop texting me.",
    "Haal me van jullie lijst, ik wil geen berichten meer.",
    "Si no desea recibir más comunicaciones, escriba a baja@acme.example. Y no me escribas más.",
    "Tell her to unsubscribe. And you, stop writing to this number.",
    "Nicht im Sinne von: diese Stelle nicht. Im Sinne von: bitte löschen Sie meine Daten.",
    "Merci de retirer mon nom de votre liste et de ne plus me contacter.",
    "Sie müssen meine Adresse löschen, sofort.",
]


@pytest.mark.parametrize("text", ABOUT_ELSE_NOT_STOPS)
def test_stop_words_about_something_else_are_no_opt_out(text: str) -> None:
    assert not _is_stop(text)


@pytest.mark.parametrize("text", ABOUT_ELSE_STOPS)
def test_a_stop_beside_them_is_one(text: str) -> None:
    assert _is_stop(text)


# Older waves' kinds (session 34): a stop put off with "refrain"/"absehen", for now and open again
# later; a removal denied in more words; an unsubscribe left for later; an objection taken back.
OLDER_NOT_STOPS = [
    "Kindly refrain from contacting me until September; I will be glad to talk then.",
    "Bitte sehen Sie bis Ende April von weiteren Anfragen ab. Danach können wir gern sprechen.",
    "Abmelden kann ich mich ja immer noch. Was zahlt die Stelle?",
    "Ik wil op dit moment liever niet benaderd worden, maar probeer het gerust over een half jaar.",
    "Ya no me manden correos este mes, que ando de mudanza. A partir de abril, con gusto.",
    "Não me mandem nada essa semana, tô viajando. Semana que vem a gente conversa.",
    "Não tenho interesse nessa, mas não me descadastra não, quero ver as próximas.",
    "Don't opt me out, I like getting these. Just not this role.",
    "Please disregard my earlier objection under Article 21 GDPR; I'd like to hear more.",
    "Je peux toujours me désinscrire plus tard. Quel est le salaire ?",
]
OLDER_STOPS = [
    "Kindly refrain from contacting me, now or ever.",
    "Bitte sehen Sie künftig von weiteren Anfragen ab.",
    "Le pediría que a partir de ahora se olvide de mi dirección, eso sí.",
    "Não me mandem nada essa semana nem depois. Me tira da lista.",
    "Ik maak bezwaar tegen de verwerking van mijn gegevens. Verwijder ze.",
    "Opt me out, please.",
]


@pytest.mark.parametrize("text", OLDER_NOT_STOPS)
def test_older_kinds_are_no_opt_out(text: str) -> None:
    assert not _is_stop(text)


@pytest.mark.parametrize("text", OLDER_STOPS)
def test_older_kinds_beside_a_stop_are_one(text: str) -> None:
    assert _is_stop(text)
