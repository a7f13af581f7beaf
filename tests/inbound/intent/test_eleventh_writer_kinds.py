"""Kinds of reply found in the train part of an eleventh writer's batch (session 29, "new writer
s29b") and written here in other words and the six languages, so that a rule is held to the
kind and not to the corpus's sentence: requests to stop (a legal demand to refrain from
contacting, "never again" said politely or after a no, no more voicemails, "don't send me more
mails" in non-native English, ringing the house phone, the sending stopped as a noun and
everyone's addresses out of our files, "don't send a fourth"), and replies that only use their
words (news that someone else no longer uses a number, a no to a kind of role, a plea about
the JD); and a job found in everyday and regional words, with its start month."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2028, 8, 1)

REFRAIN_FROM_CONTACTING = [
    "Sehr geehrte Damen und Herren, ich fordere Sie auf, es künftig zu unterlassen, mich zu "
    "Werbezwecken zu kontaktieren, gleich auf welchem Weg.",
    "Ich verlange, jegliche Kontaktaufnahme zu unterlassen.",
    "Unterlassen Sie es bitte, mich weiter anzurufen.",
    "Ik verzoek u zich te onthouden van verder contact.",
    "I hereby ask you to desist from contacting me.",
    "Solicito que se abstenha de me contactar.",
]
NEVER_AGAIN = [
    "Kein Bedarf. Bitte nicht wieder.",
    "Bitte nicht nochmal.",
    "No thanks. Please not again.",
    "Non merci. Plus jamais.",
    "Plus jamais, merci.",
    "No gracias. Nunca más.",
    "Por favor, nunca más.",
    "Não, obrigado. Nunca mais.",
    "Nee dank je. Nooit meer.",
    "Niet weer graag.",
]
NO_MORE_VOICEMAILS = [
    "Got your voicemail. Please don't leave any more on this number, it's my work phone and it "
    "plays on speaker at my desk. Not looking anyway",
    "Please don't leave me any more voicemails.",
    "Stop leaving voicemails on my phone.",
    "No more voicemails please.",
    "Geen voicemails meer graag.",
    "Não deixe mais recados neste número.",
    "No me dejes más audios, por favor.",
]
SEND_NO_MORE = [
    "Hello Sam, I am not searching in this moment. I would like that you don't send me more "
    "mails about positions, please. Also for the future.",
    "Please don't send me any more, thanks.",
    "Don't send more job offers.",
    "Please do not send us further emails.",
]
RINGING = [
    "This is Dave's wife. He's not looking. And please stop ringing the house phone, you woke "
    "the baby",
    "Stop ringing me.",
    "Don't ring me again.",
    "Quit phoning me at home.",
]
SENDING_STOPPED = [
    "Les requerimos que cesen de inmediato en el envío de comunicaciones a nuestro personal.",
    "Please cease the sending of emails to our staff.",
    "Stellen Sie die Zusendung von E-Mails an unsere Mitarbeiter ein.",
    "Wir bitten Sie, die Zusendung Ihrer Angebote einzustellen.",
    "Stop de verzending van e-mails aan onze medewerkers.",
    "Supriman sus direcciones de sus ficheros.",
    "Delete their addresses from your database.",
    "Veuillez supprimer les adresses de nos salariés de vos fichiers.",
]
NOT_ANOTHER = [
    "Bonjour Camille, C'est la troisième relance pour le même poste. Je n'ai pas répondu aux deux "
    "premières parce que ça ne m'intéresse pas. Merci de ne pas m'en envoyer une quatrième.",
    "Ne m'en envoyez pas une autre.",
    "Please don't send a fourth.",
    "Don't send me another one.",
    "Bitte schicken Sie mir keine vierte.",
    "No me mandes una cuarta.",
    "No me envíen otro correo.",
    "Não me mandem outra mensagem.",
    "Stuur me geen vierde.",
]
STOP_REQUESTS = (
    REFRAIN_FROM_CONTACTING
    + NEVER_AGAIN
    + NO_MORE_VOICEMAILS
    + SEND_NO_MORE
    + RINGING
    + SENDING_STOPPED
    + NOT_ANOTHER
)

# They use a stop kind's words and ask nothing to stop.
LOOKALIKES = [
    "Ich habe es unterlassen, mich früher zu melden, sorry. Ja, Interesse!",
    "Startups? Never again. But this in-house role sounds great, call me.",
    "Oh not again, I missed your call! Yes, still interested.",
    "Don't leave it any more than a week before you call back, I'm keen.",
    "Leave me a voicemail if I don't pick up, I'm interested.",
    "I never leave voicemails myself, so texting: yes, interested.",
    "Don't send more than two time slots, I'm easy. Interested!",
    "Don't send me more info by post, email is fine. Interested!",
    "My phone won't stop ringing today, so sorry for the late reply, interested!",
    "It won't stop ringing the whole day here. Yes, let's talk.",
    "Ring me on Tuesday, I'm interested.",
    "Don't send another JD, the first one was fine. When can we talk?",
    "Don't send another one yet, I'm still reading the first. Interested though.",
    "No me mandes otro PDF, ya lo tengo. ¿Cuándo hablamos?",
    "Stuur me geen nieuwe vacaturetekst, ik heb hem al. Wanneer bellen we?",
    "Schicken Sie mir keine weitere Stellenbeschreibung, ich habe sie schon. Wann telefonieren "
    "wir?",
    "Ne m'envoyez pas une autre fiche de poste, je l'ai. On s'appelle jeudi ?",
    "Remove the old addresses from your list and use my new one: a@b.com. Interested!",
    "Please remove the duplicate addresses from your list, I got this three times. Interested "
    "though!",
    "Stop the sending of the contract until I've read it, please. Interested.",
]
# News that someone else no longer uses a number, not a request (the corpus's line: a parent
# pointing to the person's new number is a referral).
SOMEONE_ELSE_NO_LONGER_USES_IT = [
    "Je suis sa mère, Lucas n'utilise plus ce numéro. Son nouveau c'est le 06 12 34 56 78, il "
    "cherche justement",
    "He doesn't use this number anymore, his new one is 0612 345 678.",
    "My son doesn't use this number anymore. His new one is 0612 345 678.",
    "Er benutzt diese Nummer nicht mehr, seine neue ist 0171 123456.",
    "Hij gebruikt dit nummer niet meer, zijn nieuwe is 06 12345678.",
    "Il a arrêté d'utiliser ce numéro, le nouveau c'est le 06 12 34 56 78.",
]
# ...while asked of us, it still stops the channel.
STOP_USING_IT = [
    "Please stop using this number.",
    "You need to stop using this number.",
    "Bitte benutzen Sie diese Nummer nicht mehr.",
    "Gebruik dit nummer niet meer.",
    "N'utilisez plus ce numéro.",
]
JOB_FOUND = [
    "ya encontré pega, parto en enero. gracias igual!",
    "Já arranjei trabalho, começo em janeiro. Obrigado na mesma!",
    "J'ai décroché un CDI, je commence en mars.",
    "Landed a job, starting in May. Thanks anyway!",
    "Ich habe einen neuen Job ergattert, ab März.",
    "Ik heb een baan gevonden, ik begin in maart.",
]
NO_JOB_FOUND_YET = [
    "Ainda não arranjei trabalho, podemos falar?",
    "Cuando encuentre pega te aviso.",
]


@pytest.mark.parametrize("text", STOP_REQUESTS + STOP_USING_IT)
def test_a_request_of_an_eleventh_writer_kind_is_an_opt_out(text: str) -> None:
    assert read_reply(text, RECEIVED).label is Label.OPT_OUT


@pytest.mark.parametrize("text", LOOKALIKES + SOMEONE_ELSE_NO_LONGER_USES_IT + NO_JOB_FOUND_YET)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_reply_that_only_sounds_like_one_is_no_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is not Label.OPT_OUT


@pytest.mark.parametrize("text", JOB_FOUND)
def test_a_job_found_in_everyday_words_with_its_start_is_accepted_elsewhere(text: str) -> None:
    assert read_reply(text, RECEIVED).label is Label.ACCEPTED_ELSEWHERE


@pytest.mark.parametrize("text", NO_JOB_FOUND_YET)
def test_no_job_found_yet_is_not_accepted_elsewhere(text: str) -> None:
    assert read_reply(text, RECEIVED).label is not Label.ACCEPTED_ELSEWHERE


def test_a_no_said_after_the_verb_is_no_yes() -> None:
    """ "ça ne m'intéresse pas" is a no, so the complaint beside it counts as a stop."""
    text = "Ça ne m'intéresse pas. Ne m'en envoyez pas une autre."
    assert read_reply(text, RECEIVED).label is Label.OPT_OUT
