"""What a reply means: its label, how sure we are, its language, the date it names, and the new
text it was read from (quoted history and signatures removed).

    labels      Label (the ten things a reply can mean) and Reading (what we read)
    reading     read_reply (a body, email or SMS), read_mail (raw RFC 5322 bytes) and
                read_incoming (an email inbound/mail has already taken apart)
    newtext     the person's new text: quoted history and signatures stripped
    language    which of the six languages it is in (py3langid, restricted)
    rules       high-precision rules: opt-outs first, then the other labels, per language
    model       a small naive Bayes trained on the corpus's train split, shipped as JSON
    folds       cross-validation by writer, what predicts a writer never seen (the bench's)
    dates       the date a reply names, by the project's convention (periods: vague ones)
    phrases     the phrases that cue each label, in six languages
    referral    the address and name of someone they point us to

Pure functions of the text and the day it arrived: no database, no clock, no network.
May import `sequencer.inbound.mail` (parsing an email), people, spec, config and errors;
never store, engine, web, cli or daemon.
"""

from sequencer.inbound.intent.labels import Label, Reading
from sequencer.inbound.intent.reading import read_incoming, read_mail, read_reply

__all__ = ["Label", "Reading", "read_incoming", "read_mail", "read_reply"]
