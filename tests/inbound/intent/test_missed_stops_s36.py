"""Session 36, helper M: the kinds of stop the reader missed, mended by kind in the six languages,
each beside near misses of the same kind that must stay what they are (a preference, a put-off,
someone else's stop, stop words about something else).

- disturbing as a contact verb: "Ne me dérangez plus avec vos offres", "Stoor me niet meer";
- unsubscribed, and asking why our messages still come: "Ich hatte Ihren Newsletter abbestellt.
  Warum schreiben Sie mir trotzdem?";
- our messages counted and the next one refused: "c'est votre sixième message, je préfère qu'il
  n'y en ait pas de septième", "zes is echt genoeg: ik wil er geen meer".
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply
from sequencer.inbound.intent.lists_stayed_on import declines_staying_on_a_list
from sequencer.inbound.intent.opt_outs import plain
from sequencer.inbound.intent.stop_regional import regional
from sequencer.inbound.intent.stops_beside_elsewhere import stops_for_good_beside_elsewhere
from sequencer.inbound.intent.stops_counted import counts_and_wants_no_more
from sequencer.inbound.intent.stops_of_it import stops_it_for_good

RECEIVED = date(2026, 3, 2)


def _label(text: str, channel: str = "email") -> Label:
    return read_reply(text, RECEIVED, channel=channel).label


DISTURBED = [
    "Ne me dérangez plus avec vos offres",
    "Ne me dérangez plus jamais, merci.",
    "Stoor me niet meer met jullie vacatures",
    "Wilt u mij niet meer storen met vacatures?",
]
DISTURBED_NOT = [
    "Désolé pour le dérangement, je suis intéressé par le poste.",
    "Stoor me niet tijdens werktijd, bel na 17u.",
]


@pytest.mark.parametrize("text", DISTURBED)
def test_disturbing_no_more_is_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


@pytest.mark.parametrize("text", DISTURBED_NOT)
def test_disturbing_said_otherwise_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


WHY_STILL = [
    "Ich hatte Ihren Newsletter abbestellt. Warum schreiben Sie mir trotzdem?",
    "Ik had me al afgemeld, waarom krijg ik dit nog?",
    "I opted out in May, so why do you keep writing to me?",
    "Je me suis désinscrite en mai. Pourquoi vous m'écrivez encore ?",
    "Me di de baja hace un mes. ¿Por qué me siguen escribiendo?",
    "Já me descadastrei, por que ainda recebo isso?",
]
WHY_STILL_NOT = [
    # Another sender's list, and a yes to ours.
    "Ik had me afgemeld bij Indeed, waarom krijg ik daar nog mails van? Maar jullie vacature "
    "klinkt goed.",
    # A question about the role after an old unsubscription, no stop in it.
    "Ik heb me vorig jaar uitgeschreven. Waarom staat de vacature nog open? Klinkt goed, bel me.",
]


@pytest.mark.parametrize("text", WHY_STILL)
def test_unsubscribed_and_asking_why_they_still_come_is_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


@pytest.mark.parametrize("text", WHY_STILL_NOT)
def test_unsubscribed_elsewhere_or_asking_something_else_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


COUNTED = [
    "Merci, c'est gentil. Mais c'est votre sixième message depuis la rentrée, et je préfère qu'il "
    "n'y en ait pas de septième.",
    "Six emails since September, and I'd rather there wasn't a seventh.",
    "Third email today. I don't want a fourth.",
    "Das ist die sechste Mail, eine siebte möchte ich nicht.",
    "Das ist Ihr dritter Versuch. Es reicht.",
    "Vier Mails in zwei Wochen. Keine mehr, bitte.",
    "Es el sexto correo y no quiero un séptimo.",
    "Dit is de zesde mail, een zevende hoeft niet.",
    "Dit is de zesde mail sinds september. Nee, en zes is echt genoeg: ik wil er geen meer.",
    "É o sexto e-mail, não quero um sétimo.",
    "Quatro emails em duas semanas. Nunca mais, por favor.",
    "trois sms en une semaine c'est trop je veux que ça s'arrête maintenant merci",
]
COUNTED_NOT = [
    "Three emails this week, no more than I expected. Happy to talk Tuesday.",
    "Third email this week: is there a fourth one coming with the salary?",
    "That's your second email and I don't want a third interview round, just the offer.",
    "Two messages so far, that's enough info for now, I'll call you.",
    "Dit is de derde mail, de vierde mag over het salaris gaan.",
    "Deux messages reçus, c'est assez clair, je suis partant.",
    "I've sent you three emails and no reply. No more waiting, I'll call.",
    "Three emails in a week, that's enough. I'm in, call me Tuesday.",
    "Four emails, Dana. I've read all four. It's still no, and it'll be no in a fifth as well, "
    "though whether you send one is your call.",
    "Es el tercer correo, y no hay un cuarto candidato mejor que yo: ¿hablamos el lunes?",
]


@pytest.mark.parametrize("text", COUNTED)
def test_messages_counted_and_the_next_refused_is_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


@pytest.mark.parametrize("text", COUNTED_NOT)
def test_messages_counted_without_refusing_more_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


@pytest.mark.parametrize(
    "run",
    [
        "third email " * 1700,
        "6 mails no " * 1900,
        "sixieme message pas de " * 900,
        "1. " * 7000,
        "no more " * 2600,
    ],
)
def test_hostile_runs_of_the_counted_stop_words_read_fast(run: str) -> None:
    words = plain(run)
    started = time.perf_counter()
    counts_and_wants_no_more(words)
    assert time.perf_counter() - started < 0.1


def _answer(kept: str, said: str) -> str:
    return f"> {kept}\n\n{said}\n\nA."


CARRIED_OUT = [
    ("Alle Nachrichten abbestellen", "Endlich mal eine Zeile, die mir gefällt. Bitte umsetzen."),
    ("To stop all messages", "Can you just do this one for me? Phone as well as email."),
    ("I haven't heard back, so I'll stop here.", "Would you? That'd be ideal."),
    ("To stop all messages, reply STOP.", "Please action this."),
    ("Pour ne plus recevoir nos messages, répondez STOP.", "Faites ce que vous dites, merci."),
    ("Si no te interesa, dímelo y no te vuelvo a escribir.", "No me interesa. Haga lo que dice."),
    ("Afmelden voor alle berichten:", "Doe wat je schrijft, graag."),
]
CARRIED_OUT_NOT = [
    ("I'll stop here.", "Why? The role sounds great, that'd be ideal for me. Call me."),
    ("To stop all messages, reply STOP.", "Can you do this for me? I mean send me the job spec."),
    (
        "I haven't heard back, so I'll stop here.",
        "Please don't, that'd be a shame. I'm interested.",
    ),
    ("Abmelden: hier klicken", "Bitte umsetzen können wir das im Team erst im Mai."),
    # Not an offer of ours to stop.
    ("Could you send me your CV by Friday?", "Please action this, I'll send it tonight."),
]


@pytest.mark.parametrize(("kept", "said"), CARRIED_OUT)
def test_our_offer_to_stop_told_to_be_carried_out_is_a_stop(kept: str, said: str) -> None:
    assert _label(_answer(kept, said)) is Label.OPT_OUT


@pytest.mark.parametrize(("kept", "said"), CARRIED_OUT_NOT)
def test_carrying_out_something_else_is_no_stop(kept: str, said: str) -> None:
    assert _label(_answer(kept, said)) is not Label.OPT_OUT


OF_IT = [
    "We've just moved to Singapore and that WhatsApp number is now the family phone the kids "
    "use. Please never message it about work again. Email is fine for anything else.",
    "this mobile is the work one so dont use it anymore, personal is 07700 900 118. happy to "
    "chat there",
    "Yes, I'm interested, Tuesday works. P.S. The texts are a different story: that's my "
    "partner's phone, so please stop sending anything there.",
    "Mijn 06-nummer is privé: gebruik het niet meer. Mail is prima.",
    "Die Handynummer ist privat, rufen Sie sie bitte nicht mehr an. Per Mail gerne.",
    "Sí, me interesa. Ese número es de mi trabajo, no lo usen más; escríbanme al correo.",
    "Sim, tenho interesse. Esse número é do trabalho, não o usem mais, mandem e-mail.",
    "Oui, intéressé. Ce numéro est celui du bureau, ne l'utilisez plus, écrivez-moi par mail.",
    "Cette boîte est celle de mon employeur : arrêtez d'y écrire. Mon adresse perso est "
    "marc.dulac@orange.fr.",
]
OF_IT_NOT = [
    "My old number: please don't use it anymore, the new one is 07700 900 118. Yes, interested!",
    "Mi número viejo, no lo usen más, el nuevo es 600123123. ¡Me interesa!",
    "The role sounds good. The salary question: never mention it again, ha. Call me on my mobile.",
    "That's my work phone, so don't ring it before 6pm. Yes, interested.",
    "Please call my mobile, and don't lose it again 😄 Tuesday works.",
    "Não perde ele de novo, o meu número! Liga terça.",
    "The PDF you sent: stop sending it as a zip, just attach it. Interested.",
]


@pytest.mark.parametrize("text", OF_IT)
def test_a_channel_named_then_stopped_by_a_pronoun_is_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT
    assert _label(text, "sms") is Label.OPT_OUT


@pytest.mark.parametrize("text", OF_IT_NOT)
def test_a_pronoun_for_an_old_channel_a_time_or_a_thing_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


MISSPELT = [
    ("Non. arettez les sms svp", "sms"),
    ("Arettez de m'envoyer des offres.", "email"),
    ("Hola, como me doy de vaja de estos coreos? Gracias", "email"),
    ("Quiero darme de vaja de la lista.", "email"),
]


@pytest.mark.parametrize(("text", "channel"), MISSPELT)
def test_the_key_words_misspelt_as_heard_are_read(text: str, channel: str) -> None:
    assert _label(text, channel) is Label.OPT_OUT


@pytest.mark.parametrize(
    "run",
    [
        "that number never message it again " * 580,
        "numero no lo usen mas " * 900,
        "arettez de vaja coreos " * 900,
    ],
)
def test_hostile_runs_of_the_pronoun_stop_words_read_fast(run: str) -> None:
    words = plain(run)
    started = time.perf_counter()
    stops_it_for_good(regional(words))
    assert time.perf_counter() - started < 0.1


FOR_GOOD_BESIDE_ELSEWHERE = [
    ("not the right moment. ping me by email in a few weeks. but stop ringing this mobile, I "
     "won't pick up", "sms"),
    ("Ik antwoord namens mijn dochter Noor. Wel wil ze dat jullie haar niet meer op haar mobiel "
     "bellen; mail is voor haar de enige weg.", "email"),
]  # fmt: skip
FOR_GOOD_BESIDE_ELSEWHERE_NOT = [
    "Don't call me at work, email me instead.",
    "Don't call me during the day anymore, text me instead, I'm interested!",
    "Yes! Email me the details; I'd rather not talk on the phone.",
    "Call me anytime, I never check email anymore.",
]


@pytest.mark.parametrize(("text", "channel"), FOR_GOOD_BESIDE_ELSEWHERE)
def test_a_stop_for_good_beside_another_way_is_a_stop(text: str, channel: str) -> None:
    assert _label(text, channel) is Label.OPT_OUT


@pytest.mark.parametrize("text", FOR_GOOD_BESIDE_ELSEWHERE_NOT)
def test_another_way_preferred_or_a_time_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


ERASED = [
    "Kind, but I've now asked on two occasions and this makes three. Please expunge my details.",
    "Ik heb een nieuwe functie aanvaard, dus ik wil graag dat u mijn profiel bij u opheft.",
    "Por favor, expurguem os meus dados do vosso sistema.",
]
ERASED_NOT = [
    "Expunge my old number, the new one is 0612345678. Interested!",
    "I'd like the requirement for 5 years expunged from the ad, then I'll apply.",
    "Ik heb mijn abonnement bij de sportschool opgeheven, dus ik kan nu overal werken.",
]


@pytest.mark.parametrize("text", ERASED)
def test_their_data_expunged_or_their_profile_cancelled_is_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


@pytest.mark.parametrize("text", ERASED_NOT)
def test_something_else_expunged_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


def test_a_purpose_of_something_done_beside_a_yes_is_no_stop() -> None:
    text = (
        "Bonjour Hugo, j'ai fermé mon compte LinkedIn pour ne plus être sollicité de partout… "
        "et pourtant, votre mail me fait plaisir. Oui, je suis partant, mardi ou mercredi."
    )
    assert _label(text) is not Label.OPT_OUT


STAYING_DECLINED = [
    "- ¿Me interesa? No.\n- ¿Quiero seguir en la lista? Tampoco.\nGracias.",
    "- interesse: não\n- continuar na base: também não",
    "Interested? No. Stay on your mailing list? No.",
    "Auf Ihrer Liste bleiben: nein. Danke.",
    "Intéressé ? Non. Rester dans votre fichier ? Non plus.",
    "Interesse? Nee. Op jullie lijst blijven? Nee.",
]
STAYING_DECLINED_NOT = [
    "- interesse: não\n- continuar na base: sim, pode manter",
    "Stay on the shortlist? No, I'd rather withdraw from this role.",
    "Stay on the list of speakers for the meetup? No idea yet.",
    "Interested? Yes. Stay on your list? Yes please.",
    "Op de lijst blijven? Ja graag.",
]


@pytest.mark.parametrize("text", STAYING_DECLINED)
def test_staying_on_our_list_answered_no_is_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


@pytest.mark.parametrize("text", STAYING_DECLINED_NOT)
def test_staying_answered_yes_or_a_shortlist_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


@pytest.mark.parametrize(
    "text",
    [
        "Wäre es in Ordnung, wenn wir es hierbei belassen und ich von Ihnen keine Jobvorschläge "
        "mehr erhalte? Danke für Ihr Verständnis.",
        "Bitte keine Jobvorschläge mehr.",
        "Keine Vorschläge mehr, danke.",
    ],
)
def test_job_suggestions_refused_are_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


def test_suggestions_of_another_kind_no_longer_needed_are_no_stop() -> None:
    text = "Keine Verbesserungsvorschläge mehr nötig, der Vertrag passt. Wann starten wir?"
    assert _label(text) is not Label.OPT_OUT


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb al gezegd dat je me niet meer via LinkedIn moet benaderen",
        "ik wil niet meer gebelt worden, heb ik al gezegt",
        "I already said you shouldn't approach me via LinkedIn anymore.",
        "Ich habe schon gesagt, dass Sie mich nicht mehr per Mail anschreiben sollen.",
    ],
)
def test_a_stop_said_already_through_a_channel_is_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben niet meer via LinkedIn te bereiken, bel me gewoon.",
        "You shouldn't contact me before Monday, I'm travelling. Then yes!",
        "You should not hesitate to call me again, I'm interested.",
        "Ich bin unter dieser Nummer nicht mehr erreichbar, schreiben Sie mir bitte eine Mail.",
    ],
)
def test_news_of_a_channel_or_a_time_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


@pytest.mark.parametrize(
    "run",
    [
        "email me instead, but never " * 720,
        "call me instead; never text " * 720,
        "stay on your list list list " * 720,
        "continuar na base: " * 1100,
    ],
)
def test_hostile_runs_beside_another_way_read_fast(run: str) -> None:
    stops_for_good_beside_elsewhere("email me instead, never call me")  # the gates built once
    words = plain(run)
    started = time.perf_counter()
    stops_for_good_beside_elsewhere(words)
    declines_staying_on_a_list(words)
    assert time.perf_counter() - started < 0.1


@pytest.mark.parametrize(
    "text",
    [
        "Este número queda vetado.",
        "Este número queda vetado para ustedes, escríbanme por correo.",
        "Esse número está vetado para recrutadores.",
        "Diese Nummer ist für Sie ab sofort verboten.",
    ],
)
def test_a_channel_banned_for_us_is_a_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


@pytest.mark.parametrize(
    "text",
    [
        "Mi número quedó vetado en LinkedIn por error, ¿me pueden llamar al fijo?",
        "That number got banned by my carrier, call my new one: 07700 900 118.",
        "Mi correo del trabajo está vetado para archivos grandes, mándame el PDF al personal.",
    ],
)
def test_a_channel_banned_by_someone_else_or_for_something_else_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT
