"""The kinds of near miss a fourth wave of paraphrases had taken for stops (session 32), in
sentences of our own, each failing before its mend, and beside them the same words asking to stop,
which stay stops:

- contact put off to a named time or kept to a window (the README: not_now, or a preference):
  "no quiero más mensajes hasta febrero", "don't text me on Sundays", "chega de mensagem por
  hoje", "afmelden voor de afspraak van morgen" (`contact_put_off.py`);
- a stop answered no, joked and taken back, or only thought of: "unsubscribe? nope", "bórrame de
  tu lista jaja mentira", "iba a darme de baja, pero …" (`stops_taken_back.py`);
- a removal denied or said not to be needed or asked: "Bitte NICHT aus der Liste nehmen, ich hab
  mich verklickt", "afmelden hoeft niet hoor", "je ne vous demande pas de me désinscrire"
  (`removals_not_asked.py`);
- a count of our messages or "never signed up" beside a question about the role or a time to
  talk: "Troisième message cette semaine, bon : c'est quel poste ?" (`complaints_excused.py`).

And two kinds of stop missed: our messages refused as a notice or in a labelled list ("Weitere
Zusendungen sind nicht erwünscht", "- job emails: no thanks"), and ending it for good, softly
("we leave it here for good", "pararmos por aqui de vez"), with replies of the same shape that
refuse nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2026, 3, 2)

PUT_OFF = [
    "No me interesa por ahora y no quiero que me llaméis hasta septiembre.",
    "Les pido que no vuelvan a escribirme hasta después de Navidad; entonces hablamos.",
    "No quiero más mensajes hasta febrero, estoy de mudanza.",
    "Ne me contactez pas avant le printemps, je termine une mission. Ensuite, avec plaisir.",
    "Merci de ne plus m'écrire avant septembre, je serai en congé maternité.",
    "Não me volte a ligar antes de março: estou a acabar o projeto. Depois falamos.",
    "Não volte a contactar-me este trimestre, estou em período de experiência.",
    "I don't want any more emails until after Easter, I'm mid-move. Then happy to chat.",
    "Ik wil tot na de zomer geen berichten ontvangen, dan sta ik er weer voor open.",
    "Stop texting me on Sundays, any other day is fine. What's the salary?",
    "Stop texting me at midnight lol, send it in the morning and I'll read it. Which company?",
    "Schreiben Sie mir bitte nicht mehr so spät 😅 morgen früh gerne. Welche Firma ist das?",
    "Arrêtez de m'appeler à l'heure du déjeuner, rappelez-moi après 18h. C'est quel poste ?",
    "Dejen de escribirme tan tarde porfa, a las 10 ya duermo. Mañana lo vemos.",
    "Para de me mandar mensagem de madrugada kkk, manda de dia. Qual a vaga?",
    "Não me escreva mais nesse horário, por favor: chegou às 23h. Pode me ligar amanhã?",
    "Liever niet bellen tijdens kantoortijd. Om welke functie gaat het?",
    "Stop met appen tijdens werktijd haha, vanavond bel ik je. Welke functie?",
    "Chega de mensagem por hoje kkk, tô no trabalho. Me liga amanhã às 10?",
    "Ik moet me afmelden voor de afspraak van morgen, kan het donderdag?",
    "Even afmelden voor vandaag, ik zit in een vergadering. Morgen bellen?",
    "Ich muss mich für das Gespräch morgen abmelden, ich bin krank. Geht Freitag?",
]
PUT_OFF_STOPS = [
    "Please don't email me until further notice.",
    "Take me off your list until next year.",
    "Stop emailing me, and don't call on Sundays either.",
    "No me escribas nunca más, ni los domingos ni ningún día.",
    "Bitte keine Mails mehr, auch nicht nach Ostern.",
    "Retirez-moi de votre liste avant la rentrée.",
    "Haal me van de lijst voor vandaag en voor altijd.",
    "Não me mandem mais mensagens. Nem à noite nem de dia.",
    "Stop texting me at night, or at any other time.",
    "Afmelden voor de nieuwsbrief graag, vandaag nog.",
    "No me contactéis nunca más, ni en verano ni en invierno.",
]

NOT_MEANT = [
    "unsubscribe? nope 😅 what's the pay?",
    "Abmelden? Nein, danke. Ich wollte nur fragen, ob die Stelle remote ist.",
    "désinscription ? non merci, dites-m'en plus sur le poste",
    "¿Darme de baja? No, gracias: ¿cuál es el sueldo?",
    "uitschrijven? nee joh, wat is het salaris?",
    "Descadastrar? Não, obrigada. Qual o salário?",
    "remove me from your list... nah jk 😂 tell me more",
    "Löschen Sie mich... Spaß 😄 erzählen Sie mehr",
    "me désinscrire... je rigole, envoyez la fiche",
    "bórrame de tu lista jaja mentira, ¿cuánto pagan?",
    "Verwijder me maar... grapje! Wanneer bellen we?",
    "me tira da lista kkk brincadeira, manda a vaga",
    "I was going to unsubscribe, but this one actually sounds good. Call me?",
    "Ich wollte schon abmelden, aber die Stelle klingt gut.",
    "J'allais me désinscrire, mais ce poste m'intéresse.",
    "Iba a darme de baja, pero este puesto me interesa.",
    "Ik wilde eerst uitschrijven, maar deze functie spreekt me aan.",
    "Eu ia me descadastrar, mas essa vaga me interessa.",
]
NOT_MEANT_STOPS = [
    "Unsubscribe? Yes. Now.",
    "stop texting me. jk? no, seriously, stop.",
    "Remove me from your list, this is no joke.",
    "Abmelden? Ja, bitte sofort.",
    "Unsubscribe me. But first, where did you get my number?",
    "I wanted to be removed months ago. Remove me now.",
]

REMOVAL_NOT_ASKED = [
    "Bitte NICHT aus der Liste nehmen, ich hab mich verklickt. Die Angebote sind gut.",
    "Please don't unsubscribe me, the frequency is just a bit high. What's the salary here?",
    "Haal me vooral niet uit jullie bestand: als er iets in Utrecht is, lees ik het graag.",
    "Geen interesse in deze, maar afmelden hoeft niet hoor, ik lees jullie mails graag.",
    "Danke, aber abmelden ist nicht nötig, ich lese Ihre Mails gern.",
    "Pas intéressé cette fois. Je ne vous demande pas de me désinscrire, continuez à m'écrire.",
    "Not for me, but I'm not asking you to remove me: keep the roles coming.",
    "No me interesa este puesto, y no les pido que me den de baja: sigan escribiéndome.",
    "Não tenho interesse nesta vaga, mas não estou pedindo a exclusão do meu cadastro.",
    "Ik vraag niet om verwijdering van mijn gegevens, alleen: welk salaris hoort erbij?",
]
REMOVAL_NOT_ASKED_STOPS = [
    "Please remove me from your list.",
    "Afmelden aub, ik hoef geen vacatures meer.",
    "Bitte aus dem Verteiler nehmen.",
    "Je vous demande de me désinscrire.",
    "Les pido que me den de baja.",
    "Estou pedindo a exclusão dos meus dados.",
    "I'm not asking, I'm telling you: remove me.",
    "Uitschrijven hoeft niet, maar verwijder wel mijn nummer.",
]

# Stops missed: a notice or a labelled list (`stop_notices.py`); all but four failed first.
NOTICES = [
    "Kurz: – Anrufe: künftig keine mehr – Mails: ebenso nicht. Danke.",
    "- job emails: no thanks",
    "Llamadas de ustedes: nunca más, gracias.",
    "• SMS: plus jamais, merci.",
    "- appjes naar dit nummer: voortaan niet meer",
    "Mensagens de vocês: não, obrigado.",
    "Weitere Zusendungen an diese Adresse sind nicht erwünscht.",
    "Further messages to this address are not wanted.",
    "Verdere berichten aan mij worden niet op prijs gesteld en zijn ongewenst.",
    "Nouveaux messages non souhaités.",
    "Novos contactos não são desejados.",
    "Geen verdere berichten gewenst.",
    "This number is not to receive any further texts.",
    "Solicita-se a cessação do envio de SMS para este número.",
    "No interest in further communication.",
    "Kein Interesse an weiterer Kontaktaufnahme.",
    "– keine Anrufe – keine SMS",
]
NOTICES_NOT_STOPS = [
    "- calls: no problem, any time after 6",
    "Interesse: nee. Salaris: graag meer info.",
    "Further details are welcome, send them over.",
    "Weitere Informationen sind willkommen.",
    "Emails: yes please, the more the better.",
    "- messages: not received yet, could you resend?",
    "Calls: no, email me instead please.",
]

# Stops missed: ending it for good, said softly (`stop_for_good.py`); all failed first. Beside them,
# leaving for good said of their own life.
FOR_GOOD = [
    "Honestly, I think we should leave it here for good. Cheers.",
    "Let's call it a day on these emails, for good.",
    "Ich denke, die Nachrichten können wir auf Dauer lassen.",
    "On en reste là avec vos messages, définitivement.",
    "Creo que lo mejor es dejarlo aquí para siempre, gracias.",
    "Laten we het hierbij laten, voorgoed.",
    "Acho melhor pararmos por aqui de vez, valeu.",
]
FOR_GOOD_NOT_STOPS = [
    "I'm leaving my job for good next month, so the timing is interesting. Call me?",
    "Quero sair de vez da minha empresa atual, me interessa a vaga.",
    "Ich habe die Branche für immer verlassen, aber erzählen Sie mir mehr.",
    "Je quitte Paris pour de bon en mai : le poste est-il en télétravail ?",
    "Ik stop voorgoed met freelancen, dus een vaste baan klinkt goed.",
    "Dejo la consultoría para siempre; ¿de qué empresa se trata?",
    "Mando mensagens de vez em quando, tudo bem? Qual a vaga?",
]

# Near misses: a count of our messages or "never signed up" beside a question about the role or a
# time to talk (`complaints_excused.py`); beside a question why or whence, still a stop.
COMPLAINT_EXCUSED = [
    "Troisième message cette semaine, bon, vous avez gagné : c'est quel poste ?",
    "Dritte Mail diese Woche. Na gut, ruf mich morgen an.",
    "Nunca me cadastrei em nada, mas já que escreveram: a vaga é remota?",
    "Ik heb me nergens aangemeld, maar goed: om welke functie gaat het?",
]
COMPLAINT_STOPS = [
    "Fifth email this month. Which part of no is unclear?",
    "Sechste Mail diese Woche. Woher haben Sie meine Adresse, und warum schicken Sie mir Stellen?",
    "Nunca me cadastrei. Quem passou meu número para vocês mandarem vagas?",
]

NOT_STOPS = [
    *PUT_OFF,
    *NOT_MEANT,
    *REMOVAL_NOT_ASKED,
    *NOTICES_NOT_STOPS,
    *FOR_GOOD_NOT_STOPS,
    *COMPLAINT_EXCUSED,
]
STOPS = [
    *PUT_OFF_STOPS,
    *NOT_MEANT_STOPS,
    *REMOVAL_NOT_ASKED_STOPS,
    *NOTICES,
    *FOR_GOOD,
    *COMPLAINT_STOPS,
]


@pytest.mark.parametrize("text", NOT_STOPS)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_stop_s_words_that_ask_nothing_to_stop_are_no_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is not Label.OPT_OUT


@pytest.mark.parametrize("text", STOPS)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_the_same_words_asking_to_stop_stay_opt_outs(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT
