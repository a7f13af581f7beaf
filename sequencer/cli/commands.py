"""The `sequencer` command: thin commands over the library. Each parses, calls, prints.

The CLI is one of the two places that read the clock (the daemon is the other).
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import click
from sqlmodel import Session

from sequencer.config import Settings, load_settings
from sequencer.daemon.passes import run_pass
from sequencer.daemon.runner import Daemon
from sequencer.engine.enroll import enroll
from sequencer.engine.links import Links, links_from
from sequencer.engine.tasks import finish_task
from sequencer.engine.upgrade import apply_migration, plan_migration
from sequencer.errors import CandidateError, SequencerError
from sequencer.inbound.outcomes import Outcome, mark
from sequencer.inbound.receive import raw_mail
from sequencer.ops.logs import DEFAULT_LEVEL, LEVELS, configure_logging
from sequencer.people.candidates import Candidate, UncheckedRows, find_candidate, read_rows
from sequencer.reports.funnel import format_funnel, funnel
from sequencer.reports.preview import format_text, preview_many
from sequencer.reports.status import format_replies, format_status, open_tasks, replies, status
from sequencer.spec.schema import schema_text
from sequencer.spec.sequence import Sequence
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.validate import check_file, find_sequence, load_sequence, sequence_files
from sequencer.store.database import engine_for
from sequencer.store.models import Task, TaskStatus
from sequencer.store.people import ImportReport, import_candidates


class _Group(click.Group):
    """Turns the project's errors into a clean message and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SequencerError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=_Group)
@click.version_option(package_name="sequencer")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Outreach sequences for recruiters: YAML sequences, Jinja2 messages, respectful timing."""
    ctx.obj = load_settings()


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.pass_obj
def validate(settings: Settings, paths: tuple[Path, ...]) -> None:
    """Check sequence files and every template they use (default: all of sequences/).

    Prints one `path:line:column: message` line per problem; exits 1 if any is an error.
    Warnings (spam-like wording, long texts, no easy way out) are shown but don't fail.
    """
    library = TemplateLibrary(settings.templates_dir)
    files = list(sequence_files(paths or (settings.sequences_dir,)))
    if not files:
        raise click.ClickException("no sequence files (*.yaml) found")
    reports = [check_file(path, library) for path in files]
    for report in reports:
        for diagnostic in report.diagnostics:
            click.echo(str(diagnostic))
    bad = [r for r in reports if not r.ok]
    click.echo(f"{len(reports) - len(bad)} of {len(reports)} sequence files valid", err=True)
    sys.exit(1 if bad else 0)


@main.command(name="preview")
@click.argument("sequence_name", metavar="SEQUENCE")
@click.option(
    "--candidates",
    "candidates_file",
    type=click.Path(exists=True, path_type=Path),
    required=True,
    help="CSV of candidates (one per row).",
)
@click.option("--candidate", "email", help="Preview only the candidate with this email.")
@click.option(
    "--start",
    help="Enrollment time, ISO-8601 (default: now; without an offset, "
    "in the sequence's time zone).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "html"]),
    default="text",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of standard output (required for html).",
)
@click.pass_obj
def preview_command(
    settings: Settings,
    sequence_name: str,
    candidates_file: Path,
    email: str | None,
    start: str | None,
    output_format: str,
    output: Path | None,
) -> None:
    """Show exactly what each candidate would get, and when. Sends and writes nothing
    (except the -o file).

    SEQUENCE is a name in sequences/ or a path to a file.
    """
    library = TemplateLibrary(settings.templates_dir)
    sequence, _ = load_sequence(resolve_sequence(settings, sequence_name), library)
    when = parse_start(start, sequence)
    # A file's rows are checked where they are previewed: in the worker processes.
    people = [find_candidate(candidates_file, email)] if email else read_rows(candidates_file)
    links = links_from(settings.provider)
    views, failures = _preview_all(sequence, people, when, library, links)
    for failure in failures:
        click.echo(f"{candidates_file}:{failure}", err=True)
    _write(_render(views, output_format, single=email is not None), output, output_format)
    if failures:
        click.echo(f"{len(failures)} candidate(s) could not be previewed", err=True)
        sys.exit(1)


def _preview_all(
    sequence: Sequence,
    people: UncheckedRows | list[Candidate],
    start: datetime,
    library: TemplateLibrary,
    links: Links | None,
) -> tuple[list[dict[str, Any]], list[str]]:
    """Every person's view, and a line for each who could not be previewed. A big file is
    shared out between the machine's cores (`preview_many`), in order."""
    views: list[dict[str, Any]] = []
    failures: list[str] = []
    for person, result in preview_many(sequence, people, start, library, links):
        if isinstance(person, CandidateError):
            failures.append(f" {person}")
        elif isinstance(result, SequencerError):
            failures.append(f" row {person.row}: {result}")
        else:
            views.append(result)
    return views, failures


def _render(views: list[dict[str, Any]], output_format: str, single: bool) -> str:
    if output_format == "json":
        return json.dumps(views[0] if single and views else views, indent=2, ensure_ascii=False)
    if output_format == "html":
        from sequencer.reports.preview_html import render_html

        names = sorted({v["sequence"]["name"] for v in views})
        return render_html(views, title=f"Preview: {', '.join(names)}")
    return "\n".join(format_text(v) for v in views)


def _write(text: str, output: Path | None, output_format: str) -> None:
    if output is None and output_format == "html":
        raise click.UsageError("--format html needs -o FILE")
    if output is None:
        click.echo(text)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)


@main.command(name="import")
@click.argument("csv_file", metavar="FILE.csv", type=click.Path(exists=True, path_type=Path))
@click.pass_obj
def import_command(settings: Settings, csv_file: Path) -> None:
    """Add or update candidates from a CSV file, matched by email or phone.

    Bad rows are listed with their row number and reason and nothing of them is written;
    every good row is imported. Exits 1 if any row was bad.
    """
    engine = engine_for(settings.database_url)

    def progress(report: ImportReport) -> None:
        click.echo(f"\r{report.rows:,} rows read", nl=False, err=True)

    report = import_candidates(engine, csv_file, datetime.now(UTC), progress)
    click.echo("", err=True)
    for error in report.errors:
        click.echo(f"{csv_file}: {error}", err=True)
    click.echo(
        f"{report.inserted:,} new, {report.updated:,} updated, {len(report.errors):,} rejected"
    )
    sys.exit(1 if report.errors else 0)


@main.command(name="enroll")
@click.argument("sequence_name", metavar="SEQUENCE")
@click.argument("emails", nargs=-1)
@click.option("--all", "everyone", is_flag=True, help="Enroll every imported candidate.")
@click.option("--start", help="Enrollment time, ISO-8601 (default: now).")
@click.option("--allow-active", is_flag=True, help="Also enroll people active in another sequence.")
@click.pass_obj
def enroll_command(
    settings: Settings,
    sequence_name: str,
    emails: tuple[str, ...],
    everyone: bool,
    start: str | None,
    allow_active: bool,
) -> None:
    """Start SEQUENCE for the candidates with these EMAILs (or --all).

    Each refusal is listed with its reason: opted out, already in a sequence, a role below
    their minimum level, or no step that can reach them (a work address only, no consent).
    """
    if bool(emails) == everyone:
        raise click.UsageError("give EMAIL... or --all (not both)")
    library = TemplateLibrary(settings.templates_dir)
    sequence, _ = load_sequence(resolve_sequence(settings, sequence_name), library)
    engine = engine_for(settings.database_url)
    keys = None if everyone else list(emails)
    report = enroll(engine, sequence, library, keys, parse_start(start, sequence), allow_active)
    for key, first in report.enrolled:
        when = f"first touch {first:%Y-%m-%d %H:%M} UTC" if first else "nothing left to send"
        click.echo(f"enrolled {key}: {when}")
    for key, reason in report.refused:
        click.echo(f"refused {key}: {reason}")
    click.echo(f"{len(report.enrolled)} enrolled, {len(report.refused)} refused", err=True)


@main.command(name="tick")
@click.option("--now", "now_text", help="Run the pass as of this time, ISO-8601 (default: now).")
@click.option(
    "--until",
    "until_text",
    help="Simulate the daemon: a pass every --every minutes from --now until this time.",
)
@click.option("--every", default=15, show_default=True, help="Minutes between simulated passes.")
@click.pass_obj
def tick_command(
    settings: Settings, now_text: str | None, until_text: str | None, every: int
) -> None:
    """Run one dispatch pass: send every touch that is due, each exactly once.

    With no provider credentials everything goes to the outbox folder
    (SEQUENCER_OUTBOX_DIR, default ./outbox) and nothing leaves the machine.
    """
    now = _aware(now_text) if now_text else datetime.now(UTC).replace(second=0, microsecond=0)
    until = _aware(until_text) if until_text else now
    engine = engine_for(settings.database_url)
    while now <= until:
        outcomes = run_pass(engine, settings, now)
        if outcomes or until_text is None:
            summary = ", ".join(f"{n} {what}" for what, n in sorted(outcomes.items()))
            click.echo(f"{now:%Y-%m-%d %H:%M} UTC: {summary or 'nothing due'}")
        now += timedelta(minutes=every)


@main.command(name="run")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, help="Port (0 picks a free one).")
@click.option("--interval", default=30.0, show_default=True, help="Seconds between passes.")
@click.option(
    "--log-level",
    type=click.Choice(LEVELS, case_sensitive=False),
    default=DEFAULT_LEVEL,
    show_default=True,
    envvar="SEQUENCER_LOG_LEVEL",
    show_envvar=True,
    help="Logs: one JSON object per line on stdout, addresses masked.",
)
@click.pass_obj
def run_command(settings: Settings, host: str, port: int, interval: float, log_level: str) -> None:
    """The daemon: send what is due, on a schedule, and serve HTTP (health at /healthz,
    Prometheus metrics at /metrics).

    SIGTERM or Ctrl-C finishes the sends in flight, then exits.
    """
    configure_logging(log_level)
    daemon = Daemon(engine_for(settings.database_url), settings, interval)

    def ready(bound: int) -> None:
        click.echo(f"sequencer running on http://{host}:{bound} (health: /healthz)", err=True)

    daemon.run(host, port, ready)
    click.echo("stopped", err=True)


@main.command(name="migrate")
@click.argument("sequence_name", metavar="SEQUENCE")
@click.option("--apply", "apply_it", is_flag=True, help="Move them (without: only show).")
@click.pass_obj
def migrate_command(settings: Settings, sequence_name: str, apply_it: bool) -> None:
    """Show what changes for people in flight if SEQUENCE moves to the file as it is now;
    with --apply, move them. Each continues at the first step it has not had yet."""
    library = TemplateLibrary(settings.templates_dir)
    sequence, _ = load_sequence(resolve_sequence(settings, sequence_name), library)
    engine = engine_for(settings.database_url)
    plan = plan_migration(engine, sequence, library)
    if not plan:
        click.echo(f"everyone in {sequence.name} already runs version {sequence.version}")
        return
    for change in plan:
        click.echo(
            f"{change.enrollments} enrollment(s) on {change.old_version} → {sequence.version}:"
        )
        click.echo("".join(f"  {line}\n" for line in change.changes), nl=False)
    if apply_it:
        moved = apply_migration(engine, sequence, library, datetime.now(UTC))
        click.echo(f"moved {moved} enrollment(s) to {sequence.version}")
    else:
        click.echo("nothing moved: run again with --apply", err=True)


@main.command(name="status")
@click.argument("email", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_obj
def status_command(settings: Settings, email: str | None, as_json: bool) -> None:
    """Every enrollment (or one person's): state, next touch and when, and why anything is
    waiting, skipped, in doubt or failed."""
    entries = status(engine_for(settings.database_url), email)
    click.echo(json.dumps(entries, indent=2) if as_json else format_status(entries), nl=as_json)


@main.command(name="replies")
@click.option("--since", "since_text", help="Only from this time on, ISO-8601.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_obj
def replies_command(settings: Settings, since_text: str | None, as_json: bool) -> None:
    """What came back, newest first: replies, out-of-office notes, opt-outs and bounces,
    including any that matched nobody (a reply from an address we don't know)."""
    since = _aware(since_text, option="--since") if since_text else None
    entries = replies(engine_for(settings.database_url), since)
    click.echo(json.dumps(entries, indent=2) if as_json else format_replies(entries), nl=as_json)


@main.command(name="funnel")
@click.argument("sequence_name", metavar="[SEQUENCE]", required=False)
@click.pass_obj
def funnel_command(settings: Settings, sequence_name: str | None) -> None:
    """Per step: touches sent, delivered, opened, clicked (from SendGrid's events), and the
    people who replied, bounced or opted out after it."""
    click.echo(format_funnel(funnel(engine_for(settings.database_url), sequence_name)), nl=False)


@main.command(name="mark")
@click.argument("email", metavar="EMAIL")
@click.argument("outcome", metavar="OUTCOME", type=click.Choice([o.value for o in Outcome]))
@click.option("--until", "until_text", help="not-now: the day to get back in touch (YYYY-MM-DD).")
@click.option("--now", "now_text", help="When it happened, ISO-8601 (default: now).")
@click.pass_obj
def mark_command(
    settings: Settings, email: str, outcome: str, until_text: str | None, now_text: str | None
) -> None:
    """Record what a person told you outside the tool; their sequences follow its rule.

    \b
    replied             stop
    interested          stop here; keep nurturing (outcomes.interested)
    not-now --until D   pause; resume on day D inside the send window
    accepted-elsewhere  stop; re-engage later (default: 12 months, outcomes.accepted_elsewhere)
    opted-out           never contact again, on any channel
    hired               stop
    """
    try:
        until = date.fromisoformat(until_text) if until_text else None
    except ValueError as exc:
        raise click.BadParameter(
            f"{until_text!r} is not a date like 2027-03-01", param_hint="--until"
        ) from exc
    now = _aware(now_text) if now_text else datetime.now(UTC)
    click.echo(mark(engine_for(settings.database_url), email, Outcome(outcome), now, until))


@main.command(name="receive")
@click.argument(
    "files",
    metavar="FILE.eml...",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, path_type=Path),
)
@click.option("--now", "now_text", help="When it arrived, ISO-8601 (default: now).")
@click.pass_obj
def receive_command(settings: Settings, files: tuple[Path, ...], now_text: str | None) -> None:
    """Feed emails that came back (saved .eml files) through reply matching, as the
    webhooks and the IMAP poller do: a person's reply halts them, an out-of-office holds the
    next touch until their return, a bounce marks the address undeliverable."""
    engine = engine_for(settings.database_url)
    now = _aware(now_text) if now_text else datetime.now(UTC)
    secret = settings.provider.get("SEQUENCER_SECRET_KEY")
    for path in files:
        try:
            outcome = raw_mail(engine, path.read_bytes(), now, secret)
        except ValueError as exc:
            raise SequencerError(f"{path}: {exc}") from exc
        click.echo(f"{path}: {outcome}")


@main.group(name="tasks", invoke_without_command=True)
@click.pass_context
def tasks_command(ctx: click.Context) -> None:
    """The recruiter's open tasks: LinkedIn messages to send by hand, calls to make."""
    if ctx.invoked_subcommand is None:
        tasks = open_tasks(engine_for(ctx.obj.database_url))
        for task in tasks:
            click.echo(
                f"#{task['id']} {task['kind']} to {task['to']} (step {task['step']}, "
                f"expires {task['expires_at'] or 'never'})"
            )
            click.echo("".join(f"    {line}\n" for line in task["body"].splitlines()))
        click.echo(f"{len(tasks)} open task(s)", err=True)


@tasks_command.command(name="done")
@click.argument("task_id", type=int)
@click.pass_obj
def task_done_command(settings: Settings, task_id: int) -> None:
    """Mark task ID done: that touch happened now, and the sequence moves on from it."""
    engine = engine_for(settings.database_url)
    with Session(engine) as session, session.begin():
        task = session.get(Task, task_id)
        if task is None or task.status != TaskStatus.OPEN:
            raise SequencerError(f"no open task #{task_id}: `sequencer tasks` lists them")
        finish_task(session, task, datetime.now(UTC), done=True)
    click.echo(f"task #{task_id} done")


def _aware(text: str, zone: tzinfo = UTC, option: str = "--now") -> datetime:
    """An ISO-8601 time from the command line; without an offset it is in `zone`."""
    try:
        when = datetime.fromisoformat(text)
    except ValueError as exc:
        example = "2026-11-23T09:00"
        raise click.BadParameter(
            f"{text!r} is not ISO-8601, e.g. {example}", param_hint=option
        ) from exc
    return when if when.tzinfo else when.replace(tzinfo=zone)


@main.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the schema here instead of standard output.",
)
def schema(output: Path | None) -> None:
    """Print the JSON Schema of sequence files (published as schema/sequence.schema.json)."""
    _write(schema_text(), output, "json")


def resolve_sequence(settings: Settings, name: str) -> Path:
    return find_sequence(settings.sequences_dir, name)


def parse_start(text: str | None, sequence: Sequence) -> datetime:
    if text is None:
        return datetime.now(UTC)
    return _aware(text, ZoneInfo(sequence.timezone), "--start")
