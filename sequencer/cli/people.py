"""Commands about people: import, enroll, mark, receive, and what they show: status,
replies, funnel; and the recruiter's own hand on their sequences: stop, pause, resume."""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import click

from sequencer.cli.options import (
    clock,
    database,
    iso_day,
    iso_time,
    json_option,
    named_sequence,
    now_option,
    parse_start,
    sequence_argument,
    start_option,
)
from sequencer.config import Settings, reveal
from sequencer.engine.controls import pause_person, resume_person, stop_person
from sequencer.engine.enroll import enroll
from sequencer.errors import SequencerError, UnreadableMail
from sequencer.inbound.decisions import decide
from sequencer.inbound.messages import raw_mail
from sequencer.inbound.outcomes import Outcome, mark
from sequencer.reports.funnel import format_funnel, funnel
from sequencer.reports.replies import replies as reply_rows
from sequencer.reports.replies import reply_blocks
from sequencer.reports.status import channels_paused, notices_failing, status, status_blocks
from sequencer.reports.terminal import progress, show
from sequencer.store.people import import_candidates


@click.command(name="import")
@click.argument("csv_file", metavar="FILE.csv", type=click.Path(exists=True, path_type=Path))
@click.pass_obj
def import_command(settings: Settings, csv_file: Path) -> None:
    """Add or update candidates from a CSV file, matched by email or phone.

    Bad rows are listed with their row number and reason and nothing of them is written;
    every good row is imported. Exits 1 if any row was bad.
    """
    engine = database(settings)

    with progress("rows read") as rows_read:
        report = import_candidates(
            engine,
            csv_file,
            datetime.now(UTC),
            lambda so_far: rows_read(so_far.rows),
            secret=reveal(settings.web.secret_key),  # people erased at their request are refused
        )
    for error in report.errors:
        click.echo(f"{csv_file}: {error}", err=True)
    click.echo(
        f"{report.inserted:,} new, {report.updated:,} updated, {len(report.errors):,} rejected"
    )
    sys.exit(1 if report.errors else 0)


@click.command(name="enroll")
@sequence_argument
@click.argument("emails", nargs=-1)
@click.option("--all", "everyone", is_flag=True, help="Enroll every imported candidate.")
@start_option("Enrollment time, ISO-8601 (default: now).")
@click.option("--allow-active", is_flag=True, help="Also enroll people active in another sequence.")
@click.option("--owner", metavar="EMAIL", help="The recruiter they belong to (web app: 'mine').")
@click.option(
    "--role-changed",
    is_flag=True,
    help="The role has changed since they declined or were rejected: enroll them anyway, in a "
    "sequence that says what changed (role.changes, e.g. role-evolved).",
)
@click.option("--rehire", is_flag=True, help="Also enroll people who were hired (e.g. since left).")
@click.pass_obj
def enroll_command(
    settings: Settings,
    sequence_name: str,
    emails: tuple[str, ...],
    everyone: bool,
    start: str | None,
    allow_active: bool,
    owner: str | None,
    role_changed: bool,
    rehire: bool,
) -> None:
    """Start SEQUENCE for the candidates with these EMAILs (or --all).

    Each refusal is listed with its reason: opted out, declined (12 months by default),
    rejected or hired, already in a sequence, a role below their minimum level, no step that
    can reach them (a work address only, no consent), or a message that cannot be written
    for them (an empty field a template needs).
    """
    if bool(emails) == everyone:
        raise click.UsageError("give EMAIL... or --all (not both)")
    sequence, library = named_sequence(settings, sequence_name)
    engine = database(settings)
    keys = None if everyone else list(emails)
    start_at = parse_start(start, sequence)
    owner = owner.strip().lower() if owner else None
    report = enroll(
        engine,
        sequence,
        library,
        keys,
        start_at,
        allow_active,
        owner,
        role_changed,
        rehire,
        secret=reveal(settings.web.secret_key),  # who was erased at their request is said
    )
    for key, first in report.enrolled:
        when = f"first touch {first:%Y-%m-%d %H:%M} UTC" if first else "nothing left to send"
        click.echo(f"enrolled {key}: {when}")
    for key, reason in report.refused:
        click.echo(f"refused {key}: {reason}")
    click.echo(f"{len(report.enrolled)} enrolled, {len(report.refused)} refused", err=True)
    sys.exit(1 if report.refused and not report.enrolled else 0)  # nobody in: a failure


@click.command(name="mark")
@click.argument("email", metavar="EMAIL")
@click.argument("outcome", metavar="OUTCOME", type=click.Choice([o.value for o in Outcome]))
@click.option(
    "--until", callback=iso_day, help="not-now: the day to get back in touch (YYYY-MM-DD)."
)
@now_option("When it happened, ISO-8601 (default: now).")
@click.pass_obj
def mark_command(
    settings: Settings, email: str, outcome: str, until: date | None, now: datetime | None
) -> None:
    """Record what a person told you outside the tool; their sequences follow its rule.

    \b
    replied             stop
    interested          stop here; keep nurturing (outcomes.interested)
    not-now --until D   pause; on day D the check-back (check_back:), in the send window
    accepted-elsewhere  stop; re-engage later (default: 12 months, outcomes.accepted_elsewhere)
    opted-out           never contact again, on any channel
    declined            stop; not enrolled again for 12 months (reenroll_after.declined)
                        unless the role changes (enroll --role-changed)
    hired               stop
    """
    engine = database(settings)
    click.echo(mark(engine, email, Outcome(outcome), clock(now), until))


@click.command(name="receive")
@click.argument(
    "files",
    metavar="FILE.eml...",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, path_type=Path),
)
@now_option("When it arrived, ISO-8601 (default: now).")
@click.pass_obj
def receive_command(settings: Settings, files: tuple[Path, ...], now: datetime | None) -> None:
    """Feed emails that came back (saved .eml files) through reply matching, as the
    webhooks and the IMAP poller do: a person's reply halts them, an out-of-office holds the
    next touch until their return, a bounce marks the address undeliverable."""
    engine = database(settings)
    now = clock(now)
    secret = reveal(settings.web.secret_key)
    for path in files:
        try:
            outcome = raw_mail(engine, path.read_bytes(), now, secret)
        except UnreadableMail as exc:
            raise SequencerError(f"{path}: {exc}") from exc
        click.echo(f"{path}: {outcome}")


@click.command(name="status")
@click.argument("email", required=False)
@json_option
@click.pass_obj
def status_command(settings: Settings, email: str | None, as_json: bool) -> None:
    """Every enrollment (or one person's): state, next touch and when, and why anything is
    waiting, skipped, in doubt or failed."""
    engine = database(settings, existing=True)
    if as_json:
        click.echo(json.dumps(status(engine, email), indent=2))
        return
    for line in [*channels_paused(engine), *notices_failing(engine)]:  # what needs fixing first
        click.echo(line)
    show(status_blocks(engine, email))


@click.group(name="replies", invoke_without_command=True)
@click.option("--pending", is_flag=True, help="Only the replies that wait for you to settle.")
@click.option("--owner", metavar="EMAIL", help="Only about people this recruiter enrolled.")
@click.option("--since", callback=iso_time, help="Only from this time on, ISO-8601.")
@json_option
@click.pass_context
def replies_command(
    ctx: click.Context, pending: bool, owner: str | None, since: datetime | None, as_json: bool
) -> None:
    """What came back, newest first: replies with what each says (label, how sure, the date
    it names, their new text) and whether it was applied or waits for you; out-of-office notes,
    opt-outs and bounces; and replies that matched nobody."""
    if ctx.invoked_subcommand is not None:
        return
    owner = owner.strip().lower() if owner else None  # as stored by `enroll --owner`
    rows = reply_rows(database(ctx.obj, existing=True), pending, owner, since)
    if as_json:
        click.echo(json.dumps([row.as_json() for row in rows], indent=2))
        return
    show(reply_blocks(rows, pending))


@replies_command.command(name="decide")
@click.argument("event_id", metavar="ID", type=int)
@click.argument("outcome", metavar="OUTCOME", type=click.Choice([o.value for o in Outcome]))
@click.option(
    "--until", callback=iso_day, help="not-now: the day to get back in touch (default: theirs)."
)
@now_option("When, ISO-8601 (default: now).")
@click.pass_obj
def replies_decide_command(
    settings: Settings, event_id: int, outcome: str, until: date | None, now: datetime | None
) -> None:
    """Settle reply ID (see `sequencer replies --pending`): OUTCOME applies as with `mark`;
    a not-now without --until waits until the date the reply named."""
    engine = database(settings)
    click.echo(decide(engine, event_id, Outcome(outcome), until, "cli", clock(now)))


@click.command(name="funnel")
@click.argument("sequence_name", metavar="[SEQUENCE]", required=False)
@click.pass_obj
def funnel_command(settings: Settings, sequence_name: str | None) -> None:
    """Per step: touches sent, delivered, opened, clicked (from SendGrid's events), and the
    people who replied, bounced or opted out after it."""
    engine = database(settings, existing=True)
    click.echo(format_funnel(funnel(engine, sequence_name)), nl=False)


# --- the recruiter's hand: stop, pause, resume ------------------------------------------------

in_sequence_option = click.option(
    "--sequence", "sequence_name", metavar="NAME", help="Only this sequence (default: all)."
)


@click.command(name="stop")
@click.argument("email", metavar="EMAIL")
@in_sequence_option
@now_option("When, ISO-8601 (default: now).")
@click.pass_obj
def stop_command(
    settings: Settings, email: str, sequence_name: str | None, now: datetime | None
) -> None:
    """Stop this person's sequences (or one) for good: nothing more is sent, their open tasks
    close, and they move on to no other sequence. A stopped sequence cannot be resumed."""
    lines = stop_person(database(settings), email, sequence_name, clock(now))
    click.echo("\n".join(lines))


@click.command(name="pause")
@click.argument("email", metavar="EMAIL")
@in_sequence_option
@click.option(
    "--until", callback=iso_day, help="Resume by itself on this day (YYYY-MM-DD), in the window."
)
@now_option("When, ISO-8601 (default: now).")
@click.pass_obj
def pause_command(
    settings: Settings,
    email: str,
    sequence_name: str | None,
    until: date | None,
    now: datetime | None,
) -> None:
    """Pause this person's sequences (or one): nothing is sent until `sequencer resume`, or
    until the --until day. A reply or an opt-out still stops them."""
    lines = pause_person(database(settings), email, sequence_name, until, clock(now))
    click.echo("\n".join(lines))


@click.command(name="resume")
@click.argument("email", metavar="EMAIL")
@in_sequence_option
@now_option("When, ISO-8601 (default: now).")
@click.pass_obj
def resume_command(
    settings: Settings, email: str, sequence_name: str | None, now: datetime | None
) -> None:
    """Resume a paused sequence from now: the first step they have not had, at the first time
    its send window allows. Nothing that went out is sent again."""
    lines = resume_person(database(settings), email, sequence_name, clock(now))
    click.echo("\n".join(lines))
