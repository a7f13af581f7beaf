"""The `sequencer` command: a thin shell over the library. Each command parses its arguments,
calls one library function, and prints; no SQL, formatting or business rules live here.

    __init__   the `main` group, the registry of commands, and the error translation: a
               SequencerError becomes its message on stderr and exit code 1, never a traceback
    lazy       the group that imports a command's module only when that command runs
    options    what commands share: --now/--json/-o/SEQUENCE, time parsing, writing output
    sequences  validate, schema (no database)
    preview    preview
    migrate    migrate
    people     import, enroll
    replies    mark, receive, replies (and replies decide)
    status     status, funnel
    hand       stop, pause, resume
    tasks      tasks, tasks done
    events     events (--unmatched): what ATSs and scheduling tools told us
    users      user add, user remove, user list (web app accounts)
    export     export-person, consent (a person's data rights)
    privacy    forget, retention (erasure at a person's request; idle people forgotten)
    tick       tick
    daemon     run

A command's module is imported when the command runs, so a command pays only for the
libraries it uses and `sequencer --help` for none (bench/cli_bench.py measures it). A new
command goes in COMMANDS with the first sentence of its help (tests/cli/test_lazy_commands.py
checks it).

The CLI is one of the two places that read the clock (the daemon is the other). It may import
anything below it: reports, inbound, engine, store, spec, people, config, errors, and daemon
(to start it).
"""

from __future__ import annotations

import sys
from typing import Any

import click

from sequencer.cli.lazy import Lazy, LazyGroup
from sequencer.errors import SequencerError

_CLI = "sequencer.cli"

COMMANDS = {
    "consent": Lazy(
        f"{_CLI}.export:consent_command",
        "Record that the person at EMAIL|PHONE gave (yes) or withdrew (no) consent to texts "
        "(sms) or calls (call), and how: kept with its source, shown in `status` and the export.",
    ),
    "enroll": Lazy(
        f"{_CLI}.people:enroll_command",
        "Start SEQUENCE for the candidates with these EMAILs (or --all).",
    ),
    "events": Lazy(
        f"{_CLI}.events:events_command",
        "Applied, rejected, hired, stage changes and meetings booked or cancelled, as "
        "Greenhouse, Lever, Ashby, Calendly and Cal.com told us, newest first, with whom each "
        "was about.",
    ),
    "export-person": Lazy(
        f"{_CLI}.export:export_person_command",
        "Everything held on the person at EMAIL or PHONE, as one JSON document for an access "
        "request: profile, consent and its sources, every message with its text, events, "
        "replies, outcomes, tasks, blocks, audit entries and opt-out entries.",
    ),
    "forget": Lazy(
        f"{_CLI}.privacy:forget_command",
        "Forget the person at EMAIL or PHONE, at their request: their row and everything that "
        "names them (enrollments, messages, tasks, events, replies, consent, outbox files) is "
        "deleted, and audit entries lose their name.",
    ),
    "funnel": Lazy(
        f"{_CLI}.status:funnel_command",
        "Per step: touches sent, delivered, opened, clicked (from SendGrid's events), and the "
        "people who replied, bounced or opted out after it.",
    ),
    "import": Lazy(
        f"{_CLI}.people:import_command",
        "Add or update candidates from a CSV file, matched by email or phone.",
    ),
    "mark": Lazy(
        f"{_CLI}.replies:mark_command",
        "Record what a person told you outside the tool; their sequences follow its rule.",
    ),
    "migrate": Lazy(
        f"{_CLI}.migrate:migrate_command",
        "Show what changes for people in flight if SEQUENCE moves to the file as it is now; "
        "with --apply, move them.",
    ),
    "pause": Lazy(
        f"{_CLI}.hand:pause_command",
        "Pause this person's sequences (or one): nothing is sent until `sequencer resume`, or "
        "until the --until day.",
    ),
    "preview": Lazy(
        f"{_CLI}.preview:preview_command",
        "Show exactly what each candidate would get, and when.",
    ),
    "receive": Lazy(
        f"{_CLI}.replies:receive_command",
        "Feed emails that came back (saved .eml files) through reply matching, as the webhooks "
        "and the IMAP poller do: a person's reply halts them, an out-of-office holds the next "
        "touch until their return, a bounce marks the address undeliverable.",
    ),
    "replies": Lazy(
        f"{_CLI}.replies:replies_command",
        "What came back, newest first: replies with what each says (label, how sure, the date "
        "it names, their new text) and whether it was applied or waits for you; out-of-office "
        "notes, opt-outs and bounces; and replies that matched nobody.",
    ),
    "resume": Lazy(
        f"{_CLI}.hand:resume_command",
        "Resume a paused sequence from now: the first step they have not had, at the first time "
        "its send window allows.",
    ),
    "retention": Lazy(
        f"{_CLI}.privacy:retention_command",
        "Forget the people with no active enrollment and no activity for "
        "SEQUENCER_RETENTION_MONTHS (as the daemon does by itself, once an hour).",
    ),
    "run": Lazy(
        f"{_CLI}.daemon:run_command",
        "The daemon: send what is due, on a schedule, and serve HTTP: the providers' webhooks "
        "(health at /healthz, Prometheus metrics at /metrics) on --host/--port, and the "
        "recruiters' pages on --dashboard-host/--dashboard-port.",
    ),
    "schema": Lazy(
        f"{_CLI}.sequences:schema_command",
        "Print the JSON Schema of sequence files (published as schema/sequence.schema.json).",
    ),
    "status": Lazy(
        f"{_CLI}.status:status_command",
        "Every enrollment (or one person's): state, next touch and when, and why anything is "
        "waiting, skipped, in doubt or failed.",
    ),
    "stop": Lazy(
        f"{_CLI}.hand:stop_command",
        "Stop this person's sequences (or one) for good: nothing more is sent, their open tasks "
        "close, and they move on to no other sequence.",
    ),
    "tasks": Lazy(
        f"{_CLI}.tasks:tasks_command",
        "The recruiter's open tasks: LinkedIn messages to send by hand, calls to make.",
    ),
    "tick": Lazy(
        f"{_CLI}.tick:tick_command",
        "Run one dispatch pass: send every touch that is due, each exactly once.",
    ),
    "user": Lazy(f"{_CLI}.users:user_command", "Accounts for the web app (the dashboard)."),
    "validate": Lazy(
        f"{_CLI}.sequences:validate_command",
        "Check sequence files and every template they use (default: all of sequences/).",
    ),
}


class _Group(LazyGroup):
    """Turns the project's errors into a clean message and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SequencerError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=_Group, lazy=COMMANDS)
@click.version_option(package_name="sequencer")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Outreach sequences for recruiters: YAML sequences, Jinja2 messages, respectful timing."""
    from sequencer.config import load_settings  # pydantic and SQLAlchemy: not for --help

    ctx.obj = load_settings()


__all__ = ["COMMANDS", "main"]
