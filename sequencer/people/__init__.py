"""People: a candidates file (CSV) -> checked `Candidate`s, and the one normal form of an
address.

    candidates   the file's people: checked in order, each once; in batches; one by email
    checking     a big file's rows checked in worker processes, in file order
    rows         the file as rows: dialect, header, row numbers, CSV problems
    candidate    the Candidate, and building one from a row
    columns      one cell -> one checked value: cleaning, and the simple columns
    addresses    normal_email / normal_phone / normal_address (every lookup by address uses
                 them), and the email check
    phones       phone numbers: E.164, the US state of an area code
    places       country, state, time zone

A problem with one cell is a `CellError`, with one row a `CandidateError`, with the file a
`CandidateFileError`. Imports only `sequencer.errors`, `sequencer.spec` (the channel names,
the standard candidate fields) and third-party libraries: nothing of store/, engine/,
inbound/, channels/ or above.
"""
