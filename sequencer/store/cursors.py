"""Where each mailbox's IMAP poll got to (`channels.imap.Cursors`), kept in the database so a
restarted daemon, or another one, resumes after the last message handed over."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session

from sequencer.store.models import MailboxCursor


class StoredCursors:
    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    def last(self, mailbox: str) -> tuple[int, int] | None:
        with Session(self.engine) as session:
            cursor = session.get(MailboxCursor, mailbox)
            return None if cursor is None else (cursor.uidvalidity, cursor.last_uid)

    def save(self, mailbox: str, uidvalidity: int, last_uid: int, now: datetime) -> None:
        with Session(self.engine) as session:
            session.merge(
                MailboxCursor(
                    mailbox=mailbox, uidvalidity=uidvalidity, last_uid=last_uid, polled_at=now
                )
            )
            session.commit()
