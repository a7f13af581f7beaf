"""Session 33's change as session 34's review found it: stops it dropped, honest replies it took
for stops, and patterns that scanned a hostile reply super-linearly. Each case failed (or hung)
before its mend; beside them, the replies the rules were written for.

Writing again to someone who asked us to stop is the worst harm the product can do; so is a
worker hung on a reply, which stops every reply behind it.
"""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2026, 3, 2)


def _label(text: str, channel: str = "email") -> Label:
    return read_reply(text, RECEIVED, channel=channel).label


# 3.1 A stop followed by a dotted line: "stops_taken_back._JOKED" read a run of dots in
# exponentially many ways (1.8 s at 36 dots, 102 s at 44). These would not finish before.
DOTTED_STOPS = [
    ("Please stop emailing me" + "." * 60, "sms"),
    ("Please stop emailing me" + "." * 60, "email"),
    ("stop " + "… " * 30, "sms"),
    ("Remove me from your list " + "…" * 30, "email"),
    ("Bitte abmelden" + " ." * 40 + "." * 60, "email"),
    ("Désinscrivez-moi" + "." * 80 + "\nJean", "email"),
    ("Dame de baja" + "...." * 20, "sms"),
    ("Quero sair da lista" + "..…" * 20, "sms"),
    ("Verwijder mij" + "." * 70 + " x", "email"),
]


@pytest.mark.parametrize(("text", "channel"), DOTTED_STOPS)
def test_a_stop_before_a_dotted_line_is_read(text: str, channel: str) -> None:
    assert _label(text, channel) is Label.OPT_OUT


# The jokes a dotted stretch may still carry.
DOTTED_JOKES = [
    "remove me from your list...... jk 😂 tell me more",
    "Löschen Sie mich…… Spaß 😄 erzählen Sie mehr",
]


@pytest.mark.parametrize("text", DOTTED_JOKES)
def test_a_stop_joked_after_dots_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


# 3.x "opt_outs._QUESTION_ABOUT_THEIR_DATA" scanned a long question holding a keep word
# cubically (67 s at 4,000 characters); now one pass a question.
def test_a_long_question_about_keeping_is_read() -> None:
    assert _label(("do you keep my cv " * 300)[:4000] + "?") is Label.QUESTION


QUESTIONS_ABOUT_THEIR_DATA = [
    "Do you keep my CV on file or delete it after the process?",
    "Vous conservez mon CV ou vous le supprimez ensuite ?",
    "Bewaren jullie mijn cv of verwijderen jullie het?",
]


@pytest.mark.parametrize("text", QUESTIONS_ABOUT_THEIR_DATA)
def test_a_question_about_keeping_their_data_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


DELETIONS_BESIDE_A_QUESTION = [
    "Please delete my data. Do you keep copies anywhere?",
    "Löschen Sie meine Daten. Speichern Sie noch etwas?",
    "Borren mis datos, por favor. ¿Guardan algo más?",
    "Supprimez mes données. Vous gardez une copie ?",
    "Verwijder mijn gegevens. Bewaren jullie nog iets?",
    "Apaguem meus dados. Vocês guardam cópias?",
]


@pytest.mark.parametrize("text", DELETIONS_BESIDE_A_QUESTION)
def test_a_deletion_beside_a_question_about_keeping_is_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


# 1.1 "access_requests._NOT_OBJECTING" took the rest of the clause out with the denial, and the
# stop after "but" with it.
STOPS_AFTER_NO_OBJECTION = [
    "I have no objection to the role itself but please stop contacting me.",
    "No objection from me but unsubscribe me now.",
    "I don't object to recruiters in general but remove me from your list",
    "I don't want the deletion to take weeks so please delete my data and stop emailing me today",
    "Je n'ai rien contre votre entreprise mais ne me contactez plus jamais.",
    "Je ne m'oppose pas à ce que vous gardiez mon CV mais ne m'envoyez plus d'offres.",
    "Ich habe nichts dagegen dass Sie anrufen aber hören Sie auf mir zu schreiben",
    "Ich habe keine Einwände gegen Ihre Firma aber bitte keine Mails mehr.",
    "Nada contra a empresa mas parem de me mandar mensagens",
    "Não me oponho à empresa mas não me liguem mais.",
    "Nada en contra de ustedes pero dejen de escribirme",
    "No me opongo a nada pero no me escriban más",
    "Ik maak geen bezwaar tegen de functie maar stop met mailen",
    "Geen bezwaar tegen de vacature maar haal me van de lijst.",
]


