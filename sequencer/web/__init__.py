"""The HTTP side: provider webhooks, the unsubscribe pages, health and metrics.

    server   the routes (Inbox) and the threaded standard-library server under them
    pages    the HTML a person sees (unsubscribe)
    health   what /healthz reports

A webhook route reads the body within its size limit, hands the raw request to one
`channels/` function (which checks the signature or token and translates the payload into
facts, or refuses: NotGenuine → 403, BadRequest → 400), then makes one call into `inbound/`.
May import inbound, reports, engine, store, channels, ops, config and errors.
"""
