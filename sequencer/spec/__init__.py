"""Sequence files: YAML -> an immutable, checked `Sequence`, and the templates it uses.

`validate` loads a file and reports every problem at file:line:column (`report` holds what it
found, `template_checks` checks each step's template); `sequence` is the model (and the JSON
Schema, `schema`); `timetext` and `calendar` read waits, windows and holidays; `templates` is
the sandboxed Jinja2 (`datefilters` its date filters; `sandbox` escapes the html block and
bounds what a render may build, `sizes` sizes each operation before it runs); `textlint` and
`sms` judge the wording and length of messages; `candidate_fields` names what a sequence may
read of a candidate; `outcomes` and `outside` what follows an outcome and an ATS or calendar
event; `content` the content files templates may read (`content_as_of`: read once for a batch
of messages); `outline` a stored version's step ids, read for a report without checking the
file again, and the check-back's step id.

No database, no clock, no network. Imports only `sequencer.errors` and third-party libraries:
nothing of people/, store/, engine/, inbound/, channels/ or above (people/ imports spec/).
"""