@pytest.mark.parametrize("text", STOPS_AFTER_NO_OBJECTION)
def test_a_stop_after_no_objection_is_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


NO_OBJECTION_ONLY = [
    "I have no objection to you keeping my data under GDPR, just tell me more about the role.",
    "Ik maak geen bezwaar tegen het gebruik van mijn gegevens volgens de AVG. Wat is het salaris?",
    "Não me oponho a que mantenham meus dados conforme a LGPD. Qual é o salário?",
    "No quiero la eliminación de mis datos según el RGPD, me interesa el puesto.",
]


@pytest.mark.parametrize("text", NO_OBJECTION_ONLY)
def test_no_objection_alone_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


# 2.1 "addresses_stopped": "no" was an address, and "to my email, nothing more" a stop after any
# verb ("send the details to my email, nothing more needed").
NOTHING_MORE_NO_STOP = [
    "Send the details to my email, nothing more needed. Interested!",
    "Send the details to my email, nothing more. Interested!",
    "I replied to your email, nothing more to say: I'm interested, call me.",
    "Sorry to say no, nothing more to add. Good luck with the search.",
    "Nada más a añadir a mi correo anterior, ¿cuándo hablamos?",
    "Le dije a mi jefe que no, nada más. Me interesa el puesto.",
    "Stuur het naar mijn e-mailadres, niets meer. Klinkt goed!",
]


@pytest.mark.parametrize("text", NOTHING_MORE_NO_STOP)
def test_nothing_more_said_of_a_message_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


NOTHING_MORE_TO_AN_ADDRESS = [
    "From now on, nothing to my office inbox please. If you need me, it's priya@example.com",
    "Nothing more to my work email please, use my gmail.",
    "al correo de la oficina ya nada más, escríbeme al personal",
    "bitte nix mehr an diese Adresse hier, lieber an privat@example.de",
    "Niets meer naar dit adres graag, mail me privé.",
    "Nada mais para este e-mail por favor, use o pessoal.",
    "Please take that number off your list; email me instead",
]


@pytest.mark.parametrize("text", NOTHING_MORE_TO_AN_ADDRESS)
def test_nothing_more_to_an_address_is_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


# 2.2 "mailings_refused": a "no thanks" to the role beside the mailing it was seen in, a wish
# not to miss the alerts, news of none come, and "take" of anything.
MAILINGS_NOT_REFUSED = [
    "I saw the role in your weekly newsletter but no thanks, not for me.",
    "Saw it in the job alert, no thanks.",
    "I don't want to miss job alerts, please keep me subscribed.",
    "Nunca mais recebi o boletim semanal, podem me adicionar de novo?",
    "Sem boletim há semanas, vocês pararam de enviar?",
    "I take most ideas from your newsletter, keep it coming! Interested in the role.",
    "Ich will keine Jobalerts verpassen, bitte lassen Sie mich drin.",
    "Je l'ai vu dans votre newsletter, non merci.",
    "Lo vi en el boletín semanal, no gracias.",
]


@pytest.mark.parametrize("text", MAILINGS_NOT_REFUSED)
def test_a_mailing_only_named_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


# "Geen nieuwsbrief nodig" refuses the mailing (the module's own case): still a stop.
MAILINGS_REFUSED = [
    "Geen nieuwsbrief nodig, de functie klinkt goed, bel me.",
    "The weekly digest? No thanks.",
    "Weekmail? Nee dank je, wel interesse in de functie.",
    "Rundmail? Ohne mich.",
    "não quero mais aquele boletim semanal de vagas, me tira dele",
    "Sin envíos semanales, gracias",
    "Take me off the newsletter please, but the role sounds good.",
    "Je ne veux plus de la newsletter, mais le poste m'intéresse.",
]


@pytest.mark.parametrize("text", MAILINGS_REFUSED)
def test_a_mailing_refused_is_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


