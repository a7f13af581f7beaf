"""Issue 14, item 3: "Not interested, thanks" is a no that lasts. A person who said it is
refused by the next enroll, with the reason and the way round it, receives nothing more, and
hears from us again only when the role has changed (`enroll role-evolved --role-changed`),
with a message that leads with what changed. Run as a recruiter would: the shipped sequences,
`sequencer import / enroll / tick / receive / replies decide / mark`, the outbox read back;
and through the web app's candidate page. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers.dashboard import START as DESK_START
from helpers.dashboard import desk
from helpers.project import Project, use_shipped_files
from helpers.reply_world import FOOTER, NOW, World, email
from sqlmodel import Session, col, select

from sequencer.cli import main
from sequencer.engine.enroll import enroll
from sequencer.inbound.messages import raw_mail
from sequencer.spec.validate import load_sequence
from sequencer.store.blocks import DECLINED, HIRED, block
from sequencer.store.database import engine_for
from sequencer.store.models import AuditEntry, CandidateRecord
from sequencer.store.people import import_candidates

NINA, OMAR = "nina@x.example", "omar@x.example"
PEOPLE = f"""email,first_name,last_name,timezone,country,recent_project
{NINA},Nina,Berg,Europe/Berlin,DE,your talk on zero-downtime schema migrations
{OMAR},Omar,Haddad,Europe/Berlin,DE,the build cache you wrote for a 2000-engineer monorepo
"""
ANA_ID = 1  # the desk's first person
START = "2026-11-23T08:00Z"  # a Monday: the first emails go out that morning in Berlin


@pytest.fixture
def recruiter(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, database_url: str) -> Recruiter:
    use_shipped_files(monkeypatch, tmp_path)
    if database_url == "sqlite://":  # tests/engine's in-memory database: one per command here
        database_url = f"sqlite:///{tmp_path / 'sequencer.db'}"
    monkeypatch.setenv("SEQUENCER_DATABASE_URL", database_url)
    (tmp_path / "people.csv").write_text(PEOPLE, encoding="utf-8")
    return Recruiter(tmp_path)


class Recruiter:
    """The commands, and what reached each person (the outbox: emails, oldest first)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def run(self, *args: str) -> Result:
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
        assert "Traceback" not in result.output
        return result

    def received(self, person: str) -> list[EmailMessage]:
        outbox = self.folder / "outbox"
        files = sorted(outbox.glob("*.eml"), key=lambda p: p.stat().st_mtime_ns)
        mails = [message_from_bytes(p.read_bytes(), policy=policy.default) for p in files]
        return [m for m in mails if person in str(m["To"])]

    def reply(self, person: str, text: str) -> Path:
        """`text` from `person`, answering the last email they received."""
        last = self.received(person)[-1]
        path = self.folder / f"reply-{person}.eml"
        path.write_text(
            f"From: {person}\nTo: {last['From']}\nSubject: Re: {last['Subject']}\n"
            f"Message-ID: <reply-{person}>\nIn-Reply-To: {last['Message-ID']}\n\n{text}\n"
        )
        return path


def body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return " ".join(part.get_content().split())


def test_not_interested_refuses_the_next_enroll_until_the_role_has_changed(
    recruiter: Recruiter,
) -> None:
    assert recruiter.run("import", "people.csv").exit_code == 0
    assert recruiter.run("enroll", "passive-candidate", NINA, OMAR, "--start", START).exit_code == 0
    recruiter.run("tick", "--now", START, "--until", "2026-11-25T00:00Z", "--every", "15")
    assert len(recruiter.received(NINA)) == 1  # the first email

    got = recruiter.run("receive", str(recruiter.reply(NINA, "Not interested, thanks.")), "--now",
                        "2026-11-25T09:00Z")  # fmt: skip
    assert "halted" in got.output

    # The shipped sequence trusts no reading by itself: the no waits for the recruiter, and
    # an enroll meanwhile is refused with the command that settles it.
    waiting = recruiter.run("enroll", "nurture-quarterly", NINA, "--start", "2026-11-25T10:00Z")
    assert waiting.exit_code == 1
    assert (f'refused {NINA}: replied "not interested" on 2026-11-25 (reply #') in waiting.output
    reply_id = waiting.output.split("reply #")[1].split(" ")[0]
    assert f"sequencer replies decide {reply_id} declined" in waiting.output

    decided = recruiter.run("replies", "decide", reply_id, "declined", "--now", "2026-11-25T11:00Z")
    assert decided.exit_code == 0, decided.output
    assert f"{NINA}: not enrolled again before 2027-11-25" in decided.output

    refused = recruiter.run("enroll", "passive-candidate", NINA, "--start", "2026-12-01T08:00Z")
    assert refused.exit_code == 1
    assert (
        f"refused {NINA}: declined on 2026-11-25 (recruiter): not before 2027-11-25; if the role "
        "has changed, enroll them with --role-changed in a sequence that says what changed "
        "(role.changes), e.g. role-evolved"
    ) in refused.output
    also = recruiter.run("enroll", "passive-candidate", NINA, "--role-changed")
    assert "e.g. role-evolved" in also.output  # passive-candidate says nothing about a change

    # Weeks of passes: Omar's sequence goes on, Nina hears nothing more.
    recruiter.run("tick", "--now", "2026-11-25T12:00Z", "--until", "2026-12-20T00:00Z",
                  "--every", "60")  # fmt: skip
    assert len(recruiter.received(NINA)) == 1
    assert len(recruiter.received(OMAR)) >= 2  # the control: his went on

    # The role has changed: the re-engagement email, and it says what changed.
    back = recruiter.run("enroll", "role-evolved", NINA, "--role-changed", "--start",
                         "2027-01-25T08:00Z")  # fmt: skip
    assert back.exit_code == 0, back.output
    assert f"enrolled {NINA}" in back.output
    recruiter.run("tick", "--now", "2027-01-25T08:00Z", "--until", "2027-01-26T00:00Z",
                  "--every", "60")  # fmt: skip
    _first, evolved = recruiter.received(NINA)
    assert evolved["Subject"] == "Staff Platform Engineer at Northwind Labs: the role has changed"
    text = body(evolved)
    assert "the role has evolved in ways that might interest you more:" in text
    assert "the base range has gone up to $235,000-$270,000" in text
    assert "I came across" not in text  # never the cold opener again


