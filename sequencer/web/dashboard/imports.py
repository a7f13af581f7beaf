"""/import: upload a candidates CSV, see each bad row by its number and why, then enroll the
good rows in a sequence. The same code as `sequencer import` and `sequencer enroll`
(`store.people.import_candidates`, `engine.enroll.enroll`): a bad row is never written, an
enrollment refused says why, and each new enrollment is the signed-in recruiter's.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence as Seq
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, col, select
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from sequencer.config import reveal
from sequencer.engine.enroll import EnrollReport, enroll
from sequencer.errors import CandidateError
from sequencer.people.rows import CandidateFileError
from sequencer.spec.sequence import Sequence
from sequencer.spec.templates import TemplateLibrary
from sequencer.store.audit import record
from sequencer.store.models import CandidateRecord
from sequencer.store.people import ImportReport, import_candidates
from sequencer.web.auth import audit, posted_form
from sequencer.web.dashboard.sequences import current, sequence_names
from sequencer.web.dashboard.templating import context_of, render

# An upload is held in memory while it is read: 5 MB is some 40,000 rows. A bigger file is
# a job for `sequencer import`, which streams it.
UPLOAD_BYTES = 5 * 1024 * 1024
# The enroll form carries the good rows' keys back: ~30 bytes a person.
ENROLL_BYTES = 2 * 1024 * 1024
CHUNK = 2_000  # people enrolled (and audited) in one transaction


def import_page(request: Request) -> Response:
    names = sequence_names(context_of(request).settings)
    return render(request, "import.html", sequences=names, limit=UPLOAD_BYTES)


async def upload(request: Request) -> Response:
    form = await posted_form(request, UPLOAD_BYTES)
    context = context_of(request)
    names = sequence_names(context.settings)
    upload = form.get("file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        problem = "Choose a CSV file to upload."
        return render(request, "import.html", 400, sequences=names, limit=UPLOAD_BYTES,
                      problem=problem)  # fmt: skip
    content = await upload.read()
    try:
        secret = reveal(context.settings.web.secret_key)
        report = await run_in_threadpool(
            _imported, context.engine, content, context.clock(), secret, upload.filename
        )
    except CandidateFileError as exc:
        problem = f"{upload.filename}: {exc.reason}"
        return render(request, "import.html", 400, sequences=names, limit=UPLOAD_BYTES,
                      problem=problem)  # fmt: skip
    detail = (
        f"{upload.filename}: {report.inserted:,} new, {report.updated:,} updated, "
        f"{len(report.errors):,} rejected"
    )
    await run_in_threadpool(audit, context, request, "import", None, detail)
    return render(
        request,
        "import_result.html",
        filename=upload.filename,
        report=report,
        errors=sorted(report.errors, key=_row),
        sequences=names,
    )


def _imported(
    engine: sa.Engine, content: bytes, now: datetime, secret: str | None, filename: str | None
) -> ImportReport:
    """`sequencer import` of the uploaded bytes (it reads a file: a private temporary one);
    consent its columns give is recorded under the name it was uploaded with."""
    with tempfile.TemporaryDirectory(prefix="sequencer-import-") as folder:
        path = Path(folder) / "upload.csv"
        path.write_bytes(content)
        return import_candidates(engine, path, now, file=filename, secret=secret)


def _row(error: CandidateError) -> int:
    return error.row


async def enroll_rows(request: Request) -> Response:
    """Enroll the people of the rows just imported in the chosen sequence, as of now."""
    form = await posted_form(request, ENROLL_BYTES)
    context = context_of(request)
    keys = [key for key in str(form.get("keys", "")).split() if key]
    name = str(form.get("sequence", ""))
    chosen = await run_in_threadpool(current, context.settings, name)
    if chosen.sequence is None or not keys:
        problem = chosen.problem if keys else "No rows to enroll: upload a file first."
        names = sequence_names(context.settings)
        return render(request, "import.html", 400, sequences=names, limit=UPLOAD_BYTES,
                      problem=problem)  # fmt: skip
    actor, now = request.state.recruiter.email, context.clock()
    report = await run_in_threadpool(_enrolled, context.engine, chosen.pair, keys, now, actor)
    return render(request, "import_enrolled.html", sequence_name=name, report=report)


def _enrolled(
    engine: sa.Engine,
    sequence: tuple[Sequence, TemplateLibrary],
    keys: Seq[str],
    now: datetime,
    actor: str,
) -> EnrollReport:
    """`sequencer enroll` of these people for `actor`, a chunk at a time (a database takes
    only so many values in one statement), each enrolled person audited on their page."""
    report = EnrollReport()
    for start in range(0, len(keys), CHUNK):
        done = enroll(engine, *sequence, keys[start : start + CHUNK], now, owner=actor)
        _audit_enrolled(engine, now, actor, sequence[0].name, done)
        report.enrolled += done.enrolled
        report.refused += done.refused
    return report


def _audit_enrolled(
    engine: sa.Engine, now: datetime, actor: str, sequence: str, report: EnrollReport
) -> None:
    """One entry per person enrolled, on their own page, in one transaction."""
    with Session(engine) as session, session.begin():
        for candidate_id in _ids(session, [key for key, _ in report.enrolled]):
            record(session, now, actor, "enroll", candidate_id, f"{sequence} (from an import)")


def _ids(session: Session, keys: Seq[str]) -> list[int]:
    query = select(CandidateRecord.id).where(col(CandidateRecord.key).in_(keys))
    return [found for found in session.exec(query) if found is not None]


routes: list[BaseRoute] = [
    Route("/import", import_page, methods=["GET"]),
    Route("/import", upload, methods=["POST"]),
    Route("/import/enroll", enroll_rows, methods=["POST"]),
]