# 2.3 "removals_not_asked._DEMANDED" took "exigences", "eisen", "in order to" and "I insist you
# keep me posted" for a demand made.
REMOVALS_NOT_ASKED_NOR_DEMANDED = [
    "Je ne vous demande pas de me désinscrire, juste les exigences du poste.",
    "No les pido que me den de baja, solo las exigencias del puesto, por favor.",
    "Uitschrijven hoeft niet hoor, welke eisen stellen jullie?",
    "I'm not asking you to remove me, just in order to plan: when is the interview?",
    "I'm not asking you to unsubscribe me, I insist you keep me posted!",
    "Ich bitte nicht um Abmeldung, ich verlange nur mehr Infos zum Gehalt.",
]


@pytest.mark.parametrize("text", REMOVALS_NOT_ASKED_NOR_DEMANDED)
def test_a_removal_not_asked_beside_a_requirement_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


REMOVALS_DEMANDED = [
    "I'm not asking you to remove me, I'm demanding it.",
    "I'm not asking you to remove me, I demand it.",
    "Je ne vous demande pas de me désinscrire, je l'exige.",
    "No les pido que me den de baja, se lo exijo.",
    "Não estou pedindo para me descadastrar, eu exijo.",
]


@pytest.mark.parametrize("text", REMOVALS_DEMANDED)
def test_a_removal_demanded_is_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


# 1.2 "stops_taken_back._ASKED_ABOUT": "unsubscribe how?" asks the way out, and an answer after
# the echo ("Von allen euren Listen!", "your whole database") keeps the stop.
STOPS_ASKED_HOW_OR_ANSWERED = [
    ("Want to unsubscribe how?", "email"),
    ("unsubscribe how?", "sms"),
    ("Je veux me désinscrire comment ?", "email"),
    ("Quiero darme de baja cómo?", "email"),
    ("Quero descadastrar como?", "email"),
    ("Ich will mich abmelden wie?", "email"),
    ("Afmelden hoe?", "sms"),
    ("Abmelden von was? Von allen euren Listen!", "email"),
    ("Désinscription de quoi ? De toutes vos listes, évidemment.", "email"),
    ("Afmelden voor wat? Voor alle mails van jullie.", "email"),
    ("Unsubscribe from what? Your whole database, obviously.", "email"),
    ("¿Darme de baja de qué? De todas sus listas.", "email"),
    ("Descadastrar de quê? Da base inteira de vocês.", "email"),
]


@pytest.mark.parametrize(("text", "channel"), STOPS_ASKED_HOW_OR_ANSWERED)
def test_a_stop_asked_how_or_answered_is_a_stop(text: str, channel: str) -> None:
    assert _label(text, channel) is Label.OPT_OUT


STOPS_ECHOED = [
    "Abmelden von was genau? Ich habe mich nie angemeldet. Was ist das für eine Stelle?",
    "désinscription de quoi ? je ne suis inscrit nulle part, c'est quoi ce poste ?",
    "¿darme de baja de qué? no estoy suscrito a nada, ¿qué puesto es?",
    "afmelden voor wat precies? ik sta nergens ingeschreven, wat is de functie?",
    "descadastrar de quê? nunca me cadastrei, qual é a vaga?",
    "abmelden wie? will eigtl nur die sms auf whatsapp umstellen, geht das?",
    "unsubscribe how? I only want fewer emails, not none",
    "afmelden hoe? ik wil alleen minder vaak mails, kan dat?",
]


@pytest.mark.parametrize("text", STOPS_ECHOED)
def test_a_stop_echoed_as_a_question_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


# 1.3 "stop_notices": calls refused for good, or to this number, beside a way welcomed are a
# stop; a plain "calls: no thanks" beside one stays a preference.
CALLS_REFUSED_FOR_GOOD = [
    "Calls: no, never again. Email: yes please.",
    "Llamadas: no, nunca más a este número. Correo: sí.",
    "Anrufe: nein, nie wieder. Mail: gerne!",
    "Appels : non, plus jamais sur ce numéro. Mail : oui !",
    "Bellen: nee, nooit meer op dit nummer. Mailen: graag!",
    "Ligações: não, nunca mais neste número. Email: sim.",
]


@pytest.mark.parametrize("text", CALLS_REFUSED_FOR_GOOD)
def test_calls_refused_for_good_beside_a_way_welcomed_are_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


CALLS_NOT_WANTED = [
    "Calls: no thanks. Email: yes please!",
    "Bellen: nee dank je. Mailen: graag!",
    "- no calls, only WhatsApp",
    "- sin llamadas, solo WhatsApp",
    "Anrufe: nein danke. Mail: gerne!",
    "Appels : non merci. Mail : oui !",
    "Ligações: não, obrigado. Email: sim.",
]


