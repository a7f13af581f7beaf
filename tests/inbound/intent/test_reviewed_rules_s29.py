"""False opt-outs a review found in the rules added in session 29, written by kind and in the six
languages where the kind exists: "no need to go on" beside their own next step (they will answer
or ring, they have applied or read it), a count of their own messages today, the hiring
process's lists (of candidates, waiting lists), being put into a talent pool, and "scrap my last
email". Then stops the review found missed, by kind: excluded from what we send, no point in
writing further, the Austrian "ruft's mi nimma an". A false opt-out silences someone who wanted
the job; each kind comes with the stops it must still read as stops."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2028, 8, 1)

NO_NEED_BESIDE_THEIR_NEXT_STEP = [
    "You don't need to send me anything more, I'll reply after my holiday next week.",
    "No need to send anything else for now, I'll ring you on Monday.",
    "No need to keep emailing the job ad, I've read it. What's the salary?",
    "Inutile de continuer à m'écrire ici, je vous réponds lundi avec mes disponibilités.",
    "No hace falta que sigas escribiendo, te contesto el lunes cuando vuelva de viaje.",
    "Não precisa mandar mais nada, já me candidatei pelo site.",
    "Je hoeft me geen informatie meer te sturen, ik heb al gesolliciteerd via de site.",
    "Sie brauchen mir nichts mehr zu schicken, ich melde mich nächste Woche bei Ihnen.",
    "Es bringt nichts, mir weiter Unterlagen zu schicken, ich melde mich morgen telefonisch.",
]
# Stops that name a step of theirs: an exemption for "their own next step" read these as yeses
# (a second review, R2), so "no need" beside a next step stays a stop: when unsure, don't send.
NO_NEED_BESIDE_A_STEP_OF_THEIRS_STOPS = [
    "I've read your messages and there's no need to keep sending them.",
    "Ich antworte ein letztes Mal: Sie brauchen mir nichts mehr schicken.",
    "Ik reageer hierop voor het laatst: je hoeft me geen berichten meer te sturen.",
    "Je vous réponds une dernière fois : inutile de continuer à m'écrire.",
    "Te respondo por última vez: no hace falta que me sigas escribiendo.",
    "Já li tudo o que mandaram, não precisa mandar mais nada, obrigado.",
]
# Their own next step denied, or put on a condition, is no next step.
NO_NEED_STILL_STOPS = [
    "No need to keep emailing me, I'll never reply.",
    "No need to keep emailing me, I'll call you if I ever change my mind.",
    "Inutile de continuer à m'écrire, je ne répondrai pas.",
    "No hace falta que sigas escribiendo, no voy a contestar.",
    "Não precisa mandar mais nada, não vou responder.",
    "Je hoeft me niets meer te sturen, ik reageer niet.",
    "Sie brauchen mir nicht mehr zu schreiben, ich antworte nicht.",
]
# Their own messages counted: an apology, or a question about what they sent.
THEIR_OWN_COUNT_TODAY = [
    "Third email today from me, sorry! Is the role still open?",
    "É a terceira mensagem hoje, recebeu meu currículo?",
    "Dritte Mail heute von mir, sorry! Ist die Stelle noch offen?",
    "Troisième mail aujourd'hui de ma part, désolé ! Le poste est-il toujours ouvert ?",
    "Tercer correo hoy de mi parte, perdón. ¿Sigue abierto el puesto?",
    "Derde mail vandaag van mij, sorry! Is de vacature nog open?",
]
OUR_COUNT_TODAY = [
    "Third call today. Enough.",
    "3rd email today, seriously.",
]
# The hiring process's lists: of candidates, a waiting list.
A_PROCESS_LIST = [
    "Did I get taken off the list of candidates? I haven't heard back and I'm still keen.",
    "Warum wurde ich aus der Kandidatenliste gestrichen? Ich bin weiterhin interessiert.",
    "Waarom ben ik van de kandidatenlijst gehaald? Ik heb nog steeds interesse.",
    "Pouvez-vous me sortir de la liste d'attente et me proposer un entretien ? Le poste me plaît.",
    "¿Me pueden sacar de la lista de espera y pasarme a entrevista? Estoy muy interesado.",
    "Me tirem da lista de espera e marquem a entrevista, por favor!",
]
OUR_LISTS_STILL_STOPS = [
    "I'd like to be taken off your list.",
    "Ich möchte aus Ihrer Mailingliste gestrichen werden.",
    "Ik wil graag van jullie verzendlijst gehaald worden.",
    "Sortez-moi de votre liste, merci.",
    "Sáquenme de su lista, por favor.",
    "Me tirem da lista, por favor.",
]
# Put into a pool or a database: the verbs "tragen … ein" and "zetten … in" add them.
PUT_INTO_A_POOL = [
    "Bitte tragen Sie mich in Ihren Talentpool ein, ich bin sehr interessiert.",
    "Tragen Sie mich gerne in Ihre Datenbank ein.",
    "Zet mij maar in jullie talentpool, ik ben zeker geïnteresseerd.",
    "Zet me gerust in jullie database, graag!",
]
OUT_OF_A_POOL_STILL_STOPS = [
    "Tragen Sie mich bitte aus Ihrem Talentpool aus.",
    "Haal me uit jullie talentpool.",
    "Retirez-moi de votre vivier.",
]
# Their own last message taken back.
SCRAP_MY_LAST = [
    "Scrap my last email, I am actually interested! When can we talk?",
    "Strike that last message, I'm interested after all.",
]
SCRAP_STILL_STOPS = [
    "Scrap my details from your system.",
    "Strike my name from your list.",
]

# Stops the review found missed, by kind.
EXCLUDED_FROM_WHAT_WE_SEND = [
    "Please exclude me from future sends.",
    "Excluez-moi de vos prochains envois.",
    "Exclúyanme de los próximos envíos.",
    "Me excluam dos próximos envios.",
    "Schließen Sie mich von künftigen Aussendungen aus.",
    "Sluit me uit van toekomstige mailings.",
    "Laissez-moi en dehors de vos campagnes.",
]
NO_POINT_WRITING_FURTHER = [
    "No point emailing me further.",
    "There's no point writing to me further.",
    "Ça ne sert à rien de m'écrire encore.",
    "Es bringt nichts, mir weiter zu schreiben.",
    "No sirve de nada que me escribas más.",
    "Não adianta me escrever mais.",
    "Het heeft geen zin me verder te mailen.",
    "Ruft's mi nimma an.",
]
MISSED_KINDS_LOOKALIKES = [
    "Please don't exclude me from future sends, I like them!",
    "Ne me laissez pas en dehors de vos campagnes !",
    "Excluez-moi de la liste d'attente, je préfère passer l'entretien maintenant !",
    "No point emailing me further details, I have the JD. When can we talk?",
    "Ça ne sert à rien de m'écrire encore la fiche de poste, je l'ai lue. Dispo jeudi ?",
    "Ruft's mi an, bitte, i hab Interesse.",
]


@pytest.mark.parametrize(
    "text",
    MISSED_KINDS_LOOKALIKES
    + THEIR_OWN_COUNT_TODAY
    + A_PROCESS_LIST
    + PUT_INTO_A_POOL
    + SCRAP_MY_LAST,
)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_reply_that_only_sounds_like_a_stop_is_no_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is not Label.OPT_OUT


@pytest.mark.parametrize(
    "text",
    NO_NEED_STILL_STOPS
    + NO_NEED_BESIDE_A_STEP_OF_THEIRS_STOPS
    + OUR_COUNT_TODAY
    + OUR_LISTS_STILL_STOPS
    + OUT_OF_A_POOL_STILL_STOPS
    + SCRAP_STILL_STOPS
    + EXCLUDED_FROM_WHAT_WE_SEND
    + NO_POINT_WRITING_FURTHER,
)
def test_the_stops_beside_them_are_still_opt_outs(text: str) -> None:
    assert read_reply(text, RECEIVED).label is Label.OPT_OUT


@pytest.mark.xfail(
    strict=True, reason="a rule reads it as a stop: 'no need' beside their own next step"
)
@pytest.mark.parametrize("text", NO_NEED_BESIDE_THEIR_NEXT_STEP)
def test_no_need_beside_their_own_next_step_is_no_opt_out(text: str) -> None:
    assert read_reply(text, RECEIVED).label is not Label.OPT_OUT
