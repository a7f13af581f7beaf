"""Reading inbound email: who wrote, which of our messages it answers, person or machine,
what they said (without the quoted history), when an out-of-office ends, what bounced."""

from __future__ import annotations

import contextlib
import json
import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from sequencer.errors import UnreadableMail
from sequencer.inbound.mail import IncomingMail, MailKind, read_mail, read_parse_fields

FIXTURES = Path(__file__).parent.parent / "helpers" / "fixtures" / "mail"
TODAY = date(2026, 11, 24)  # the day our first emails went out and the fixtures came back
OUR_ID = "<12-initial.3f9a1c2b7d4e@northwind.example>"
OUR_FOLLOW_UP = "<12-followup.8b21d0e5a6c3@northwind.example>"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def read(name: str, today: date = TODAY) -> IncomingMail:
    return read_mail(fixture(name), today)


def mail(body: str = "Sounds good.", today: date = TODAY, **headers: str) -> IncomingMail:
    """A small message; header names as keyword arguments, "_" for "-"."""
    fields = {"From": "Priya Raman <priya.raman@example.com>", "To": "dana@northwind.example"}
    fields |= {"Subject": "Re: Staff Platform Engineer at Northwind"}
    fields |= {name.replace("_", "-"): value for name, value in headers.items()}
    head = "".join(f"{name}: {value}\n" for name, value in fields.items() if value)
    return read_mail(f"{head}\n{body}".replace("\n", "\r\n").encode(), today)


def auto_reply(
    body: str, today: date = TODAY, subject: str = "Automatic reply: Hi"
) -> IncomingMail:
    return mail(body, today, Auto_Submitted="auto-replied", Subject=subject)


# --- the fixtures, as each client writes them --------------------------------------------------


def test_a_gmail_reply_is_a_person_answering_our_email() -> None:
    reply = read("gmail_reply.eml")
    assert reply.kind is MailKind.HUMAN
    assert reply.sender == "priya.raman@example.com"
    assert reply.recipients == ("dana@northwind.example",)
    assert reply.refers_to == (OUR_ID,)
    assert (
        reply.message_id == "<CAHx7kPq3vZ9mB1cYt2Lr8s5dW0e-4nFh6gJ2kX9QzR7pA1bC3w@mail.gmail.com>"
    )
    assert reply.sent_at == datetime(2026, 11, 25, 15, 14, 21, tzinfo=UTC)
    assert reply.subject == "Re: Staff Platform Engineer at Northwind"
    assert reply.text == (
        "Hi Dana,\n\nThanks for reaching out — the role sounds interesting. I could do a call on\n"
        "Thursday afternoon or Friday morning.\n\nBest,\nPriya"
    )
    # Our footer ("Unsubscribe in one click") is in the quoted history, not in what she wrote.
    assert not reply.asks_to_stop
    assert reply.return_date is None and reply.bounced == () and reply.original_ids == ()


def test_an_outlook_reply_is_human_even_with_x_auto_response_suppress() -> None:
    reply = read("outlook_reply.eml")
    assert reply.kind is MailKind.HUMAN
    assert reply.sender == "priya.raman@example.com"  # display name "Raman, Priya"
    assert reply.recipients == ("dana@northwind.example", "chidi.okafor@example.com")
    assert reply.refers_to == (OUR_FOLLOW_UP, OUR_ID)  # the closest ancestor first
    assert reply.text.startswith("Hi Dana,\n\nHappy to talk.")
    assert reply.text.endswith(
        "Priya Raman\nSenior Platform Engineer | Example Corp\n+1 (555) 010-4477"
    )
    assert "From:" not in reply.text and "_____" not in reply.text
    # Our quoted email says "If you'd rather I stop emailing, reply STOP": that is not her asking.
    assert not reply.asks_to_stop


def test_an_exchange_out_of_office_is_an_auto_reply_with_its_return_date() -> None:
    ooo = read("outlook_ooo.eml")
    assert ooo.kind is MailKind.AUTO_REPLY
    assert ooo.refers_to == (OUR_ID,)
    assert ooo.sender == "priya.raman@example.com"
    # "out of the office until Friday, December 4, 2026": back the day after.
    assert ooo.return_date == date(2026, 12, 5)
    assert not ooo.asks_to_stop