@pytest.mark.parametrize("text", CALLS_NOT_WANTED)
def test_calls_not_wanted_beside_a_way_welcomed_are_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


# 1.4 "complaints": "no me interesa" counted as something said of themselves, and "e não" ("and
# not") or "is no joke" as a no, excused a complaint; es/pt now read as en/fr/de/nl do.
COMPLAINTS_STILL_STOPS = [
    "¿Cuántas veces tengo que decirlo? No me interesa. Esto es spam.",
    "¿Cuántas veces tengo que decirlo? No me interesa.",
    "Quantas vezes preciso dizer? Não me interessa.",
    "Quinta mensagem esta semana e não me inscrevi em nada.",
    "Terceiro e-mail esta semana e não autorizei nada disso.",
    "Fifth email this week. This is no joke.",
    "How many times do I have to say it? The answer is no!",
    "How many times do I have to say it? I'm not interested.",
]


@pytest.mark.parametrize("text", COMPLAINTS_STILL_STOPS)
def test_a_complaint_beside_a_feeling_or_an_and_not_is_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


COUNTED_BESIDE_A_NO = [
    "¿Cuántas veces tengo que decirlo? No me interesa cambiar de trabajo. Tercer correo esta "
    "semana, que conste.",
    "Third email this week. Not interested.",
    "quarta mensagem essa semana, então vou ser direto: não tenho interesse",
    "Dritte Mail diese Woche. Die Antwort ist nein.",
    "Tercer correo esta semana. La respuesta es no.",
]


@pytest.mark.parametrize("text", COUNTED_BESIDE_A_NO)
def test_a_count_beside_a_plain_no_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


# 1.8 "stop_for_good": us named earlier in the sentence and pointed back to ("done with it for
# good") ends contact for good; contracting ended for good does not.
ENDED_FOR_GOOD_POINTED_BACK = [
    "All these recruiter messages landing in my inbox every single day, honestly I'm done with "
    "it for good.",
    "Tous ces messages de recruteurs chaque jour dans ma boîte, "
    "franchement j'arrête ça pour de bon.",
    "Todos esos mensajes de reclutadores cada día en mi bandeja, "
    "sinceramente lo dejo para siempre.",
    "Todas essas mensagens de recrutadores todo dia na minha caixa, "
    "sinceramente acabou isso de vez.",
    "Al die berichten van recruiters elke dag in mijn inbox, "
    "eerlijk gezegd stop ik er voorgoed mee.",
]


@pytest.mark.parametrize("text", ENDED_FOR_GOOD_POINTED_BACK)
def test_our_messages_ended_for_good_are_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


OTHER_THINGS_ENDED_FOR_GOOD = [
    "I'm done with contracting for good, so a permanent role here sounds great",
    "All these contracting gigs every single year, honestly I'm done with it for good. A "
    "permanent role sounds great.",
]


@pytest.mark.parametrize("text", OTHER_THINGS_ENDED_FOR_GOOD)
def test_something_else_ended_for_good_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


# 1.5 "complaints_excused": a complaint that calls us spam or reports us is not excused by a
# company judged well nor by a mix-up; one let go of for a role that sounds good still is.
COMPLAINTS_REPORTED = [
    "I never signed up for this. Your company seems great, but this is spam and I'm reporting it.",
    "Ich habe mich nie angemeldet, das ist Spam. Sie verwechseln mich wohl.",
    "Je ne me suis jamais inscrit, c'est du spam, je vous signale.",
    "Nunca me suscribí, esto es spam y lo denuncio.",
    "Nunca me cadastrei, isso é spam e vou denunciar.",
    "Ik heb me nooit aangemeld, dit is spam en ik meld het.",
]


@pytest.mark.parametrize("text", COMPLAINTS_REPORTED)
def test_a_complaint_called_spam_is_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


COMPLAINTS_LET_GO = [
    "Third email this week, but never mind, the role sounds good. When can we talk?",
    "Vierde mail deze week! De functie bij jullie zelf interesseert me nog steeds.",
    "Troisième mail cette semaine, mais bon : le poste a l'air bien.",
    "I never signed up, you must have mixed me up with someone else. What's the role though?",
]


