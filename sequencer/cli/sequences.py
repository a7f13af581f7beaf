"""Commands about sequence files that need no database: validate, schema."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from sequencer.cli.options import output_option, write_output
from sequencer.config import Settings
from sequencer.errors import SequencerError
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


@click.command(name="schema")
@output_option("Write the schema here instead of standard output.")
def schema_command(output: Path | None) -> None:
    """Print the JSON Schema of sequence files (published as schema/sequence.schema.json)."""
    write_output(schema_text(), output, "json")