def test_a_german_abwesenheitsnotiz_is_known_by_its_subject_alone() -> None:
    notice = read("abwesenheitsnotiz.eml")
    assert b"Auto-Submitted" not in fixture("abwesenheitsnotiz.eml")
    assert notice.kind is MailKind.AUTO_REPLY
    assert notice.subject == "Abwesenheitsnotiz: Staff Platform Engineer at Northwind"
    assert "bis einschließlich 4. Dezember 2026 nicht im Büro" in notice.text
    assert notice.return_date == date(2026, 12, 5)


def test_a_postfix_bounce_names_the_address_the_reason_and_our_message() -> None:
    bounce = read("bounce.eml")
    assert bounce.kind is MailKind.BOUNCE
    assert bounce.sender == "mailer-daemon@mail.northwind.example"
    assert bounce.bounced == ("priya.raman@example.com",)
    assert bounce.bounce_permanent
    assert bounce.bounce_reason == (
        "550 5.1.1 <priya.raman@example.com>: Recipient address rejected: "
        "User unknown in virtual mailbox table"
    )
    assert bounce.original_ids == (OUR_ID,)
    assert not bounce.asks_to_stop and bounce.return_date is None


def test_an_exchange_ndr_is_a_bounce_though_its_sender_is_no_mailer_daemon() -> None:
    bounce = read("bounce_exchange.eml")
    assert bounce.kind is MailKind.BOUNCE
    assert bounce.bounced == ("marcus.lee@example.com",)
    assert bounce.bounce_permanent
    assert bounce.bounce_reason is not None
    assert bounce.bounce_reason.startswith("550 5.1.10 RESOLVER.ADR.RecipientNotFound")
    # From the attached message/rfc822, not from the NDR's own headers.
    assert bounce.original_ids == ("<13-initial.5d8e2f4a6b1c@northwind.example>",)


def test_a_delay_notice_is_a_bounce_that_is_not_permanent() -> None:
    delay = read("bounce_delay.eml")
    assert delay.kind is MailKind.BOUNCE
    assert delay.bounced == ("jonas.becker@example.com",)
    assert not delay.bounce_permanent
    assert delay.bounce_reason == "451 4.7.1 Greylisting in action, please come back later"
    assert delay.original_ids == ("<14-initial.a7c2e91f0b3d@northwind.example>",)


def test_a_plain_text_exim_bounce_is_read_from_its_prose() -> None:
    bounce = read("bounce_exim.eml")
    assert bounce.kind is MailKind.BOUNCE
    assert bounce.bounced == ("sam.ortiz@example.com",)
    assert bounce.bounce_permanent
    assert bounce.bounce_reason == "mailbox is full: retry timeout exceeded"
    assert bounce.original_ids == ("<15-initial.c4b1e7a9d2f0@northwind.example>",)
    assert "This is a copy of the message" not in bounce.text


def test_our_own_copy_reads_as_sent_by_us() -> None:
    copy = read("own_copy.eml")
    assert copy.sender == "dana@northwind.example"
    assert copy.message_id == OUR_ID
    assert copy.refers_to == ()
    assert not copy.asks_to_stop  # our footer comes after "--" and is no request of anyone's


def test_a_reply_asking_to_be_removed_is_a_stop_request() -> None:
    reply = read("unsubscribe_reply.eml")
    assert reply.kind is MailKind.HUMAN
    assert reply.text == "Please remove me from your list."  # no "Sent from my iPhone", no quote
    assert reply.asks_to_stop
    assert reply.refers_to == (OUR_FOLLOW_UP, OUR_ID)


def test_a_latin1_reply_is_decoded_and_its_german_stop_request_heard() -> None:
    reply = read("latin1_reply.eml")
    assert reply.sender == "jonas.becker@example.com"  # lower-cased
    assert reply.subject == "AW: Staff Platform Engineer at Northwind (Rückfrage)"
    assert reply.text.endswith("Bitte keine weiteren E-Mails.\n\nGrüße\nJonas Bäcker")
    assert "Hallo Herr Becker" not in reply.text  # under "Am 24.11.26 um 16:02 schrieb ...:"
    assert reply.asks_to_stop


def test_an_html_only_reply_is_read_as_text_without_the_quoted_email() -> None:
    reply = read("html_only_reply.eml")
    assert reply.kind is MailKind.HUMAN
    assert reply.text == "Hi Dana,\n\nThursday at 3 pm works — talk then!\n\nSam"
    assert not reply.asks_to_stop  # "Please reply STOP" is in our quoted email


