"""Kinds of stop, and of false stop, that Dutch writers used restating the train opt-outs
(session 31), written here in other words so that a rule is held to the kind and not to the
paraphrase: nothing more received, wished for ("ik wil hier niks meer van krijgen"); nothing
more in their inbox or on their number; none more of our messages ("die vacaturemails hoef ik
niet meer", "ik wil er geen enkele meer"); our messages to stop, as the subject ("die
telefoontjes moeten ophouden"); the last one, hoped or asked for; kept out of our sends or
places ("haal me overal uit", "niet langer in jullie bestand"); consent withdrawn; everything
held about them deleted or destroyed; their data used no more; and words the rules lacked
("schei uit met", "vernietig", "gooi … weg", "bereiken", "mijn 06"). Never stops, beside
them: an access request under the AVG, signing off from an event or a register, no more mails
needed because they will call, and a complaint beside a yes ("de functie spreekt me wel aan")."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2030, 9, 2)

NOTHING_MORE_RECEIVED = [
    "Ik wil voortaan niks meer van jullie ontvangen.",
    "Van jullie bureau ontvang ik verder liever niets meer.",
    "Ik wil er verder niets meer over krijgen, bedankt.",
    "Ich will von Ihnen nichts mehr erhalten.",
]
NOTHING_MORE_IN_THEIR_INBOX = [
    "Ik hoef voortaan niets meer op mijn gsm-nummer.",
    "Graag niks meer naar mijn werkadres, mijn baas leest mee.",
]
NONE_MORE_OF_OURS = [
    "Alweer een mail. Ik wil er geen enkele meer.",
    "Die vacaturemails hoef ik niet meer.",
    "Geen sms'jes, mails of telefoontjes meer graag.",
    "Ik heb geen behoefte meer aan jullie nieuwsbrief.",
]
OURS_TO_STOP = [
    "Die telefoontjes van jullie moeten stoppen.",
    "Wilt u hiermee ophouden?",
    "Hou daar nu eens mee op.",
]
THE_LAST_ONE = [
    "Dit berichtje was hopelijk het laatste.",
    "Mag dit de laatste mail zijn?",
    "Ik wil dat dit het laatste bericht van uw kantoor is.",
]
KEPT_OUT = [
    "Ik wil niet langer in jullie database staan.",
    "Haal me overal uit, dank je.",
    "Zet me nergens meer op.",
    "Hou je mailtjes voortaan voor je.",
    "Ik wil graag buiten jullie nieuwsbrief blijven.",
    "Ik wil geen deel meer uitmaken van jullie talentpool.",
]
CONSENT_WITHDRAWN = [
    "U heeft geen toestemming meer voor mijn gegevens.",
    "Jullie hebben vanaf nu geen toestemming meer, dat is alles.",
]
EVERYTHING_ABOUT_ME_GONE = [
    "Vernietig alles wat jullie over mij bewaren.",
    "Ik wil dat u alle gegevens die u van mij hebt wist.",
    "Gooi mijn cv maar weg.",
    "Mijn dossier graag vernietigen.",
]
THEIR_DATA_USED_NO_MORE = [
    "Mijn e-mailadres graag nergens meer voor gebruiken.",
    "Gebruik mijn naam en cv nergens meer voor.",
    "Dit telefoonnummer voortaan niet meer gebruiken, aub.",
]
WORDS_THE_RULES_LACKED = [
    "Schei uit met die appjes.",
    "Wis mijn 06 uit jullie bestanden.",
    "Probeer mij niet meer te bereiken.",
    "Ik heb er nooit om gevraagd, dus ophouden aub.",
]
STOPS = (
    NOTHING_MORE_RECEIVED
    + NOTHING_MORE_IN_THEIR_INBOX
    + NONE_MORE_OF_OURS
    + OURS_TO_STOP
    + THE_LAST_ONE
    + KEPT_OUT
    + CONSENT_WITHDRAWN
    + EVERYTHING_ABOUT_ME_GONE
    + THEIR_DATA_USED_NO_MORE
    + WORDS_THE_RULES_LACKED
)

# The same words, asking nothing to stop.
LOOKALIKES = [
    # News, or a question, of receiving nothing.
    "Ik heb sinds vrijdag niets meer van jullie ontvangen, klopt dat?",
    "Ik wil graag weten waarom ik niets meer ontvang over de vacature.",
    "Ik zag niets meer in mijn inbox, is de uitnodiging al verstuurd?",
    # Something else as the subject; another "ermee".
    "Houd er rekening mee op vrijdag dat ik pas om tien uur kan bellen.",
    "Het gesprek was hopelijk het laatste voor het contract. Wanneer kan ik tekenen?",
    "Is dit de laatste ronde voor het aanbod?",
    # Their details updated, not stopped.
    "Dit nummer niet meer gebruiken, mijn nieuwe nummer is 0612345678. Bel me gerust.",
    # Asked what is held, not to delete it.
    "Ik wil weten wat u allemaal over mij bewaart. De functie klinkt overigens goed.",
    "Op grond van de AVG wil ik graag weten welke gegevens u van mij heeft. De functie spreekt "
    "me wel aan.",
    "Under the GDPR I'd like to know which data you hold on me. The role sounds good, though.",
    # Signing off from something not ours.
    "Afmelden voor de training van morgen lukt niet, bel me even over de vacature.",
    "Uitschrijven bij de KvK duurt nog een maand, daarna kan ik in loondienst beginnen.",
    # They will make the next contact.
    "Geen mails meer nodig, ik bel je morgen zelf.",
    # A complaint beside a yes.
    "Ik heb me nergens bij jullie aangemeld, maar de functie spreekt me wel aan. Wanneer bellen?",
]


@pytest.mark.parametrize("text", STOPS)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_restated_dutch_stop_is_an_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT


@pytest.mark.parametrize("text", LOOKALIKES)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_the_same_words_asking_nothing_to_stop_are_no_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is not Label.OPT_OUT
