"""Round 7 of stop requests and their lookalikes (session 23, helper G3), written before any
model was tried on them, measured once, and kept as behaviour: 62 requests and 60 replies that
are not, in the six languages (in each language round 7 first: 43 and 41 in all; then round 8,
written after round 7 was measured: 19 and 19). Each request is read as an opt-out by email
and by SMS; no lookalike is.

The requests the rules still miss, and the lookalikes they still take for requests, are marked
as expected failures (strict: a fix must remove the mark). They were left as they are on
purpose: fitting rules to them would make them one more set the rules were written against. An
opt-out model was measured on them and not kept (docs/engineers/reply-understanding.md, "A
second opinion", has the numbers). Session 24 (brief F) widened the rules by the kinds a new
writer's batch used, and five requests below now pass (their marks removed); some of those
kinds were added after this list of misses had been read, so these five are no unseen
evidence. Session 29 (brief F2) added "tirem" and other removal verbs for a reviewer's
"Please unlist my email address.", and "Tirem meu nome dessa base." passes since (its mark
removed; written without reading this list, but no unseen evidence either)."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2027, 2, 10)

STOP_REQUESTS = {
    "en": [
        "I'd be grateful if this was the last message I get from you.",
        "Please consider this my request to be left out of any future campaigns.",
        "Kindly stop the sequence, I won't be engaging.",
        "I have zero interest and would like my name gone from whatever database this is.",
        "Put me on your do-not-contact list.",
        "Mute me. Permanently.",
        "Please discontinue these messages.",
        "Respectfully, I'm asking you not to message me anymore about roles.",
        "Please cut me out of this outreach entirely.",
        "I would like you to erase everything you have on me.",
        "Honestly, no. And I don't want to be pinged about jobs again.",
        "Please unlist me.",
    ],
    "de": [
        "Bitte betrachten Sie dies als Widerspruch gegen jede weitere Kontaktaufnahme.",
        "Ich will von Ihnen nichts mehr hören.",
        "Nehmen Sie mich bitte aus Ihrer Kandidatendatenbank raus.",
        "Lassen Sie mich bitte künftig in Ruhe.",
        "Das war jetzt die dritte Mail. Schluss damit.",
        "Bitte keine Jobangebote mehr an diese Adresse.",
        "Ich bitte um sofortige Löschung meines Profils bei Ihnen.",
        "Ich möchte aus Ihrem Talentpool entfernt werden.",
        "Keine weiteren Kontaktversuche bitte.",
        "Hiermit widerrufe ich meine Einwilligung zur Kontaktaufnahme.",
    ],
    "fr": [
        "Merci de ne plus m'envoyer ce genre de message.",
        "Je vous prie de supprimer mes coordonnées de votre fichier.",
        "Ça suffit, arrêtez de me solliciter.",
        "Je ne souhaite plus être contacté par votre cabinet.",
        "Retirez-moi de vos envois, s'il vous plaît.",
        "Veuillez cesser toute prospection à mon égard.",
        "Stop aux relances, merci.",
        "Je ne veux plus rien recevoir de votre part.",
        "Merci de m'oublier.",
        "Désinscrivez-moi de cette campagne.",
    ],
    "es": [
        "Les pido que no vuelvan a contactarme.",
        "Quiero que borren mis datos de su base.",
        "Ya está bien de correos, no me interesa y no quiero recibir más.",
        "Por favor sáquenme de su lista de candidatos.",
        "Dejen de molestarme con ofertas.",
        "No me escriban más, gracias.",
        "Me opongo a que sigan tratando mis datos.",
        "No quiero volver a saber de esta empresa.",
        "Elimínenme de sus envíos.",
        "Paren ya con los mensajes.",
    ],
    "nl": [
        "Ik wil hier niet langer berichten over ontvangen.",
        "Graag mijn gegevens uit jullie systeem verwijderen.",
        "Benader mij alsjeblieft nooit meer.",
        "Haal mij van jullie mailinglijst.",
        "Ik heb geen behoefte aan verdere berichten van jullie.",
        "Stop met het sturen van vacatures naar dit adres.",
        "Ik wil uitgeschreven worden.",
        "Ik wil geen post meer van jullie.",
        "Schrap mij uit jullie bestand.",
        "Hou alsjeblieft op met mailen.",
    ],
    "pt": [
        "Não quero mais receber esse tipo de contato.",
        "Por favor, excluam meus dados do cadastro de vocês.",
        "Parem de me mandar mensagens.",
        "Peço que não entrem mais em contato comigo.",
        "Me removam da lista, obrigado.",
        "Chega de e-mails, por favor.",
        "Quero ser descadastrado dessa lista.",
        "Não me enviem mais nada.",
        "Tirem meu nome dessa base.",
        "Quero sair dessa lista imediatamente.",
    ],
}

LOOKALIKES = {
    "en": [
        "Please stop by our booth at the conference, happy to chat there.",
        "I'd like to remove the relocation requirement, is that possible? Otherwise interested.",
        "Don't worry about the delay, just send me the details when you can.",
        "Quick question: is this the last round of interviews?",
        "Please take me off the cc and send the job description to my personal address instead.",
        "I unsubscribed from LinkedIn notifications, so email is the best way to reach me.",
        "No more questions from my side, happy to move forward.",
        "Send me the salary range and I'll take a look.",
        "Put me down for Thursday at 3.",
        "Can you add my colleague to the thread?",
        "Please email my personal address from now on.",
    ],
    "de": [
        "Ich höre gerne mehr, schicken Sie mir bitte die Details.",
        "Bitte löschen Sie meine alte Handynummer, die neue ist 0151 2345678.",
        "Keine Sorge wegen der späten Antwort, ich bin weiterhin interessiert.",
        "Rufen Sie mich bitte nicht vor 10 Uhr an, danach gerne.",
        "Mein alter Arbeitgeber hat mich aus dem Verteiler genommen, daher diese Adresse.",
        "Ich möchte keine Zeit verlieren, wann können wir sprechen?",
        "Schicken Sie mir gern weitere Stellen dieser Art.",
        "Bitte melden Sie sich nächste Woche nochmal.",
        "Können Sie mir die Liste der Benefits schicken?",
    ],
    "fr": [
        "Je ne peux plus attendre de voir la fiche de poste, envoyez-la moi !",
        "Arrêtez-vous au troisième étage, je vous attendrai à l'accueil.",
        "Plus de détails sur le salaire, s'il vous plaît ?",
        "Ne m'appelez pas au bureau, plutôt sur mon portable le soir.",
        "Je viens de quitter mon poste, donc le timing est parfait.",
        "Pas de souci, écrivez-moi quand vous voulez.",
        "Supprimez l'ancien CV, je vous envoie la version à jour.",
        "Envoyez-moi plus d'informations sur l'équipe.",
        "Je veux bien recevoir la fiche de poste.",
        "Rappelez-moi lundi, merci.",
    ],
    "es": [
        "No dejes de avisarme si sale algo en Madrid.",
        "Bórrame la dirección del trabajo y usa esta, por favor.",
        "Ya no trabajo en esa empresa, pero me interesa escuchar la oferta.",
        "No me llames ahora, mejor mañana por la tarde.",
        "¿Me puedes mandar más información sobre el equipo?",
        "Basta con que me mandes la descripción por correo.",
        "Nunca había oído hablar de ustedes, ¡cuéntame más!",
        "Mándame más ofertas como esta.",
        "Quiero recibir la descripción del puesto.",
        "Escríbeme el lunes y lo vemos.",
    ],
    "nl": [
        "Stop de vacature gerust in mijn mailbox, ik kijk er graag naar.",
        "Ik ben niet meer bij mijn oude werkgever, dus mail naar dit adres.",
        "Geen probleem, bel me volgende week maar.",
        "Kun je mijn oude cv verwijderen? Ik stuur je een nieuwe.",
        "Ik heb geen vragen meer, laten we een afspraak plannen.",
        "Haal me even op bij de receptie als ik langskom.",
        "Niet bellen onder werktijd graag, mailen mag altijd.",
        "Stuur me meer informatie over het team.",
        "Mail me de details maar.",
        "Ik ontvang graag de vacaturetekst.",
    ],
    "pt": [
        "Não pare de me mandar vagas assim, gostei muito.",
        "Pode apagar meu e-mail antigo, agora uso este.",
        "Não tenho mais dúvidas, vamos marcar a entrevista.",
        "Me manda mais detalhes por WhatsApp, por favor.",
        "Saí da empresa no mês passado, estou aberto a propostas.",
        "Não me liga no horário de trabalho, prefiro depois das 18h.",
        "Chega de enrolação da minha empresa atual, quero ouvir sua proposta.",
        "Me envia mais informações sobre a vaga.",
        "Quero receber a descrição da vaga.",
        "Pode me mandar a lista de benefícios?",
    ],
}

# Read by neither the rules nor anything else acted on (measured once; see the docstring).
MISSED = {
    "Mute me. Permanently.",
    # "Ik wil hier niet langer berichten over ontvangen." and "Ik wil geen post meer van jullie.":
    # read since session 31 (the meaning reader retrained on the paraphrases, from 0.9).
    "Ik wil uitgeschreven worden.",
    # "I would like you to erase everything you have on me." is read since session 31 (all that
    # is held about them, erased).
    "Honestly, no. And I don't want to be pinged about jobs again.",
    # "Je ne veux plus rien recevoir de votre part." is read since session 30: the meaning
    # reader, retrained with the twelfth and thirteenth writers' train parts, scores it ≥ 0.85.
    "No quiero volver a saber de esta empresa.",
}
# Asking to be reached another way, or dropping an old address: the rules take these for
# requests to stop.
TAKEN_FOR_A_REQUEST = {
    "Bitte löschen Sie meine alte Handynummer, die neue ist 0151 2345678.",
    "Mein alter Arbeitgeber hat mich aus dem Verteiler genommen, daher diese Adresse.",
    "Bórrame la dirección del trabajo y usa esta, por favor.",
    "Stop de vacature gerust in mijn mailbox, ik kijk er graag naar.",
    "Niet bellen onder werktijd graag, mailen mag altijd.",
}


def _cases(by_language: dict[str, list[str]], known: set[str], why: str) -> list[object]:
    return [
        pytest.param(language, text, marks=pytest.mark.xfail(strict=True, reason=why))
        if text in known
        else (language, text)
        for language, texts in by_language.items()
        for text in texts
    ]


@pytest.mark.parametrize(
    ("language", "text"), _cases(STOP_REQUESTS, MISSED, "a wording no rule reads yet")
)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_fresh_request_to_stop_is_an_opt_out(language: str, text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT


@pytest.mark.parametrize(
    ("language", "text"), _cases(LOOKALIKES, TAKEN_FOR_A_REQUEST, "a rule reads it as a stop")
)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_fresh_lookalike_is_no_opt_out(language: str, text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is not Label.OPT_OUT