# --- person or machine -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto_Submitted": "auto-replied"},
        {"Auto_Submitted": "auto-generated"},
        {"Auto_Submitted": "auto-replied; owner-email=priya.raman@example.com"},
        {"X_Autoreply": "yes"},
        {"X_Autorespond": "Vacation"},
        {"X_Autogenerated": "Reply"},
        {"X_AutoReply_From": "priya.raman@example.com"},
        {"X_Mail_Autoreply": "yes"},
        {"X_FC_MachineGenerated": "true"},
        {"Precedence": "bulk"},
        {"Precedence": "junk"},
        {"Precedence": "list"},
        {"Precedence": "auto_reply"},
        {"X_Precedence": "auto_reply"},
        {"From": "no-reply@example.com"},
        {"From": "Example Careers <noreply@example.com>"},
        {"From": "postmaster@example.com"},
    ],
)
def test_machine_markers_make_an_auto_reply(headers: dict[str, str]) -> None:
    assert mail(**headers).kind is MailKind.AUTO_REPLY


@pytest.mark.parametrize(
    "subject",
    [
        "Auto: Staff Platform Engineer",
        "Automatic reply: Staff Platform Engineer",
        "AutoReply: Staff Platform Engineer",
        "Auto Response: Staff Platform Engineer",
        "Autosvar: Staff Platform Engineer",
        "Automatisk svar: Staff Platform Engineer",
        "Automatische Antwort: Staff Platform Engineer",
        "Abwesenheitsnotiz: Staff Platform Engineer",
        "Abwesend: Staff Platform Engineer",
        "Risposta automatica: Staff Platform Engineer",
        "Risposta Non al computer: Staff Platform Engineer",
        "Automatisch antwoord: Staff Platform Engineer",
        "Respuesta automática: Staff Platform Engineer",
        "Fuera de la oficina: Staff Platform Engineer",
        "Fuori sede: Staff Platform Engineer",
        "Out of Office: Staff Platform Engineer",
        "Out of the office until Monday",
        "Frånvaro: Staff Platform Engineer",
        "Réponse automatique : Staff Platform Engineer",
        "Absence: Staff Platform Engineer",
    ],
)
def test_auto_reply_subjects_in_many_languages(subject: str) -> None:
    assert mail(Subject=subject).kind is MailKind.AUTO_REPLY


@pytest.mark.parametrize(
    "headers",
    [
        {"X_Auto_Response_Suppress": "All"},  # Outlook puts it on some human replies
        {"Auto_Submitted": "no"},
        {"X_Autoreply": "no"},
        {"Subject": "Re: Out of office next week, can we talk after?"},
        {"Subject": "Automotive roles?"},
        {"From": "Priya Noreply-Smith <priya@example.com>"},
    ],
)
def test_a_person_is_not_mistaken_for_a_machine(headers: dict[str, str]) -> None:
    assert mail(**headers).kind is MailKind.HUMAN


@pytest.mark.parametrize(
    "subject",
    [
        "Undeliverable: Staff Platform Engineer at Northwind",
        "Delivery Status Notification (Failure)",
        "Mail delivery failed: returning message to sender",
        "Unzustellbar: Staff Platform Engineer at Northwind",
        "Returned mail: see transcript for details",
        "Undelivered Mail Returned to Sender",
        "Mensagem não entregue: Vaga de Engenheira",  # "message not delivered", each language
        "Mensagem nao entregue: Vaga de Engenheira",
        "Mensaje no entregado: Ingeniera de plataforma",
        "Nachricht nicht zustellbar: Plattform-Ingenieurin",
        "Message non remis : Ingénieure plateforme",
        "Bericht niet afgeleverd: Platform engineer",
    ],
)
def test_a_mailer_daemon_with_a_failure_subject_is_a_bounce(subject: str) -> None:
    body = "Delivery to the following recipient failed permanently:\n\n     priya@example.com\n"
    bounce = mail(body, From="Mail Delivery Subsystem <MAILER-DAEMON@example.com>", Subject=subject)
    assert bounce.kind is MailKind.BOUNCE
    assert bounce.bounced == ("priya@example.com",)
    assert bounce.bounce_permanent


def test_a_mailer_daemon_without_a_failure_subject_is_only_automatic() -> None:
    notice = mail("Your mailbox is almost full.", From="MAILER-DAEMON@example.com", Subject="Hi")
    assert notice.kind is MailKind.AUTO_REPLY


