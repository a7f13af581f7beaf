"""The ATS and scheduling-tool webhooks: is a request really from Greenhouse, Lever, Ashby,
Calendly or Cal.com, and what it says happened to a person, as `channels.facts.Outside`.

One module per provider, each with the same entry point:

    read(request, secret, now) -> list[Outside]

which verifies first (a constant-time compare of an HMAC-SHA256; anything unsigned, forged
or stale raises NotGenuine: 403) and only then parses (a body that is not the provider's
JSON raises BadRequest: 400). Events a sequence has no use for (a note added, an interview
moved) read as no facts at all. `signed(request)` says whether the headers alone could be
the provider's, so the web refuses an unsigned request before reading its body. Lever's
events name nobody by address: its `read` also takes `api` (`lever_api`, LEVER_API_KEY),
asked whom the event is about once the signature is verified.

    provider   what is signed                          header                      stale after
    greenhouse the raw body                            Signature: sha256 <hex>     (no stamp)
    lever      token + triggeredAt (in the body)       (none: `signature` field)   1 hour
    ashby      the raw body                            Ashby-Signature: sha256=<hex> (no stamp)
    calendly   "<t>." + the raw body                   Calendly-Webhook-Signature  5 minutes
    calcom     the raw body                            X-Cal-Signature-256: <hex>  (no stamp)

Each fact's `key` is what the provider keeps across its retries, so a redelivery (or a
replay of a captured request) has one effect: `inbound` records one Event per key.

Imports channels.facts, people and errors; nothing of store/ or above.
"""
