"""Stop words told, not asked (session 36, brief F), taken out of a reply before the stop readers
see it (`not_requests.without_lookalikes` calls this first): someone else's stop told as news
(`others_stops_told`), their own unsubscribing told beside a question or a yes
(`unsubscribing_told`), an earlier stop of their own reconsidered (`stops_reconsidered`), one
thing not to be sent again (`one_thing_not_wanted`); a deletion denied (`deletions_denied`) is
taken out after the law's access requests are read."""

from __future__ import annotations

from sequencer.inbound.intent.one_thing_not_wanted import without_one_thing_not_wanted
from sequencer.inbound.intent.others_stops_told import without_others_stops
from sequencer.inbound.intent.stops_reconsidered import without_stops_reconsidered
from sequencer.inbound.intent.unsubscribing_told import without_unsubscribing_told


def without_stops_told(text: str) -> str:
    text = without_others_stops(text)
    text = without_unsubscribing_told(text)
    text = without_stops_reconsidered(text)
    return without_one_thing_not_wanted(text)