def _report(report_type: str, status: str) -> bytes:
    raw = fixture("bounce.eml").replace(b"Action: failed", status.encode())
    return raw.replace(b"report-type=delivery-status", report_type.encode())


def test_a_report_that_only_says_delivered_is_no_bounce() -> None:
    success = read_mail(_report("report-type=delivery-status", "Action: delivered"), TODAY)
    assert success.kind is MailKind.AUTO_REPLY


READ_RECEIPT = """\
From: Priya Raman <priya.raman@example.com>
To: Dana Whitfield <dana@northwind.example>
Subject: Read: Staff Platform Engineer at Northwind
Date: Wed, 25 Nov 2026 09:01:12 -0500
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="rr"

--rr
Content-Type: text/plain; charset=utf-8

Your message was read on Wednesday, November 25, 2026 9:01:12 AM (UTC-05:00).

--rr
Content-Type: message/disposition-notification

Final-Recipient: rfc822;priya.raman@example.com
Original-Message-ID: <12-initial.3f9a1c2b7d4e@northwind.example>
Disposition: automatic-action/MDN-sent-automatically; displayed

--rr--
"""


def test_a_read_receipt_is_automatic() -> None:
    receipt = read_mail(READ_RECEIPT.replace("\n", "\r\n").encode(), TODAY)
    assert receipt.kind is MailKind.AUTO_REPLY


def test_a_failed_action_with_a_4xx_status_is_not_a_bad_address() -> None:
    raw = fixture("bounce.eml").replace(b"Status: 5.1.1", b"Status: 4.4.7")
    expired = read_mail(raw, TODAY)
    assert expired.kind is MailKind.BOUNCE and not expired.bounce_permanent


# --- what the person wrote ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "text"),
    [
        (
            "Sounds good.\n\nOn Tue, Nov 24, 2026 at 10:02 AM Dana Whitfield "
            "<dana@northwind.example> wrote:\n> Hi Priya,\n> Are you open to a call?",
            "Sounds good.",
        ),
        (
            "Sounds good.\n\nOn Tue, Nov 24, 2026 at 10:02 AM Dana Whitfield <\n"
            "dana@northwind.example> wrote:\n\n> Hi Priya,",
            "Sounds good.",
        ),
        (
            "Klingt gut.\n\nAm Di., 24. Nov. 2026 um 16:02 Uhr schrieb Dana Whitfield <\n"
            "dana@northwind.example>:\n\n> Hallo Jonas,",
            "Klingt gut.",
        ),
        (
            "Yes, Thursday works.\n\n-----Original Message-----\nFrom: Dana Whitfield\n"
            "Sent: Tuesday\nHi Priya",
            "Yes, Thursday works.",
        ),
        (
            "Gerne.\n\n________________________________\nVon: Dana Whitfield "
            "<dana@northwind.example>\nGesendet: Dienstag, 24. November 2026 16:02\n"
            "An: Jonas Becker <jonas.becker@example.com>\nBetreff: Staff Platform Engineer\n\n"
            "Hallo Jonas,",
            "Gerne.",
        ),
        (
            "Sure.\n\nFrom: Dana Whitfield <dana@northwind.example>\n"
            "Date: Tuesday, November 24, 2026 at 10:02 AM\nTo: Priya\nSubject: Hello\n\nHi",
            "Sure.",
        ),
        ("> Are you open to remote?\nYes.\n> Salary range?\nAbove 180k.", "Yes.\nAbove 180k."),
        ("Thanks!\n\nSent from my iPhone", "Thanks!"),
        ("Thanks!\n\nGet Outlook for iOS<https://aka.ms/o0ukef>", "Thanks!"),
        ("Danke!\n\nVon meinem iPhone gesendet", "Danke!"),
        ("  Talk soon.\n\n-- \nPriya Raman\nExample Corp\n", "Talk soon."),
    ],
)
def test_the_text_is_what_the_person_wrote(body: str, text: str) -> None:
    assert mail(body).text == text


