"""Kinds of stop request found in the train part of a twelfth writer's batch (session 30, "new
writer s30") and written here in other words and the six languages, so that a rule is held to
the kind and not to the corpus's sentence: regional and dialect spellings of the words a stop
hangs on (Swiss German, Austrian, Flemish, Swiss and Québécois French, Latin-American Spanish,
European Portuguese), voice-to-text mishearings of "unsubscribe" and its kin, slang for
contacting with a stop, erasure said as a metaphor (the shredder, the bin, the drawers, our
files), asking that this be our last message, and a shared inbox taken out of our outreach;
beside each, replies that use the same words and ask nothing to stop."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2030, 2, 1)

REGIONAL = [
    # Swiss German, Austrian.
    "Grüessech, ich ha kes Interässe. Tüend Sie mi bitte us Ihrere Datebank lösche und "
    "aalüüte nüme.",
    "Bitte lüüted Sie mir nümme aa, merci.",
    "Schriibed Sie mir bitte nüme, ich bin nöd interessiert.",
    "Löschet Sie mini Nummere, danke vilmal.",
    "Rufen S' mi nimmer an, bitte.",
    # Flemish.
    "Gelieve mij nie meer te contacteren op mijn gsm.",
    "Belt ge mij nie meer, ik heb geen interesse.",
    # Swiss, Belgian and Québécois French.
    "Merci de ne plus m'appeler sur mon natel.",
    "Arrêtez de m'appeler sur mon GSM, svp.",
    "Désabonnez-moi de vos courriels, s'il vous plaît.",
    "Veuillez retirer mon numéro de cellulaire de votre liste.",
    # Latin-American and Castilian Spanish.
    "Porfa no me sigan escribiendo al celular.",
    "Bórrenme de su base, por favor.",
    "Dejad de escribirme, gracias.",
    # European and Brazilian Portuguese.
    "Retirem o meu contacto dos vossos ficheiros, por favor.",
    "Não me liguem mais para o telemóvel.",
    "Apaguem o meu registo, obrigada.",
]
VOICE_TO_TEXT = [
    "hey this is Mark driving right now please on subscribe me from this list thanks",
    "un subscribe me please I'm not looking",
    "ich möchte mich ab melden bitte danke",
    "merci de me des inscrire de vos listes",
    "por favor dar me de baja de su lista gracias",
    "por favor me des cadastrar dessa lista",
    "kunt u mij uit schrijven van de lijst bedankt",
]
SLANG_CONTACT = [
    "nah im good fr 😭 stop hmu pls",
    "not interested, dont hmu again",
    "pls stop hitting me up bro",
    "stop dming me on here",
    "para de me mandar zap, não tenho interesse",
    "pará de mandarme whats, no me interesa",
    "no me manden más wasaps porfa",
    "arrête de m'envoyer des mp stp",
    "hör auf mich anzupingen",
    "stop met me te appen aub",
]
ERASURE_METAPHORS = [
    "Ich wäre Ihnen verbunden, wenn Sie meine Unterlagen dem Reißwolf überantworten könnten.",
    "Meine Daten dürfen gern in den Papierkorb wandern.",
    "Feel free to put my details through the shredder.",
    "My CV can go straight in the bin, thanks.",
    "Je vous saurais gré que mon dossier ne vous encombre plus.",
    "Mettez mon CV à la poubelle, merci.",
    "Le agradezco que mis datos no sigan rodando por sus archivos.",
    "Pasen mis datos por la trituradora, por favor.",
    "Ik zou het op prijs stellen als mijn gegevens het pad van de papierversnipperaar volgen.",
    "Gooi mijn cv maar in de prullenbak.",
    "Agradeço que o meu nome deixe de constar dos vossos ficheiros.",
    "Quero que os meus dados desapareçam dos vossos arquivos.",
    "Que mon natel cesse de sonner de votre part.",
    "I'd like my name to disappear from your files.",
]
LAST_CONTACT = [
    "No, gracias, y que este sea el último mensaje que cruzamos.",
    "Ik ben niet geïnteresseerd en ik zou het fijn vinden als dit ons laatste contact is.",
    "Ich möchte, dass dies unser letzter Kontakt ist.",
    "Non merci, et que ce soit notre dernier échange.",
    "Não, obrigado, e que esta seja a última mensagem que trocamos.",
    "No thanks, and let this be the last message we exchange.",
]
SHARED_INBOX = [
    "Hello, this is a shared team inbox and there is no Jordan here. Please remove it from your "
    "outreach lists.",
    "Dies ist ein Sammelpostfach der Personalabteilung. Bitte nehmen Sie dieses Postfach aus "
    "Ihrem Verteiler.",
    "Cette boîte est partagée par l'équipe RH, il n'y a pas de Julien ici. Retirez-la de vos "
    "listes.",
    "Este buzón es compartido y aquí no hay ninguna Marta. Sáquenlo de sus listas.",
    "Dit is een gedeelde inbox van het team. Haal dit adres uit jullie bestand.",
    "Esta caixa é partilhada pela equipa. Retirem-na das vossas listas.",
]
STOP_REQUESTS = (
    REGIONAL + VOICE_TO_TEXT + SLANG_CONTACT + ERASURE_METAPHORS + LAST_CONTACT + SHARED_INBOX
)

# They use a kind's words and ask nothing to stop.
LOOKALIKES = [
    # Regional words.
    "Lüüted Sie mir am Mäntig aa, ich ha Interässe.",
    "Mon natel est éteint la journée, appelez-moi après 18h, je suis intéressée.",
    "Bel me maar op mijn gsm, ik ben geïnteresseerd.",
    "Me escriban al celular, me interesa.",
    "Liguem-me para o telemóvel, tenho interesse.",
    # Voice-to-text.
    "don't on subscribe me I'm interested call me back",
    "yes please subscribe me to your job alerts and call me",
    "ich melde mich ab morgen wieder, ja Interesse",
    "ik ga het even uit schrijven en stuur het je morgen, interesse!",
    # Slang.
    "hmu tomorrow, this sounds sick",
    "ok no cap hmu when u can",
    "manda um zap que a gente conversa",
    "envoie-moi un mp, ça m'intéresse",
    "mandame whats y hablamos",
    # ("u dont stop texting me" is a complaint, a stop: the ninth writer's tests.)
    "don't stop hmu, i'm keen",
    # Metaphors.
    "I almost put your email in the bin, glad I didn't: yes, interested!",
    "My old CV can go in the bin, the new one is attached. Interested!",
    "Ich habe meine Unterlagen aus der Schublade geholt, der Lebenslauf kommt morgen.",
    "Mon dossier est dans vos fichiers depuis 2028, avez-vous un poste pour moi ?",
    "Mis datos ya están en sus archivos, ¿me llaman?",
    "Mijn oude cv mag de prullenbak in, hier is de nieuwe. Interesse!",
    "O meu nome consta dos vossos ficheiros? Tenho interesse.",
    "Mon natel n'arrête pas de sonner aujourd'hui, désolée du retard. Oui, intéressée !",
    "Don't put my details through the shredder, I may be interested next year.",
    # The review's (session 30): the old one's adjective after the noun, or before it unlisted.
    "Tira mi CV viejo a la papelera y usa este. ¡Me interesa!",
    "Pode jogar o meu currículo antigo no lixo, segue o novo. Tenho interesse!",
    "Mettez mon vieux CV à la poubelle, voici le nouveau. Intéressé !",
    "Throw my outdated resume in the bin, new one attached. Interested!",
    # The last one.
    "Is this the last email before the offer?",
    "This was my last week at Acme, so yes, I'm free to talk.",
    "Espero que este no sea el último mensaje, me interesa.",
    "Is dit ons laatste contact voor het aanbod?",
    "Pourvu que ce soit notre dernier échange avant l'entretien : jeudi 10h, ça vous va ?",
    "Please don't let this be the last message, I am interested!",  # the review's
    # Shared inboxes.
    "This is our shared inbox; please add it to your list for future roles.",
    "This inbox is shared, please don't remove it from your lists, Jordan reads it too.",
    "This is a shared inbox. Jordan is at jordan@corvid.example, write to him there.",
]


@pytest.mark.parametrize("text", STOP_REQUESTS)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_request_of_a_twelfth_writer_kind_is_an_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT


@pytest.mark.parametrize("text", LOOKALIKES)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_reply_that_only_sounds_like_one_is_no_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is not Label.OPT_OUT
