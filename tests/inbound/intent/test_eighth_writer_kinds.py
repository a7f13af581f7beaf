"""Kinds of reply found in the train part of an eighth writer's batch (session 27, "new writer
s27") and written here in other words and the six languages, so that a rule is held to the kind
and not to the corpus's sentence: requests to stop (this as our last contact, no more news from
you, forget my number, send me nothing more, Dutch diminutives, never having asked for it,
Brazilian "mim" for "me"), and replies that sound like something else (a cry of "stop it!" in a
yes, visiting the recruiter's office, a question about a side job, not wanting a new job, "said
yes to <company>", "not me, but my sister", an address that belongs to someone else, a date
followed by "after that")."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2027, 6, 1)

REQUESTS = [
    # This message as our last contact.
    "Please let this be our last exchange.",
    "Consider this email our final contact.",
    "Betrachten Sie diese Nachricht bitte als unseren letzten Kontakt.",
    "Das hier ist unser letzter Austausch, danke.",
    "Que ce message soit notre dernier échange.",
    "Considérez ceci comme notre dernier contact.",
    "Que este correo sea nuestro último contacto, por favor.",
    "Considera esta respuesta la última entre nosotros.",
    "Dit is ons laatste contact, wat mij betreft.",
    "Beschouw dit bericht als ons laatste contact.",
    "Considere esta mensagem o nosso último contato.",
    "Que esta seja a nossa última conversa.",
    # No more news from you, wished for.
    "Preferiría no tener más noticias de ustedes.",
    "Merci, mais je ne veux plus de vos nouvelles.",
    "Ich möchte keine Neuigkeiten mehr von Ihnen.",
    "Ik wil liever geen nieuws meer van jullie.",
    "Prefiro não ter mais notícias de vocês.",
    # Forget my number or my details.
    "Please forget my number.",
    "Forget my details and move on.",
    "Vergessen Sie bitte meine Nummer.",
    "Servus, bin raus. Meine Daten bitte vergessen.",
    "Oubliez mon numéro, merci.",
    "Olvida mi número, por favor.",
    "Vergeet mijn nummer alsjeblieft.",
    "Esquece meu número, valeu.",
    # Send me nothing more.
    "Schick mir nix mehr.",
    "App me niks meer.",
    "Send me nothing more.",
    # Dutch diminutives of our messages.
    "Geen belletjes en sms'jes meer graag.",
    "Ik wil geen whatsappjes meer.",
    # Never having asked for it.
    "Ik heb hier nooit om gevraagd.",
    "I never asked for any of this.",
    "Ich habe nie darum gebeten.",
    "Je n'ai jamais demandé ça.",
    "Nunca pedí esto.",
    "Nunca pedi isso.",
    # Brazilian "mim" for "me".
    "mim tira da lista de vcs",
    "para de mim mandar mensagem",
]

LOOKALIKES = [
    "Is this our last email before the offer?",
    "Our last contact was two years ago, good to hear from you again. I'm interested.",
    "Dies war unser letzter Kontakt vor zwei Jahren. Schön, wieder von Ihnen zu hören!",
    "Consider this my final answer: yes, let's talk.",
    "No news from you since March. Is the role still open?",
    "Je n'ai plus de nouvelles de vous depuis mars, le poste est-il encore ouvert ?",
    "No he tenido más noticias vuestras, ¿seguís buscando?",
    "Sorry, I forgot my number in the last email: it's 0612345678.",
    "Don't forget my number when the role opens up!",
    "Vergessen Sie meine alte Nummer, die neue ist 0171 2345678.",
    "Ich habe meine Nummer vergessen anzugeben: 0171 2345678.",
    "J'ai oublié mon numéro : 06 12 34 56 78, appelez-moi.",
    "Stuur me niks meer dan de vacaturetekst, dan kijk ik ernaar.",
    "Schick mir nichts mehr als die Stellenbeschreibung, das reicht.",
    "I never asked for a raise, but this sounds interesting.",
    "Never asked for this kind of role before, but yes, I'm interested!",
    "Ik heb nooit om een loonsverhoging gevraagd, maar dit klinkt leuk.",
    "I never asked for it but sure, send the job description.",
    "Vergeet mijn nummer niet, bel me volgende week!",
    "No olvide mi número, por favor, llámeme el lunes.",
    "Forget my address on file, I moved to Berlin; the role sounds good.",
    "Sure, stop by our office on Thursday.",
]

# "Stop it!" as a cry, in a reply that says yes (each by the channel it failed on).
CRIES_IN_A_YES = [
    ("Stop it, you read my mind! Yes, interested.", "sms"),
    ("Stop, you read my mind lol. Interested, call me tonight", "sms"),
    ("Para, justo lo que buscaba. Me interesa.", "sms"),
    ("Hör auf, genau das suche ich! Interessiert.", "sms"),
    ("Hör auf, genau das suche ich! Interessiert.", "email"),
    ("Hou op, precies wat ik zoek! Geïnteresseerd.", "sms"),
    ("Hou op, precies wat ik zoek! Geïnteresseerd.", "email"),
]

VISITS = [
    "I could swing by your office Friday, does that work?",
    "I'll pass by your office on Monday if that suits you.",
    "Ich bin eh in München. Kann ich Mittwoch kurz bei Ihnen im Büro vorbeikommen?",
    "Je peux passer dans vos bureaux mardi si vous voulez ?",
    "Je passe par Lyon lundi, je peux faire un saut à vos bureaux.",
    "¿Me paso por vuestra oficina el martes y lo vemos?",
    "Zal ik dinsdag even langskomen op jullie kantoor?",
    "Posso dar uma passada no escritório de vocês na terça?",
    "Vou passar pelo escritório de vocês amanhã, pode ser?",
]

STILL_NOS = ["I'll pass, thanks.", "Je passe mon tour.", "Vou passar, obrigado."]

SIDE_JOB_QUESTIONS = [
    "Could I keep my side job as a tutor? If so, I'm interested.",
    "Darf ich meinen Nebenjob behalten? Dann bin ich dabei.",
    "Est-ce que je pourrais garder mon activité annexe ? Si oui, ça m'intéresse.",
    "¿Tendría que dejar mi trabajo secundario? Si no, me interesa.",
    "Moet ik stoppen met mijn bijbaan? Zo niet, graag.",
    "Posso manter meu bico de professor? Se sim, tenho interesse.",
]

NO_NEW_JOB = [
    "Nope, no appetite for a new job.",
    "Keine Lust auf einen neuen Job, danke.",
    "Pas envie d'un nouveau poste.",
    "No busco un nuevo trabajo.",
    "Geen behoefte aan een nieuwe baan.",
    "Não quero um novo emprego.",
]

SAID_YES_ELSEWHERE = [
    "I said yes to Stripe on Monday and join in May.",
    "J'ai dit oui à Doctolib, je commence en mars.",
    "Le dije que sí a Glovo y empiezo en abril.",
]

NOT_ME_BUT = [
    "Pas moi mais ma cousine est data engineer, elle s'appelle Zoé, 06 11 22 33 44",
    "Niet ik, maar misschien mijn neef Daan.",
]

SOMEONE_ELSES_ADDRESS = [
    "Hello, this address belongs to our dental practice; there is no Mr Meyer here.",
    "Mr Patel doesn't work here, this inbox belongs to the front desk.",
    "Diese E-Mail-Adresse gehört unserer Kanzlei, ein Herr Braun arbeitet hier nicht.",
    "Cette adresse appartient à notre cabinet, aucune Mme Lefèvre ne travaille ici.",
    "Esta cuenta es de toda la familia; el Javier que buscas es mi tío.",
    "Dit e-mailadres hoort bij onze tandartspraktijk. Meneer Visser werkt hier niet.",
    "Esse e-mail é da recepção da clínica, a Dra. Souza não trabalha aqui.",
    "The Maria you're looking for is my aunt; this is a shared family inbox.",
]

TYPED_ABSENCES_THEN_LATER = [
    "Estou de férias a partir de hoje. Depois das férias falamos.",
    "Je suis en congé dès lundi. Après l'été, on en reparle.",
    "Ich bin ab morgen im Urlaub. Nach dem Sommer reden wir gern.",
    "I'm on holiday from tomorrow. After the summer we can talk.",
]

# The day a later names, by the convention (received 1 June 2027).
DATES = [
    ("Busy until 7/28 with a launch, reach out after that.", date(2027, 7, 29)),
    ("I'm on a project until March, contact me after that.", date(2028, 4, 1)),
    ("Ich bin in der Probezeit bis zum 15.09. Melden Sie sich danach.", date(2027, 9, 16)),
    ("Je suis engagé jusqu'au 12/10, recontactez-moi après cette date.", date(2027, 10, 13)),
    ("Estoy liado hasta el 20/11; después de esa fecha, escríbeme.", date(2027, 11, 21)),
    ("Tot 30/06 zit ik vast aan een project, daarna graag.", date(2027, 7, 1)),
    ("Até 10/08 não consigo, depois disso podemos falar.", date(2027, 8, 11)),
    ("ahora no, a la vuelta del verano hablamos", date(2027, 9, 1)),
    ("agora não, na volta do verão a gente conversa", date(2027, 9, 1)),
    ("Busy until 7/28, sorry.", date(2027, 7, 28)),
]


@pytest.mark.parametrize("text", REQUESTS)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_request_of_an_eighth_writer_kind_is_an_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT


def test_stop_closing_a_reply_after_a_comma_is_an_opt_out_by_email_too() -> None:
    """By SMS "stop" as a clause of its own was always read (inbound/text.py)."""
    text = "Ik heb er nooit om gevraagd, stop."
    assert read_reply(text, RECEIVED, channel="email").label is Label.OPT_OUT


@pytest.mark.parametrize("text", LOOKALIKES)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_reply_that_only_sounds_like_one_is_no_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is not Label.OPT_OUT


@pytest.mark.parametrize(("text", "channel"), CRIES_IN_A_YES)
def test_stop_it_as_a_cry_in_a_yes_is_interested(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.INTERESTED


@pytest.mark.parametrize("text", ["Stop it. Not interested.", "Stop it, I said no."])
def test_stop_it_without_a_yes_still_stops_texts(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="sms").label is Label.OPT_OUT


@pytest.mark.parametrize("text", VISITS)
def test_offering_to_visit_the_recruiters_office_is_interested(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is Label.INTERESTED


@pytest.mark.parametrize("text", STILL_NOS)
def test_passing_is_still_a_no(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is Label.NOT_INTERESTED


@pytest.mark.parametrize("text", SIDE_JOB_QUESTIONS)
def test_asking_whether_a_side_job_may_stay_is_a_question(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is Label.QUESTION


@pytest.mark.parametrize("text", NO_NEW_JOB)
def test_not_wanting_a_new_job_is_a_no_not_an_acceptance(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is Label.NOT_INTERESTED


@pytest.mark.parametrize(
    "text", ["I just accepted a new job, thanks anyway.", "Ich habe einen neuen Job angenommen."]
)
def test_a_new_job_taken_is_still_accepted_elsewhere(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is Label.ACCEPTED_ELSEWHERE


@pytest.mark.parametrize("text", SAID_YES_ELSEWHERE)
def test_saying_yes_to_another_company_is_accepted_elsewhere(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is Label.ACCEPTED_ELSEWHERE


def test_saying_yes_to_an_invitation_is_no_acceptance_elsewhere() -> None:
    text = "I said yes to Maria's invitation, see you Thursday."
    assert read_reply(text, RECEIVED, channel="email").label is not Label.ACCEPTED_ELSEWHERE


@pytest.mark.parametrize("text", NOT_ME_BUT)
def test_not_me_but_my_sister_is_a_referral(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="sms").label is Label.REFERRAL


def test_not_me_but_thanks_is_no_referral() -> None:
    text = "Not me, but thanks for thinking of me."
    assert read_reply(text, RECEIVED, channel="email").label is not Label.REFERRAL


@pytest.mark.parametrize("text", SOMEONE_ELSES_ADDRESS)
def test_an_address_that_belongs_to_someone_else_is_the_wrong_person(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is Label.WRONG_PERSON


def test_a_relative_who_works_there_too_is_no_wrong_person() -> None:
    text = "My sister works here too and loves it. I'm interested!"
    assert read_reply(text, RECEIVED, channel="email").label is Label.INTERESTED


@pytest.mark.parametrize("text", TYPED_ABSENCES_THEN_LATER)
def test_a_typed_absence_that_puts_the_talk_off_is_later(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is Label.NOT_NOW


@pytest.mark.parametrize(("text", "day"), DATES)
def test_a_date_followed_by_after_that_is_the_day_after(text: str, day: date) -> None:
    reading = read_reply(text, RECEIVED, channel="email")
    assert reading.label is Label.NOT_NOW
    assert reading.named_date == day


# What the rules above must not take for their kind.
NOT_THAT_LABEL = [
    ("Ich komme nicht vorbei, kein Interesse.", Label.INTERESTED),
    ("I said yes to Priya's offer of a call, when do we talk?", Label.ACCEPTED_ELSEWHERE),
    ("Not me, but Monday works better for a call.", Label.REFERRAL),
    ("Dat werkt hier niet zo, maar vertel meer!", Label.WRONG_PERSON),
    ("Is the office in Lisbon or in Porto?", Label.INTERESTED),
]


@pytest.mark.parametrize(("text", "label"), NOT_THAT_LABEL)
def test_a_lookalike_of_a_kind_is_not_read_as_it(text: str, label: Label) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is not label


# Yeses that a rule for the kinds above once read as a stop (issue 13, review of session 27):
# a stop read there silences the person on every channel.
YESES_THAT_SOUND_LIKE_A_STOP = [
    # "Consider" the last message, without "as" or "this": the yes of someone who read it.
    "I've considered your last email carefully and I'd like to hear more.",
    "I considered your last message and yes, I'm interested. When can we talk?",
    "Consideré tu último mensaje y me interesa. ¿Cuándo hablamos?",
    "J'ai considéré votre dernier message avec attention, je suis partant.",
    "Considerei a sua última mensagem e tenho interesse.",
    "Ich betrachte Ihre letzte Nachricht als Einladung: klingt gut, ich bin dabei!",
    "I considered this during our last conversation and I'm keen.",
    # A word that only begins like a verb of sending, before "nothing more".
    "Apparently nothing else is open on my side, so yes, I'm interested!",
    "Apparently nothing more came of the other role. Happy to chat about yours.",
    "Sendo assim nada mais me prende aqui, tenho interesse!",
    "Das Schicksal wollte nichts mehr von der alten Stelle wissen, ich bin interessiert!",
    # Our last contact before a step of the hiring.
    "This should be our last conversation before the offer, I'm very interested.",
    "Dies ist hoffentlich unser letztes Gespräch vor der Unterschrift, ich freue mich!",
    "Que ce soit notre dernier échange avant la signature, je suis ravi !",
    "Que esta sea nuestra última conversación antes de la oferta, ¡me interesa mucho!",
    "Dit is ons laatste gesprek voor het contract, ik heb er zin in!",
    # Not wanting to wait long for news from us.
    "I'd rather not wait for news from you for too long - interested!",
    "Prefiero no quedarme sin noticias vuestras mucho tiempo, ¡me interesa!",
    "Ik wil niet te lang wachten op nieuws van jullie, interesse!",
    "Prefiro não ficar sem notícias de vocês, tenho interesse!",
    # "Stop it!" as a cry closing a yes.
    "Yes, sounds great. You read my mind, stop it!",
    "Oui, ça m'intéresse. Exactement ce que je cherchais, arrêtez !",
    "Ja, graag. Precies wat ik zoek, hou op!",
]


@pytest.mark.parametrize("text", YESES_THAT_SOUND_LIKE_A_STOP)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_yes_that_sounds_like_a_stop_is_no_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is not Label.OPT_OUT


@pytest.mark.parametrize(
    "text",
    [
        "Interessiert. Je ne travaille plus ici mais je suis intéressé.",
        "Je ne travaille pas ici le lundi, mais je suis partant pour un appel.",
    ],
)
def test_not_working_here_oneself_is_no_wrong_person(text: str) -> None:
    """French "travaille" is also the first person: a name, a title or "il/elle" must stand
    before it for someone else not to work here."""
    assert read_reply(text, RECEIVED, channel="email").label is not Label.WRONG_PERSON


@pytest.mark.parametrize(
    "text", ["Marc ne travaille plus ici.", "Désolé, il ne travaille plus ici depuis mars."]
)
def test_someone_else_who_left_is_the_wrong_person(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="email").label is Label.WRONG_PERSON


@pytest.mark.parametrize(
    "text",
    [
        "You read my mind, stop it!",
        "Exactly what I did not want, stop.",
        "Let this be our last exchange before I block you.",
        "Que esta sea nuestra última conversación hasta nuevo aviso.",
        "Consider my reply as our last exchange.",
    ],
)
def test_a_stop_without_a_yes_still_stops(text: str) -> None:
    assert read_reply(text, RECEIVED, channel="sms").label is Label.OPT_OUT
