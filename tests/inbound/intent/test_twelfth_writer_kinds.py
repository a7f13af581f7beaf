"""Kinds of reply found in the train part of a twelfth writer's batch (session 30, "new writer
s30") that were read as something else, written here in other words and the six languages, so
that a rule is held to the kind and not to the corpus's sentence: a question prefaced by "before
you remove me"; a removal denied beside a yes; a question with no question mark (dictated, or
texted) and "tell me whether it is remote"; their notice period followed by "is that a
problem?"; a term "asked" in delight and answered with their own yes; a message that "came at
a good time"; "the answer is still no"; "not interested" in Portuguese and Spanish; a relative
or friend who is looking, with their number; "closed with <company>"; leave typed by hand with
"text me then". Beside each, replies that use the same words and must stay what they are."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2030, 3, 2)

# "Before you remove me …: <a question>": a question, not a request to be removed.
BEFORE_YOU_REMOVE_ME = [
    "Before you take me off your list for never answering: is the role still open? What's the "
    "salary?",
    "Bevor Sie mich austragen, weil ich nie antworte: Gibt es die Stelle noch? Wie hoch ist das "
    "Gehalt?",
    "Avant que vous me retiriez de votre liste faute de réponse : le poste est-il toujours "
    "ouvert ? Quel est le salaire ?",
    "Antes de que me borréis de la lista: ¿el puesto sigue abierto? ¿Es remoto?",
    "Voordat jullie me van de lijst halen: is de functie nog vrij? Wat is het salaris?",
    "Antes que você me tire da lista por não responder: a vaga ainda está aberta? Qual é o "
    "salário?",
]
# ...while a removal asked for, before or after "before", stays one.
BEFORE_THAT_STILL_STOPS = [
    "Before you send me another one: remove me from your list.",
    "Remove me from your list before you send the next one.",
    "Bevor Sie mir noch eine Mail schicken: Tragen Sie mich bitte aus.",
    "Antes de que me escribas otra vez: dame de baja.",
    "Before you remove me, is the role remote? Either way, please remove me afterwards.",
    "Avant de m'écrire encore une fois : retirez-moi de votre liste, s'il vous plaît.",
]

# A removal denied beside a yes: they want to stay.
DENIED_REMOVAL_WITH_A_YES = [
    "please don't remove me from the list, sorry for the silence, I'm interested, call me tomorrow",
    "Nehmen Sie mich bitte nicht aus dem Verteiler, ich bin interessiert! Rufen Sie mich an.",
    "Ne me retirez pas de la liste, je suis intéressé ! Appelez-moi demain.",
    "No me borres de la lista, ¡me interesa! Llámame mañana.",
    "Haal me niet van de lijst, ik ben geïnteresseerd! Bel me morgen.",
    "Não me tire da lista, tenho interesse! Me liga amanhã.",
]
# ...but "why don't you remove me", "if you don't remove me" are complaints: stops.
REMOVAL_NOT_DONE_COMPLAINED_OF = [
    "Why don't you take me off the list? I asked twice.",
    "If you don't remove me from your list I'll report you.",
    "Warum nehmen Sie mich nicht aus dem Verteiler? Ich habe zweimal gefragt.",
    "¿Por qué no me borran de la lista? Ya lo pedí.",
    "Pourquoi ne me retirez-vous pas de votre liste ?",
    "Waarom halen jullie me niet van de lijst?",
    "Vocês não me tiram da lista? Já pedi duas vezes.",
    "Don't take me off the SMS list, I'm interested, but delete my work email from your system.",
]

# A question about the job's terms without a question mark (texted, dictated), or put as
# "tell me whether it is remote and how much it pays".
QUESTIONS_WITHOUT_A_MARK = [
    "sounds cool. is it remote or do i have to move to berlin",
    "interested but how much does it pay",
    "klingt gut. ist das remote oder muss ich nach München ziehen",
    "ça m'intéresse mais dis-moi si c'est en télétravail et combien ça paie",
    "me interesa pero dime si es remoto y cuánto pagan",
    "klinkt goed maar laat me weten of het remote is en wat het salaris is",
    "tenho interesse mas me diz se é remoto e quanto paga",
]
# ...while asking only when or how to talk is a yes.
ASKS_ONLY_WHEN_TO_TALK = [
    "sounds cool. let me know if tuesday works for a call",
    "me interesa, dime cuándo puedes llamar",
    "dime si te va bien el martes para hablar, me interesa",
    "tenho interesse, me diz se amanhã às 10 funciona pra conversar",
    "klingt gut, sag mir wann wir telefonieren können",
    "ça m'intéresse, dis-moi quand on peut s'appeler",
]

# Their constraint, then "would that be a problem?": a question before deciding.
IS_THAT_A_PROBLEM = [
    "Sounds good. My notice period is three months though. Would that be a problem?",
    "Klingt gut. Ich habe allerdings drei Monate Kündigungsfrist. Wäre das ein Problem?",
    "Ça m'intéresse. Mon préavis est de trois mois. Est-ce que ça pose problème ?",
    "Me interesa. Tengo un preaviso de dos meses. ¿Sería un problema?",
    "Klinkt goed. Mijn opzegtermijn is twee maanden. Is dat een probleem?",
    "Tenho interesse. Meu aviso prévio é de 30 dias. Isso seria um problema?",
    "Interested, but I can only do part-time, four days a week. Is that an issue?",
]
# ...not when they say it is none, or the "problem" is a time for the call.
NO_PROBLEM = [
    "My notice period is only two weeks, so no problem at all. Let's talk!",
    "Klingt gut, die Kündigungsfrist ist kein Problem. Wann telefonieren wir?",
    "Yes, interested. Would Tuesday at 10 be a problem for a call?",
    "Tenho interesse! O aviso prévio não é problema. Quando conversamos?",
]

# A term "asked" in delight, answered by their own yes.
DELIGHTED_YES = [
    "Wait, a fully remote role?! Yes. Call me after 6",
    "Moment, eine Remote-Stelle?! Ja! Rufen Sie mich an.",
    "Sérieux, un poste en télétravail ?! Oui ! Appelez-moi.",
    "¿¡Un puesto en remoto!? ¡Sí! Llámame.",
    "Serieus, een remote functie?! Ja! Bel me.",
    "Sério, uma vaga remota?! Sim! Me liga.",
]
# ...while a real question stays one.
STILL_ASKED = [
    "A remote role? Is it really fully remote or hybrid?",
    "Remote?? What's the salary though?",
    "Eine Remote-Stelle?! Wie hoch ist das Gehalt?",
]

# A message that came at a good time: a yes, not a deferral.
GOOD_TIMING = [
    "The timing is right: I'm open to a move. Happy to talk on Tuesday.",
    "Ihre Nachricht kommt zum richtigen Zeitpunkt. Ich bin offen für Neues, gern am "
    "Dienstagvormittag.",
    "Votre message tombe au bon moment. Je suis partant, appelez-moi mardi matin.",
    "Tu mensaje llega en buen momento. Estoy abierto a un cambio, hablemos el martes.",
    "Je bericht komt op een goed moment. Ik sta open voor iets nieuws, bel me dinsdag.",
    "Sua mensagem chegou em boa hora. Estou aberto, vamos conversar terça de manhã.",
]
BAD_TIMING = [
    "Kein guter Zeitpunkt gerade, melden Sie sich im Herbst.",
    "The timing isn't right, maybe next year.",
    "Zum jetzigen Zeitpunkt nicht, vielleicht später.",
]

# "The answer is still no": a no.
STILL_NO = [
    "Third email about the same job. Still no.",
    "My answer is still no.",
    "Dritte Mail zur selben Stelle. Es bleibt beim Nein.",
    "Troisième relance pour le même poste. C'est toujours non.",
    "Tercer correo por la misma vacante. Sigue siendo que no.",
    "Mijn antwoord blijft nee.",
    "Terceiro e-mail sobre a mesma vaga. A resposta continua sendo não.",
]
STILL_NO_LOOKALIKES = [
    ("Still no word on the salary: what's the range?", Label.QUESTION),
    ("It's still no, and stop emailing me.", Label.OPT_OUT),
]

# "Not interested" said plainly.
NOT_INTERESTED = [
    "Obrigada, mas não estou interessada. Estou bem onde estou.",
    "Gracias, pero no estoy interesada. Estoy bien donde estoy.",
    "Thanks, but I'm not interested. Happy where I am.",
    "Danke, aber ich bin nicht interessiert.",
    "Merci, mais je ne suis pas intéressée.",
    "Bedankt, maar ik ben niet geïnteresseerd.",
    "Não estou procurando mas obrigado pelo contato.",
]
INTERESTED = [
    "Estou interessada, sim! Me liga amanhã.",
    "Estoy muy interesada, llámame.",
]

# A relative or friend who is looking, often with their number: a referral.
RELATIVE_WHO_IS_LOOKING = [
    "not me but my sister Jo is looking, her number is 415 555 0199",
    "I'm not looking but my buddy Carl is, he's a data guy. his number is 206 555 0100",
    "Ich suche nicht, aber mein Bruder Jan sucht gerade, seine Nummer ist 0171 2345678.",
    "c pas pour moi mais ma cousine Léa cherche, 06 98 76 54 32",
    "yo no busco pero mi hermano Luis sí, su número es 600 123 456",
    "ik zoek niet maar mijn broer Tim zoekt wel, zijn nummer is 06 12345678",
    "não estou procurando mas minha irmã Ana está, o número dela é 21 99876 5432",
]
NOBODY_POINTED_TO = [
    ("I'm not looking, and neither is my brother.", Label.NOT_INTERESTED),
    ("c pas pour moi, merci", Label.NOT_INTERESTED),
    ("Interested! my number is 512 555 0143, call me", Label.INTERESTED),
]

# "Closed with <company>": accepted elsewhere, though a start month is named.
CLOSED_WITH = [
    "Obrigada! Mas fechei com a Stone semana passada, começo em abril.",
    "Gracias, pero ya cerré con Glovo, empiezo en abril.",
    "Thanks, but I've closed with Monzo, I start in April.",
    "Danke, aber ich habe bei Zalando unterschrieben, Start im April.",
    "Merci, mais j'ai signé chez Doctolib, je commence en avril.",
    "Bedankt, maar ik heb bij Adyen getekend, ik begin in april.",
]
NOT_CLOSED = [
    "Ainda não fechei com ninguém, me escreve em maio.",
    "Todavía no cerré con nadie; escríbeme en mayo.",
]

# Leave typed by a person who asks to be written to then: a deferral, with its date.
LEAVE_WRITE_ME_THEN = [
    (
        "cant talk now, I'm on parental leave till the middle of June, text me then",
        date(2030, 6, 15),
    ),
    ("Bin bis Ende Mai in Elternzeit, schreiben Sie mir danach gern.", date(2030, 6, 1)),
    ("Je suis en congé maternité jusqu'en juin, écrivez-moi à ce moment-là.", date(2030, 6, 1)),
    ("Estoy de permiso por paternidad hasta mayo, escríbeme entonces.", date(2030, 5, 1)),
    ("Ik ben met ouderschapsverlof tot juni, app me dan.", date(2030, 6, 1)),
    # "until May … afterwards" is 1 June, as "after May" is (dates.py, `_AFTER_THAT`).
    ("Estou de licença-paternidade até maio, me manda mensagem depois.", date(2030, 6, 1)),
]


def _label(text: str, channel: str = "email") -> Label:
    return read_reply(text, RECEIVED, channel=channel).label


@pytest.mark.parametrize("channel", ["email", "sms"])
@pytest.mark.parametrize("text", BEFORE_YOU_REMOVE_ME)
def test_a_question_before_you_remove_me_is_a_question(text: str, channel: str) -> None:
    assert _label(text, channel) is Label.QUESTION


@pytest.mark.parametrize("text", BEFORE_THAT_STILL_STOPS + REMOVAL_NOT_DONE_COMPLAINED_OF)
def test_a_removal_asked_for_or_complained_of_stays_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


@pytest.mark.parametrize("channel", ["email", "sms"])
@pytest.mark.parametrize("text", DENIED_REMOVAL_WITH_A_YES)
def test_a_removal_denied_beside_a_yes_is_a_yes(text: str, channel: str) -> None:
    assert _label(text, channel) is Label.INTERESTED


@pytest.mark.parametrize("text", QUESTIONS_WITHOUT_A_MARK + IS_THAT_A_PROBLEM + STILL_ASKED)
def test_a_question_on_the_terms_is_a_question(text: str) -> None:
    assert _label(text, "sms") is Label.QUESTION


@pytest.mark.parametrize("text", ASKS_ONLY_WHEN_TO_TALK + NO_PROBLEM + DELIGHTED_YES + GOOD_TIMING)
def test_a_yes_that_asks_only_when_or_cries_out_is_interested(text: str) -> None:
    assert _label(text) is Label.INTERESTED


@pytest.mark.parametrize("text", BAD_TIMING)
def test_bad_timing_is_not_now(text: str) -> None:
    assert _label(text) is Label.NOT_NOW


@pytest.mark.parametrize("text", STILL_NO + NOT_INTERESTED)
def test_a_no_said_again_or_plainly_is_not_interested(text: str) -> None:
    assert _label(text) is Label.NOT_INTERESTED


@pytest.mark.parametrize(("text", "label"), STILL_NO_LOOKALIKES + NOBODY_POINTED_TO)
def test_the_same_words_keep_their_own_label(text: str, label: Label) -> None:
    assert _label(text) is label


@pytest.mark.parametrize("text", INTERESTED)
def test_interested_in_portuguese_and_spanish_is_a_yes(text: str) -> None:
    assert _label(text) is Label.INTERESTED


@pytest.mark.parametrize("channel", ["email", "sms"])
@pytest.mark.parametrize("text", RELATIVE_WHO_IS_LOOKING)
def test_a_relative_who_is_looking_is_a_referral(text: str, channel: str) -> None:
    assert _label(text, channel) is Label.REFERRAL


@pytest.mark.parametrize("text", CLOSED_WITH)
def test_closed_with_a_company_is_accepted_elsewhere(text: str) -> None:
    assert _label(text) is Label.ACCEPTED_ELSEWHERE


@pytest.mark.parametrize("text", NOT_CLOSED)
def test_not_closed_with_anyone_is_not_accepted_elsewhere(text: str) -> None:
    assert _label(text) is Label.NOT_NOW


@pytest.mark.parametrize(("text", "day"), LEAVE_WRITE_ME_THEN)
def test_leave_typed_by_hand_that_invites_us_back_is_not_now(text: str, day: date) -> None:
    reading = read_reply(text, RECEIVED, channel="sms")
    assert (reading.label, reading.named_date) == (Label.NOT_NOW, day)


def test_an_absence_notice_stays_out_of_office() -> None:
    text = "I am out of the office until 3 June with limited access to email."
    reading = read_reply(text, RECEIVED)
    assert (reading.label, reading.named_date) == (Label.OUT_OF_OFFICE, date(2030, 6, 3))
