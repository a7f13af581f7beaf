"""What a recruiter sees of a reply: its label, date, language and the person's own words,
whatever client wrote it and whatever our quoted message says below it."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage

from sequencer.inbound.intent import Label, read_mail, read_reply

FRIDAY = date(2026, 12, 4)
OUR_FOOTER = (
    "--\nNot interested? Reply and say so, and you won't hear from me again.\n"
    "To stop all messages: https://jobs.northwind.example/unsubscribe/a7aa66abd8"
)
OUR_EMAIL = (
    "Hi Priya,\n\nI'm Dana, I recruit for Northwind. Would you be open to a call?\n\nDana\n\n"
    + OUR_FOOTER
)


def gmail_reply(text: str, **headers: str) -> bytes:
    quoted = "\n".join(f"> {line}" if line else ">" for line in OUR_EMAIL.splitlines())
    attribution = "On Tue, Dec 1, 2026 at 10:04 AM Dana Reyes <dana@northwind.example> wrote:"
    body = f"{text}\n\n{attribution}\n\n{quoted}\n"
    return message(body, **headers)


def message(body: str, subtype: str = "plain", **headers: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = headers.pop("From", "Priya Raman <priya@example.com>")
    mail["To"] = "Dana Reyes <dana@northwind.example>"
    mail["Subject"] = headers.pop("Subject", "Re: Staff Backend Engineer at Northwind")
    mail["Date"] = headers.pop("Date", "Fri, 04 Dec 2026 09:30:00 +0000")
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    mail.set_content(body, subtype=subtype)
    return mail.as_bytes()


def test_a_german_out_of_office_is_read_with_its_return_date() -> None:
    raw = message(
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 3. Januar im Urlaub "
        "und ab Montag, dem 4. Januar, wieder zurück im Büro.",
        Subject="Automatische Antwort: Staff Backend Engineer at Northwind",
        Auto_Submitted="auto-replied",
    )
    reading = read_mail(raw)
    assert reading.label is Label.OUT_OF_OFFICE
    assert reading.named_date == date(2027, 1, 4)
    assert reading.language == "de"


def test_stopp_by_text_message_is_an_opt_out() -> None:
    reading = read_reply("Stopp", FRIDAY, channel="sms")
    assert reading.label is Label.OPT_OUT
    assert reading.language == "de"


def test_unsubscribe_only_in_our_quoted_footer_is_not_an_opt_out() -> None:
    reading = read_mail(gmail_reply("Sounds great, I'd love to chat. Thursday works."))
    assert reading.label is Label.INTERESTED
    assert "unsubscribe" not in reading.text and "wrote:" not in reading.text


def test_stop_in_our_quoted_text_message_is_not_an_opt_out() -> None:
    body = "yes please call me tomorrow\n\n> Hi Priya, a quick call? Reply STOP to opt out"
    assert read_reply(body, FRIDAY, channel="email").label is Label.INTERESTED


def test_not_interested_and_take_me_off_your_list_is_an_opt_out() -> None:
    reading = read_mail(gmail_reply("Not interested, take me off your list."))
    assert reading.label is Label.OPT_OUT


def test_a_polite_opt_out_in_each_language_is_an_opt_out() -> None:
    for text in (
        "Please remove me from your mailing list.",
        "Bitte keine weiteren E-Mails.",
        "Merci de ne plus me contacter.",
        "Por favor, dame de baja de tu lista.",
        "Graag uitschrijven, ik wil niet meer gemaild worden.",
        "Por favor, não me contate mais.",
    ):
        assert read_reply(text, FRIDAY).label is Label.OPT_OUT, text


def test_not_interested_right_now_maybe_next_year_is_not_now_with_the_date() -> None:
    reading = read_mail(gmail_reply("Not interested right now, maybe next year."))
    assert reading.label is Label.NOT_NOW
    assert reading.named_date == date(2027, 1, 1)


def test_after_q1_is_held_until_the_first_of_april() -> None:
    reading = read_reply("Timing is rough. Circle back after Q1?", FRIDAY)
    assert reading.label is Label.NOT_NOW
    assert reading.named_date == date(2027, 4, 1)


def test_a_question_before_deciding_is_a_question() -> None:
    reading = read_reply("I'm interested, but what's the salary range? Is it remote?", FRIDAY)
    assert reading.label is Label.QUESTION


def test_a_referral_offers_the_person_it_points_to() -> None:
    reading = read_mail(
        gmail_reply(
            "Not for me, but you should talk to Lee Ortiz, she runs SRE at my old shop: "
            "lee.ortiz@example.org"
        )
    )
    assert reading.label is Label.REFERRAL
    assert reading.referred_email == "lee.ortiz@example.org"
    assert reading.referred_name == "Lee Ortiz"


def test_someone_who_is_not_the_person_we_meant_is_the_wrong_person() -> None:
    assert read_reply("I think you have the wrong Jordan.", FRIDAY).label is Label.WRONG_PERSON


def test_a_signed_offer_is_accepted_elsewhere() -> None:
    reading = read_reply("Thanks! I just signed an offer with Datadog last week.", FRIDAY)
    assert reading.label is Label.ACCEPTED_ELSEWHERE


def test_a_delivery_status_report_is_a_bounce() -> None:
    report = EmailMessage()
    report["From"] = "Mail Delivery System <MAILER-DAEMON@mx.example.org>"
    report["To"] = "dana@northwind.example"
    report["Subject"] = "Undelivered Mail Returned to Sender"
    report["Date"] = "Fri, 04 Dec 2026 09:30:00 +0000"
    report.set_content("I'm sorry to have to inform you that your message could not be delivered.")
    status = EmailMessage()
    status.set_content("Final-Recipient: rfc822; gone@example.org\nAction: failed\nStatus: 5.1.1\n")
    report.make_mixed()
    report.attach(status)
    report.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    assert read_mail(report.as_bytes()).label is Label.BOUNCE


def test_an_html_only_reply_is_read_from_its_html() -> None:
    raw = message("<div>Oui, ça m'intéresse&nbsp;! Appelez-moi lundi.</div>", subtype="html")
    reading = read_mail(raw)
    assert reading.label is Label.INTERESTED
    assert reading.language == "fr"


def test_the_date_defaults_to_the_day_the_email_was_sent() -> None:
    reading = read_mail(
        gmail_reply("Busy now. Try me next month?", Date="Mon, 30 Nov 2026 23:30:00 -0500")
    )
    assert reading.named_date == date(2027, 1, 1)  # 1 December UTC: next month is January


def test_a_confident_reading_says_so_and_a_guess_does_not() -> None:
    assert read_reply("STOP", FRIDAY, channel="sms").confidence >= 0.9
    assert read_reply("hmm", FRIDAY, channel="sms").confidence < 0.9
