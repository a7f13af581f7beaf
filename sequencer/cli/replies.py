"""What people told us: mark (said outside the tool), receive (emails that came back), and
replies (what came back, and settling the replies that wait for the recruiter)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import click

from sequencer.cli.options import clock, database, iso_day, iso_time, json_option, now_option
from sequencer.config import Settings, reveal
from sequencer.errors import SequencerError, UnreadableMail
from sequencer.inbound.decisions import decide
from sequencer.inbound.messages import raw_mail
from sequencer.inbound.outcomes import Outcome, mark
from sequencer.reports.replies import replies as reply_rows
from sequencer.reports.replies import reply_blocks
from sequencer.reports.terminal import show


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
