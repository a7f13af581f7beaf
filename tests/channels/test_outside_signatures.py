"""The ATS and scheduling-tool webhooks at the door (channels.outside): each provider's
signature, made here the way the provider makes it with a secret generated for the test.
Genuine → the facts a recruiter will see; forged, unsigned, stale or replayed late →
NotGenuine (403); signed but not the provider's JSON → BadRequest (400)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fakes.outside_signers import (
    Posted,
    Secrets,
    ashby_body,
    calcom_body,
    calendly_body,
    greenhouse_body,
    signed_ashby,
    signed_calcom,
    signed_calendly,
    signed_greenhouse,
    signed_lever,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from sequencer.channels.facts import Happening, Outside
from sequencer.channels.outside import ashby, calcom, calendly, greenhouse, lever
from sequencer.config import load_settings
from sequencer.errors import BadRequest, NotGenuine, SettingsError

NOW = datetime(2026, 11, 24, 15, 0, 30, tzinfo=UTC)
ANA = "ana@example.com"
KEYS = Secrets()
OTHER = Secrets()  # someone else's secrets: a forger's


@dataclass(frozen=True)
class Req:
    target: str
    body: bytes
    headers: Mapping[str, str]
    query: Mapping[str, list[str]] = field(default_factory=dict)


def req(posted: Posted) -> Req:
    path, body, headers = posted
    return Req(path, body, headers)


READERS = {
    "greenhouse": (greenhouse.read, KEYS.greenhouse),
    "lever": (lever.read, KEYS.lever),
    "ashby": (ashby.read, KEYS.ashby),
    "calendly": (calendly.read, KEYS.calendly),
    "calcom": (calcom.read, KEYS.calcom),
}


def genuine(provider: str, keys: Secrets = KEYS, at: datetime = NOW) -> Posted:
    """One booking, hire or application per provider, signed with `keys`."""
    if provider == "greenhouse":
        return signed_greenhouse(keys.greenhouse, greenhouse_body("hire_candidate", ANA))
    if provider == "lever":
        return signed_lever(keys.lever, "candidateHired", at, {})
    if provider == "ashby":
        return signed_ashby(keys.ashby, ashby_body("candidateHire", "act-1", ANA, "Hired"))
    if provider == "calendly":
        return signed_calendly(keys.calendly, calendly_body("invitee.created", ANA), at)
    return signed_calcom(keys.calcom, calcom_body("BOOKING_CREATED", ANA))


def read(provider: str, posted: Posted, now: datetime = NOW) -> list[Outside]:
    reader, secret = READERS[provider]
    return reader(req(posted), secret, now)


PROVIDERS = list(READERS)


# --- what genuine webhooks say ------------------------------------------------------------


def test_a_greenhouse_hire_names_the_person_by_every_address_and_phone() -> None:
    [fact] = read("greenhouse", genuine("greenhouse"))
    assert (fact.channel, fact.happening) == ("greenhouse", Happening.HIRED)
    assert (fact.emails, fact.phones) == ((ANA,), ("212-555-0147",))
    assert "Staff Engineer" in (fact.detail or "")


def test_greenhouse_stage_changes_name_the_stage_and_applications_are_applied() -> None:
    stage = greenhouse_body("candidate_stage_change", ANA, stage="Onsite")
    [moved] = read("greenhouse", signed_greenhouse(KEYS.greenhouse, stage))
    assert (moved.happening, moved.stage) == (Happening.STAGE_CHANGED, "Onsite")
    applied = greenhouse_body("new_candidate_application", ANA)
    [fact] = read("greenhouse", signed_greenhouse(KEYS.greenhouse, applied))
    assert fact.happening is Happening.APPLIED
    rejected = greenhouse_body("reject_candidate", ANA)
    assert read("greenhouse", signed_greenhouse(KEYS.greenhouse, rejected))[0].happening is (
        Happening.REJECTED
    )


def test_a_prospect_added_in_greenhouse_did_not_apply_and_a_ping_says_nothing() -> None:
    prospect = greenhouse_body("new_candidate_application", ANA, prospect=True)
    assert read("greenhouse", signed_greenhouse(KEYS.greenhouse, prospect)) == []
    ping = json.dumps({"action": "ping", "payload": {"web_hook_id": 1}}).encode()
    assert read("greenhouse", signed_greenhouse(KEYS.greenhouse, ping)) == []


def test_a_greenhouse_event_resent_with_another_event_id_is_the_same_event() -> None:
    # Greenhouse signs the body, not its Greenhouse-Event-ID header: a captured request
    # replayed under a new id must not count as a new event.
    path, body, headers = genuine("greenhouse")
    replayed = {**headers, "Greenhouse-Event-ID": "forged-new-id"}
    first, again = (read("greenhouse", (path, body, h)) for h in (headers, replayed))
    assert first[0].key == again[0].key and len(first[0].key) == 64


def test_lever_stage_ids_mean_what_lever_stages_says() -> None:
    stages = {"st-phone": "Phone Screen", "st-offer": "hired", "ar-hired": "hired"}

    def fact(event: str, data: dict[str, Any]) -> Outside:
        [found] = lever.read(
            req(signed_lever(KEYS.lever, event, NOW, data)), KEYS.lever, NOW, stages
        )
        return found

    moved = fact("candidateStageChange", {"toStageId": "st-phone", "fromStageId": "st-new"})
    assert (moved.happening, moved.stage) == (Happening.STAGE_CHANGED, "Phone Screen")
    assert fact("candidateStageChange", {"toStageId": "st-offer"}).happening is Happening.HIRED
    unknown = fact("candidateStageChange", {"toStageId": "st-unknown"})
    assert (unknown.happening, unknown.stage) == (Happening.STAGE_CHANGED, "st-unknown")
    archived = {"toArchived": {"archivedAt": 1, "reason": "ar-other"}, "fromArchived": None}
    assert fact("candidateArchiveChange", archived).happening is Happening.REJECTED
    hired = {"toArchived": {"archivedAt": 1, "reason": "ar-hired"}}
    assert fact("candidateArchiveChange", hired).happening is Happening.HIRED
    assert fact("applicationCreated", {}).happening is Happening.APPLIED


def test_lever_names_no_address_so_its_facts_carry_the_ids_for_the_recruiter() -> None:
    [fact] = read("lever", genuine("lever"))
    assert (fact.emails, fact.phones, fact.token) == ((), (), None)
    assert fact.detail == "Lever candidateHired, opportunity opp-1, contact contact-1"
    unarchived = signed_lever(KEYS.lever, "candidateArchiveChange", NOW, {"toArchived": None})
    assert read("lever", unarchived) == []


def test_an_ashby_hire_is_one_fact_whichever_of_its_three_webhooks_arrives() -> None:
    bodies = [
        ashby_body("candidateHire", "act-9", ANA, "Hired"),
        ashby_body("candidateStageChange", "act-9", ANA, "Hired"),
        ashby_body("applicationUpdate", "act-9", ANA, "Hired"),
    ]
    facts = [read("ashby", signed_ashby(KEYS.ashby, body)) for body in bodies]
    assert [[(f.key, f.happening) for f in found] for found in facts] == [
        [("act-9", Happening.HIRED)],
        [("act-9", Happening.HIRED)],
        [],
    ]
    assert facts[0][0].emails == (ANA,) and facts[0][0].phones == ("+12125550147",)


def test_ashby_archives_are_rejections_and_other_moves_are_stage_changes() -> None:
    archived = ashby_body("candidateStageChange", "act-2", ANA, "Archived")
    assert read("ashby", signed_ashby(KEYS.ashby, archived))[0].happening is Happening.REJECTED
    [moved] = read("ashby", signed_ashby(KEYS.ashby, ashby_body("candidateStageChange", "a3", ANA)))
    assert (moved.happening, moved.stage) == (Happening.STAGE_CHANGED, "Technical Screen")
    applied = ashby_body("applicationSubmit", "act-4", ANA)
    assert read("ashby", signed_ashby(KEYS.ashby, applied))[0].happening is Happening.APPLIED


def test_a_calendly_booking_carries_our_link_token_and_a_reschedule_is_no_cancellation() -> None:
    booked = calendly_body("invitee.created", ANA, token="b1.tok")
    [fact] = read("calendly", signed_calendly(KEYS.calendly, booked, NOW))
    assert (fact.happening, fact.token, fact.emails) == (Happening.MEETING_BOOKED, "b1.tok", (ANA,))
    assert fact.key.endswith("/invitees/inv-1:invitee.created")
    moved = calendly_body("invitee.canceled", ANA, rescheduled=True)
    assert read("calendly", signed_calendly(KEYS.calendly, moved, NOW)) == []
    canceled = calendly_body("invitee.canceled", ANA)
    [gone] = read("calendly", signed_calendly(KEYS.calendly, canceled, NOW))
    assert gone.happening is Happening.MEETING_CANCELED and gone.key != fact.key


def test_cal_com_bookings_reschedules_and_cancellations() -> None:
    def happening(trigger: str) -> list[Happening]:
        body = calcom_body(trigger, ANA, token="b1.tok")
        return [f.happening for f in read("calcom", signed_calcom(KEYS.calcom, body))]

    assert happening("BOOKING_CREATED") == [Happening.MEETING_BOOKED]
    assert happening("BOOKING_RESCHEDULED") == [Happening.MEETING_BOOKED]
    assert happening("BOOKING_CANCELLED") == [Happening.MEETING_CANCELED]
    assert happening("PING") == [] and happening("MEETING_ENDED") == []
    [fact] = read("calcom", signed_calcom(KEYS.calcom, calcom_body("BOOKING_CREATED", ANA, "b1.t")))
    assert (fact.token, fact.emails, fact.key) == ("b1.t", (ANA,), "bk-1:BOOKING_CREATED")


# --- what is refused ----------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_request_signed_with_another_secret_is_forged(provider: str) -> None:
    with pytest.raises(NotGenuine):
        read(provider, genuine(provider, keys=OTHER))


@pytest.mark.parametrize("provider", PROVIDERS)
def test_an_unsigned_request_is_refused(provider: str) -> None:
    path, body, headers = genuine(provider)
    if provider == "lever":
        event = json.loads(body)
        del event["signature"]
        body = json.dumps(event).encode()
    headers = {"Content-Type": "application/json"}
    with pytest.raises(NotGenuine):
        read(provider, (path, body, headers))


@pytest.mark.parametrize("provider", ["greenhouse", "ashby", "calendly", "calcom"])
def test_a_body_changed_after_signing_is_refused(provider: str) -> None:
    path, body, headers = genuine(provider)
    with pytest.raises(NotGenuine):
        read(provider, (path, body.replace(ANA.encode(), b"eve@example.com"), headers))


def test_a_lever_signature_moved_to_another_time_is_refused() -> None:
    path, body, headers = genuine("lever")
    event = json.loads(body)
    event["triggeredAt"] += 1
    with pytest.raises(NotGenuine):
        read("lever", (path, json.dumps(event).encode(), headers))


def test_lever_signs_no_data_so_a_second_body_under_one_signature_is_the_same_event() -> None:
    path, body, headers = genuine("lever")
    event = json.loads(body)
    event["event"] = "applicationCreated"  # a forger's body under a captured signature
    [original], [forged] = (
        read("lever", genuine("lever")),
        read("lever", (path, json.dumps(event).encode(), headers)),
    )
    assert forged.key == original.key  # so inbound takes it as a duplicate, never a new event


@pytest.mark.parametrize(
    ("provider", "age"),
    [
        ("calendly", timedelta(minutes=6)),  # a capture replayed later
        ("calendly", -timedelta(minutes=6)),  # from the future
        ("lever", timedelta(hours=1, seconds=1)),
        ("lever", -timedelta(minutes=6)),
    ],
)
def test_a_stale_signature_is_refused(provider: str, age: timedelta) -> None:
    with pytest.raises(NotGenuine, match="too old"):
        read(provider, genuine(provider, at=NOW - age))


@pytest.mark.parametrize("provider", ["calendly", "lever"])
def test_a_signature_within_the_window_is_taken(provider: str) -> None:
    max_age = calendly.MAX_AGE if provider == "calendly" else lever.MAX_AGE
    assert read(provider, genuine(provider, at=NOW - max_age + timedelta(seconds=1)))


@pytest.mark.parametrize("stamp", ["", "t=abc", "t=1,v1=", "v1=00", "t=99999999999999999,v1=0"])
def test_calendly_headers_that_cannot_be_read_are_refused(stamp: str) -> None:
    path, body, _ = genuine("calendly")
    with pytest.raises(NotGenuine):
        read("calendly", (path, body, {"Calendly-Webhook-Signature": stamp}))


@pytest.mark.parametrize("header", ["sha256=abc", "sha1 00", "sha256", " "])
def test_greenhouse_signatures_in_another_form_are_refused(header: str) -> None:
    path, body, _ = genuine("greenhouse")
    with pytest.raises(NotGenuine):
        read("greenhouse", (path, body, {"Signature": header}))


# --- signed, but not the provider's JSON: 400 ------------------------------------------------

MALFORMED = [b"not json", b"[1, 2]", b'{"action": "hire_candidate"}', "\u00ff".encode("latin-1")]


@pytest.mark.parametrize("body", MALFORMED)
def test_a_signed_greenhouse_body_that_is_not_an_event_is_a_bad_request(body: bytes) -> None:
    with pytest.raises(BadRequest):
        read("greenhouse", signed_greenhouse(KEYS.greenhouse, body))


def test_signed_bodies_missing_what_each_provider_always_sends_are_bad_requests() -> None:
    no_id = json.dumps({"action": "candidateHire", "data": {"application": {"id": "a"}}})
    no_uri = json.dumps({"event": "invitee.created", "payload": {"email": ANA}})
    no_uid = json.dumps({"triggerEvent": "BOOKING_CREATED", "payload": {"attendees": []}})
    cases = [
        ("ashby", signed_ashby(KEYS.ashby, no_id.encode())),
        ("calendly", signed_calendly(KEYS.calendly, no_uri.encode(), NOW)),
        ("calcom", signed_calcom(KEYS.calcom, no_uid.encode())),
        ("lever", signed_lever(KEYS.lever, "candidateStageChange", NOW, {})),
    ]
    for provider, posted in cases:
        with pytest.raises(BadRequest):
            read(provider, posted)


def test_a_lever_body_that_is_not_json_cannot_be_signed_so_it_is_refused() -> None:
    with pytest.raises(NotGenuine):
        read("lever", ("/webhooks/lever", b"garbage", {}))


def test_lever_stages_come_from_the_settings_and_a_bad_value_names_the_variable() -> None:
    stages = load_settings({"LEVER_STAGES": "st-1=Onsite, ar-2=hired"}, env_file=None)
    assert stages.outside.lever_stages == {"st-1": "Onsite", "ar-2": "hired"}
    with pytest.raises(SettingsError, match=r'^LEVER_STAGES must be "<id>=<meaning>" pairs'):
        load_settings({"LEVER_STAGES": "st-1 Onsite"}, env_file=None)


def test_lever_signs_each_event_type_with_its_own_token_and_any_listed_one_is_taken() -> None:
    tokens = f"{OTHER.lever}, {KEYS.lever}"
    [fact] = lever.read(req(genuine("lever")), tokens, NOW)
    assert fact.happening is Happening.HIRED
    with pytest.raises(NotGenuine):
        lever.read(req(genuine("lever")), f"{OTHER.lever},", NOW)


# --- whatever a signed body holds: facts or a 400, never another exception (a 500) -------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)
KNOWN = {
    "greenhouse": ("action", ["hire_candidate", "candidate_stage_change", "ping"]),
    "ashby": ("action", ["candidateHire", "candidateStageChange", "applicationSubmit"]),
    "calendly": ("event", ["invitee.created", "invitee.canceled"]),
    "calcom": ("triggerEvent", ["BOOKING_CREATED", "BOOKING_CANCELLED"]),
    "lever": ("event", ["candidateStageChange", "candidateArchiveChange", "candidateHired"]),
}


@pytest.mark.parametrize("provider", PROVIDERS)
@settings(max_examples=60)
@given(data=st.data())
def test_any_signed_json_reads_as_facts_or_a_bad_request(
    provider: str, data: st.DataObject
) -> None:
    field, names = KNOWN[provider]
    name = data.draw(st.sampled_from(names) | json_values)
    payload = data.draw(st.dictionaries(st.sampled_from(PAYLOAD_KEYS), json_values, max_size=6))
    hook = {field: name, "payload": payload, "data": payload, "webhookActionId": "a"}
    body = json.dumps(hook).encode()
    posted = {
        "greenhouse": lambda: signed_greenhouse(KEYS.greenhouse, body),
        "ashby": lambda: signed_ashby(KEYS.ashby, body),
        "calendly": lambda: signed_calendly(KEYS.calendly, body, NOW),
        "calcom": lambda: signed_calcom(KEYS.calcom, body),
        "lever": lambda: signed_lever(KEYS.lever, str(name), NOW, payload),
    }[provider]()
    try:
        facts = read(provider, posted)
    except BadRequest:
        return
    assert all(isinstance(fact.key, str) and fact.key for fact in facts)


PAYLOAD_KEYS = [
    "application", "uri", "uid", "email", "attendees", "metadata", "tracking", "rescheduled",
    "toStageId", "toArchived", "candidate", "status", "id", "current_stage",
]  # fmt: skip