# --- when an out-of-office ends ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "back"),
    [
        ("I'm back on Monday, December 1.", date(2026, 12, 1)),
        ("I am returning December 1st and will reply then.", date(2026, 12, 1)),
        ("I will be back in the office on Monday, December 7.", date(2026, 12, 7)),
        ("I am away until 1 December 2026.", date(2026, 12, 2)),
        ("I am out of the office until 12/01/2026.", date(2026, 12, 2)),
        ("Out until 2026-12-01, limited access to email.", date(2026, 12, 2)),
        ("Out of office through December 4th.", date(2026, 12, 5)),
        ("Away until the 4th of December.", date(2026, 12, 5)),
        ("Out until 13/12/2026.", date(2026, 12, 14)),  # only a day can be 13
        ("I'm out from November 30 to December 4.", date(2026, 12, 5)),
        ("Out until Friday, December 4, back Monday, December 7.", date(2026, 12, 7)),
        ("Ich bin bis zum 05.12.2026 nicht erreichbar.", date(2026, 12, 6)),
        ("Ich bin bis einschließlich 5. Dezember im Urlaub.", date(2026, 12, 6)),
        ("Ab dem 8. Dezember bin ich wieder erreichbar.", date(2026, 12, 8)),
        ("Ich bin ab dem 8. Dezember wieder im Büro.", date(2026, 12, 8)),
        ("Ich bin zurück am 5.12. und melde mich dann.", date(2026, 12, 5)),
        (
            "Ich bin vom 30.11. bis 4.12. nicht im Büro und ab dem 7.12. wieder erreichbar.",
            date(2026, 12, 7),
        ),
    ],
)
def test_the_return_date_of_an_out_of_office(body: str, back: date) -> None:
    assert auto_reply(body).return_date == back


@pytest.mark.parametrize(
    "body",
    [
        "I am out of the office with limited access to email.",
        "I am out of the office until further notice.",
        "Out until November 20.",  # four days ago: a notice left on, not next year's
        "Out until December 1, 2025.",
        "I am out until Friday.",
        "Thanks for your message about the call before December 4.",  # a date, but no return
        "Out until December 4, 2031.",  # a typo more likely than five years away
    ],
)
def test_no_return_date_when_none_is_plausible(body: str) -> None:
    assert auto_reply(body).return_date is None


def test_a_return_date_without_a_year_is_the_next_such_day() -> None:
    assert auto_reply("Back on January 5.", today=date(2026, 12, 20)).return_date == date(
        2027, 1, 5
    )


def test_dates_before_today_are_ignored() -> None:
    assert auto_reply("Out until December 4.", today=date(2026, 12, 10)).return_date is None


def test_the_return_date_can_be_in_the_subject() -> None:
    ooo = auto_reply("I have limited access to email.", subject="Out of Office until 12/4")
    assert ooo.return_date == date(2026, 12, 5)


def test_only_auto_replies_have_a_return_date() -> None:
    assert mail("I'm back on Monday, December 7 - let's talk then.").return_date is None


# --- asking to stop ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Please remove me from your list.",
        "Take me off your mailing list please",
        "unsubscribe",
        "Stop emailing me.",
        "please stop contacting me",
        "Please stop sending me these.",
        "Don't contact me again.",
        "Do not contact me.",
        "Please stop.",
        "Stop.",
        "Not interested, please don't contact me.",
        "No more emails please.",
        "Leave me alone.",
        "Please delete my data.",
        "I’d like to opt out.",
        "Bitte keine weiteren E-Mails.",
        "Bitte nicht mehr kontaktieren.",
        "Kontaktieren Sie mich bitte nicht mehr.",
        "Bitte abmelden.",
        "Bitte tragen Sie mich aus Ihrem Verteiler aus.",
    ],
)
def test_a_plain_request_to_stop(body: str) -> None:
    assert mail(body).asks_to_stop


@pytest.mark.parametrize(
    "body",
    [
        "Not interested right now.",
        "Not now, maybe in March.",
        "Feel free to stop by the office on Tuesday.",
        "Please stop by the office when you're in town.",
        "I can't stop thinking about this role!",
        "Don't email me at work, use priya@example.org instead.",
        "Please remove me from the cc and loop in Chidi.",
        "Could you stop sending the calendar invites to my old address?",
        "I'm not interested in contract roles, but keep me posted on full-time ones.",
        "Thanks, I'll stop in on Thursday.",
    ],
)
def test_near_misses_are_not_stop_requests(body: str) -> None:
    assert not mail(body).asks_to_stop


def test_a_subject_the_person_wrote_can_ask_to_stop() -> None:
    assert mail("", Subject="Unsubscribe").asks_to_stop
    # A "Re:" subject is ours, whatever words it holds.
    assert not mail("Sounds good", Subject="Re: How to stop worrying about CI").asks_to_stop


