"""The recruiters who sign in to the web app: their accounts, their passwords, and how often a
wrong password may be tried.

Passwords are kept only as argon2id hashes (argon2-cffi's `PasswordHasher`, its RFC 9106
low-memory profile); a hash made with older parameters is replaced at the next good sign-in.
An unknown email costs as long as a known one (a dummy hash is checked), so the answer's
timing does not tell whether an account exists.

Throttling lives in the database (`LoginFailure`), so every daemon and listener shares it:
after `ACCOUNT_LIMIT` failures for one account within `WINDOW` (or `ADDRESS_LIMIT` from one
client address, higher because an office shares one), that key is locked for `LOCK`, doubling
with each further lock up to `MAX_LOCK`. While locked, no password is checked at all. A good
sign-in clears its account's count; a key left alone for `FORGET` starts afresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from sequencer.errors import SequencerError
from sequencer.people.addresses import normal_email, parse_email
from sequencer.store.models import LoginFailure, Recruiter

MIN_PASSWORD = 12
MAX_PASSWORD = 1024  # hashing is deliberately slow; a megabyte "password" need not be
ACCOUNT_LIMIT = 5
ADDRESS_LIMIT = 20
WINDOW = timedelta(minutes=15)
LOCK = timedelta(minutes=15)
MAX_LOCK = timedelta(hours=24)
FORGET = timedelta(hours=24)

_hasher = PasswordHasher()
# Checked when the email has no account, so that answer takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not anyone's password, only here to take the time")


@dataclass(frozen=True)
class SignIn:
    """What a sign-in attempt came to: the recruiter, or why not (and until when)."""

    recruiter: Recruiter | None
    locked_until: datetime | None = None


def add(engine: sa.Engine, email: str, password: str, admin: bool, now: datetime) -> Recruiter:
    """A new account; refuses a bad email, a short password, an email already taken."""
    address = _checked_email(email)
    _check_password(password)
    with Session(engine, expire_on_commit=False) as session, session.begin():
        if find(session, address) is not None:
            raise SequencerError(f"{address} already has an account")
        recruiter = Recruiter(
            email=address, password_hash=_hasher.hash(password), admin=admin, created_at=now
        )
        session.add(recruiter)
    return recruiter


def remove(engine: sa.Engine, email: str) -> None:
    """Delete the account; its sessions stop working at their next request."""
    address = normal_email(email)
    with Session(engine) as session, session.begin():
        recruiter = find(session, address)
        if recruiter is None:
            raise SequencerError(f"no account for {address}: `sequencer user list` shows them")
        session.delete(recruiter)


def everyone(engine: sa.Engine) -> list[Recruiter]:
    with Session(engine, expire_on_commit=False) as session:
        return list(session.exec(select(Recruiter).order_by(col(Recruiter.email))))


def find(session: Session, email: str) -> Recruiter | None:
    query = select(Recruiter).where(Recruiter.email == normal_email(email))
    return session.exec(query).first()


def by_id(session: Session, recruiter_id: int) -> Recruiter | None:
    return session.get(Recruiter, recruiter_id)


def sign_in(engine: sa.Engine, email: str, password: str, address: str, now: datetime) -> SignIn:
    """Check a password, unless the account or the client address is locked; count a
    failure against both, clear the account's count on success."""
    try:
        return _sign_in(engine, email, password, address, now)
    except sa.exc.IntegrityError:  # another daemon counted this key's first failure just now
        return _sign_in(engine, email, password, address, now)


def _sign_in(engine: sa.Engine, email: str, password: str, address: str, now: datetime) -> SignIn:
    # No address is longer than 254 characters: a longer "email" is counted by its start.
    keys = (f"account:{normal_email(email)[:254]}", f"address:{address}")
    with Session(engine, expire_on_commit=False) as session, session.begin():
        locked_until = _locked_until(session, keys, now)
        if locked_until is not None:
            return SignIn(None, locked_until)
        recruiter = find(session, email) if len(password) <= MAX_PASSWORD else None
        if recruiter is not None and _verified(session, recruiter, password):
            _forget(session, keys[0])
            return SignIn(recruiter)
        if recruiter is None:
            _verify(_DUMMY_HASH, password[:MAX_PASSWORD])
        _fail(session, keys[0], ACCOUNT_LIMIT, now)
        _fail(session, keys[1], ADDRESS_LIMIT, now)
        return SignIn(None, _locked_until(session, keys, now))


def _checked_email(email: str) -> str:
    parsed = parse_email(email.strip())
    if parsed is None:
        raise SequencerError("give the recruiter's email address, e.g. dana@example.com")
    return normal_email(parsed)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise SequencerError(
            f"the password is {len(password)} characters; use at least {MIN_PASSWORD}"
            " (a passphrase of three or four words is easy to remember)"
        )
    if len(password) > MAX_PASSWORD:
        raise SequencerError(f"the password is longer than {MAX_PASSWORD} characters")


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _verified(session: Session, recruiter: Recruiter, password: str) -> bool:
    if not _verify(recruiter.password_hash, password):
        return False
    if _hasher.check_needs_rehash(recruiter.password_hash):
        recruiter.password_hash = _hasher.hash(password)
        session.add(recruiter)
    return True


def _locked_until(session: Session, keys: tuple[str, ...], now: datetime) -> datetime | None:
    query = select(LoginFailure).where(
        col(LoginFailure.key).in_(keys), col(LoginFailure.locked_until) > now
    )
    return max((row.locked_until for row in session.exec(query) if row.locked_until), default=None)


def _fail(session: Session, key: str, limit: int, now: datetime) -> None:
    row = session.get(LoginFailure, key) or LoginFailure(key=key, failures=0, first_at=now)
    if _stale(row, now):
        row.failures, row.first_at, row.locked_until = 0, now, None
    row.failures += 1
    if row.failures % limit == 0:
        locks = row.failures // limit
        row.locked_until = now + min(LOCK * 2 ** (locks - 1), MAX_LOCK)
    session.add(row)
    session.flush()


def _stale(row: LoginFailure, now: datetime) -> bool:
    """Failures long enough ago no longer count: outside the window before any lock, or a
    quiet day after the last lock ended."""
    if row.locked_until is None:
        return now - row.first_at > WINDOW
    return now - row.locked_until > FORGET


def _forget(session: Session, key: str) -> None:
    row = session.get(LoginFailure, key)
    if row is not None:
        session.delete(row)
