"""Kinds of stop, and of false stop, found in the train part of a thirteenth writer's batch
(session 30, "new writer s30b") and written here in other words and the six languages, so that
a rule is held to the kind and not to the corpus's sentence: one named channel stopped in a
reply written on another ("Auf LinkedIn bitte gar nicht mehr, per Mail ist in Ordnung"), a
deletion demanded beside a question about how we got the number; and, never stops, a deletion
denied beside a yes ("please don't delete my profile, I am interested"), a stop taken back or
meant for another sender ("negeer mijn 'afmelden' van gisteren"), and a cry of surprise before
questions ("stop, attendez, c'est vraiment du full remote ?"). Beside each, the near
non-matches that must stay what they are."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2030, 9, 2)

# One named channel stopped; the README's rule: a stop of one channel is an opt-out.
ONE_CHANNEL_STOPPED = [
    "Please stop the WhatsApp messages, that's my private phone. Email is fine.",
    "Could you stop the LinkedIn messages? If anything comes up, email works for me.",
    "You've been texting me as well. Stop the texts please, I'm happy to read emails.",
    "Auf LinkedIn bitte gar nicht mehr, per Mail ist in Ordnung.",
    "Per WhatsApp bitte nicht mehr, E-Mail ist okay.",
    "Über Xing bitte überhaupt nicht mehr. Mail geht.",
    "Sur WhatsApp, plus du tout s'il vous plaît. Par mail ça va.",
    "Arrêtez les messages sur LinkedIn svp, par mail c'est ok.",
    "Por WhatsApp ya no, por favor; por correo está bien.",
    "Basta de mensajes por WhatsApp, el correo está bien.",
    "Via LinkedIn graag helemaal niet meer, mailen is prima.",
    "Op WhatsApp niet meer alsjeblieft, per mail is goed.",
    "Pelo WhatsApp não mais, por favor. Por e-mail tudo bem.",
    "Parem com as mensagens no WhatsApp, por email pode ser.",
    "Please stop the messages. Email me instead.",
    "No more WhatsApp messages please, email is fine.",
    "Bitte keine WhatsApp-Nachrichten mehr, Mail geht.",
]
# Same words: news of a channel, a preference, a channel kept.
ONE_CHANNEL_LOOKALIKES = [
    "I'm not on LinkedIn anymore, email is fine. Interested, tell me more!",
    "Auf LinkedIn bin ich gar nicht mehr aktiv, per Mail ist in Ordnung. Gerne mehr Infos!",
    "Sur LinkedIn je ne réponds plus trop, écrivez-moi par mail, le poste m'intéresse.",
    "Ya no uso WhatsApp, escríbeme por correo, me interesa la oferta.",
    "Op LinkedIn ben ik niet meer actief, mail me gerust, klinkt interessant.",
    "No LinkedIn já não entro, manda por e-mail que eu leio. Tenho interesse.",
    "Don't stop the WhatsApp messages, I read them there first! Interested.",
    "Did you stop the LinkedIn messages? I'd like to keep getting them, I'm interested.",
    "The WhatsApp messages stopped, is the role still open?",
]

# A deletion demanded of "it" (the number or address), beside a question how we got it.
DELETION_DEMANDED = [
    "Hoe komen jullie aan mijn nummer? Ik wil dat u het per direct verwijdert, en mijn "
    "e-mailadres ook.",
    "Dit nummer staat nergens online. Waar hebben jullie het vandaan? Ik wil dat jullie het "
    "meteen verwijderen.",
    "How did you get this number? I want you to delete it right now, and my email too.",
    "Woher haben Sie meine Nummer? Ich will, dass Sie sie sofort löschen, meine E-Mail-Adresse "
    "auch.",
    "Comment avez-vous eu mon numéro ? Je veux que vous le supprimiez tout de suite, et mon "
    "adresse mail aussi.",
    "¿Cómo consiguieron mi número? Quiero que lo borren ya, y mi correo también.",
    "Como conseguiram o meu número? Quero que o apaguem imediatamente, e o meu e-mail também.",
]
DELETION_LOOKALIKES = [
    "How did you get my number? Just curious, happy to chat about the role.",
    "Staat mijn cv nog bij jullie? Ik wil niet dat jullie het verwijderen, ik zoek nog steeds.",
    "I don't want you to delete it, I'm still looking. How did you get my number, by the way?",
    "Wie sind Sie an meine Nummer gekommen? Ich will nicht, dass Sie sie löschen, die Stelle "
    "klingt gut.",
    "Comment avez-vous eu mon numéro ? Le poste m'intéresse, on s'appelle demain ?",
]

# A deletion denied beside a yes: a yes.
DELETION_DENIED_IN_A_YES = [
    "Please don't delete my profile, I was travelling. I am interested, let me know a time to "
    "connect.",
    "Don't delete my CV please, yes I'm interested in the role. Call me Monday.",
    "Bitte löschen Sie mein Profil nicht, ich war im Urlaub. Ich habe Interesse, rufen Sie mich "
    "an.",
    "Ne supprimez pas mon profil svp, j'étais en déplacement. Je suis intéressé, appelez-moi.",
    "No borres mi perfil, por favor, estaba de viaje. Me interesa, llámame el lunes.",
    "Verwijder mijn profiel alsjeblieft niet, ik was op reis. Ik ben geïnteresseerd, bel me "
    "maandag.",
    "Por favor não apague o meu contacto, estive sem rede. Tenho interesse, pode ligar-me.",
]
# ...asked for, or complained of: still a stop.
DELETION_DENIED_IN_A_COMPLAINT = [
    "Why don't you delete my profile? I asked twice already.",
    "If you don't delete my data by Friday I will report you.",
    "Warum löschen Sie mein Profil nicht? Ich habe zweimal darum gebeten.",
    "Pourquoi vous ne supprimez pas mon profil ? Je l'ai demandé deux fois.",
    "¿Por qué no borráis mi perfil? Ya lo pedí dos veces.",
    "Waarom verwijderen jullie mijn profiel niet? Ik heb het al twee keer gevraagd.",
    "Por que vocês não apagam o meu contacto? Já pedi duas vezes.",
]

# A stop taken back, meant for another sender, beside a yes: a yes.
STOP_TAKEN_BACK = [
    "Negeer mijn 'afmelden' van gisteren, dat was voor een andere mail bedoeld. De vacature "
    "klinkt interessant, kunnen we bellen?",
    "Please ignore my 'unsubscribe' from yesterday, it was meant for a newsletter. I'm "
    "interested in the role, can we talk Thursday?",
    "Ignorieren Sie mein 'Abmelden' von gestern, das war für den Newsletter gedacht. Die Stelle "
    "interessiert mich, können wir telefonieren?",
    "Ignorez mon « désinscription » d'hier, c'était pour une autre newsletter. Le poste "
    "m'intéresse, on s'appelle jeudi ?",
    "Ignora mi «baja» de ayer, era para otro boletín. Me interesa la oferta, ¿hablamos el jueves?",
    "Ignore o meu 'sair' de ontem, era para outra newsletter. Tenho interesse na vaga, podemos "
    "falar quinta?",
    "Mijn STOP van net was bedoeld voor de sportschool, sorry! Ik ben geïnteresseerd, bel me maar.",
    "Negeer mijn 'uitschrijven' van vanochtend, verkeerde mail. Jouw functie vind ik juist heel "
    "interessant. Kunnen we vrijdag bellen?",
    "Forget my STOP from last night, I was answering my phone company. Sounds interesting, can "
    "we talk tomorrow?",
]
# A real stop, beside the same words.
STOP_MEANT = [
    "Negeer mijn vorige mail. Afmelden graag.",
    "Ignore my last email: unsubscribe me, please.",
    "Mein 'Abmelden' von gestern war ernst gemeint. Bitte nicht mehr schreiben.",
    "Mon STOP d'hier était pour vous. Arrêtez de m'écrire.",
    "Mi «baja» de ayer era para ti, no para el boletín. Dejad de escribirme.",
    "O meu 'sair' era para vocês. Tirem-me da lista.",
    "Ignore my STOP? No. It is not interesting, stop writing to me.",
    "Mijn 'afmelden' van gisteren was voor jullie bedoeld, niet voor de nieuwsbrief. Afmelden dus.",
]

# A cry of surprise before questions: a question.
CRY_BEFORE_QUESTIONS = [
    "stop, attendez, c'est vraiment du full remote ?? et le salaire ?",
    "stop, wait, is this really fully remote?? and the pay?",
    "Stopp, warten Sie, ist das wirklich komplett remote? Und das Gehalt?",
    "para, espera, ¿de verdad es 100% remoto? ¿y el sueldo?",
    "stop, wacht, is dit echt volledig remote?? en het salaris?",
    "para, espera aí, é mesmo 100% remoto?? e o salário?",
    "Wait, stop, is this the role in Lyon? What's the salary?",
]
# A stop that opens the same way.
CRY_THAT_STOPS = [
    "STOP. Wait, why are you still texting me?",
    "Stop. Not interested.",
    "stop, attendez, je ne veux plus de messages",
    "Stopp, warten Sie nicht auf eine Antwort. Keine Nachrichten mehr bitte.",
    "stop, wait, who gave you my number? Delete it.",
]


@pytest.mark.parametrize("text", ONE_CHANNEL_STOPPED + DELETION_DEMANDED)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_stop_of_a_thirteenth_writer_kind_is_an_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT


@pytest.mark.parametrize("text", ONE_CHANNEL_LOOKALIKES + DELETION_LOOKALIKES)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_reply_that_only_sounds_like_one_is_no_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is not Label.OPT_OUT


@pytest.mark.parametrize("text", DELETION_DENIED_IN_A_YES + STOP_TAKEN_BACK)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_stop_denied_or_taken_back_beside_a_yes_is_a_yes(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.INTERESTED


@pytest.mark.parametrize("text", DELETION_DENIED_IN_A_COMPLAINT + STOP_MEANT + CRY_THAT_STOPS)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_the_same_words_asking_to_stop_stay_a_stop(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT


@pytest.mark.parametrize("text", CRY_BEFORE_QUESTIONS)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_cry_of_surprise_before_questions_is_a_question(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.QUESTION
