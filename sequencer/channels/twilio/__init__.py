"""Twilio, both ways: `texts` sends SMS, `calls` places voicemail calls; `signature` checks
X-Twilio-Signature and writes TwiML; `inbound` translates a signed webhook (a text in, a
status callback, a call's end) into `channels.facts`. The only modules that know Twilio's
parameter names; they import the twilio SDK, channels, people and errors.
"""
