"""Reading an inbound email: who wrote, which of our messages it answers, whether a person or a
machine wrote it (reply, out-of-office and its return date, bounce), and what they said.

    incoming        IncomingMail, read_mail (raw RFC 5322), read_parse_fields (Inbound Parse)
    source          a parsed message or Inbound Parse fields -> header fields and parts
    body            text/plain or text/html -> text
    quotes          what the person wrote: the text above the quoted history
    automatic       person or machine (MailKind)
    bounces         which addresses failed, for good or for now, and why
    return_date     when an out-of-office says they are back
    stop_requests   "please remove me", in their own words

Pure functions of the bytes (and the day it arrived): no database, no clock, no network.
Imports only the standard library, `sequencer.errors` and `sequencer.people.addresses` (the one
normal form of an email address); `UnreadableMail` is the one error that leaves it.
"""

from sequencer.inbound.mail.automatic import MailKind
from sequencer.inbound.mail.incoming import IncomingMail, read_mail, read_parse_fields

__all__ = ["IncomingMail", "MailKind", "read_mail", "read_parse_fields"]