@pytest.mark.parametrize("text", COMPLAINTS_LET_GO)
def test_a_complaint_let_go_of_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


NOT_REPORTED = [
    "número errado, aqui nunca teve Fernanda. relaxa que não vou denunciar como spam, só tô "
    "avisando",
    "Wrong number, no Fernanda here. Don't worry, I won't report it as spam, just letting you know",
]


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_a_report_said_not_to_be_made_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


# 2.4 "stops_taken_back._ANSWERED_NO": a stop answered no and then said not to be done ("No,
# please don't remove me") asks nothing to stop; a stronger stop after the no still does.
STOPS_ANSWERED_NO_AND_NOT_DONE = [
    "Unsubscribe? No, please don't remove me, I like the updates.",
    "Descadastrar? Não, não me tire da lista, quero continuar recebendo.",
    "Abmelden? Nein, bitte nicht löschen, ich lese gerne mit.",
    "Désinscription ? Non, ne me retirez pas, j'aime bien vos offres.",
    "¿Darme de baja? No, no me borres, me gustan las ofertas.",
    "Afmelden? Nee, niet verwijderen, ik lees ze graag.",
]


@pytest.mark.parametrize("text", STOPS_ANSWERED_NO_AND_NOT_DONE)
def test_a_stop_answered_no_and_not_to_be_done_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


STOPS_ANSWERED_NO_BY_A_STRONGER_ONE = [
    "Stop? No, REMOVE me",
    "Abmelden? Nein, löschen Sie alle meine Daten!",
]


@pytest.mark.parametrize("text", STOPS_ANSWERED_NO_BY_A_STRONGER_ONE)
def test_a_stop_answered_by_a_stronger_one_is_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


# 1.6 and 1.7 "stops_taken_back._JOKED": "lol no I'm just kidding" and "no mentira" take a stop
# back, and so does a joke that opens the next sentence ("Unsubscribe me. Just kidding, tell me
# more."; the README: a stop taken back takes the label of what is asked now). A joke denied, or
# a stop said again after the joke, stays a stop.
STOPS_TAKEN_BACK = [
    "remove me lol no I'm just kidding, when can we talk?",
    "bórrame de la lista jaja no mentira, me interesa",
    "Unsubscribe me. Just kidding, tell me more.",
    "Désinscrivez-moi. Je rigole, envoyez la fiche.",
    "Abmelden. Spaß, erzählen Sie mehr.",
    "Uitschrijven. Grapje! Wanneer bellen we?",
    "Me tira da lista. Brincadeira, manda a vaga.",
    "Dame de baja. Es broma, ¿cuánto pagan?",
]


@pytest.mark.parametrize("text", STOPS_TAKEN_BACK)
def test_a_stop_taken_back_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


STOPS_NOT_TAKEN_BACK = [
    "Stop emailing me. I'm not kidding.",
    "Bórrame de la lista, no es broma.",
    "Bórrame de la lista, no es mentira.",
    "Remove me from your list, no kidding, this is the third time.",
    "Unsubscribe me. Seriously. Not kidding.",
    "stop texting me. jk. no seriously, stop",
    "Löschen Sie meine Daten, kein Spaß!",
    "Verwijder me, echt geen grapje.",
    "Me tira da lista, não é brincadeira.",
]


@pytest.mark.parametrize("text", STOPS_NOT_TAKEN_BACK)
def test_a_stop_not_taken_back_is_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


# 3.y "not_requests._FROM_ANOTHER_SENDER" scanned a long line of stop words cubically once the
# reply named another agency and an interest (13 s at 1,000 characters); now one pass a sentence.
def test_a_long_line_of_stop_words_beside_another_agency_is_read() -> None:
    text = "I'm interested. Another agency called. " + ("unsubscribe " * 340)[:4000]
    assert _label(text) is Label.OPT_OUT


LEAVING_ANOTHER_SENDER = [
    "vous pouvez me désabonner de l'autre cabinet, mais pas de vous, le poste m'intéresse",
    "I unsubscribed from another agency's list, but I'm interested in this role",
    "acabei de cancelar a inscrição numa outra consultoria, tenho interesse na vaga",
    "Ich habe mich bei einer anderen Agentur abgemeldet, aber Ihre Stelle interessiert mich",
]


@pytest.mark.parametrize("text", LEAVING_ANOTHER_SENDER)
def test_leaving_another_sender_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT
