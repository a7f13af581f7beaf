"""Stops the paraphrase waves still missed in session 35, most of them wave 8's (a stop added to a
reply that says yes, asks, puts off or declines), mended by kind in sentences of our own, each
failing before its mend; beside each kind, replies of the same shape that ask nothing to stop
(a preference, a put-off to a time, someone else's stop, a data question, a yes), which stay what
they are. The kinds are read whatever else the reply says (`stops_whatever_else.py`):

- a threat hung on our next message, or on their data still held (`stop_threats.py`);
- consent to be contacted withdrawn, or an objection to it (`consent_withdrawn.py`);
- channels refused without a verb, in a list, with "no more", "nothing more to" an address
  (`channels_refused.py`);
- our messages told to end, a channel off limits, messages not wanted any more
  (`messages_ended.py`);
- taken off a list or mailing in other words and word orders (`lists_left.py`);
- a stop asked as a question or a courtesy, passed on to one of ours (`stops_asked.py`);
- regional speech: Québec "pu", Flemish, Gronings, Austrian, Catalan (`stop_regional.py`);
- an unsubscription said again because the messages still come (`not_requests.py`,
  `messages_ended.py`);
- a legal or data-protection letter: deleted from all systems, a deletion to be confirmed, the
  articles of erasure named (`data_letters.py`); our correspondence ended here.
"""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2026, 3, 2)


def _label(text: str, channel: str = "email") -> Label:
    return read_reply(text, RECEIVED, channel=channel).label