def test_only_a_person_asks_to_stop() -> None:
    assert not auto_reply("Please remove me from your list.").asks_to_stop


# --- SendGrid Inbound Parse, parsed mode -------------------------------------------------------


def parse_fields(
    name: str, envelope_to: str = "reply+t0k3n@parse.northwind.example"
) -> dict[str, str]:
    """The fields SendGrid posts for this fixture: raw headers, decoded text and html."""
    raw = fixture(name)
    message = BytesParser(policy=policy.default).parsebytes(raw)
    bodies: dict[str, str] = {}
    for part in message.walk():  # the first of each: walk() also yields a DSN's field blocks
        if part.get_content_type() in ("text/plain", "text/html"):
            bodies.setdefault(part.get_content_type(), part.get_content())
    return {
        "headers": raw.split(b"\r\n\r\n", 1)[0].decode("latin-1") + "\r\n",
        "text": bodies.get("text/plain", ""),
        "html": bodies.get("text/html", ""),
        "from": str(message["From"]),
        "to": str(message["To"]),
        "subject": str(message["Subject"]),
        "envelope": json.dumps({"to": [envelope_to], "from": "bounces@example.com"}),
        "charsets": json.dumps({"text": "UTF-8", "html": "UTF-8", "subject": "UTF-8"}),
        "SPF": "pass",
    }


@pytest.mark.parametrize(
    "name", ["gmail_reply.eml", "outlook_reply.eml", "outlook_ooo.eml", "unsubscribe_reply.eml"]
)
def test_parse_fields_read_as_the_raw_message_does(name: str) -> None:
    parsed = read_parse_fields(parse_fields(name), TODAY)
    raw = read(name)
    assert parsed == replace(
        raw, recipients=(*raw.recipients, "reply+t0k3n@parse.northwind.example")
    )


def test_parse_fields_with_html_only_read_the_html() -> None:
    fields = parse_fields("gmail_reply.eml") | {"text": ""}
    assert read_parse_fields(fields, TODAY).text == (
        "Hi Dana,\n\nThanks for reaching out — the role sounds interesting. I could do a call on "
        "Thursday afternoon or Friday morning.\n\nBest,\nPriya"
    )


def test_a_bounce_posted_as_parse_fields_is_read_from_its_notice() -> None:
    bounce = read_parse_fields(parse_fields("bounce.eml"), TODAY)
    assert bounce.kind is MailKind.BOUNCE
    assert bounce.bounced == ("priya.raman@example.com",)
    assert bounce.bounce_permanent
    assert bounce.bounce_reason is not None and "550 5.1.1" in bounce.bounce_reason


def test_parse_fields_without_headers_use_the_from_and_subject_fields() -> None:
    fields = {
        "from": "Priya Raman <Priya.Raman@example.com>",
        "subject": "Unsubscribe",
        "text": "x",
    }
    reply = read_parse_fields(fields, TODAY)
    assert reply.sender == "priya.raman@example.com"
    assert reply.subject == "Unsubscribe"
    assert reply.asks_to_stop


@pytest.mark.parametrize("envelope", ["{not json", "[1, 2]", '{"to": 7}', '"x"', ""])
def test_a_broken_envelope_is_ignored(envelope: str) -> None:
    fields = parse_fields("gmail_reply.eml") | {"envelope": envelope}
    assert read_parse_fields(fields, TODAY).recipients == ("dana@northwind.example",)


def test_parse_fields_with_no_from_at_all_give_no_sender() -> None:
    fields = {"headers": "Subject: hello\r\n", "text": "Hi there"}
    assert read_parse_fields(fields, TODAY).sender == ""


def test_fields_that_are_no_inbound_parse_post_are_refused() -> None:
    with pytest.raises(UnreadableMail, match="Inbound Parse"):
        read_parse_fields({}, TODAY)
    with pytest.raises(UnreadableMail, match="Inbound Parse"):
        read_parse_fields({"SPF": "pass", "envelope": "{}"}, TODAY)


def test_raw_mode_fields_read_the_whole_message() -> None:
    raw = fixture("gmail_reply.eml")
    envelope = json.dumps({"to": ["reply+t0k3n@parse.northwind.example"]})
    posted = read_parse_fields({"email": raw.decode(), "envelope": envelope}, TODAY)
    assert posted == replace(
        read("gmail_reply.eml"),
        recipients=("dana@northwind.example", "reply+t0k3n@parse.northwind.example"),
    )


