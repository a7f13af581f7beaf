"""The database: tables, migrations, and every query the rest shares by name.

    database      the engine (SQLite or PostgreSQL), migrations, durable vs replayable commits
    models        the tables and their status values
    migrations/   Alembic's schema history
    queue         the due enrollments: take them (leased), when the next is due, what is in doubt
    leases        several workers sharing the work
    suppression   the suppression list: the one check, the one writer
    people        candidates stored and read back as `Candidate`s
    versions      the exact sequence files an enrollment runs
    cursors       where each mailbox's IMAP poll got to
    notices       replies and opt-outs not yet told to recruiters; the backoff when that fails
    pauses        channels paused because their provider refused our account (the one query)
    recruiters    web app accounts (argon2id passwords) and sign-in throttling
    audit         who did what, when: the audit log
    erasure       forgetting a person (every row that names them) and the hashed erasure list
    retention     who has been idle long enough to be forgotten (SEQUENCER_RETENTION_MONTHS)

Imports spec/, people/, config and errors; nothing of engine/, inbound/, channels/ or above.
"""
