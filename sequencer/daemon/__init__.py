"""The daemon, `sequencer run`: `runner` starts it with settings checked once (the pass on a
schedule, the IMAP poll, the HTTP server from web/) and stops it cleanly; `passes` is one pass,
shared with `sequencer tick`: send what is due, move people on, tell recruiters.

A shell, like cli/: one of the two places that read the clock. It may import every layer
below it (reports, inbound, engine, store, channels, spec, people, ops, config, errors) and
web/ for the server it runs; nothing imports it but cli/.
"""
