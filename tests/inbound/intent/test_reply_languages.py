"""Each label as people write it in each of the six languages (sentences written for this test,
not taken from the corpus), read from a plain reply."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

R = date(2026, 12, 4)

CASES = {
    Label.INTERESTED: [
        ("en", "Sounds interesting, happy to have a call next week."),
        ("de", "Klingt spannend, ich bin offen für ein Gespräch."),
        ("fr", "Avec plaisir, je suis disponible pour en discuter."),
        ("es", "Me interesa, hablemos cuando quieras."),
        ("nl", "Klinkt goed, ik sta open voor een gesprek."),
        ("pt", "Tenho interesse, vamos conversar."),
    ],
    Label.QUESTION: [
        ("en", "Before we talk, what is the salary range and is it fully remote?"),
        ("de", "Wie hoch ist das Gehalt und wie viele Tage Homeoffice gibt es?"),
        ("fr", "Quelle est la fourchette de salaire ? Le télétravail est-il possible ?"),
        ("es", "¿Cuál es la banda salarial? ¿Es 100% remoto?"),
        ("nl", "Wat is het salaris en hoeveel dagen thuiswerken?"),
        ("pt", "Qual é a faixa salarial? É remoto?"),
    ],
    Label.NOT_NOW: [
        ("en", "Not right now, but reach out again in a few months."),
        ("de", "Im Moment passt es nicht, melden Sie sich gern im Frühjahr nach Ostern."),
        ("fr", "Pas pour le moment, recontactez-moi à la rentrée."),
        ("es", "Ahora no es buen momento, escríbeme después del verano."),
        ("nl", "Op dit moment niet, neem na de zomer nog eens contact op."),
        ("pt", "Agora não dá, me procura no ano que vem."),
    ],
    Label.NOT_INTERESTED: [
        ("en", "Thanks, but I'm not interested."),
        ("de", "Danke, aber kein Interesse."),
        ("fr", "Merci, mais je ne suis pas intéressé."),
        ("es", "Gracias, pero no me interesa."),
        ("nl", "Bedankt, maar geen interesse."),
        ("pt", "Obrigado, mas não tenho interesse."),
    ],
    Label.OPT_OUT: [
        ("en", "Please stop emailing me."),
        ("de", "Bitte kontaktieren Sie mich nicht mehr."),
        ("fr", "Ne me contactez plus, merci."),
        ("es", "No me escribas más, por favor."),
        ("nl", "Stuur me geen mails meer."),
        ("pt", "Não me mande mais mensagens."),
    ],
    Label.WRONG_PERSON: [
        ("en", "You have the wrong person, I'm an accountant."),
        ("de", "Sie haben die falsche Person, ich bin Buchhalterin."),
        ("fr", "Vous vous trompez de personne, je suis comptable."),
        ("es", "Se ha equivocado de persona, soy contable."),
        ("nl", "U heeft de verkeerde persoon, ik ben boekhouder."),
        ("pt", "Pessoa errada, sou contadora."),
    ],
    Label.ACCEPTED_ELSEWHERE: [
        ("en", "I just accepted an offer elsewhere, sorry."),
        ("de", "Ich habe gerade ein Angebot angenommen."),
        ("fr", "J'ai accepté une offre ailleurs la semaine dernière."),
        ("es", "Acabo de aceptar una oferta en otra empresa."),
        ("nl", "Ik heb net een aanbod aangenomen bij een ander bedrijf."),
        ("pt", "Aceitei uma proposta em outra empresa."),
    ],
    Label.REFERRAL: [
        ("en", "Not me, but my colleague Ana Silva might be: ana.silva@example.org"),
        ("de", "Ich nicht, aber meine Kollegin Ana Silva vielleicht: ana.silva@example.org"),
        ("fr", "Pas moi, mais ma collègue Ana Silva peut-être : ana.silva@example.org"),
        ("es", "Yo no, pero mi compañera Ana Silva quizá sí: ana.silva@example.org"),
        ("nl", "Ik niet, maar mijn collega Ana Silva misschien: ana.silva@example.org"),
        ("pt", "Eu não, mas minha colega Ana Silva talvez: ana.silva@example.org"),
    ],
}


@pytest.mark.parametrize(
    ("label", "language", "text"),
    [(label, language, text) for label, cases in CASES.items() for language, text in cases],
)
def test_each_label_in_each_language(label: Label, language: str, text: str) -> None:
    reading = read_reply(text, R)
    assert (reading.label, reading.language) == (label, language)