def test_mark_declined_halts_every_sequence_and_blocks_for_the_sequences_period(
    recruiter: Recruiter, tmp_path: Path
) -> None:
    recruiter.run("import", "people.csv")
    recruiter.run("enroll", "passive-candidate", OMAR, "--start", START)
    marked = recruiter.run("mark", OMAR, "declined", "--now", "2026-11-24T09:00Z")
    assert "passive-candidate: stopped" in marked.output
    assert f"{OMAR}: not enrolled again before 2027-11-24 unless the role changes" in marked.output
    recruiter.run("tick", "--now", START, "--until", "2026-12-10T00:00Z", "--every", "60")
    assert recruiter.received(OMAR) == []  # stopped before the first email went out
    later = recruiter.run("enroll", "phone-and-text", OMAR, "--start", "2027-11-23T08:00Z")
    assert f"refused {OMAR}: declined on 2026-11-24 (recruiter): not before 2027-11-24" in (
        later.output
    )
    after = recruiter.run("enroll", "phone-and-text", OMAR, "--start", "2027-11-24T08:00Z")
    assert f"enrolled {OMAR}" in after.output  # the year is up: an ordinary enroll again


def test_lifting_a_block_is_in_the_audit_log(recruiter: Recruiter, database_url: str) -> None:
    recruiter.run("import", "people.csv")
    recruiter.run("mark", NINA, "declined", "--now", "2026-11-24T09:00Z")
    assert "enrolled" in recruiter.run("enroll", "role-evolved", NINA, "--role-changed").output
    url = database_url
    if url == "sqlite://":
        url = f"sqlite:///{recruiter.folder / 'sequencer.db'}"
    engine = engine_for(url)
    with Session(engine) as session:
        [entry] = session.exec(
            select(AuditEntry).where(col(AuditEntry.action).startswith("lifted"))
        )
    engine.dispose()
    assert entry.actor == "cli"
    assert entry.detail == (
        "declined on 2026-11-24 (recruiter): not before 2027-11-24; "
        "the role has changed: enrolled in role-evolved"
    )


# --- read from the reply, applied at once by a sequence that trusts the reading ------------------


@pytest.fixture
def trusting(project: Project, database_url: str, tmp_path: Path):
    built = World(project, database_url, tmp_path, "replies: {auto_apply: 0.9}")
    yield built
    built.engine.dispose()


def test_a_sure_not_interested_reading_declines_them_at_once(
    trusting: World, project: Project
) -> None:
    raw_mail(trusting.engine, email("Not interested, thanks.\n" + FOOTER), NOW, None)
    assert trusting.reading().decision == "declined"
    sequence, _ = load_sequence(project.sequences / "outreach.yaml", project.library)
    report = enroll(
        trusting.engine, sequence, project.library, None, datetime(2027, 1, 4, tzinfo=UTC)
    )
    assert report.enrolled == []
    assert report.refused == [
        (
            "ana@example.com",
            "declined on 2026-12-01 (reply): not before 2027-12-01; if the role has changed, "
            "enroll them with --role-changed in a sequence that says what changed "
            "(role.changes), e.g. role-evolved",
        )
    ]


# --- the web app: the Today page's "Not interested", the candidate page's checkbox -------------

COMEBACK = """
timezone: America/New_York
send_window: ["Mon-Fri 09:00-17:00"]
sender: {name: Dana, email: dana@northwind.example, postal_address: "1 Main St"}
role: {title: Staff Engineer, changes: "the role is now fully remote and pays 15% more."}
steps:
  - {id: evolved, channel: email, template: t/evolved}
"""
EVOLVED = """{% block subject %}The role has changed{% endblock %}
{% block body %}Hi {{ candidate.first_name }}, the role has evolved: {{ role.changes }}
No worries if not.{% endblock %}
"""


