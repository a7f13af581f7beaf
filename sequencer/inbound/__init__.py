"""What comes back, understood and acted on, whoever the provider: provider-neutral.

    mail/       reading an email: quotes, auto-replies and return dates, bounces, stop requests
    intent/     what a reply means: label, confidence, language, date, the new text
    text        what a text means: opt-out, opt-in, help, or a reply
    texts       a text read in the request (`read_text`), applied in a transaction it is
                handed (`apply_text`); `grouped`: the texts waiting at once applied in one
                transaction (group commit), each answered once it committed
    replying    what the mail and text paths share: the reading kept, the reply's event
    matching    whom it is about: the send it names, the person
    receive     facts about our sends (delivered, bounced, opted out...) -> events, effects
    messages    what people send (an email, a text, the unsubscribe link) -> events, effects
    effects     halt, suppress, hold, settle: each in the transaction that records its Event
    outcomes    what a recruiter records by hand (`sequencer mark`)
    decisions   what a reply's reading changes: applied at once above the sequence's
                `replies.auto_apply`, else waiting for the recruiter (`decide`)
    notify      telling the recruiter
    outside     what an ATS or a scheduling tool says (applied, hired, a meeting booked...)
                -> events, effects; `colleagues`: pausing the others at a company

Payloads arrive already translated by `channels/` into `channels.facts`; nothing here knows
a provider's field names. May import engine (to change an enrollment), store, channels
(the facts), spec, people, config and errors; never web, cli or daemon.
"""
