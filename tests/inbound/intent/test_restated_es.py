"""Kinds of stop the Spanish restatements of the train opt-outs used (session 31) that the rules
did not read, written here in other words: a call dialled no more ("dejen de marcarme"), mail
not to go on arriving ("no seguir recibiendo", "que no me lleguen más"), off the list said bare,
left out of our sendings ("dejen de incluirme", "prescindan de mí"), all held about them erased
("los datos que tengan sobre mí"), consent to their data not given, their address deleted or
no longer used, "no vuelvas a", "no quiero un correo más", asked where to "darse de baja".
And, never stops: contact put off to a weekday or for today ("no más llamadas hasta el
viernes"), "más tarde de las 9" (later than), an old CV deleted while the new one is kept, and a
removal denied by someone only busy now, and leaving one selection process ("dadme de baja del
proceso"), not our messages. Beside each, near non-matches that must stay so."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2030, 9, 2)

DIALLED_NO_MORE = [
    "Dejen de marcarme, por favor.",
    "No me marques más, porfa.",
    "Ya dejen de marcar aquí, es una oficina.",
]
DIALLED_LOOKALIKES = [
    "Marca la casilla de disponibilidad y te llamo.",
    "No marques la opción remota, prefiero ir a la oficina. ¿Cuándo es la entrevista?",
]

NOT_TO_GO_ON_ARRIVING = [
    "Preferiría no seguir recibiendo sus ofertas.",
    "No deseo continuar recibiendo sus propuestas.",
    "Quiero que ya no me lleguen sus propuestas.",
]
ARRIVING_LOOKALIKES = [
    "No me llegan tus correos, ¿me los reenvías?",
    "Todavía no me llegó el correo con la oferta, ¿lo puedes mandar otra vez?",
    "Sigo recibiendo tus correos sin problema, gracias. El puesto me interesa.",
]

OFF_THE_LIST = [
    "Fuera de vuestra lista, por favor.",
    "Fuera de su base de datos. Gracias.",
]
OFF_THE_LIST_LOOKALIKES = [
    "Me quedé fuera de la lista de finalistas, ¿por qué?",
]

LEFT_OUT = [
    "Les pido que dejen de incluirme en sus envíos.",
    "Prescindan de mí en sus campañas, gracias.",
    "No me incluyáis en los próximos envíos.",
]
LEFT_OUT_LOOKALIKES = [
    "No dejen de incluirme en sus envíos, me interesan mucho.",
]

HELD_ABOUT_THEM_ERASED = [
    "Borren los datos que tengan sobre mí.",
    "Solicito la supresión de la información que guardan acerca de mí.",
    "Procedan al borrado de los datos que guarden sobre mi persona.",
    "Eliminad lo que tengáis sobre mí, gracias.",
    "Eliminen mi dirección de sus envíos, por favor.",
    "No consiento el tratamiento de mis datos.",
    "Dejen de usar mi correo del trabajo, por favor.",
]
HELD_LOOKALIKES = [
    "¿Qué datos tienen sobre mí? Solo quiero saberlo, el puesto me interesa.",
    "Borra la información sobre mi disponibilidad que te di: ahora puedo en marzo. Me interesa.",
    "Borra mi dirección antigua, la nueva es calle Mayor 5. Sigo interesada.",
]

NO_MORE = [
    "No vuelvas a mandarme nada.",
    "No vuelvan a enviarme ofertas.",
    "No quiero una oferta más vuestra.",
    "¿Dónde está el botón para darse de baja?",
]
NO_MORE_LOOKALIKES = [
    "No necesito un mensaje más largo; ¿cuándo hablamos?",
]

# Not stops: put off, narrowed to a time, an old document replaced, a removal denied.
PUT_OFF = [
    "No más llamadas hasta el viernes, estoy de viaje.",
    "No me escribas más hoy, estoy en un funeral; mañana te contesto.",
]
NARROWED_OR_REPLACED = [
    "No me llames más tarde de las 9, antes sí, y mándame la info.",
    "Bórrame el currículum viejo y usa el nuevo, gracias.",
    "No me borréis de la lista; ahora mismo no puedo, escribidme en octubre.",
]
# Out of one process, not out of our messages (the README: not_interested).
PROCESS_LEFT = [
    "Por favor, dadme de baja del proceso de selección; me quedo donde estoy.",
    "Sacadme del proceso para esta vacante, he aceptado otra cosa.",
]
PROCESS_AND_LIST_LEFT = [
    "Sacadme del proceso y de vuestra lista de correo.",
]


@pytest.mark.parametrize("text", DIALLED_NO_MORE + NOT_TO_GO_ON_ARRIVING + OFF_THE_LIST + LEFT_OUT)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_restated_spanish_stop_is_an_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT


@pytest.mark.parametrize("text", HELD_ABOUT_THEM_ERASED + NO_MORE)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_their_data_erased_or_no_more_of_it_is_an_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT


@pytest.mark.parametrize(
    "text",
    DIALLED_LOOKALIKES
    + ARRIVING_LOOKALIKES
    + OFF_THE_LIST_LOOKALIKES
    + LEFT_OUT_LOOKALIKES
    + HELD_LOOKALIKES
    + NO_MORE_LOOKALIKES,
)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_reply_that_only_sounds_like_one_is_no_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is not Label.OPT_OUT


@pytest.mark.parametrize("text", PUT_OFF + NARROWED_OR_REPLACED + PROCESS_LEFT)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_contact_put_off_narrowed_or_replaced_is_no_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is not Label.OPT_OUT


@pytest.mark.parametrize("text", PROCESS_AND_LIST_LEFT)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_process_left_with_our_list_is_still_an_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT
