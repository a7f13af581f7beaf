"""SendGrid, both ways: `sender` hands our emails to the Mail Send API; `events` checks the
signed Event Webhook and translates its events into `channels.facts`; `inbound_parse` takes
the emails people send to our reply domain (Inbound Parse); `transport` keeps the client's
connections alive, shared by every thread that sends. The only modules that know
SendGrid's field and event names; they import the sendgrid SDK, channels, people and errors.
"""
