"""The HTTP side, on Starlette served by uvicorn.

    webhooks    `webhook_app`: provider webhooks, unsubscribe pages, /healthz, /metrics
    dashboard/  `dashboard_app`: the recruiters' pages (never on the webhook listener)
    auth        the pages' sign-in, session cookie, CSRF tokens and audit log
    limits      ASGI middleware: body size, a memory budget, one deadline per request
    serve       the uvicorn listeners, in a thread of their own, with the head deadline
    reader      the reply reader's load in a listener process: in the background, after any fork
    context     what every route needs (`WebContext`, on app.state.context)
    pages       the HTML a person sees (unsubscribe)
    health      what /healthz reports, and the cheap database check behind it

A webhook route checks what the headers alone can prove, reads the body within its limit,
hands it to one `channels/` function (which checks the signature or token and translates the
payload into facts, or refuses: NotGenuine → 403, BadRequest → 400), then makes one call into
`inbound/`. May import inbound, reports, engine, store, channels, ops, config and errors.
"""
