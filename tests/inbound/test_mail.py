"""Reading inbound email: who wrote, which of our messages it answers, person or machine,
what bounced (each client's own fixture). What they said and when an out-of-office ends:
`test_mail_text.py`; SendGrid's parsed posts and damaged mail: `test_mail_parse_fields.py`."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from helpers.mail_reading import OUR_FOLLOW_UP, OUR_ID, TODAY, fixture, mail, read

from sequencer.inbound.mail import MailKind, read_mail

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
