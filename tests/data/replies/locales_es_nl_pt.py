"""How mail clients write quote headers in English, Spanish, Dutch and Portuguese, and the outreach
messages we sent (the originals the replies quote). Used by build_es_nl_pt.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Original:
    sender: str
    address: str
    subject: str
    body: str


@dataclass(frozen=True)
class Locale:
    gmail: Callable[[datetime, str, str], str]
    outlook: Callable[[datetime, Original, str], str]
    apple: Callable[[datetime, str, str], str]
    mobile: list[str]
    auto_subject: str
    offsets: list[tuple[int, int]]  # (winter, summer) UTC offsets of the senders' zones


EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_DAYS_SHORT = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
ES_MONTHS_SHORT = [
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sept",
    "oct",
    "nov",
    "dic",
]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
NL_MONTHS_SHORT = [
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
]
PT_DAYS = [
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "sábado",
    "domingo",
]
PT_MONTHS = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]


def _hm(t: datetime) -> str:
    return f"{t.hour}:{t.minute:02d}"


def _outlook(labels: tuple[str, str, str, str], when: str, o: Original, me: str) -> str:
    sender, sent, to, subject = labels
    return f"{sender} {o.sender} <{o.address}>\n{sent} {when}\n{to} {me}\n{subject} {o.subject}"


def _en_gmail(t: datetime, name: str, addr: str) -> str:
    hour, ampm = t.hour % 12 or 12, "AM" if t.hour < 12 else "PM"
    day, month = EN_DAYS[t.weekday()], EN_MONTHS[t.month - 1][:3]
    when = f"{day}, {month} {t.day}, {t.year} at {hour}:{t.minute:02d} {ampm}"
    return f"On {when} {name} <{addr}> wrote:"


def _en_outlook(t: datetime, o: Original, me: str) -> str:
    hour, ampm = t.hour % 12 or 12, "AM" if t.hour < 12 else "PM"
    day = EN_WEEKDAYS[t.weekday()]
    when = f"{day}, {EN_MONTHS[t.month - 1]} {t.day}, {t.year} {hour}:{t.minute:02d} {ampm}"
    return _outlook(("From:", "Sent:", "To:", "Subject:"), when, o, me)


def _en_apple(t: datetime, name: str, addr: str) -> str:
    return f"On {EN_MONTHS[t.month - 1][:3]} {t.day}, {t.year}, at {_hm(t)}, {name} <{addr}> wrote:"


def _es_gmail(t: datetime, name: str, addr: str) -> str:
    day, month = ES_DAYS_SHORT[t.weekday()], ES_MONTHS_SHORT[t.month - 1]
    return f"El {day}, {t.day} {month} {t.year} a las {_hm(t)}, {name} (<{addr}>) escribió:"


def _es_outlook(t: datetime, o: Original, me: str) -> str:
    when = f"{ES_DAYS[t.weekday()]}, {t.day} de {ES_MONTHS[t.month - 1]} de {t.year} {_hm(t)}"
    return _outlook(("De:", "Enviado:", "Para:", "Asunto:"), when, o, me)


def _es_apple(t: datetime, name: str, addr: str) -> str:
    month = ES_MONTHS_SHORT[t.month - 1]
    return f"El {t.day} {month} {t.year}, a las {_hm(t)}, {name} <{addr}> escribió:"


def _nl_gmail(t: datetime, name: str, addr: str) -> str:
    day, month = NL_DAYS[t.weekday()][:2], NL_MONTHS_SHORT[t.month - 1]
    return f"Op {day} {t.day} {month} {t.year} om {_hm(t)} schreef {name} <{addr}>:"


def _nl_outlook(t: datetime, o: Original, me: str) -> str:
    when = f"{NL_DAYS[t.weekday()]} {t.day} {NL_MONTHS[t.month - 1]} {t.year} {_hm(t)}"
    return _outlook(("Van:", "Verzonden:", "Aan:", "Onderwerp:"), when, o, me)


def _nl_apple(t: datetime, name: str, addr: str) -> str:
    month = NL_MONTHS_SHORT[t.month - 1]
    return f"Op {t.day} {month} {t.year} om {_hm(t)} heeft {name} <{addr}> het volgende geschreven:"


def _pt_gmail(t: datetime, name: str, addr: str) -> str:
    day, month = PT_DAYS[t.weekday()][:3], PT_MONTHS[t.month - 1][:3]
    return f"Em {day}., {t.day} de {month}. de {t.year} às {_hm(t)}, {name} <{addr}> escreveu:"


def _pt_outlook(t: datetime, o: Original, me: str) -> str:
    when = f"{PT_DAYS[t.weekday()]}, {t.day} de {PT_MONTHS[t.month - 1]} de {t.year} {_hm(t)}"
    return _outlook(("De:", "Enviada em:", "Para:", "Assunto:"), when, o, me)


def _pt_apple(t: datetime, name: str, addr: str) -> str:
    month = PT_MONTHS[t.month - 1][:3]
    return f"Em {t.day} de {month}. de {t.year}, à(s) {_hm(t)}, {name} <{addr}> escreveu:"


LOCALES: dict[str, Locale] = {
    "en": Locale(
        _en_gmail, _en_outlook, _en_apple, ["Sent from my iPhone"], "Automatic reply", [(0, 1)]
    ),
    "es": Locale(
        _es_gmail,
        _es_outlook,
        _es_apple,
        [
            "Enviado desde mi iPhone",
            "Enviado desde mi Galaxy",
            "Enviado desde Outlook para Android",
        ],
        "Respuesta automática",
        [(1, 2), (1, 2), (1, 2), (-6, -6), (-3, -3)],  # Spain, Mexico, Argentina
    ),
    "nl": Locale(
        _nl_gmail,
        _nl_outlook,
        _nl_apple,
        [
            "Verstuurd vanaf mijn iPhone",
            "Verzonden vanaf mijn Samsung Galaxy-smartphone.",
            "Outlook voor Android downloaden",
        ],
        "Automatisch antwoord",
        [(1, 2)],
    ),
    "pt": Locale(
        _pt_gmail,
        _pt_outlook,
        _pt_apple,
        [
            "Enviado do meu iPhone",
            "Enviado do meu smartphone Samsung Galaxy.",
            "Enviado do Email para Android",
        ],
        "Resposta automática",
        [(-3, -3), (0, 1)],  # Brazil, Portugal (build picks by the writer)
    ),
}


def _body(text: str) -> str:
    return text.strip("\n")


ENGLISH = [
    Original(
        "Dana Reyes",
        "dana@northwind.example",
        "Staff Backend Engineer at Northwind",
        _body(
            """