def test_in_the_web_app_not_interested_declines_and_the_checkbox_re_engages(
    project: Project, tmp_path: Path
) -> None:
    office = desk(project, f"sqlite:///{tmp_path / 'db.sqlite'}", tmp_path)
    office.tick(DESK_START + timedelta(hours=10))  # Ana has had the hello email
    project.template("t/evolved", EVOLVED)
    project.sequence("comeback", COMEBACK)
    office.reply("ana@example.com", "Not interested, thanks.")
    dana = office.sign_in()
    today = dana.get("/").text
    reply_id = today.split('action="/replies/')[1].split('"', 1)[0]
    decided = dana.post(f"/replies/{reply_id}", {"outcome": "not-interested"}, htmx=True)
    assert "Recorded declined." in decided.text
    assert "not enrolled again before 2027-11-24" in decided.text

    dana.get(f"/candidates/{ANA_ID}")
    refused = dana.post(f"/candidates/{ANA_ID}/enroll", {"sequence": "pipeline"}, htmx=True)
    assert 'class="flash error"' in refused.text
    assert "not enrolled in pipeline: declined on 2026-11-24 (recruiter)" in refused.text
    assert "role-evolved" in refused.text
    answer = dana.post(
        f"/candidates/{ANA_ID}/enroll", {"sequence": "comeback", "role_changed": "1"}, htmx=True
    )
    assert "enrolled in comeback" in answer.text
    before = len(office.senders.accepted)
    office.tick(office.now + timedelta(days=2))
    [evolved] = [m for m in office.senders.accepted[before:] if "ana@" in str(m.to)]
    assert "the role has evolved: the role is now fully remote and pays 15% more." in evolved.text


# --- hired: only an explicit --rehire lets them in ----------------------------------------------


def test_a_hired_person_needs_rehire_and_a_second_block_is_not_lifted_by_it(
    project: Project, database_url: str, tmp_path: Path
) -> None:
    project.template("t/evolved", EVOLVED)
    path = project.sequence("comeback", COMEBACK)
    csv = tmp_path / "people.csv"
    csv.write_text("email,first_name\nana@example.com,Ana\nben@example.com,Ben\n")
    engine = engine_for(database_url)
    hired_on = datetime(2026, 6, 1, tzinfo=UTC)
    import_candidates(engine, csv, hired_on)
    with Session(engine) as session, session.begin():
        ana, ben = session.exec(select(CandidateRecord).order_by(col(CandidateRecord.id))).all()
        for person in (ana, ben):
            assert person.id is not None
            block(session, person.id, HIRED, "greenhouse", hired_on, None)
        assert ben.id is not None
        block(session, ben.id, DECLINED, "reply", hired_on, datetime(2027, 6, 1, tzinfo=UTC))
    sequence, _ = load_sequence(path, project.library)
    now = datetime(2026, 12, 7, 14, tzinfo=UTC)

    changed = enroll(engine, sequence, project.library, None, now, role_changed=True)
    assert changed.refused == [
        (
            key,
            "hired on 2026-06-01 (greenhouse): enroll with --rehire if they are open to a new role",
        )
        for key in ("ana@example.com", "ben@example.com")
    ]
    rehired = enroll(engine, sequence, project.library, None, now, rehire=True)
    assert [key for key, _ in rehired.enrolled] == ["ana@example.com"]
    assert rehired.refused == [
        (
            "ben@example.com",
            "declined on 2026-06-01 (reply): not before 2027-06-01; enroll with --role-changed "
            "if the role has changed",
        )
    ]
    both = enroll(
        engine, sequence, project.library, ["ben@example.com"], now, True, None, True, True
    )
    assert [key for key, _ in both.enrolled] == ["ben@example.com"]
    engine.dispose()


def test_a_recruiter_marking_hired_or_rejected_blocks_as_the_ats_would(
    recruiter: Recruiter,
) -> None:
    recruiter.run("import", "people.csv")
    hired = recruiter.run("mark", NINA, "hired", "--now", "2026-11-24T09:00Z")
    assert f"{NINA}: not enrolled again unless a recruiter decides so (--rehire)" in hired.output
    recruiter.run("enroll", "passive-candidate", OMAR, "--start", START)
    rejected = recruiter.run("mark", OMAR, "rejected", "--now", "2026-11-24T09:00Z")
    assert f"{OMAR}: not enrolled again before 2027-05-24" in rejected.output
    later = recruiter.run("enroll", "phone-and-text", NINA, OMAR, "--start", "2027-01-04T08:00Z")
    assert f"refused {NINA}: hired on 2026-11-24 (recruiter)" in later.output
    assert f"refused {OMAR}: rejected on 2026-11-24 (recruiter): not before 2027-05-24" in (
        later.output
    )
    assert "the recruiter recorded that they were rejected" in recruiter.run("status", OMAR).output
