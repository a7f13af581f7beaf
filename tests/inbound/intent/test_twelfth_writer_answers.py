"""An answer written in line, under one line of ours the person kept (session 30, "new writer
s30"): only the new text counts, but here the new text points at the kept line. An assent
("This.", "Please do.", "Ja, genau das.", "Graag.", "Pode ser.") right under one of our own
offers to stop (the footer's stop line, "I'll stop here", "you won't hear from me again",
"reply and say so and I won't write again") asks us to do what the line offers: opt_out; so
does saying "not interested" under "Not interested? Reply and say so". A denial or a contrary
answer under it ("No, don't!", "Insistez !", "¡Al contrario!") is not; an assent under any
other line of ours ("> Would you be open to a call?" / "Yes.") is not; nor is a reply without
a kept line, or a reply under the whole of our message quoted (bottom-posted). Review R's
findings (session 30, below): a yes under an offer whose condition is a no, a short message of
ours quoted whole, a sign-off under the footer, and the word "stop" alone are no stop."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_mail, read_reply
from sequencer.inbound.mail.quotes import answers_in

RECEIVED = date(2030, 2, 20)

# Our own offers to stop, as the originals say them (the footer, the last touch's "I'll stop
# here", the templates' "just say so and I'll stop"), with an assent the person wrote under.
ASSENTS_UNDER_OUR_OFFERS = [
    ("To stop all messages: https://jobs.northwind.example/unsubscribe/x1", "Yes please. Both."),
    ("I haven't heard back, so I'll assume the timing isn't right and stop here.", "Please do."),
    ("And if you'd rather not hear from me, just say so and I'll stop writing.",
     "Yes, do that. Thanks."),
    ("Not interested? Reply and say so, and you won't hear from me again.",
     "Consider this me saying so: not interested."),
    ("Alle Nachrichten abbestellen: https://jobs.northwind.example/unsubscribe/x2",
     "Ja bitte, alles."),
    ("da ich nichts von Ihnen gehört habe, gehe ich davon aus, dass der Zeitpunkt gerade nicht "
     "passt,\n> und melde mich nicht weiter.", "Genau so, danke."),
    ("Kein Interesse? Antworten Sie einfach kurz, dann melde ich mich nicht mehr.",
     "Hiermit: kein Interesse."),
    ("Pour ne plus recevoir de messages : https://jobs.northwind.example/unsubscribe/x3",
     "Oui, faites-le."),
    ("Sans nouvelles de votre part, je suppose que le moment n'est pas idéal et je n'insiste pas.",
     "C'est ça, merci."),
    ("Pas intéressé(e) ? Répondez-le simplement et vous n'entendrez plus parler de moi.",
     "Je vous le dis donc : pas intéressée."),
    ("Para dejar de recibir mensajes: https://jobs.rutabus.example/unsubscribe/x4",
     "Sí, eso. Ni correos ni llamadas."),
    ("¿No te interesa? Respóndeme y no volverás a saber de mí.", "Pues eso: no me interesa."),
    ("Si prefieres que no te escriba más, dímelo y no insisto más.", "Exacto, gracias."),
    ("Afmelden voor alle berichten: https://jobs.northwind.example/unsubscribe/x5", "Graag."),
    ("Geen interesse? Laat het me weten, dan hoor je niets meer van me.",
     "Bij deze: geen interesse."),
    ("Ik hoor niets van je, dus ik laat het hierbij.", "Prima, doe dat."),
    ("Para deixar de receber mensagens: https://jobs.tejocloud.example/unsubscribe/x6",
     "Pode ser."),
    ("Não tem interesse? Responda dizendo isso e não volto a escrever.",
     "Pois digo: não tenho interesse. Cumpra o prometido."),
    ("Como não tive retorno, imagino que não seja o momento e paro por aqui.",
     "Isso mesmo, obrigado."),
]  # fmt: skip

# The same offers answered against: a denial, the contrary, a yes. They must stay yeses.
DENIALS_UNDER_OUR_OFFERS = [
    ("I haven't heard back, so I'll assume the timing isn't right and stop here.",
     "No, don't! I was travelling. Still interested, can we talk Thursday?"),
    ("To stop all messages: https://jobs.northwind.example/unsubscribe/x1",
     "Please don't, I'm interested. Call me after 6."),
    ("da ich nichts von Ihnen gehört habe, gehe ich davon aus, dass der Zeitpunkt gerade nicht "
     "passt,\n> und melde mich nicht weiter.",
     "Nein, bitte nicht! Ich war im Urlaub und habe weiterhin Interesse. Passt Ihnen Montag?"),
    ("Sans nouvelles de votre part, je suppose que le moment n'est pas idéal et je n'insiste pas.",
     "Insistez ! Le moment est au contraire idéal. Jeudi, ça vous irait pour un appel ?"),
    ("¿No te interesa? Respóndeme y no volverás a saber de mí.",
     "¡Al contrario! Me interesa, y mucho. ¿Hablamos el jueves?"),
    ("Geen interesse? Laat het me weten, dan hoor je niets meer van me.",
     "Integendeel, ik heb wel interesse! Bel me donderdag."),
    ("Não tem interesse? Responda dizendo isso e não volto a escrever.",
     "Pelo contrário, tenho muito interesse! Podemos falar amanhã?"),
    ("I haven't heard back, so I'll assume the timing isn't right and stop here.",
     "Yes, the timing was bad, but I'm interested now. Thursday at 10?"),
]  # fmt: skip

# An assent under a line of ours that offers no stop: the yes it is.
ASSENTS_UNDER_OTHER_LINES = [
    ("Would you be open to a 20-minute call next week?", "Yes. Tuesday works."),
    ("Lust auf ein kurzes Gespräch?", "Ja, genau das. Dienstag passt."),
    ("Un petit échange ?", "Oui, avec plaisir. Mardi ?"),
    ("¿Lo hablamos?", "Sí, eso. El martes me va bien."),
    ("Zin in een kort belletje deze week?", "Graag. Dinsdag kan ik."),
    ("Podemos conversar esta semana?", "Pode ser. Terça à tarde."),
]


def _interleaved(quoted: str, said: str) -> str:
    return f"> {quoted}\n\n{said}\n\nAlex\n"


@pytest.mark.parametrize(("quoted", "said"), ASSENTS_UNDER_OUR_OFFERS)
def test_an_assent_under_our_offer_to_stop_is_an_opt_out(quoted: str, said: str) -> None:
    assert read_reply(_interleaved(quoted, said), RECEIVED).label is Label.OPT_OUT


@pytest.mark.parametrize(("quoted", "said"), DENIALS_UNDER_OUR_OFFERS)
def test_a_denial_under_our_offer_to_stop_stays_what_it_is(quoted: str, said: str) -> None:
    assert read_reply(_interleaved(quoted, said), RECEIVED).label is not Label.OPT_OUT


@pytest.mark.parametrize(("quoted", "said"), ASSENTS_UNDER_OTHER_LINES)
def test_an_assent_under_another_line_of_ours_is_a_yes(quoted: str, said: str) -> None:
    assert read_reply(_interleaved(quoted, said), RECEIVED).label is Label.INTERESTED


@pytest.mark.parametrize("said", ["Please do.", "This. All of them.", "Ja, genau das.", "Graag."])
def test_the_same_words_without_a_kept_line_are_no_stop(said: str) -> None:
    assert read_reply(f"{said}\n\nAlex", RECEIVED).label is not Label.OPT_OUT


def test_a_no_for_now_under_our_say_so_offer_is_no_stop() -> None:
    body = _interleaved(
        "Not interested? Reply and say so, and you won't hear from me again.",
        "Not interested right now, maybe next year.",
    )
    assert read_reply(body, RECEIVED).label is not Label.OPT_OUT


ORIGINAL = (
    "> Hi Mark,\n>\n> I'm Dana, I recruit for Tessera. They're hiring an Engineering Manager.\n"
    "> Would you be open to a 20-minute call next week?\n>\n> Best,\n> Dana\n>\n> --\n"
    "> Not interested? Reply and say so, and you won't hear from me again.\n"
    "> To stop all messages: https://jobs.northwind.example/unsubscribe/x1\n"
)


@pytest.mark.parametrize(
    "rest",
    [
        "Actually, I'm interested in other remote roles. Keep me posted.",
        "Try me again in June, after the launch.",
    ],
)
def test_an_assent_beside_a_yes_or_a_time_to_write_again_is_no_stop(rest: str) -> None:
    body = "> I haven't heard back, so I'll assume the timing isn't right and stop here.\n\n"
    assert read_reply(f"{body}Please do.\n\n{rest}\n\nAlex", RECEIVED).label is not (Label.OPT_OUT)


def test_a_yes_under_our_whole_message_quoted_answers_all_of_it() -> None:
    body = f"On Thu, Feb 28, 2030 at 10:04 AM Dana <dana@northwind.example> wrote:\n{ORIGINAL}\n"
    assert read_reply(body + "Yes please, Tuesday works.\n\nMark", RECEIVED).label is (
        Label.INTERESTED
    )
    assert answers_in(body + "Yes please, Tuesday works.") == ()


def test_the_kept_line_above_the_history_is_read_and_the_history_is_not() -> None:
    body = (
        "> I haven't heard back, so I'll assume the timing isn't right and stop here.\n\n"
        "Please do.\n\nMark\n\n"
        f"On Thu, Feb 28, 2030 at 10:04 AM Dana <dana@northwind.example> wrote:\n\n{ORIGINAL}"
    )
    found = answers_in(body)
    assert [answer.said for answer in found] == ["Please do."]
    assert read_reply(body, RECEIVED).label is Label.OPT_OUT


def test_several_answers_in_line_each_under_its_own_line() -> None:
    body = (
        "> Would you be open to a 20-minute call next week?\nNo.\n\n"
        "> To stop all messages: https://jobs.northwind.example/unsubscribe/x1\nYes, this.\n"
    )
    assert [a.quoted[:5] for a in answers_in(body)] == ["Would", "To st"]
    assert read_reply(body, RECEIVED).label is Label.OPT_OUT


RAW_HTML = (
    "From: Owen <owen@example.com>\r\nTo: Mia <mia@northwind.example>\r\n"
    "Subject: Re: Senior Product Designer\r\nDate: Tue, 29 Jan 2030 14:31:00 +0000\r\n"
    "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    "<div><blockquote>{quoted}</blockquote><div>{said}</div><div>Owen</div></div>\r\n"
)


@pytest.mark.parametrize(
    ("quoted", "said", "stops"),
    [
        ("To stop all messages", "This. All of them, email and phone.", True),
        ("Para deixar de receber mensagens", "Sim, por favor.", True),
        ("Would you be open to a 20-minute call next week?", "Yes, this.", False),
    ],
)
def test_an_answer_under_a_blockquote_of_an_html_mail(quoted: str, said: str, stops: bool) -> None:
    raw = RAW_HTML.format(quoted=quoted, said=said).encode()
    assert (read_mail(raw).label is Label.OPT_OUT) is stops


# Review R (session 30). A yes to our question, under a kept line that also offers to stop
# (follow-up-2.j2, the-team.j2, nudge.j2, the footer): the offer's condition is a no ("If not,
# just say so"), so a bare assent answers the question, never the offer; nor does any assent
# count when the kept text asks another question. Only an explicit no ("Not interested.") does.
YESES_UNDER_A_NO_CONDITION = [
    ("Any interest in hearing more? If not, just say so and I'll stop reaching out.", "Yes!"),
    ("If you'd like to meet one of them for an informal 20 minutes (not an interview),\n> reply "
     "and I'll set it up. And if you've decided it isn't for you after all, just\n> say so and "
     "I'll stop here.", "Yes please."),
    ("If you've decided the role isn't for you, no worries; just let me know and I'll stop here.",
     "Sure."),
    ("If the timing still isn't right, no worries: just say so and I won't follow up.",
     "Definitely."),
    ("Interesse, mehr zu hören? Wenn nicht, sagen Sie es kurz, dann melde ich mich nicht mehr.",
     "Ja, gerne."),
    ("Envie d'en savoir plus ? Sinon, dites-le simplement et je n'insisterai pas.",
     "Oui, volontiers."),
    ("¿Te interesa saber más? Si no, dímelo y no te vuelvo a escribir.", "¡Sí, por favor!"),
    ("Interesse om meer te horen? Zo niet, laat het weten, dan hoor je niets meer van me.",
     "Graag!"),
    ("Tem interesse em saber mais? Se não, é só dizer e não volto a escrever.",
     "Sim, por favor."),
    ("Would you be open to a call? If you'd rather not hear from me, just say so and I'll stop "
     "writing.", "Please do."),
    ("Soll ich Ihnen die Stellenbeschreibung schicken? Sonst melde ich mich nicht mehr.",
     "Ja bitte."),
    ("Not interested? Reply and say so, and you won't hear from me again.", "Yes!"),
    # F1 read this one as a stop (session 30): "exactly" confirms the timing, at most a not-now.
    ("Si no es buen momento, dímelo y no insisto más.", "Exacto, gracias."),
]  # fmt: skip
EXPLICIT_NOS_UNDER_A_NO_CONDITION = [
    ("Any interest in hearing more? If not, just say so and I'll stop reaching out.",
     "Not interested."),
    ("Interesse, mehr zu hören? Wenn nicht, sagen Sie es kurz, dann melde ich mich nicht mehr.",
     "Kein Interesse."),
    ("¿Te interesa saber más? Si no, dímelo y no te vuelvo a escribir.", "No me interesa."),
    ("If you'd prefer I stop altogether, just reply and say so.", "Yes please."),
    ("If you'd prefer I didn't send these, just say so and I'll stop.", "Please do."),
    # A way out, not a "say so": the assent points at it.
    ("Not interested? Unsubscribe in one click: https://jobs.northwind.example/unsubscribe/x1",
     "This. Email and phone."),
    ("Kein Interesse? Mit einem Klick abmelden: https://jobs.northwind.example/unsubscribe/x2",
     "Ja, bitte."),
    ("Pas intéressé(e) ? Désabonnez-vous en un clic : https://jobs.example/unsubscribe/x3",
     "Oui, faites-le."),
    ("¿No te interesa? Date de baja con un clic: https://jobs.example/unsubscribe/x4", "Sí, eso."),
    ("Geen interesse? Afmelden met één klik: https://jobs.example/unsubscribe/x5", "Graag."),
    ("Sem interesse? Descadastre-se com um clique: https://jobs.example/unsubscribe/x6",
     "Sim, por favor."),
]  # fmt: skip


@pytest.mark.parametrize(("quoted", "said"), YESES_UNDER_A_NO_CONDITION)
def test_a_yes_under_an_offer_whose_condition_is_a_no_is_no_stop(quoted: str, said: str) -> None:
    assert read_reply(_interleaved(quoted, said), RECEIVED).label is not Label.OPT_OUT


@pytest.mark.parametrize(("quoted", "said"), EXPLICIT_NOS_UNDER_A_NO_CONDITION)
def test_an_explicit_no_or_a_yes_to_a_stop_wish_is_a_stop(quoted: str, said: str) -> None:
    assert read_reply(_interleaved(quoted, said), RECEIVED).label is Label.OPT_OUT


# A short message of ours quoted whole (a greeting, or a body above the footer's "--") is no
# kept line: the reply under it answers all of it. And the assent must be (nearly) the whole
# answer paragraph: "Yes." followed by a story answers something else.
WHOLE_SHORT_MESSAGES = [
    ("Hi Ana, just bumping this up - any thoughts?", "Sure, Tuesday works."),
    ("Hallo Jonas, ich wollte nur kurz nachhaken.", "Ja, gerne. Dienstag passt."),
    ("Bonjour Léa, je me permets de vous relancer.", "Oui, volontiers. Mardi ?"),
    ("Hola Lucía, solo quería recordarte mi mensaje.", "Sí, claro. El martes me va bien."),
    ("Hoi Sanne, ik wilde je bericht nog even onder de aandacht brengen.", "Graag, dinsdag."),
    ("Olá Rui, só queria lembrar a minha mensagem.", "Sim, pode ser terça."),
]
FOOTER = "> --\n> Not interested? Reply and say so, and you won't hear from me again.\n"


@pytest.mark.parametrize(
    "attribution", ["", "On Mon, 3 Mar 2030 at 09:12, Sam <s@a.example> wrote:\n"]
)
@pytest.mark.parametrize(("body", "said"), WHOLE_SHORT_MESSAGES)
def test_a_short_message_quoted_whole_is_no_kept_line(
    attribution: str, body: str, said: str
) -> None:
    text = f"{attribution}> {body}\n{FOOTER}\n{said}\n\nAlex\n"
    assert answers_in(text) == ()
    assert read_reply(text, RECEIVED).label is not Label.OPT_OUT


@pytest.mark.parametrize(
    "said",
    [
        "Yes. I would really like to hear more about the team and the product first.",
        "Ja. Erzählen Sie mir bitte mehr über das Team, das Produkt und den Standort.",
        "Sí. Cuéntame más sobre el equipo, el producto y la ubicación de la oficina.",
    ],
)
def test_an_assent_followed_by_more_than_a_few_words_is_no_stop(said: str) -> None:
    text = _interleaved("To stop all messages: https://jobs.northwind.example/unsubscribe/x1", said)
    assert read_reply(text, RECEIVED).label is not Label.OPT_OUT


def test_the_footer_kept_alone_is_still_a_kept_line() -> None:
    text = (
        "> --\n> To stop all messages: https://jobs.northwind.example/unsubscribe/x1\n\nYes, all.\n"
    )
    assert read_reply(text, RECEIVED).label is Label.OPT_OUT


# A sign-off under the footer, which interleaved replies keep last: thanks, ok, fine, perfect
# (and their translations) are no assent; and after an answer to another kept line, the last
# answer under the footer is none either (unless the earlier answer was a no).
SIGN_OFFS = [
    ("Would you be open to a call?", "What does it pay?", "Thank you,\nAna"),
    ("Would you be open to a call?", "Is it remote?", "Thanks!\nAna"),
    ("Hätten Sie Zeit für ein Gespräch?", "Wie hoch ist das Gehalt?", "Danke!\nJonas"),
    ("Un petit échange ?", "Quel est le salaire ?", "Merci,\nLéa"),
    ("¿Tendrías 20 minutos?", "¿Cuál es el salario?", "Gracias,\nLucía"),
    ("Zin in een kort gesprek?", "Wat is het salaris?", "Bedankt,\nSanne"),
    ("Podemos conversar?", "Qual é o salário?", "Obrigado,\nRui"),
    ("Can we talk this week?", "Next week is better, I'm travelling.", "Ok, talk soon\nBen"),
    ("Can we talk this week?", "What's the salary range?", "Perfect, speak soon\nBen"),
    ("Can we talk this week?", "Maybe, what's the salary range?", "Sure,\nBen"),
]
STOP_LINES = [
    "> --\n> Not interested? Reply and say so, and you won't hear from me again.\n",
    "> To stop all messages: https://jobs.northwind.example/unsubscribe/x1\n",
    "> Keine Nachrichten mehr? Antworten Sie mit STOPP.\n",
]


@pytest.mark.parametrize("footer", STOP_LINES)
@pytest.mark.parametrize(("question", "answer", "sign_off"), SIGN_OFFS)
def test_a_sign_off_under_the_footer_is_no_assent(
    footer: str, question: str, answer: str, sign_off: str
) -> None:
    text = f"> {question}\n\n{answer}\n\n{footer}\n{sign_off}\n"
    assert read_reply(text, RECEIVED).label is not Label.OPT_OUT


@pytest.mark.parametrize(
    "said", ["Thanks!", "Danke!", "Merci.", "Gracias.", "Bedankt.", "Obrigada.", "Ok.", "Fine."]
)
def test_thanks_or_ok_alone_under_our_offer_is_no_assent(said: str) -> None:
    text = _interleaved("I won't follow up again after this.", said)
    assert read_reply(text, RECEIVED).label is not Label.OPT_OUT


# "stop" alone is no offer to stop: "stop by our office", "one-stop", "Kurzer Stopp".
STOP_WORD_LINES = [
    ("If you're in Berlin next week, feel free to stop by our office for a coffee.", "Yes please!"),
    ("Wenn Sie in Berlin sind, machen Sie gern einen kurzen Stopp bei uns im Büro.", "Ja, gerne."),
    ("Si vous passez par Lyon, faites un petit stop au bureau.", "Oui, volontiers."),
    ("Si pasas por Madrid, haz un stop en la oficina.", "¡Sí, claro!"),
    ("Als je in Utrecht bent, maak dan even een stop bij ons kantoor.", "Graag!"),
    ("Somos uma plataforma one-stop para pagamentos.", "Sim, por favor."),
]  # fmt: skip
STOP_OFFERS = [
    ("Reply STOP to opt out.", "Yes."),
    ("Antworten Sie mit STOPP, um keine Nachrichten mehr zu erhalten.", "Ja, bitte."),
    ("I haven't heard back, so I'll leave it there and stop here.", "Please do."),
    ("If you'd rather I didn't write again, one line saying so is all I need, and I'll stop.",
     "Yes please, do that."),
]  # fmt: skip


@pytest.mark.parametrize(("quoted", "said"), STOP_WORD_LINES)
def test_the_word_stop_alone_is_no_offer_to_stop(quoted: str, said: str) -> None:
    assert read_reply(_interleaved(quoted, said), RECEIVED).label is not Label.OPT_OUT


@pytest.mark.parametrize(("quoted", "said"), STOP_OFFERS)
def test_our_offers_that_say_stop_are_still_offers(quoted: str, said: str) -> None:
    assert read_reply(_interleaved(quoted, said), RECEIVED).label is Label.OPT_OUT
