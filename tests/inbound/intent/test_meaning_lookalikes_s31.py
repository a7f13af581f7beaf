"""Replies the meaning reader retrained in session 31 (on the train split and the paraphrases)
read as stops because they speak of sending, lists or data, written by kind in the six languages
where the kind exists: asking us to send or tell more, or to keep sending (a yes); a cry of
surprise before a question or delight; an old address or CV replaced by a new one; a removal
denied, a question about what becomes of their data later, a wish to know what we hold. Each
kind comes with the stops it must still read. And stops the old reader caught that the rules now
read themselves: forget me, unlist me, no more details sent, with their near non-matches."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, classify, read_reply
from sequencer.inbound.mail.automatic import MailKind

RECEIVED = date(2028, 9, 4)
CHANNELS = ["email", "sms"]

ASKS_FOR_MORE = [
    "Tell me more, please!",
    "Sounds good, keep them coming.",
    "Could you send me more details about the team?",
    "Please keep sending me roles like this one.",
    "Erzählen Sie mir mehr darüber!",
    "Schicken Sie mir bitte mehr Infos zu der Stelle.",
    "Bitte schicken Sie mir weiterhin solche Angebote.",
    "Dites-m'en plus, ça a l'air bien !",
    "Envoyez-moi plus d'informations, s'il vous plaît.",
    "Continuez de m'envoyer vos annonces, merci.",
    "Cuéntame más, por favor.",
    "¿Me mandas más información del puesto?",
    "Sigan enviándome ofertas así, gracias.",
    "Vertel me meer!",
    "Stuur me graag meer informatie over de functie.",
    "Blijf me zulke vacatures sturen, graag.",
    "Me conta mais!",
    "Pode me mandar mais informações sobre a vaga?",
    "Continuem me enviando vagas assim, obrigado.",
]
# Asking for no more, or "keep sending" as a threat, is still a stop.
ASKS_FOR_NO_MORE = [
    "Don't send me more of these, take me off your list.",
    "Keep sending these and I'll report you as spam. Remove me.",
    "Schicken Sie mir nichts mehr, tragen Sie mich aus.",
    "Ne m'envoyez plus rien, désinscrivez-moi.",
    "No me mandes más correos, dame de baja.",
    "Stuur me niks meer, schrijf me uit.",
    "Não me mandem mais nada, me descadastrem.",
]

CRIES_OF_SURPRISE = [
    "Stop, before you go on: is it hybrid?",
    "Stopp, bevor Sie weitermachen: ist die Stelle remote?",
    "Stop, avant d'aller plus loin : c'est en télétravail ?",
    "Para, antes de seguir: ¿es remoto?",
    "Stop, voordat je verder gaat: is het remote?",
    "Para, antes de continuar: é remoto?",
    "Stopp alles, genau so was, was ich suche! Wann können wir sprechen?",
    "Stop everything, this is exactly what I've been looking for! When can we talk?",
]
CRIES_THAT_STOP = [
    "Stop, before you go on: take me off your list.",
    "Stopp, bevor Sie weitermachen: tragen Sie mich aus.",
]

ADDRESSES_REPLACED = [
    "My email is moving. Please delete the old one and use this one from now on.",
    "I have a new email. Please stop using the old one and use this one.",
    "Meine Adresse ändert sich: bitte löschen Sie die alte und nutzen Sie die neue.",
    "Mon adresse change : supprimez l'ancienne et utilisez la nouvelle.",
    "Cambio de correo: borren el antiguo y usen el nuevo.",
    "Mijn e-mailadres verandert. Verwijder het oude en gebruik het nieuwe.",
    "Mudei de e-mail. Apaguem o antigo e usem o novo.",
]
REPLACED_AND_MORE_DELETED = [
    "Delete my old address and all my data, please.",
    "Löschen Sie meine alte Adresse und alle meine Daten.",
]

REMOVALS_DENIED = [
    "Please don't exclude me from future sends, they're useful to me.",
    "I don't want you to delete my profile, I'm still looking.",
    "Ich will nicht, dass Sie mich löschen, ich suche noch.",
    "Je ne veux pas que vous me supprimiez, je cherche encore.",
    "No quiero que me borren, sigo buscando.",
    "Ik wil niet dat jullie mijn gegevens verwijderen, ik zoek nog.",
    "Não quero que me apaguem, ainda estou procurando.",
]
QUESTIONS_OF_LATER = [
    "Do you keep my CV or delete it afterwards? Is it permanent?",
    "Behalten Sie meinen Lebenslauf oder löschen Sie ihn danach?",
    "Vous gardez mon CV ou vous le supprimez ensuite ?",
    "¿Guardan mi CV o lo borran después?",
    "Houden jullie mijn cv of verwijderen jullie het later?",
    "Vocês guardam meu currículo ou apagam depois?",
]
WISHES_TO_KNOW = [
    "I'd like to know what you hold about me. The role sounds good.",
    "Ich möchte wissen, was Sie über mich gespeichert haben. Die Stelle klingt gut.",
    "Je voudrais savoir ce que vous avez sur moi. Le poste m'intéresse.",
    "Quiero saber qué datos tienen de mí. El puesto suena bien.",
    "Ik wil graag weten wat jullie over mij opslaan. De functie klinkt leuk.",
    "Quero saber o que vocês guardam sobre mim. A vaga parece boa.",
]
DENIED_OR_ASKED_BUT_A_STOP = [
    "I want to know what you hold about me, and then delete it all.",
    "Ik wil weten wat u over mij bewaart en daarna wil ik dat u alles verwijdert.",
]

FORGET_ME = [
    "Please forget me.",
    "Just forget about me, thanks.",
    "Vergessen Sie mich bitte.",
    "Oubliez-moi, merci.",
    "Olvídense de mí, por favor.",
    "Esqueçam de mim, obrigado.",
    "Esqueça-me, por favor.",
    "Vergeet me alsjeblieft.",
]
FORGET_NEAR = [
    "Forget me for this role, I'm happy where I am.",
    "Forget what I said yesterday, I'm interested after all.",
    "I forgot to reply, sorry! Still interested.",
    "Don't forget me if something comes up in Berlin.",
    "Oubliez-moi pour ce poste, je reste où je suis.",
    "Olvídense de mí para este puesto, estoy bien donde estoy.",
]
UNLIST_ME = [
    "Please unlist me.",
    "Kindly delist me from your mailings.",
    "Unlist my address, thanks.",
]
UNLIST_NEAR = [
    "My number is unlisted, so email is best. Interested!",
]
NO_MORE_DETAILS = [
    "Don't send me any more details, I'm not interested.",
    "Please don't send me more information, not for me.",
    "Schicken Sie mir keine weiteren Details, kein Interesse.",
    "Ne m'envoyez plus d'informations, merci.",
    "No me mande más información, gracias.",
    "Stuur me geen details meer, bedankt.",
    "Não me mandem mais informações, obrigado.",
]


def _read(text: str, channel: str = "email") -> Label:
    return read_reply(text, RECEIVED, channel=channel).label


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize(
    "text",
    ASKS_FOR_MORE
    + CRIES_OF_SURPRISE
    + ADDRESSES_REPLACED
    + REMOVALS_DENIED
    + QUESTIONS_OF_LATER
    + WISHES_TO_KNOW
    + FORGET_NEAR
    + UNLIST_NEAR,
)
def test_a_reply_that_only_speaks_of_sending_lists_or_data_is_no_opt_out(
    text: str, channel: str
) -> None:
    assert _read(text, channel) is not Label.OPT_OUT


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize(
    "text",
    ASKS_FOR_NO_MORE
    + CRIES_THAT_STOP
    + REPLACED_AND_MORE_DELETED
    + DENIED_OR_ASKED_BUT_A_STOP
    + FORGET_ME
    + UNLIST_ME
    + NO_MORE_DETAILS,
)
def test_a_request_to_stop_beside_those_words_is_an_opt_out(text: str, channel: str) -> None:
    assert _read(text, channel) is Label.OPT_OUT


@pytest.mark.parametrize("text", FORGET_ME + UNLIST_ME + NO_MORE_DETAILS)
def test_forget_me_unlist_me_and_no_more_details_are_read_by_the_rules(text: str) -> None:
    """Not left to the meaning reader: the rules alone read them as stops."""
    found = classify.decide(text, "", "email", MailKind.HUMAN, None, RECEIVED, "en", None)
    assert found.label is Label.OPT_OUT
