"""Kept-alive connections under the real sendgrid and twilio clients, against the loopback
fakes: many sends share one connection, threads send at once without mixing up their
answers, and a connection the provider closed while idle neither loses nor repeats a send."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from fakes.sendgrid_server import FakeSendGrid
from fakes.sendgrid_server import Reply as SendGridReply
from fakes.twilio_server import FakeTwilio
from fakes.twilio_server import Reply as TwilioReply
from fakes.twilio_server import fake_twilio as fake_twilio  # the fixture
from helpers.project import follow_up_email

from sequencer.channels import Email, Receipt, Text
from sequencer.channels.sendgrid.sender import SendGridSender
from sequencer.channels.twilio.texts import TwilioTexts

THREADS = 8


def email(n: int) -> Email:
    return follow_up_email("<https://outreach.example.com/u/tok>", reference=f"send-{n}")


def text(n: int) -> Text:
    return Text(to=f"+1212555{n:04d}", body=f"Hi, text {n}", reference=f"text-{n}")


@pytest.fixture
def sendgrid() -> Iterator[FakeSendGrid]:
    with FakeSendGrid() as api:
        yield api


def sendgrid_sender(api: FakeSendGrid) -> SendGridSender:
    return SendGridSender(api.api_key, api_host=api.url, timeout=5)


def twilio_texts(api: FakeTwilio) -> TwilioTexts:
    return TwilioTexts(
        api.account_sid, api.auth_token, from_number="+15005550006", api_base=api.url
    )


def all_at_once(send: Callable[[int], Receipt], count: int) -> list[Receipt]:
    with ThreadPoolExecutor(THREADS) as pool:
        return list(pool.map(send, range(count)))


# -- SendGrid ------------------------------------------------------------------------------


def test_sendgrid_sends_one_after_another_share_one_connection(sendgrid: FakeSendGrid) -> None:
    sender = sendgrid_sender(sendgrid)

    receipts = [sender.send_email(email(n)) for n in range(5)]

    assert sendgrid.connections == 1
    assert [r.provider_id for r in receipts] == [q.message_id for q in sendgrid.requests]
    sender.check()  # the key check rides the same connection
    assert sendgrid.connections == 1


def test_sendgrid_sends_from_many_threads_each_go_once_with_their_own_answer(
    sendgrid: FakeSendGrid,
) -> None:
    sendgrid.script(*[SendGridReply.stall() for _ in range(THREADS)])  # all held at once
    sender = sendgrid_sender(sendgrid)
    with ThreadPoolExecutor(THREADS) as pool:
        sent = [pool.submit(sender.send_email, email(n)) for n in range(THREADS)]
        assert sendgrid.wait_for_requests(THREADS)
        sendgrid.release()
        receipts = [future.result() for future in sent]
    receipts += all_at_once(lambda n: sender.send_email(email(THREADS + n)), 4 * THREADS)

    assert sendgrid.peak_in_flight == THREADS
    by_ref = {r.json["custom_args"]["sequencer_ref"]: r.message_id for r in sendgrid.requests}
    assert len(sendgrid.requests) == len(by_ref) == 5 * THREADS  # each send exactly once
    assert [r.provider_id for r in receipts] == [by_ref[f"send-{n}"] for n in range(5 * THREADS)]
    assert sendgrid.connections == THREADS  # the held ones' connections served the rest


def test_sendgrid_a_connection_closed_while_idle_loses_and_repeats_nothing(
    sendgrid: FakeSendGrid,
) -> None:
    sender = sendgrid_sender(sendgrid)
    first = sender.send_email(email(1))
    assert sendgrid.close_idle_connections() == 1  # SendGrid's idle timeout, between sends

    second = sender.send_email(email(2))

    refs = [r.json["custom_args"]["sequencer_ref"] for r in sendgrid.requests]
    assert refs == ["send-1", "send-2"]
    assert [first.provider_id, second.provider_id] == [r.message_id for r in sendgrid.requests]
    assert sendgrid.connections == 2


# -- Twilio --------------------------------------------------------------------------------


def test_twilio_texts_one_after_another_share_one_connection(fake_twilio: FakeTwilio) -> None:
    texts = twilio_texts(fake_twilio)

    receipts = [texts.send_text(text(n)) for n in range(5)]

    assert fake_twilio.connections == 1
    assert [r.provider_id for r in receipts] == [q.resource["sid"] for q in fake_twilio.requests]


def test_twilio_texts_from_many_threads_each_go_once_with_their_own_answer(
    fake_twilio: FakeTwilio,
) -> None:
    fake_twilio.script(*[TwilioReply.stall() for _ in range(THREADS)])
    texts = twilio_texts(fake_twilio)
    with ThreadPoolExecutor(THREADS) as pool:
        sent = [pool.submit(texts.send_text, text(n)) for n in range(THREADS)]
        assert fake_twilio.wait_for_requests(THREADS)
        fake_twilio.release()
        receipts = [future.result() for future in sent]
    receipts += all_at_once(lambda n: texts.send_text(text(THREADS + n)), 4 * THREADS)

    assert fake_twilio.peak_in_flight == THREADS
    by_to = {r.field("To"): r.resource["sid"] for r in fake_twilio.requests}
    assert len(fake_twilio.requests) == len(by_to) == 5 * THREADS
    # Each text's receipt is the SID Twilio gave that text, not a neighbour's.
    assert [r.provider_id for r in receipts] == [by_to[text(n).to] for n in range(5 * THREADS)]


def test_twilio_a_connection_closed_while_idle_loses_and_repeats_nothing(
    fake_twilio: FakeTwilio,
) -> None:
    texts = twilio_texts(fake_twilio)
    first = texts.send_text(text(1))
    assert fake_twilio.close_idle_connections() == 1

    second = texts.send_text(text(2))

    assert [r.field("To") for r in fake_twilio.requests] == [text(1).to, text(2).to]
    assert [first.provider_id, second.provider_id] == [
        r.resource["sid"] for r in fake_twilio.requests
    ]
    assert fake_twilio.connections == 2
