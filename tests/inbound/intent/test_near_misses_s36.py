"""Session 36 (brief F): near misses of the train paraphrases taken for stops, mended by kind,
each kind in the six languages (the corpus's wordings and our own): someone of theirs who asked
us to stop, told as news; their own unsubscribing told beside a question or a yes; an earlier
stop of their own reconsidered; contact put off "until then", to a weekday or a day; one thing
not to be sent again while the rest goes on; a deletion denied ("keine Löschung"). Beside them,
the stops each mend must leave alone.

Writing again to someone who asked us to stop is the worst harm the product can do; silencing
someone who said yes is the next.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply
from sequencer.inbound.intent.complaints_excused import _asks_for_the_terms
from sequencer.inbound.intent.deletions_denied import without_deletions_denied
from sequencer.inbound.intent.one_thing_not_wanted import without_one_thing_not_wanted
from sequencer.inbound.intent.others_stops_told import without_others_stops
from sequencer.inbound.intent.stops_reconsidered import without_stops_reconsidered
from sequencer.inbound.intent.unsubscribing_told import without_unsubscribing_told

RECEIVED = date(2026, 3, 2)


def _label(text: str, channel: str = "email") -> Label:
    return read_reply(text, RECEIVED, channel=channel).label


OTHERS_STOPS = [
    # The corpus (paraphrase wave 8).
    "Auf jeden Fall interessiert. Mein Kollege hat Ihnen wohl neulich geschrieben, dass er keine "
    "Nachrichten mehr von Ihnen will – das gilt nur für ihn, nicht für mich. Wie geht's weiter?",
    "Hallo Frau Vogt, ja ich habe Interesse!! Meine Schwester hat gesagt sie will keine SMS mehr "
    "von Ihnen, aber ich schon 😊 Sie können anrufen morgen nach 17 Uhr",
    "ok no cap this sounds sick. is it fully remote tho or do i gotta leave london. my mate told u "
    "to stop texting him btw thats not me lol",
    "Bonjour Camille, je suis partant ! Mon collègue Yanis vous a demandé de ne plus le relancer, "
    "mais ça ne vaut que pour lui.",
    "Me interesa. Mi compañera me contó que os pidió que no le escribierais más; que no te líe, yo "
    "sí quiero.",
    "Nu even niet, we zitten midden in een lancering. Mail je me na de zomer? Mijn collega vroeg "
    "jullie al om haar niet meer te benaderen, maar dat geldt niet voor mij.",
    "Pode entrar em contato quando quiser. Meu marido pediu pra sair da lista de vocês, mas eu "
    "continuo interessada. Quinta às 15h funciona pra você?",
    # Our own.
    "Yes, let's talk Friday. My brother asked you to take him off your list, that was just him.",
    "Gerne ein Gespräch. Mein Mann hatte Sie gebeten, ihn aus dem Verteiler zu nehmen, das gilt "
    "aber nicht für mich.",
    "Ma sœur vous a demandé de ne plus lui écrire, pas moi : le poste m'intéresse.",
    "Mi hermana os pidió que la borrarais de la lista, pero yo no. ¿Cuándo hablamos?",
    "Mijn vrouw wilde van jullie lijst af, maar ik dus niet. Wanneer kunnen we bellen?",
    "Minha irmã pediu pra vocês pararem de ligar pra ela, mas eu não. Tenho interesse!",
]

OTHERS_AND_MINE = [
    # Someone else's stop told, and the writer's own beside it, or the writer's stop passed on.
    "My colleague asked you to stop emailing her, and please stop emailing me too.",
    "Mein Kollege hat Sie gebeten, ihn zu löschen. Löschen Sie mich bitte auch.",
    "My wife asked you to stop calling. Stop calling this number.",
    "Mi compañera os pidió que no le escribierais más. A mí tampoco me escribáis más.",
    "Stop texting me, this is my wife's phone",
]


@pytest.mark.parametrize("text", OTHERS_STOPS)
def test_someone_elses_stop_told_as_news_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


@pytest.mark.parametrize("text", OTHERS_AND_MINE)
def test_ones_own_stop_beside_anothers_still_stops(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


UNSUBSCRIBING_TOLD = [
    # The corpus.
    "Ich hatte mich vor zwei Jahren mal von Ihrem Newsletter abgemeldet, deshalb wundert mich Ihre"
    " Mail ein bisschen. Aber gut: Ist die Stelle in Leipzig auch remote möglich?",
    "Gern. Ich habe mich von allen Job-Newslettern abgemeldet, deshalb freut mich eine direkte "
    "Nachricht umso mehr. Passt Ihnen Donnerstag um 10?",
    "unsubscibed from ur newsletter ages ago but is this role still open?",
    "Would Thursday at 2pm work for a first chat? I'd cancelled my subscription to your weekly "
    "roles digest a while back, so I'm glad you wrote to me directly.",
    "Je me suis désabonné de votre newsletter générale il y a quelques mois, mais j'aimerais "
    "recevoir les alertes pour les postes de product manager. C'est possible ?",
    "Tentei cancelar a inscrição e o link deu erro... mas, lendo melhor, essa vaga de Recife me "
    "interessa. Quando podemos conversar?",
    # Our own.
    "I unsubscribed from your newsletter last month; is the role still open?",
    "Me di de baja de vuestro boletín hace un año, pero ¿el puesto sigue abierto?",
    "Ik heb me vorig jaar afgemeld voor jullie nieuwsbrief. Is de functie nog open?",
    "Me descadastrei da newsletter de vocês ano passado. A vaga ainda está aberta?",
]

UNSUBSCRIBED_AND_STILL_WRITTEN_TO = [
    "I unsubscribed last month and you're still emailing me. Why?",
    "Ich habe mich abgemeldet, warum bekomme ich immer noch Mails?",
    "Je me suis désabonné il y a un mois, pourquoi je reçois encore vos mails ?",
    "Me di de baja hace meses, ¿por qué me seguís escribiendo?",
    "I unsubscribed. Remove me from this list too.",
]


@pytest.mark.parametrize("text", UNSUBSCRIBING_TOLD)
def test_an_unsubscribing_told_beside_a_question_or_a_yes_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


@pytest.mark.parametrize("text", UNSUBSCRIBED_AND_STILL_WRITTEN_TO)
def test_an_unsubscribing_said_again_still_stops(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


STOPS_RECONSIDERED = [
    # The corpus.
    "Hi Dana, I'm flattered, and I did ask twice to be left alone, but I think I'd be foolish not "
    "to hear about this one. Perhaps a short call?",
    "Puedes contactarme cuando quieras, y olvida lo que te dije de no escribirme más: era un mal "
    "día. ¿Te va bien el jueves a las 10?",
    "Vier weken geleden verzocht ik u mijn gegevens te wissen, maar ik heb dat heroverwogen: u mag"
    " ze behouden, want ik sta inmiddels open voor een overstap.",
    "Sei que pedi pra sair da lista de vocês no ano passado, mas isso aqui é exatamente o que eu "
    "procurava! Dá pra conversar quinta à tarde?",
    # Our own.
    "I had asked you to stop, but actually this one sounds good. Can we talk?",
    "Ich hatte Sie gebeten, mich nicht mehr anzuschreiben, aber diese Stelle interessiert mich.",
    "Je vous avais demandé de ne plus m'écrire, mais ce poste m'intéresse vraiment.",
]

STOPS_ASKED_AGAIN = [
    "I asked you twice to stop, but you keep writing. Stop.",
    "Ich hatte Sie gebeten, mich nicht mehr anzuschreiben, aber Sie schreiben immer noch.",
    "Je vous avais demandé de ne plus m'écrire, mais vous continuez.",
    "Ya os pedí que me borrarais. Borradme de una vez.",
]


@pytest.mark.parametrize("text", STOPS_RECONSIDERED)
def test_an_earlier_stop_reconsidered_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


@pytest.mark.parametrize("text", STOPS_ASKED_AGAIN)
def test_an_earlier_stop_said_again_still_stops(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


PUT_OFF_TO_THEN = [
    # The corpus.
    "lass mich bis montag in ruhe drüber nachdenken, dann meld ich mich",
    "Ahora mismo estoy de baja médica. Más adelante seguramente sí. Hasta entonces, nada de "
    "llamadas, por favor; te escribo yo cuando esté mejor.",
    "porfa q no me manden nada hasta el 15, estoy de viaje. después sí",
    "Klinkt interessant, maar ik wil eerst mijn project afronden. Mail me na 1 juli nog eens? Tot "
    "dan liever niet bellen.",
    "Talvez no próximo ano; até lá prefiro não ser contactado.",
    "Kindly refrain from contacting me until my notice period ends in September; I'll be glad to "
    "talk then.",
    # Our own.
    "don't call me until Monday, I'm travelling",
    "no texts till then please, I'll be back on the 20th",
    "Ne m'appelez pas avant lundi, je suis en déplacement.",
    "Bitte bis Freitag keine Anrufe, dann gern.",
]

PUT_OFF_FOR_GOOD = [
    "Take me off your list until Monday.",
]


@pytest.mark.parametrize("text", PUT_OFF_TO_THEN)
def test_contact_put_off_to_then_or_a_day_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


@pytest.mark.parametrize("text", PUT_OFF_FOR_GOOD)
def test_a_stop_with_a_day_in_it_still_stops(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


ONE_THING = [
    # The corpus.
    "Por favor no me mandes más el enlace, ya me llegó 3 veces y funciona 😅 mañana relleno el "
    "formulario",
    "Ya no me manden más PDF, que en el celular no se abren 😅 ¿Me pegan la descripción de la "
    "vacante en el correo? Gracias.",
    "Por favor ya no me manden el formulario, ya lo llené ayer. Gracias.",
    "não precisa mandar mais lembrete da entrevista, já anotei. só uma dúvida: é presencial?",
    "deja de mandarme audios porfa jaja, escríbeme mejor, q en el bus no puedo escucharlos. el "
    "puesto me interesa",
    # Our own.
    "don't send me the brochure again, I have it; yes to a call",
    "Bitte schicken Sie mir den Link nicht mehr, ich habe ihn schon. Wann telefonieren wir?",
    "Ne m'envoyez plus le formulaire, je l'ai déjà rempli. Le poste m'intéresse.",
    "Stuur me de brochure niet meer, die heb ik al. Wanneer bellen we?",
    "Não me mandem mais o link, já tenho. Quando conversamos?",
]

THINGS_THAT_ARE_ALL_OF_IT = [
    "Don't send me any more job offers, I'm not looking.",
    "No me mandes más ofertas, por favor.",
    "Schicken Sie mir keine Stellenangebote mehr.",
]


@pytest.mark.parametrize("text", ONE_THING)
def test_one_thing_not_to_be_sent_again_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


@pytest.mark.parametrize("text", THINGS_THAT_ARE_ALL_OF_IT)
def test_offers_not_to_be_sent_again_still_stop(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


DELETIONS_DENIED = [
    "Ich will keine Löschung meiner Daten, ich bin interessiert",
    "No deletion of my data please, I'm interested",
    "Pas de suppression de mes données, je suis intéressé",
    "No quiero que borren mis datos, me interesa",
    "Ik wil geen verwijdering van mijn gegevens, ik ben geïnteresseerd",
    "I don't want my profile deleted, keep it on file. Call me Monday?",
]

DELETIONS_ASKED = [
    "Ich will eine Löschung meiner Daten",
    "Bitte keine Löschung, aber auch keine Mails mehr",
    "I want my data deleted.",
    "Quiero que borren mis datos.",
]


@pytest.mark.parametrize("text", DELETIONS_DENIED)
def test_a_deletion_denied_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


@pytest.mark.parametrize("text", DELETIONS_ASKED)
def test_a_deletion_asked_still_stops(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


# Hostile input: 20,000 characters of each mend's trigger words, through each new clearing
# (the whole reader is timed by bench/intent_worst_bench.py; some of its older readers take
# longer than these on the same runs).
HOSTILE = [
    "my colleague asked you to stop " * 700,
    "my colleague interested not me asked you to stop " * 400,
    "I unsubscribed but " * 1_100,
    "Ich habe mich abgemeldet " * 800,
    "I had asked you to stop, but " * 700,
    "I asked you to stop interested but " * 500,
    "don't send me the link again " * 700,
    "no no no " * 2_300,
    "keine Löschung " * 1_300,
    "don't want " * 2_000,
    "my sister " * 2_000 + "stop",
    "third email this week tell me the salary " * 500,
]
CLEARINGS = [
    without_others_stops,
    without_unsubscribing_told,
    without_stops_reconsidered,
    without_one_thing_not_wanted,
    without_deletions_denied,
    _asks_for_the_terms,  # the rest of `asks_on_after_complaining` is older, and slower
]


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("clearing", CLEARINGS)
def test_runs_of_the_trigger_words_are_read_fast(
    clearing: Callable[[str], object], text: str
) -> None:
    started = time.perf_counter()
    clearing(text[:20_000])
    assert time.perf_counter() - started < 0.2


COMPLAINTS_THAT_ASK_ON = [
    # The corpus.
    "Qué pesados, es el cuarto correo en dos semanas. ¿Tanta prisa tenéis? Contadme al menos el "
    "sueldo.",
    "Troisième mail cette semaine : c'est donc urgent ? Quelle est la date de démarrage ?",
    "Franchement, 4e message en 10 jours et toujours pas de fourchette de salaire. Vous me la "
    "donnez ?",
    "bro this is like the 5th recruiter text today 💀 but ok it sounds sick, fully remote or do i "
    "gotta leave london",
    # Our own.
    "Third email this week. Tell me the salary at least.",
    "Dritte Mail diese Woche, und immer noch kein Gehalt. Sagen Sie mir das Gehalt?",
    "Vierde mail deze week. Stuur me dan tenminste het salaris.",
    "Terceira mensagem essa semana. Qual a data de início?",
]

COMPLAINTS_THAT_STOP = [
    "Third email this week. What part of no don't you understand?",
    "Fourth email this week. Tell me the salary or stop writing.",
    "Dritte Mail diese Woche. Ich habe mich nie angemeldet.",
    "Quatrième message cette semaine. Je ne vous ai jamais donné mon accord.",
]


@pytest.mark.parametrize("text", COMPLAINTS_THAT_ASK_ON)
def test_a_complaint_that_asks_for_the_terms_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


@pytest.mark.parametrize("text", COMPLAINTS_THAT_STOP)
def test_a_complaint_alone_still_stops(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


WHENCE_ASKED_OF_A_COMPLAINT = [
    # The corpus.
    "hab mich nie irgendwo eingetragen, woher habt ihr meine nummer?",
    "Je n'ai jamais donné mon accord pour que vous ayez ce numéro ni cette adresse. Qui vous les a "
    "transmis ?",
    "welke lijst is dit eigenlijk? heb me nergens aangemeld",
    "Nunca autorizei este contacto, por isso gostava de saber: que dados têm sobre mim e de onde "
    "vieram?",
    # Our own.
    "I never signed up for anything. Where did you get my number?",
    "Nunca me he registrado en ningún sitio. ¿De dónde habéis sacado mi correo?",
]

WHENCE_AND_A_STOP = [
    "I never signed up. Why do you keep emailing me?",
    "Ich habe nie zugestimmt. Woher haben Sie meine Nummer? Löschen Sie sie.",
    "woher habt ihr die nummer?? hab das nie erlaubt. keine anrufe mehr, nie!!",
    "Where did you get my contact? I've never shared it. Erase it and leave me alone, please.",
]


@pytest.mark.parametrize("text", WHENCE_ASKED_OF_A_COMPLAINT)
def test_where_their_data_came_from_asked_of_a_complaint_is_no_stop(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


@pytest.mark.parametrize("text", WHENCE_AND_A_STOP)
def test_where_their_data_came_from_beside_a_stop_still_stops(text: str) -> None:
    assert _label(text) is Label.OPT_OUT


MORE_TOLD_NOT_ASKED = [
    # The corpus.
    "Stopp mal, ist das die Stelle, die letztes Jahr schon ausgeschrieben war? Da hatte sich ein "
    "Kumpel beworben und sich dann wieder austragen lassen. Warum ist die noch offen?",
    "j'ai clique 2 fois sur le lien de desinscription par erreur en voulant ouvrir l'annonce. "
    "vous pouvez me remettre dans la boucle ? l'offre devops m'interesse",
    "afmelden lukt niet via de link, maar laat maar, ik blijf toch. is er ook iets in tilburg?",
    'Eine "einmalige Chance", wie schon die letzten fünf diese Woche. Die anderen vier habe ich '
    "gleich abbestellt, Ihre kriegt wenigstens eine Antwort: Nein, danke.",
    "Yes, I'd like to hear more. I've just unsubscribed from a pile of newsletters on it, so "
    "nothing of yours will get buried.",
    "Não precisa me escrever de novo, eu te ligo amanhã. Obrigada.",
    # Our own.
    "My brother asked you to remove him from your list. Is the role remote?",
    "I clicked unsubscribe by mistake last week. Is the role still open?",
    "Ich habe aus Versehen auf Abmelden geklickt. Ist die Stelle noch frei?",
    "No need to write again, I'll call you tomorrow.",
    "Pas besoin de me réécrire, je vous appelle demain.",
]

MORE_STOPS_KEPT = [
    "I clicked unsubscribe and I still get your emails.",
    "I unsubscribed from the other agencies. Now remove me from yours.",
    "My wife asked you to stop calling. Why are you still calling?",
    "Votre lien de désinscription ne marche pas : pourriez-vous me retirer vous-même de la liste ?",
    "Vanochtend heb ik me afgemeld bij een ander bureau, en eerlijk gezegd wil ik ook van jullie "
    "niets meer ontvangen.",
    "Your unsubscribe link doesn't work. Could you take me off the list yourself?",
    # A link not found is no link not wanted; a stop nearly done and asked of us.
    "Quería darme de baja pero no encuentro el enlace, ¿pueden hacerlo ustedes?",
    "I can't find the unsubscribe link, can you remove me?",
    "I nearly unsubscribed but the link is broken, can you do it for me?",
]


@pytest.mark.parametrize("text", MORE_TOLD_NOT_ASKED)
def test_more_stops_told_not_asked(text: str) -> None:
    assert _label(text) is not Label.OPT_OUT


@pytest.mark.parametrize("text", MORE_STOPS_KEPT)
def test_more_stops_kept(text: str) -> None:
    assert _label(text) is Label.OPT_OUT