Hi,

I lead engineering hiring at Northwind. We're building the routing engine behind our freight
marketplace and I'm looking for a Staff Backend Engineer (Python, Postgres, event-driven systems).
Your work on high-volume pipelines stood out. Fully remote within CET ±3h, salary band 95–120k EUR.

Open to a 20-minute call next week?

Dana Reyes
Northwind | Talent

Not interested? Reply and say so, and you won't hear from me again.
To stop all messages: https://jobs.northwind.example/unsubscribe/k3Jd9qL2
"""
        ),
    ),
    Original(
        "Sam Okafor",
        "sam.okafor@lumenhealth.example",
        "Data Platform Engineer – Lumen Health",
        _body(
            """
Hello,

Lumen Health is growing its data platform team (Spark, dbt, Kafka) and your background caught
my eye. It's a hybrid role with two office days in Amsterdam or Lisbon.

Would you be open to hearing more?

Best,
Sam Okafor
Technical Recruiter, Lumen Health

Not interested? Reply and say so, and you won't hear from me again.
To stop all messages: https://jobs.northwind.example/unsubscribe/Zp81mWq0
"""
        ),
    ),
    Original(
        "Priya Nair",
        "priya@kestrelpay.example",
        "Engineering Manager, Payments (Kestrel)",
        _body(
            """
Hi there,

I'm hiring an Engineering Manager for Kestrel's payments team (8 engineers, card issuing and
ledger). You'd report to our VP Engineering. Remote-first, Europe time zones.

Quick chat this week or next?

Priya

Not interested? Reply and say so, and you won't hear from me again.
To stop all messages: https://jobs.northwind.example/unsubscribe/Tt4b7Xc1
"""
        ),
    ),
]

ORIGINALS: dict[str, list[Original]] = {
    "es": [
        *ENGLISH,
        Original(
            "Marta Ruiz",
            "marta.ruiz@northwind.example",
            "Ingeniero/a Backend Senior en Northwind (Madrid, híbrido)",
            _body(
                """
