"""What a recruiter reads: views over the plan and the database, changing nothing.

    preview            a sequence for its people, with nothing sent (text, JSON); shares a big
                       file out between the cores. `preview_html` and `preview_timeline`: the
                       standalone HTML page and its timeline strips; `preview_text` the views
                       written out as text or JSON
    status             each enrollment, its sends, replies and why it waits; open tasks
    status_json        `status --json`: everyone's entries, read and written in pieces
    status_rows        what status shows, read for every enrollment in one statement a table
    status_entries     an enrollment's entry of `status --json`, from those rows
    status_tables      the columns status reads, as SQLAlchemy Core tables: status starts
                       without the ORM models (0.1-0.25 s); a test holds them to the models
    indented_json      `json.dumps(..., indent=2)` to the byte, faster, streamed
    wording            their words: local times (the recruiter's, the person's beside),
                       plurals, states and events as sentences, `tick`'s summary of a pass
    terminal           how reports reach a person: Rich tables in a terminal, plain text in
                       a pipe; progress bars on stderr for long work (a callable it reports to)
    funnel             per step: sent, delivered, opened, clicked, replied, booked, applied,
                       bounced, opted out, each also as a share of the touches sent
    outside            `sequencer events`: what ATSs and scheduling tools told us; unmatched
    event_kinds        kinds of events reports group together (`OUTSIDE`), light to import
    sequences          the Sequences page: versions and people per state, a person's preview
    optouts            the Opt-outs page: the suppression list a page at a time
    replies            what came back and what each reply says; which wait for the recruiter

A preview runs the same plan and compose code as sending (engine/), so what it shows is what
goes out. Imports engine, store, channels, spec, people, config and errors; nothing of
inbound/ or above.
"""