THREATS = [
    "Yes, call me Friday. One more automated text to this mobile, though, and I'll report it to "
    "my carrier.",
    "Sure, call me. The next cold text to this number goes straight to my carrier's spam line.",
    "Ja gerne, rufen Sie mich an. Bei der nächsten Werbe-SMS geht aber eine Beschwerde an die "
    "Bundesnetzagentur.",
    "Oui, appelez-moi. Au prochain SMS automatique, c'est un signalement au 33700.",
    "Sí, llámame el jueves. Si llega otro correo masivo a mi trabajo, lo reporto como spam.",
    "Sí, pero otro correo como este y lo marco como spam, ¿vale? Llámame.",
    "Ja, bel me vrijdag. Een vierde automatische mail beschouw ik als spam en dan blokkeer ik "
    "jullie.",
    "Sim, tenho interesse! Mas outra mensagem automática dessas e eu bloqueio vocês.",
]
THREAT_LOOKALIKES = [
    ("One more question before we talk: would I report to the CTO?", Label.QUESTION),
    "If the other agency texts me once more, I'm blocking them. Your role sounds good though, "
    "call me.",
    "Bei der nächsten Runde bin ich gern dabei, ich blocke mir den Donnerstag.",
    "La prochaine fois, je vous signale mes disponibilités plus tôt ! Jeudi ça marche ?",
    "Nog één mail en ik word fan, haha. Wanneer bellen we?",
    "I reported a phishing text to my carrier last week and nearly did the same with yours. "
    "Glad I read it, when can we talk?",
]
CONSENT = [
    "Sure, email me the details. I hereby withdraw my consent to being phoned by your agency.",
    "Gerne, mailen Sie mir. Meine Einwilligung zu Anrufen widerrufe ich hiermit.",
    "Je retire mon consentement pour les SMS ; un mail me convient.",
    "Sí, escríbeme. Revoco mi consentimiento para las llamadas comerciales.",
    "Ja, mail me. Ik trek mijn toestemming voor WhatsApp-berichten in.",
    "Sim, me manda e-mail. Revogo o consentimento para contacto telefónico.",
    "Interesting role, email me. That said, I object to any further processing of my number for "
    "marketing.",
    "Oui, écrivez-moi. Je m'oppose à toute prospection téléphonique de votre part.",
    "Sí, escríbeme. Me opongo al uso de mi móvil para llamadas comerciales.",
    "Ja, mail me. Ik maak bezwaar tegen het gebruik van mijn nummer voor werving.",
    "Sim, me escreve. Oponho-me ao uso do meu telemóvel para chamadas.",
]
CONSENT_LOOKALIKES = [
    "I consent to you keeping my CV on file. When can we talk?",
    "Ik maak bezwaar tegen de reistijd, maar de rol klinkt goed. Bellen?",
    "No me opongo a que guarden mi CV. ¿Cuándo hablamos?",
    ("Do I need to give consent for you to share my CV with the client?", Label.QUESTION),
    "Retiro o que disse sobre o salário, estou interessado.",
]
CHANNELS = [
    "Yes please, call me. Just no WhatsApp and no LinkedIn messages from here on.",
    "Happy to chat by text. Not by phone and not on LinkedIn, ever.",
    "Yes, call me. Nothing further to my old university address, please.",
    "Ja, gern telefonisch. Aufs Handy von der Arbeit bitte nix mehr.",
    "Oui, appelez-moi. Par contre ni SMS ni messages LinkedIn, merci.",
    "Oui, appelez-moi. Sur mon adresse du travail, plus rien, s'il vous plaît.",
    "Sí, llámame el lunes. Ni correos ni mensajes al número de la oficina, por favor.",
    "Sí, llámame. Al WhatsApp, ya nada, gracias.",
    "Ja, bel me gerust. Geen sms'jes en geen LinkedIn-berichten meer graag.",
    "Ja, bel me. Naar mijn oude hotmail hoeft niks meer.",
    "Sim, pode ligar. Mas nem SMS nem WhatsApp, por favor.",
    "Sim, me liga. No WhatsApp, mais nada, por favor.",
    "Yes, call me. Don't message me on my company's Teams account again, though.",
    "Sí, me interesa. Al correo del trabajo ni se os ocurra volver a escribir.",
    "Sí, me interesa, llámame. Y que nadie de tu empresa me vuelva a escribir al correo del "
    "trabajo.",
]
CHANNEL_LOOKALIKES = [
    "No calls during the day please, text me and I'll ring back after 6. Interested!",
    ("Keine Anrufe bis Ende Mai, danach gerne.", None),
    "Pas de SMS avant 18h, je suis en réunion. Intéressé !",
    ("Nada de llamadas hasta el lunes, estoy de viaje.", None),
    "No more than two office days, and I'm in. Call me.",
    "Calls: no, email me instead please.",
]
ENDED = [
    "Love the role, call me. Those automated reminder texts need to stop though.",
    "Yes, email me. My work line is off-limits from now on.",
    "Yes, call me. Your sourcer has been ringing my office line for a week. That has to stop.",
    "Gerne telefonisch. Die WhatsApp-Nachrichten beenden Sie aber bitte.",
    "Gern per Telefon. Mein Diensthandy lassen Sie aber künftig außen vor.",
    "Ja, Interesse. Das ewige Gebimmel aufs Festnetz lasst bitte bleiben.",
    "Ja, rufen Sie an. Die Werbe-SMS auf mein Handy sind ab heute vorbei.",
    "Ja, schreiben Sie mir. Die Anrufe im Büro will ich nicht mehr.",
    "Oui, appelez-moi. Les relances par SMS, par contre, c'est fini.",
    "Oui, écrivez-moi. Vos appels sur mon fixe, je n'en veux plus.",
    "Sí, me interesa. Las llamadas al fijo de casa tienen que parar ya.",
    "Sí, escríbeme. Los SMS ya no los quiero.",
    "Ja, bel me. Die wekelijkse vacaturemails mogen wel weg.",
    "Ja, mail me. Die sms-herinneringen wil ik echt niet meer.",
    "Sim, me liga. As ligações para o fixo de casa têm de parar.",
    "Sim, escreve-me. Os áudios no WhatsApp têm que acabar, por favor.",
    "Sim, me liga. Vocês conseguem garantir que os SMS automáticos deixam de chegar?",
]
ENDED_LOOKALIKES = [
    "The spam from other agencies has to end somehow, haha. Yours is welcome, call me.",
    "Calls to my work line are off-limits before 6pm, after that ring anytime.",
    ("My notice period has to end first, then we can talk in April.", None),
    ("Die Probezeit muss erst enden, dann gern.", None),
    "Os SMS de lembrete da entrevista têm sido úteis, obrigado! Quinta às 10h?",
]
LISTS = [
    "Ja, Interesse. Meine Nummer bitte ausm Newsletter-Verteiler nehmen.",
    "Ja, Interesse. Vom Newsletter will ich aber runter.",
    "Yes please, call me. And scrub my work email from your newsletter list.",
    "Yes, email me. Strike my work address from your records, please.",
    "Call me! And count me out of your mass mailings from now on.",
    "Oui, écrivez-moi. Rayez mon numéro de vos listes d'appels.",
    "Sí, escríbeme. Desactívame de la lista de SMS, eso sí.",
    "Ja, mail me. Kunnen jullie mijn nummer uit het belsysteem halen?",
    "Sim, me escreve. Mas do SMS me tira, por favor.",
]
LIST_LOOKALIKES = [
    "Bitte NICHT aus dem Verteiler nehmen, ich will die Jobs weiter sehen!",
    "Setz mich auf die Liste für das Webinar!",
    "Ik meld me af voor de meetup van donderdag, sorry. De vacature klinkt wel goed.",
    "Hasta me borré de las alertas de otros portales; la tuya sí me interesa.",
    "Pull my old CV from the pile, I've attached the new one. Interested!",
    "Yes, email me. Strike my old work address from your records, the new one is above.",
    "Quita los dos días de oficina y firmo.",
]
ASKED = [
    "Sí, llámame. ¿Podríais parar con los correos, por favor?",
    "Kunnen jullie stoppen met appen, alsjeblieft? Mail me maar.",
    "Ja, schreiben Sie mir. Könnten Sie bitte aufhören, mich auf dem Handy anzurufen?",
    "Sure, email me. Could you make sure I no longer get texts from your firm?",
    "Oui, écrivez-moi. Pourriez-vous faire en sorte que je ne reçoive plus vos SMS ?",
    "Ja, mail me. Zorg ervoor dat ik geen vacatures meer per sms krijg.",
    "Sí, escríbeme. Asegúrate de que no me lleguen más ofertas por SMS.",
    "Ja, das Gehalt interessiert mich. Warum bekomme ich immer noch Ihre Werbe-Mails?",
    "Yes, email me. How do I turn off these texts?",
    "Ja gerne. Wie kann ich die SMS-Erinnerungen abstellen?",
    "Your colleague Tom keeps ringing my desk. Please tell him to stop; email me instead.",
    "Yes, interested. Votre collègue m'appelle tous les jours : qu'il arrête, merci.",
    "Sí, me interesa. Tu compañero me escribe cada día, dile que pare.",
    "Sim, tenho interesse. Seu colega me liga toda hora, diz pra ele parar.",
    "Ja, interesse. Je collega blijft me appen, zeg hem dat hij moet stoppen.",
    "Ja, Interesse. Ihr Kollege ruft ständig an, sagen Sie ihm, er soll aufhören.",
]
ASKED_LOOKALIKES = [
    "Can you stop by our office on Friday? Happy to meet.",
    "Could you stop by our office on Friday and call me after?",
    "Pourriez-vous arrêter de chercher ? J'ai trouvé mon poste, merci !",
    "I told the other agency to stop, but you're welcome to call.",
    "Comment désactiver le mode avion ? Je vous rappelle ensuite.",
]
REGIONAL = [
    "Appelez-moi ce soir, mais écrivez-moi pu sur Messenger.",
    "Oui ça m'intéresse. Textez-moi pus, j'aime mieux les appels.",
    "Ge moogt mij geen mailkes meer sturen, bel me maar.",
    "Ja, bel me. Gain mailtjes meer noar mie.",
    "Servus, bitte ned mehr anläuten, i bin eh zufrieden.",
    "M'interessa, però no em torneu a trucar a la feina.",
]
REGIONAL_LOOKALIKES = [
    "J'ai pu lire votre offre, appelez-moi !",
    "Envoyez-moi plus de détails svp.",
    "Ge moogt mij altijd mailkes sturen!",
    "Torneu-me a trucar demà, si us plau.",
]
STILL_COMING = [
    "Yes, call me. I unsubscribed from your newsletter in May and it's still coming, so please "
    "sort it.",
    "Ja, ruf an. Ich habe mich vom Newsletter abgemeldet, er kommt aber immer noch.",
    "Oui, appelez-moi. Je me suis désabonnée de vos alertes et je les reçois encore.",
    "Sí, llámame. Me di de baja del boletín y siguen llegando.",
    "Ja, bel me. Ik heb me afgemeld voor de nieuwsbrief maar ik krijg hem nog steeds.",
    "Sim, me liga. Descadastrei-me da newsletter e continuam a chegar.",
]
STILL_COMING_LOOKALIKES = [
    "I hit unsubscribe on your newsletter by accident, sorry! Please keep it coming, and yes to "
    "the call.",
    "Ich habe mich vom Newsletter abgemeldet, die Stellenangebote bekomme ich aber gern weiter. "
    "Interessiert!",
]
DATA_LETTERS = [
    "Interested, call me Monday. Separately, please confirm the deletion of my data from your "
    "sourcing tool.",
    "Ja, rufen Sie mich an. Bitte bestätigen Sie außerdem die Löschung meiner Daten aus dem "
    "Sourcing-Tool.",
    "Oui, appelez-moi lundi. Merci de confirmer par ailleurs la suppression de mes données de "
    "votre outil de sourcing.",
    "Sí, llámame el lunes. Y confirmen la eliminación de mis datos de su herramienta de captación.",
    "Ja, bel me maandag. Graag ook een bevestiging dat mijn gegevens uit jullie sourcingtool "
    "gewist zijn.",
    "Yes, call me. Under Article 17, please carry out the erasure of my sourcing profile.",
    "Yes, call me Friday. Our client does not permit the use of his data for cold outreach, "
    "though.",
    "Yes, email me. The old school address, though: delete it from all your systems.",
]
DATA_LETTER_LOOKALIKES = [
    "Please confirm the deletion of the old calendar invite, I've sent a new one. See you Friday!",
    ("Which data do you hold on me under Article 15? Then we can talk.", Label.QUESTION),
]
ENDED_IN_OTHER_WORDS = [
    "Creo que es mejor que nuestra correspondencia termine aquí. Gracias.",
    "I think it's best our correspondence ends here. Thanks for understanding.",
    "Je pense que notre correspondance s'arrête ici, merci de votre compréhension.",
    "Ik denk dat onze correspondentie hier eindigt; laat verdere mails aan mij achterwege.",
    "Laissez tomber les relances svp, je ne cherche pas.",
    "Ya está bien, ni un correo más por aquí, gracias.",
    "Essas propostas nem manda mais, valeu.",
    "Le pido que no se pongan en contacto conmigo de nuevo.",
    "Ik zou het waarderen als u zich van verdere berichten wilt onthouden.",
]
ENDED_IN_OTHER_WORDS_LOOKALIKES = [
    "The app is quiet now, laissez tomber, I'll call you.",
    "Our conversation ended here last time because of the salary; has it moved?",
]
QUOTED = [
    'Yes, call me! Please stop the monthly "Still open to offers?" mails though.',
]


