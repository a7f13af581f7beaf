"""Kinds of reply found in the train part of a tenth writer's batch (session 29, "new writer
s29") and written here in other words and the six languages, so that a rule is held to the kind
and not to the corpus's sentence: requests to stop (left out of, or taken off, what we send;
one channel denied "no more" with the channel between, and the Austrian "nimmer"; "leave me
alone" in slang and the count of our messages this week; no need to go on writing; out of
"your base" or a talent pool), and replies that only use a stop's words (whether they may have
their CV deleted later, contact put off to a named time, a cry of "stop everything" in delight,
a profile deleted on another network, "never stop texting me" as a plea, "take me off the
invite")."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2028, 8, 1)

LEFT_OUT_OR_TAKEN_OFF = [
    "Congrats on the raise. Separately, I'd like to be taken off your distribution. Regards",
    "Not me, but try Jess: jess@fastmail.com. As for me, please leave me off future sends.",
    "Leave me off your mailings from now on.",
    "Keep me off your lists, thanks.",
    "Ich möchte aus Ihrer Mailingliste gestrichen werden.",
    "Lassen Sie mich bei künftigen Aussendungen bitte außen vor.",
    "Merci de me laisser en dehors de vos prochains envois.",
    "Déjenme fuera de los próximos envíos, por favor.",
    "Me deixa de fora dos próximos envios.",
    "Ik wil graag van jullie verzendlijst gehaald worden.",
    "Laat me voortaan buiten jullie mailings.",
]
ONE_CHANNEL_NO_MORE = [
    "Hallo Jonas, bitte ruf mich nimmer in der Arbeit an, das ist unangenehm. Wennst was hast, "
    "schreib mir halt eine Mail.",
    "Schreib mir nimmer.",
    "Ruf mi nimma an, bitte.",
    "Hoi Daan, Wil je me niet meer op mijn werkmail benaderen? Mijn manager leest mee. Verder "
    "prima hoor.",
    "Kun je me niet meer op mijn werknummer bellen?",
    "Bitte nicht mehr auf der Arbeitsnummer anrufen.",
]
LEAVE_ME_ALONE_OR_COUNTED = [
    "C bon là, 3e sms de la semaine. Vous me lâchez maintenant",
    "Vous me lâchez, ok ?",
    "Tu me lâches un peu ?",
    "Get off my back with these emails.",
    "Larga do meu pé, por favor.",
    "3e mail de la semaine, sérieux.",
    "Tercer mensaje de la semana, en serio.",
    "Terceira mensagem da semana, sério.",
]
NO_NEED_TO_GO_ON = [
    "Salut Hugo, je quitte la tech. Inutile donc de continuer à m'écrire. Nico",
    "Pas la peine de continuer à m'envoyer des offres.",
    "No need to keep emailing me.",
    "There's no point writing to me any more.",
    "You don't need to send me anything else.",
    "Es hat keinen Sinn, mir weiter zu schreiben.",
    "No hace falta que me sigas escribiendo.",
    "No tiene sentido que me sigan mandando ofertas.",
    "Não é pra mim, mas fala com a Camila. E pra mim, por favor, não precisa mais mandar nada.",
    "Não precisa continuar me mandando vagas.",
    "Het heeft geen zin om me nog te mailen.",
]
OUT_OF_YOUR_BASE = [
    "Gros changement : je quitte la tech. Tu peux me sortir de ta base. Nico",
    "Sortez-moi de votre base, merci.",
    "Me tirem do banco de talentos de vocês.",
]
# Stops that the lookalikes below must leave alone.
STILL_STOPS = [
    "Can I ask you to delete my data please?",
    "Kann ich Sie bitten, meine Daten zu löschen?",
    "Puis-je vous demander de supprimer mes données ?",
    "¿Puedo pedirles que borren mis datos?",
    "Posso pedir para apagarem meus dados?",
    "Kan ik jullie vragen mijn gegevens te verwijderen?",
    "Take me off the list until next year.",
    "Stop messaging me until further notice.",
    "Stop messaging me till June and delete my number.",
    "Stop texting me. June was the last time I looked for a job.",
    "Arrêtez tout, ce n'est pas du tout ce que je cherche.",
    "I deleted my LinkedIn profile, now delete my data too.",
    "Delete my LinkedIn profile from your system.",
    "Supprimez mon profil LinkedIn de votre base.",
]
# Whether they may have it deleted later, if it does not work out: a question, not a request.
DELETION_LATER_ASKED_ABOUT = [
    "Sounds good. If I'm not picked, could I have my CV deleted later?",
    "Klingt gut. Kann ich Sie bitten, meinen Lebenslauf danach zu löschen, falls es nicht klappt?",
    "Ça m'intéresse. Si ça ne marche pas, puis-je vous demander de supprimer mon CV ensuite ?",
    "Me interesa. Si no sale, ¿puedo pedir que borren mi CV después?",
    "Tenho interesse. Se não der certo, posso pedir para apagarem meu currículo depois?",
    "Klinkt goed. Als het niks wordt, kan ik jullie vragen mijn cv daarna te verwijderen?",
]
# Contact put off to a named time: a deferral (the corpus README's "no more calls until after
# Easter").
PUT_OFF = [
    "pls stop messaging till june, moving house + new baby. after that yes def",
    "No more calls until after Easter please.",
    "Keine Anrufe bis nach Ostern bitte, dann gerne.",
    "Plus de messages avant la rentrée svp, on en reparle après.",
    "No me escribas hasta septiembre, estoy de baja.",
    "Não me liga até janeiro, por favor, depois conversamos.",
    "Niet bellen tot na de zomer graag.",
    "Please don't contact me before October.",
]
DELIGHT = [
    "Arrêtez tout, c'est exactement ce que je cherche 😄 C'est quoi la fourchette ?",
    "Stop everything, this is exactly what I've been looking for! What's the salary?",
    "Stopp alles, genau das, was ich suche! Wie hoch ist das Gehalt?",
    "Para todo, es justo lo que busco. ¿Cuál es el salario?",
    "Para tudo, é exatamente o que eu procuro! Qual é o salário?",
    "Stop alles, precies wat ik zoek! Wat is het salaris?",
]
PROFILE_DELETED_ELSEWHERE = [
    "Bonjour Hugo, J'ai supprimé mon profil LinkedIn il y a un mois, donc votre mail tombe bien. "
    "Oui, je suis partant pour en discuter, mardi ou mercredi. Kévin",
    "I deleted my LinkedIn profile last month, so good timing. Yes, let's talk.",
    "Ich habe mein Xing-Profil gelöscht, gut dass Sie mir schreiben. Ja, gerne.",
    "Borré mi perfil de LinkedIn hace un mes; sí, hablemos.",
    "Apaguei minha conta do LinkedIn mês passado, então sim, vamos conversar.",
    "Ik heb mijn LinkedIn-profiel verwijderd, dus fijn dat je mailt. Ja, graag.",
]
# They use a stop kind's words and ask nothing to stop.
LOOKALIKES = [
    "Leave me off the cc, but yes I'm interested, call me.",
    "Keep me on your distribution list please!",
    "Please leave me on the list for future roles.",
    "Laat me niet buiten de mailing, ik wil alles zien.",
    "Lassen Sie mich bitte nicht außen vor, ich will alle Stellen sehen.",
    "Ich bin nicht mehr über meine alte Arbeitsadresse erreichbar, hier die neue: a@b.de. "
    "Gerne mehr Infos!",
    "Ik ben niet meer op mijn werkmail bereikbaar, mail naar mijn privéadres, interesse!",
    "Ne me lâchez pas, je suis très intéressé !",
    "Je vous lâche un coup de fil demain.",
    "My third interview this week, so yes, busy, but interested!",
    "no hace falta que insistas más, ya me convenciste 😄 mándame hora",
    "No need to send anything more, I have the JD. When can we talk?",
    "Não precisa mandar mais nada, já li tudo. Me liga amanhã?",
    "Pas la peine de m'envoyer la fiche de poste, je l'ai déjà. Dispo jeudi.",
    "Du brauchst mir nichts mehr zu schicken, ich hab alles. Wann telefonieren wir?",
    "Ajoutez-moi à votre base, je suis intéressé !",
    "J'aimerais sortir de ma zone de confort, le poste m'intéresse.",
    "Take me off the invite for Tuesday, I'll join Thursday instead.",
    # A plea to go on is a yes (`mail.stop_requests` and `stop_grammar` read it as a stop).
    "Never stop texting me, I love these jobs!",
    "Please never stop sending me these, they're great.",
    "Yes! Never stop emailing me roles like this.",
    "Yes, interested! Can I be taken off the waiting list for the other role though?",
    "Keep me off the waiting list, I'd rather interview now. Interested!",
]
STOP_REQUESTS = (
    LEFT_OUT_OR_TAKEN_OFF
    + ONE_CHANNEL_NO_MORE
    + LEAVE_ME_ALONE_OR_COUNTED
    + NO_NEED_TO_GO_ON
    + OUT_OF_YOUR_BASE
    + STILL_STOPS
)


@pytest.mark.parametrize("text", STOP_REQUESTS)
def test_a_request_of_a_tenth_writer_kind_is_an_opt_out(text: str) -> None:
    assert read_reply(text, RECEIVED).label is Label.OPT_OUT


@pytest.mark.parametrize("text", DELETION_LATER_ASKED_ABOUT + DELIGHT + PROFILE_DELETED_ELSEWHERE)
def test_asking_about_a_later_deletion_delight_or_news_is_no_opt_out(text: str) -> None:
    assert read_reply(text, RECEIVED).label is not Label.OPT_OUT


def test_may_i_have_it_deleted_afterwards_before_saying_yes_is_a_question() -> None:
    text = (
        "Hi Mia, Before I say yes: who else sees my CV if I go ahead, and can I ask you to "
        "delete it afterwards if it doesn't work out? Sunita"
    )
    assert read_reply(text, RECEIVED).label is Label.QUESTION


@pytest.mark.parametrize("text", PUT_OFF)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_contact_put_off_to_a_named_time_is_later(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.NOT_NOW


def test_a_profile_deleted_on_another_network_beside_a_yes_is_a_yes() -> None:
    assert read_reply(PROFILE_DELETED_ELSEWHERE[0], RECEIVED).label is Label.INTERESTED


@pytest.mark.parametrize("text", LOOKALIKES)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_reply_that_only_sounds_like_one_is_no_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is not Label.OPT_OUT
