"""Six misreads a reviewer found by reading the reply reader (session 29), each written as a
person would send it, in the six languages where the same wording exists, beside the near
sentences that must keep their reading: a request to be unlisted read as a bounce, an updated
CV read as a request to delete their data, "don't stop, send me more" read as a no, a "si"
that means "if" read as "sí", and a complaint that we never stop texting not taken as a STOP
keyword by SMS."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply
from sequencer.inbound.text import TextMeaning, meaning_of_text

RECEIVED = date(2028, 8, 1)
CHANNELS = ["email", "sms"]


def _read(text: str, channel: str = "email") -> Label:
    return read_reply(text, RECEIVED, channel=channel).label


# 1. Asking to take their address off: a request, never a bounce (only the mail's machinery
# says bounce; the model guessed one for "Please unlist my email address.").
TAKE_MY_ADDRESS_OFF = [
    "Please unlist my email address.",
    "Please delist my email address.",
    "Delist me from your database.",
    "Please strike my email address.",
    "Please scrap my email address.",
    "Bitte streichen Sie meine E-Mail-Adresse.",
    "Merci de rayer mon adresse mail.",
    "Por favor, quitad mi dirección de correo.",
    "Haal mijn e-mailadres weg alstublieft.",
    "Por favor, tirem meu e-mail.",
]
# ...and the same words telling something, asking nothing to stop.
SAYS_IT_IS_UNLISTED = [
    "My number is unlisted, how did you get it?",
    "Is the salary band unlisted?",
]


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("text", TAKE_MY_ADDRESS_OFF)
def test_asking_to_take_their_address_off_is_an_opt_out(text: str, channel: str) -> None:
    assert _read(text, channel) is Label.OPT_OUT


@pytest.mark.parametrize("text", SAYS_IT_IS_UNLISTED)
def test_saying_a_number_is_unlisted_asks_nothing(text: str) -> None:
    assert _read(text) is Label.QUESTION


# Words about their address that no rule reads: the model guessed "bounce" for each.
ABOUT_THEIR_ADDRESS = [
    "Please update my email address.",
    "Address changed.",
    "Please correct my email address, it has a typo.",
    "Mailbox full",
]


@pytest.mark.parametrize("text", TAKE_MY_ADDRESS_OFF + SAYS_IT_IS_UNLISTED + ABOUT_THEIR_ADDRESS)
def test_a_persons_reply_is_never_a_bounce(text: str) -> None:
    assert _read(text) is not Label.BOUNCE


# 2. Deleting an old document while giving the new one: an updated CV, a yes.
OLD_ONE_REPLACED = [
    "Please delete my old CV from your system, the attached one is current.",
    "Please delete my old CV, here's the updated one.",
    "Remove my previous resume from your database, my new CV is attached.",
    "Bitte löschen Sie meinen alten Lebenslauf, anbei der aktuelle.",
    "Meinen alten Lebenslauf bitte löschen, der neue ist angehängt.",
    "Merci de supprimer mon ancien CV, le nouveau est en pièce jointe.",
    "Supprimez mon CV précédent de votre base, ci-joint la version à jour.",
    "Por favor, borrad mi CV antiguo, os adjunto el actualizado.",
    "Eliminen mi antiguo currículum de su base de datos, adjunto el nuevo.",
    "Verwijder mijn oude cv alsjeblieft, de nieuwe zit in de bijlage.",
    "Apaguem meu currículo antigo, segue o atualizado em anexo.",
]
# Their data, CV or details to delete, or an old one with more joined to it: still a stop.
STILL_DELETE = [
    "Delete my CV.",
    "Please delete my data.",
    "Please delete my details from your system.",
    "Delete my old CV and all my data, I'm not looking for a new job.",
    "Please delete my old CV from your system. I'm not looking for a new job.",
    "Delete my old CV, the attached one is current, and stop emailing me.",
    "Bitte löschen Sie meinen Lebenslauf, ich suche nicht mehr.",
    "Supprimez mon CV de votre base.",
    "Borrad mi CV de vuestra base de datos.",
    "Verwijder mijn cv uit jullie systeem.",
    "Apaguem meu currículo do sistema de vocês.",
]


@pytest.mark.parametrize("text", OLD_ONE_REPLACED)
def test_an_old_cv_deleted_beside_the_new_one_is_an_updated_cv(text: str) -> None:
    assert _read(text) is Label.INTERESTED


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("text", STILL_DELETE)
def test_deleting_their_cv_or_data_is_still_an_opt_out(text: str, channel: str) -> None:
    assert _read(text, channel) is Label.OPT_OUT


# 3. "Don't stop, send me more details": a yes, in each language.
DONT_STOP_SEND_MORE = [
    "Don't stop, send me more details.",
    "Bitte nicht stoppen, schicken Sie mir die Details!",
    "Nicht aufhören, schicken Sie mir mehr Details.",
    "Hör nicht auf, schick mir mehr Infos.",
    "N'arrêtez pas, envoyez-moi plus de détails.",
    "No paren, mándenme más detalles.",
    "No paren, mándenme más info.",
    "No pares, mándame más detalles.",
    "Niet stoppen, stuur me de details!",
    "Niet ophouden, stuur me meer info.",
    "Não parem, me mandem mais detalhes.",
    "Não pare, me manda mais detalhes.",
]
# Asking for no more of them is a stop; "no paren de mandarme" complains.
NO_MORE_DETAILS = [
    "Don't send me more details, not interested.",
    "No me mandes más detalles, no me interesa.",
    "Ne m'envoyez plus de détails.",
    "Stuur me geen info meer.",
    "Não me mande mais detalhes.",
    "No paren de mandarme detalles.",
]


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("text", DONT_STOP_SEND_MORE)
def test_dont_stop_send_me_more_is_a_yes(text: str, channel: str) -> None:
    assert _read(text, channel) is Label.INTERESTED


@pytest.mark.parametrize("text", NO_MORE_DETAILS)
def test_asking_for_no_more_details_is_still_an_opt_out(text: str) -> None:
    assert _read(text) is Label.OPT_OUT


def test_a_plain_no_is_still_a_no() -> None:
    assert _read("No, gracias.") is Label.NOT_INTERESTED


# 4. "Si" meaning "if": a condition on the job's terms is asked before deciding (the corpus's
# "question"), in every language, not a yes.
CONDITIONS_ON_THE_TERMS = [
    "Si el sueldo es bueno, hablamos.",
    "Si el salario está bien, me interesa.",
    "Si es remoto, me interesa.",
    "Si c'est en télétravail, pourquoi pas.",
    "Si le salaire suit, je suis partant.",
    "S'il y a du télétravail, je suis partant.",
    "If the salary is good, let's talk.",
    "If it's remote, why not.",
    "Wenn das Gehalt stimmt, reden wir.",
    "Wenn es remote ist, warum nicht.",
    "Als het salaris goed is, praten we.",
    "Als het remote is, waarom niet.",
    "Se o salário for bom, conversamos.",
    "Se for remoto, por que não.",
    "Hola Marta. Si el sueldo es bueno, hablamos.",
]
# "Sí" typed without its accent is still a yes.
YES_WITHOUT_ITS_ACCENT = [
    "Si, me interesa",
    "si claro",
    "Sí!",
    "Si!",
    "si",
    "Si si, llámame",
    "Si me interesa",
    "si me interesa, cuando hablamos?",
    "Si, pourquoi pas.",
    "SI ME INTERESA",
]


@pytest.mark.parametrize("text", CONDITIONS_ON_THE_TERMS)
def test_a_condition_on_the_terms_is_a_question(text: str) -> None:
    assert _read(text) is Label.QUESTION


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("text", YES_WITHOUT_ITS_ACCENT)
def test_si_without_its_accent_is_still_a_yes(text: str, channel: str) -> None:
    assert _read(text, channel) is Label.INTERESTED


@pytest.mark.parametrize(
    "text",
    [
        # A condition that names no term of the job leaves the reply to the rest of it.
        "Si la posición sigue abierta en octubre, encantado de hablar.",
        "Se trata de un puesto remoto, me interesa.",
        "Als Teamleiter bin ich sehr zufrieden, danke.",
    ],
)
def test_an_if_or_a_se_without_a_condition_on_the_terms_is_no_question(text: str) -> None:
    assert _read(text) is not Label.QUESTION


# 5. By SMS, a complaint that we never stop texting is a STOP; a plea never to stop is not.
@pytest.mark.parametrize(
    "text",
    [
        "you never stop texting me",
        "why do you never stop texting me",
        "You people never stop messaging me.",
        "They never stop calling me, make it stop",
    ],
)
def test_a_complaint_that_we_never_stop_is_a_stop_keyword(text: str) -> None:
    assert meaning_of_text(text) is TextMeaning.OPT_OUT


@pytest.mark.parametrize(
    "text",
    [
        "Never stop texting me, I love these jobs!",
        "never stop sending me jobs!",
        "Please never stop texting me about roles.",
        "Yes! Never stop texting me haha",
        "Don't stop texting me haha, I'm just slow. Yes interested.",
    ],
)
def test_a_plea_never_to_stop_is_no_stop_keyword(text: str) -> None:
    assert meaning_of_text(text) is TextMeaning.REPLY
