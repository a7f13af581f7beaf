"""Commands about sequence files: validate, preview, schema, migrate."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from sequencer.cli.options import (
    database,
    named_sequence,
    output_option,
    parse_start,
    sequence_argument,
    start_option,
    write_output,
)
from sequencer.config import Settings
from sequencer.engine.links import links_from
from sequencer.engine.upgrade import apply_migration, plan_migration
from sequencer.errors import SequencerError
from sequencer.people.candidates import find_candidate, read_rows
from sequencer.reports.preview import preview_all, render_views
from sequencer.reports.terminal import progress
from sequencer.spec.content import Content
from sequencer.spec.schema import schema_text
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.validate import check_file, sequence_files


@click.command(name="validate")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.pass_obj
def validate_command(settings: Settings, paths: tuple[Path, ...]) -> None:
    """Check sequence files and every template they use (default: all of sequences/).

    Prints one `path:line:column: message` line per problem; exits 1 if any is an error.
    Warnings (spam-like wording, long texts, no easy way out) are shown but don't fail.
    The content files (SEQUENCER_CONTENT_DIR) are checked too.
    """
    content = Content(settings.content_dir)
    library = TemplateLibrary(settings.templates_dir, content=content)
    files = list(sequence_files(paths or (_sequences_folder(settings.sequences_dir),)))
    if not files:
        raise click.ClickException("no sequence files (*.yaml) found")
    reports = [check_file(path, library) for path in files]
    for report in reports:
        for diagnostic in report.diagnostics:
            click.echo(str(diagnostic))
    bad = [r for r in reports if not r.ok]
    click.echo(f"{len(reports) - len(bad)} of {len(reports)} sequence files valid", err=True)
    bad_content = _check_content(content)
    sys.exit(1 if bad or bad_content else 0)


def _check_content(content: Content) -> bool:
    """Prints each problem of the content files; True when one is an error."""
    files = content.files().values()
    for file in files:
        click.echo("".join(f"{d}\n" for d in file.diagnostics), nl=False)
    if files:
        valid = sum(file.ok for file in files)
        click.echo(f"{valid} of {len(files)} content files valid", err=True)
    return not all(file.ok for file in files)


def _sequences_folder(folder: Path) -> Path:
    """The folder `validate` checks by default; run anywhere else, say where to run it."""
    if folder.is_dir():
        return folder
    if folder == Path("sequences"):  # the default: relative to where it is run
        raise SequencerError(
            "no sequences/ folder here; run it in your project or set SEQUENCER_SEQUENCES_DIR"
        )
    raise SequencerError(f"no folder {folder} (SEQUENCER_SEQUENCES_DIR): check the path")


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


@click.command(name="schema")
@output_option("Write the schema here instead of standard output.")
def schema_command(output: Path | None) -> None:
    """Print the JSON Schema of sequence files (published as schema/sequence.schema.json)."""
    write_output(schema_text(), output, "json")


@click.command(name="migrate")
@sequence_argument
@click.option("--apply", "apply_it", is_flag=True, help="Move them (without: only show).")
@click.pass_obj
def migrate_command(settings: Settings, sequence_name: str, apply_it: bool) -> None:
    """Show what changes for people in flight if SEQUENCE moves to the file as it is now;
    with --apply, move them. Each continues at the first step it has not had yet."""
    sequence, library = named_sequence(settings, sequence_name)
    engine = database(settings)
    plan = plan_migration(engine, sequence, library)
    if not plan:
        click.echo(f"everyone in {sequence.name} already runs version {sequence.version}")
        return
    for change in plan:
        click.echo(
            f"{change.enrollments} enrollment(s) on {change.old_version} → {sequence.version}:"
        )
        click.echo("".join(f"  {line}\n" for line in change.changes), nl=False)
        click.echo("".join(f"  stays: {s.key}: {s.reason}\n" for s in change.staying), nl=False)
    if apply_it:
        done = apply_migration(engine, sequence, library, datetime.now(UTC))
        click.echo(f"moved {done.moved} enrollment(s) to {sequence.version}")
        click.echo("".join(f"stayed: {s.key}: {s.reason}\n" for s in done.stayed), nl=False)
    else:
        click.echo("nothing moved: run again with --apply", err=True)