Hola,

Soy Marta, del equipo de talento de Northwind. Buscamos una persona Backend Senior (Python y
PostgreSQL) para nuestro equipo de Madrid, modelo híbrido con dos días de oficina.
Tu experiencia en sistemas de pagos encaja muy bien.

¿Te apetece que hablemos 20 minutos esta semana?

Un saludo,
Marta Ruiz
Northwind · Talento

¿No te interesa? Respóndeme y no volverás a saber de mí.
Para dejar de recibir mensajes: https://jobs.northwind.example/unsubscribe/Hs72Kd0a
"""
            ),
        ),
        Original(
            "Diego Salazar",
            "diego@rutabus.example",
            "Desarrollador/a Android en Rutabus",
            _body(
                """
¡Hola!

En Rutabus (movilidad urbana, 40 personas en tecnología) buscamos a alguien con Kotlin y
Jetpack Compose. 100% remoto desde España o Latinoamérica, banda salarial 55–70k EUR.

¿Lo hablamos?

Diego Salazar
Rutabus

¿No te interesa? Respóndeme y no volverás a saber de mí.
Para dejar de recibir mensajes: https://jobs.rutabus.example/unsubscribe/p0Qw2Lm8
"""
            ),
        ),
    ],
    "nl": [
        *ENGLISH,
        Original(
            "Daan de Vries",
            "daan@northwind.example",
            "Senior Backend Engineer bij Northwind (Amsterdam)",
            _body(
                """
Hoi,

Ik ben Daan, recruiter bij Northwind. Voor ons team in Amsterdam zoeken we een Senior Backend
Engineer (Python, PostgreSQL, Kafka). Hybride, twee dagen op kantoor, salaris 75–95k.
Jouw ervaring met logistieke platformen viel me op.

Zin in een kort belletje deze week?

Groet,
Daan de Vries
Northwind | Talent

Geen interesse? Laat het me weten, dan hoor je niets meer van me.
Afmelden voor alle berichten: https://jobs.northwind.example/unsubscribe/Rr5nB2xe
"""
            ),
        ),
        Original(
            "Fleur Bakker",
            "fleur@zorgdata.example",
            "Data Engineer bij ZorgData (Utrecht)",
            _body(
                """
Goedemiddag,

ZorgData bouwt het dataplatform voor twaalf ziekenhuizen en we zoeken een Data Engineer
(dbt, Airflow, Azure). Utrecht of remote binnen Nederland.

Sta je open voor een gesprek?

Met vriendelijke groet,
Fleur Bakker

Geen interesse? Laat het me weten, dan hoor je niets meer van me.
Afmelden voor alle berichten: https://jobs.zorgdata.example/unsubscribe/Gd83kLa1
"""
            ),
        ),
    ],
    "pt": [
        *ENGLISH,
        Original(
            "Beatriz Lima",
            "beatriz@northwind.example",
            "Engenheiro(a) de Dados na Northwind (remoto)",
            _body(
                """
Olá,

Sou a Beatriz, do time de talentos da Northwind. Estamos procurando uma pessoa Engenheira de
Dados (Python, Airflow, BigQuery), 100% remoto, contratação CLT ou PJ.
Seu trabalho com pipelines de alto volume chamou minha atenção.

Podemos conversar 20 minutos esta semana?

Abraços,
Beatriz Lima
Northwind · Talentos

Não tem interesse? Responda dizendo isso e não volto a escrever.
Para deixar de receber mensagens: https://jobs.northwind.example/unsubscribe/Qa19Vn4c
"""
            ),
        ),
        Original(
            "Rui Carvalho",
            "rui.carvalho@tejocloud.example",
            "SRE na Tejo Cloud (Lisboa)",
            _body(
                """
Bom dia,

Na Tejo Cloud estamos a contratar um(a) Site Reliability Engineer para a equipa de
plataforma (Kubernetes, Terraform, AWS). Lisboa, regime híbrido.

Tem disponibilidade para uma conversa?

Cumprimentos,
Rui Carvalho

Não tem interesse? Responda dizendo isso e não volto a escrever.
Para deixar de receber mensagens: https://jobs.tejocloud.example/unsubscribe/Lm30Xe7u
"""
            ),
        ),
    ],
}