# --- whatever the bytes, UnreadableMail or a sane answer -------------------------------------


def test_nothing_at_all_is_refused() -> None:
    for empty in (b"", b"\r\n\r\n", b"   "):
        with pytest.raises(UnreadableMail, match="empty"):
            read_mail(empty, TODAY)


def test_bytes_that_are_no_email_are_refused_or_read_sanely() -> None:
    rng = random.Random(20261124)
    for _ in range(300):
        garbage = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
        try:
            result = read_mail(garbage, TODAY)
        except UnreadableMail:
            continue
        assert isinstance(result, IncomingMail)


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.eml")))
def test_damaged_fixtures_never_raise_anything_but_unreadable_mail(name: str) -> None:
    rng = random.Random(name)
    original = fixture(name)
    for _ in range(40):
        damaged = bytearray(original[: rng.randrange(1, len(original) + 1)])
        for _ in range(rng.randrange(0, 12)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        with contextlib.suppress(UnreadableMail):
            read_mail(bytes(damaged), TODAY)


@pytest.mark.parametrize(
    "headers",
    [
        {"Subject": "=?utf-8?q?broken =?x-unknown?b?!!!?= tail"},
        {"Subject": "=?utf-8?b?####?="},
        {"Subject": "=?unknown-8bit?q?caf=E9?="},
        {"From": "=?utf-8?b?####?= <priya.raman@example.com>"},
        {"From": '"unterminated <priya.raman@example.com>'},
        {"From": "<<<@>>>"},
        {"To": "undisclosed-recipients:;"},
        {"Date": "yesterday-ish"},
        {"Date": "Tue, 99 Nov 2026 99:99:99 +9999"},
        {"Message_ID": "<unterminated@example.com"},
        {"References": "<<>>< >"},
        {"Content_Type": 'multipart/alternative; boundary="never-comes"'},
        {"Content_Type": "text/plain; charset=x-no-such-charset"},
        {"Content_Type": "text/plain; charset=rot13"},
        {"Content_Type": "text/plain; charset="},
        {"Content_Type": ";;;=;"},
        {"Content_Transfer_Encoding": "base64"},
        {"Content_Disposition": "attachment; filename*=bad''%ZZ"},
    ],
)
def test_malformed_headers_give_a_sane_answer(headers: dict[str, str]) -> None:
    result = mail("Hi Dana, Thursday works.", **headers)
    assert isinstance(result, IncomingMail)
    assert isinstance(result.text, str) and isinstance(result.subject, str)


def test_a_broken_encoded_word_subject_still_reads() -> None:
    result = mail(Subject="=?utf-8?q?Caf=C3=A9?= =?x-unknown?b?!!!?=")
    assert result.subject.startswith("Café")


def test_a_date_without_a_zone_is_utc() -> None:
    assert mail(Date="Wed, 25 Nov 2026 10:14:21 -0000").sent_at == datetime(
        2026, 11, 25, 10, 14, 21, tzinfo=UTC
    )
    sent = mail(Date="Wed, 25 Nov 2026 10:14:21 +0100").sent_at
    assert sent is not None and sent.utcoffset() == timedelta(hours=1)
    assert sent.tzinfo == timezone(timedelta(hours=1))


def test_a_mislabelled_charset_is_still_read() -> None:
    head = b"From: jonas.becker@example.com\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    body = "Grüße, bitte keine weiteren E-Mails.".encode("latin-1")
    result = read_mail(head + body, TODAY)
    assert result.text == "Grüße, bitte keine weiteren E-Mails."
    assert result.asks_to_stop


def test_raw_8bit_headers_are_read() -> None:
    raw = "From: Jonas Bäcker <jonas@example.com>\r\nSubject: Grüße\r\n\r\nHallo".encode("latin-1")
    result = read_mail(raw, TODAY)
    assert result.subject == "Grüße" and result.sender == "jonas@example.com"


def test_deeply_nested_mime_does_not_blow_up() -> None:
    depth = 300
    head = b"From: a@example.com\r\nMIME-Version: 1.0\r\n"
    parts = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        for i in range(depth)
    )
    body = b"Content-Type: text/plain\r\n\r\nhi\r\n" + b"".join(
        b"--b%d--\r\n" % i for i in reversed(range(depth))
    )
    try:
        result = read_mail(head + parts + body, TODAY)
    except UnreadableMail:
        return
    assert result.sender == "a@example.com"