def _label_of(case: str | tuple[str, Label | None]) -> tuple[str, Label | None]:
    return (case, None) if isinstance(case, str) else case


STOPS = (
    THREATS
    + CONSENT
    + CHANNELS
    + ENDED
    + LISTS
    + ASKED
    + REGIONAL
    + STILL_COMING
    + QUOTED
    + DATA_LETTERS
    + ENDED_IN_OTHER_WORDS
)
LOOKALIKES = (
    THREAT_LOOKALIKES
    + CONSENT_LOOKALIKES
    + CHANNEL_LOOKALIKES
    + ENDED_LOOKALIKES
    + LIST_LOOKALIKES
    + ASKED_LOOKALIKES
    + REGIONAL_LOOKALIKES
    + STILL_COMING_LOOKALIKES
    + DATA_LETTER_LOOKALIKES
    + ENDED_IN_OTHER_WORDS_LOOKALIKES
)


@pytest.mark.parametrize("channel", ["email", "sms"])
@pytest.mark.parametrize("text", STOPS)
def test_a_stop_beside_what_else_the_reply_says_is_a_stop(text: str, channel: str) -> None:
    assert _label(text, channel) is Label.OPT_OUT


@pytest.mark.parametrize("case", LOOKALIKES)
def test_the_same_shape_asking_nothing_to_stop_is_no_stop(
    case: str | tuple[str, Label | None],
) -> None:
    text, label = _label_of(case)
    read = _label(text)
    assert read is not Label.OPT_OUT
    if label is not None:
        assert read is label
