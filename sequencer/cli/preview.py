"""`sequencer preview`: what each candidate would get, and when; sends and writes nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from sequencer.cli.options import (
    named_sequence,
    output_option,
    parse_start,
    sequence_argument,
    start_option,
    write_output,
)
from sequencer.config import Settings
from sequencer.engine.links import links_from
from sequencer.people.candidates import find_candidate, read_rows
from sequencer.reports.preview import preview_all, render_views
from sequencer.reports.terminal import progress
from sequencer.spec import holiday_days


@click.command(name="preview")
@sequence_argument
@click.option(
    "--candidates",
    "candidates_file",
    type=click.Path(exists=True, path_type=Path),
    required=True,
    help="CSV of candidates (one per row).",
)
@click.option("--candidate", "email", help="Preview only the candidate with this email.")
@start_option(
    "Enrollment time, ISO-8601 (default: now; without an offset, in the sequence's time zone)."
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "html"]),
    default="text",
    show_default=True,
)
@output_option("Write to this file instead of standard output (required for html).")
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
    # A preview is run again and again: the holidays package is imported only the first time.
    holiday_days.keep_in(settings.cache_dir)
    sequence, library = named_sequence(settings, sequence_name)
    when = parse_start(start, sequence)
    # A file's rows are checked where they are previewed: in the worker processes.
    people = [find_candidate(candidates_file, email)] if email else read_rows(candidates_file)
    links = links_from(settings.web)
    with progress("people previewed", shown=email is None) as report:
        views, failures = preview_all(sequence, people, when, library, links, report)
    for failure in failures:
        click.echo(f"{candidates_file}:{failure}", err=True)
    write_output(render_views(views, output_format, email is not None), output, output_format)
    if failures:
        click.echo(f"{len(failures)} candidate(s) could not be previewed", err=True)
        sys.exit(1)
