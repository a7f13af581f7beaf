"""Kinds of stop that writers used restating the Portuguese train opt-outs (session 31), written
here in other words, mostly in Portuguese and some in the other languages where the rule is
shared: everything held about them deleted, themselves or their data wanted out of our files,
"me removam" with the pronoun first, a do-not-contact list, receiving no longer wished, calls
refused on this number, trying their number or putting them in our sends no more, our messages
cancelled, the work line or "here" refused, phoning as a verb, two contact verbs denied ("não
me liguem nem mandem mensagem"), sending interrupted, deletion in the subjunctive ("que seja
eliminado"), their address, out of our sends or approaches, this contact forgotten, "tira ele
do sistema" said of their number, a bare "Remover", a stop word closed by an emoji. And, never
stops: a data-protection law cited only to ask what is held, a name taken off a shortlist, a
count of our messages beside a plain no. Beside each, near non-matches that must stay
non-stops."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2030, 9, 2)

STOPS = [
    # Everything held about them deleted.
    "Apaguem, se possível, tudo o que vocês guardam sobre mim.",
    "Peço que excluam todas as informações que têm a meu respeito.",
    "Borren, por favor, todo lo que tengan sobre mí.",
    "Apaguem tudo, pfv.",
    # Wanted out of our files or messages.
    "Quero ficar fora da vossa base de candidatos.",
    "Prefiro o meu currículo fora dos sistemas de vocês.",
    "Prefiero quedarme fuera de sus listas.",
    # "Me removam" with the pronoun first; "Remover" alone.
    "Me removam daqui, pfv.",
    "ok, me exclua",
    "Remover.",
    # A do-not-contact list.
    "Põe meu nome na lista de não-ligar, valeu.",
    "Tá, me bota na lista de não-contatar e era isso.",
    "Ajoutez-moi à votre liste ne pas contacter.",
    # Receiving no longer wished.
    "Não desejo continuar a receber as vossas propostas.",
    "I don't wish to keep receiving these.",
    "Solicito que eu não receba mais nada da vossa empresa.",
    # Calls refused on this number.
    "Não quero mensagens de recrutadores nesta linha.",
    "I don't want any recruiter calls on this number.",
    # Trying their number, or putting them in our sends, no more.
    "Parem de tentar o meu celular, por favor.",
    "Deixem de me incluir nesses envios.",
    "Parem de me colocar nas vossas listas de envio.",
    # Our messages cancelled.
    "Cancela todas essas mensagens.",
    "Cancelem essas newsletters.",
    # Phoning as a verb; two contact verbs denied.
    "Não me telefonem mais.",
    "Parem de me telefonar.",
    "não me liguem nem mandem mensagem",
    # Sending interrupted; deletion in the subjunctive.
    "Interrompam o envio de mensagens, por favor.",
    "Queria que este e-mail seja retirado dos seus envios.",
    # Their address; out of our sends or approaches; this contact forgotten.
    "Apaguem o meu endereço, obrigado.",
    "Apaguem-me dos vossos envios, obrigado.",
    "Mantenham-me fora das vossas abordagens.",
    "Não sei quem és. Esqueça este contato.",
    # Of "it", their number named.
    "Este número é pessoal. Tirem ele da lista.",
    "esse número aqui é da minha mãe, esquece ele",
    # The work line, or here, refused; the stop word closed by an emoji.
    "Ligações para o número do escritório, não, obrigado. Por e-mail pode ser.",
    "Parem de usar o celular da empresa para falar comigo.",
    "Please stop using the phone at the office to reach me; email is fine.",
    "Ligações de recrutadores aqui, nunca mais.",
    "de novo?! chega pf 😤",
]

NOT_STOPS = [
    # Something about them, not all of it; a deletion denied.
    "Podem apagar a parte sobre mim no vosso post? Quero reescrevê-la. A vaga interessa-me.",
    "Não apaguem nada sobre mim, continuo interessado na vaga.",
    # Out of somewhere else.
    "Quero ficar fora do escritório na sexta; podemos falar na segunda?",
    # News, not a request.
    "Me removeram do grupo ontem, dá para me adicionar de novo? Tenho interesse.",
    # Asking about a list.
    "Vocês têm uma lista de não contatar? Pergunto por curiosidade, a vaga interessa-me.",
    # Not having gone on receiving: news.
    "Não consegui continuar recebendo os e-mails, o filtro bloqueou. Podem reenviar a proposta?",
    # Calls on this number only at other hours.
    "Não quero chamadas neste número antes das 18h; depois disso pode ligar, tenho interesse.",
    # Not stopping.
    "Não parem de tentar o meu celular, às vezes demoro a atender. Tenho interesse!",
    # A call cancelled, not our messages.
    "Cancela a chamada de amanhã, surgiu um imprevisto. Pode ser na quinta?",
    # A contact kept.
    "Não esqueça este contato: é o meu número novo. Tenho interesse na vaga.",
    # A data-protection law cited to ask what is held.
    "Com base na LGPD, gostaria de saber que dados vocês têm sobre mim. A vaga me interessa.",
    "Ao abrigo do RGPD, peço cópia dos dados que têm sobre mim, e a origem deles.",
    "Under the GDPR, which data do you hold on me and where did it come from? Role looks great.",
    # A name taken off a shortlist.
    "Podem retirar o meu nome da short list e pôr o do Paulo? Ele encaixa melhor na vaga.",
    "Please remove my name from the shortlist and put Ana's instead, she fits the role better.",
    # The work line kept, or not refused; "chega" in delight.
    "Ligações para o telefone do trabalho, não há problema, pode ligar à tarde.",
    "Não parem de usar o telefone do escritório, é lá que eu atendo. Tenho interesse.",
    "Chega 😂 que vaga incrível, quero saber mais!",
    # A count of our messages beside a plain no.
    "Terceira mensagem esta semana. Não tenho interesse, obrigado.",
    "Fourth email this week, so to be clear: not interested. Thanks.",
]


@pytest.mark.parametrize("text", STOPS)
def test_a_restated_stop_is_read_as_one(text: str) -> None:
    assert read_reply(text, RECEIVED).label is Label.OPT_OUT


@pytest.mark.parametrize("text", NOT_STOPS)
def test_a_near_miss_is_no_stop(text: str) -> None:
    assert read_reply(text, RECEIVED).label is not Label.OPT_OUT
