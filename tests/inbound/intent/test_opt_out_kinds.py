"""Kinds of stop request, and of reply that only sounds like one, found in the train part of a
new writer's batch (session 24, "new writer s24") and written here in other words and other
languages, so that a rule is held to the kind and not to the corpus's sentence.

Each request is read as an opt-out by email and by SMS; each lookalike is read as something
else by email (the texts' own stop rules, `inbound/text.py`, are tested in tests/inbound)."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2027, 2, 10)

REQUESTS = [
    # Their number, named as a compound, then "delete it" (with the pronoun glued on).
    "Wer hat Ihnen meine Mobilnummer gegeben? Löschen Sie sie bitte.",
    "Woher stammt meine Telefonnummer? Bitte löschen Sie die umgehend.",
    "¿Quién te pasó mi correo? Elimínalo, gracias.",
    "Onde vocês conseguiram meu número? Apaguem-no, por favor.",
    "Qui vous a donné mon numéro ? Supprimez-le.",
    # ...or with a bare "delete" after it.
    "Woher haben Sie meine E-Mail-Adresse? Bitte löschen.",
    "Où avez-vous eu mon numéro ? Merci de le supprimer.",
    "Waar hebben jullie mijn nummer vandaan? Graag verwijderen.",
    "Onde conseguiram meu número? Apaguem isso.",
    "How did you get my email? Remove it please.",
    # Erasure asked for as a noun.
    "I request the deletion of my data.",
    "Je demande la suppression de mes données.",
    # Never consented, never signed up (in a reply that does not say yes).
    "I never gave you permission to contact me.",
    "Ich habe nie eingewilligt, dass Sie mich kontaktieren.",
    "Je n'ai jamais donné mon accord pour être contacté.",
    "Nunca autoricé que me contactaran.",
    "Ik heb nooit toestemming gegeven om mij te benaderen.",
    "Nunca autorizei vocês a me contatar.",
    "I never signed up for this.",
    "Ik heb me nergens voor ingeschreven.",
    "Je ne me suis jamais inscrit chez vous.",
    "Nunca me registré en su web.",
    # Counting our messages, or the times they said no.
    "Third email this week. Seriously?",
    "Dit is al de vijfde mail deze maand.",
    "C'est le troisième mail cette semaine.",
    "Es la cuarta vez esta semana.",
    "Das ist schon die dritte Nachricht diese Woche.",
    "Quinta mensagem este mês.",
    "How many times do I have to tell you?",
    "Wie oft muss ich das noch sagen?",
    "Combien de fois dois-je vous le dire ?",
    "¿Cuántas veces tengo que decírtelo?",
    "Hoe vaak moet ik het nog zeggen?",
    "Quantas vezes tenho que dizer?",
    # The carriers' other keywords, by email too.
    "Cancel",
    "STOPALL",
    # Umlauts spelt out, as on a keyboard without them.
    "bitte loeschen sie alle meine daten",
    "hoeren sie bitte auf, mir zu schreiben",
    # Wanting their data gone from our places.
    "I don't know who sold you my address, but I want it gone from your database.",
    "Please get my details out of your system.",
    # A do-not-call register.
    "Mon numéro est inscrit sur Bloctel, je ne devrais pas recevoir ça.",
    "Mijn nummer staat in het Bel-me-niet Register.",
    "Meu telefone está cadastrado no Não Perturbe.",
    # The stock words without accents or hyphens.
    "desabonnez moi svp",
    "desinscrivez moi de vos listes",
    # Slang for stop, and for bothering.
    "Kappen nu. Dit is de derde mail.",
    "Kap ermee!",
    "Kappen met die mails.",
    "Para de me encher o saco com essas vagas.",
    "Arrêtez de me casser les pieds avec vos offres.",
    "Dejen de fastidiarme con sus ofertas.",
    "Knock it off.",
    "Cut it out with the emails.",
    "Give it a rest, seriously.",
    "Rot op met je vacatures.",
    "Dégagez.",
    "Verpiss dich.",
    "Me erra.",
    "Dejen de joder con sus ofertas.",
    # Stopping the sequence, leaving the campaign; this the last message.
    "Please stop the sequence.",
    "Stoppen Sie die Kampagne für mich.",
    "Sáquenme de la campaña.",
    "Haal me uit deze campagne.",
    "Let this be the last email you send me.",
    "Dies ist hoffentlich die letzte Nachricht von Ihnen.",
    "Que ce soit le dernier message que je reçois de vous.",
    "Que este sea el último correo que me mandan.",
    "Laat dit de laatste mail zijn.",
    "Que essa seja a última mensagem de vocês.",
    "I don't want to hear about it again.",
    # Written after the fixes above, as a check: five of 36 fresh requests were missed.
    "I've asked twice already. Enough.",
    "Can you not email me? Thanks.",
    "Ich habe kein Interesse und bitte Sie, mich nicht weiter anzuschreiben.",
    "Bitte nicht mehr anzurufen.",
    "Je refuse toute prospection.",
    "I'm done with these emails.",
    # Their data gone.
    "I want my details gone.",
    "Ich will meine Daten weg.",
    # Forget that I exist.
    "Esqueçam que eu existo.",
    "Just forget I exist, please.",
    "Olvídense de que existo.",
    "Oubliez que j'existe.",
    "Vergeet dat ik besta.",
    "Vergessen Sie bitte, dass es mich gibt.",
]

LOOKALIKES = [
    # Telling of clicking unsubscribe, in a reply that says yes.
    "I almost clicked unsubscribe out of habit, but this one is interesting. Let's talk Monday?",
    "I was about to hit the unsubscribe button, then I read the role. Interested, call me.",
    # No need to unsubscribe them: a no, without a stop.
    "No need to unsubscribe me or anything, this one just isn't for me.",
    "Não precisa me descadastrar, só essa vaga não me interessa.",
    "No hace falta que me des de baja, pero esta oferta no me encaja.",
    "Pas besoin de me désinscrire, mais ce poste ne me correspond pas.",
    "Sie müssen mich nicht austragen, aber diese Stelle passt nicht.",
    "Je hoeft me niet uit te schrijven hoor, maar deze rol past niet.",
    # "Stop everything" as a cry of delight.
    "Stop everything, this is exactly the job I was hoping for! Call me.",
    "Arrêtez tout, ce poste m'intéresse énormément ! Appelez-moi demain.",
    "Para todo: me interesa muchísimo, llámame cuando puedas.",
    # A call denied only before an hour, in a reply that says yes.
    "Please don't call before 5pm, I'm in meetings. But yes, I'm interested. Thursday?",
    "Bitte nicht vor 17 Uhr anrufen, aber ja, ich bin interessiert.",
    "No me llames antes de las 17h, pero sí, me interesa.",
    "Don’t call me before 9am please, I’m on the school run. Interested though, call me after.",
    "Ne m'appelez pas avant 18h, écrivez-moi plutôt, le poste me plaît.",
    "Niet bellen voor 18 uur alsjeblieft, maar ik ben zeker geïnteresseerd.",
    # The new kinds' own lookalikes: a yes, their own message, an old number, not sentence slang.
    "I never signed up for your newsletter, but this role sounds great. Call me.",
    "I never agreed to a call before, but I'm interested now, call me.",
    "This is my third email to you this week, is the role still open?",
    "How many times a year do you place engineers there?",
    "Back off a bit on the on-call and I'm in.",
    "Give it a rest for a few weeks and try me again in April.",
    "My email is changing. Please delete the old one and use this.",
    "Mi número nuevo es 612 345 678. Borra el anterior, por favor.",
    "Where did you find my CV? Just curious, happy to talk.",
    "Wie oft im Jahr stellen Sie dort ein?",
    "Is this the last email before the offer?",
    "Fair enough. Send me the details and I'll look tonight.",
    "Enough about me: what does the team work on?",
    "I'm done with my emails for today, call me tomorrow?",
    "Could you not call me before 5pm? Interested though.",
    "This was the last email in the thread, and the campaign you ran is great. Interested!",
    "Your sequence tool sent it twice, no worries. Interested, call me.",
]

# Narrowed, but with no yes: still a request to stop.
STILL_REQUESTS = [
    "Niet bellen voor 17 uur. En eigenlijk ook niet daarna, niet bellen meer.",
    "Arrêtez tout, je ne veux plus de vos mails.",
    "Don't unsubscribe anyone else, just me: unsubscribe me.",
]


@pytest.mark.parametrize("text", REQUESTS + STILL_REQUESTS)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_request_of_a_new_kind_is_an_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_reply_that_only_sounds_like_one_is_no_opt_out(text: str) -> None:
    assert read_reply(text, RECEIVED).label is not Label.OPT_OUT
