"""The content files as they were at one moment, for work that writes many messages at once."""

from __future__ import annotations

from sequencer.spec.content import Content
from sequencer.spec.templates import Fields


class ContentAsOf(Content):
    """`content` as it was when this was made, however many messages read it.

    `Content.scope` looks at every file of the folder again for each message (about 0.1 ms), so
    that a daemon sends what the files say now. A preview of many people writes thousands of
    messages in a few seconds: it takes one of these per batch instead, and says what the files
    said when it ran (each message's note says they are read again when it goes out).
    """

    def __init__(self, content: Content) -> None:
        super().__init__(content.folder)
        self._taken = content.scope()

    def scope(self) -> Fields:
        return self._taken
