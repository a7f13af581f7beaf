"""The kinds of stop that stand whatever else a reply says (session 35, paraphrase wave 8: a stop
added to a yes, a question, a put-off or a no): `opt_outs` reads them before it gives up on a
reply that asks to be reached another way ("call me; no more texts, no emails, no LinkedIn").

- a threat hung on our next message (`stop_threats`): "one more text and I'm reporting you";
- consent withdrawn, or an objection to being contacted (`consent_withdrawn`);
- channels refused without a verb (`channels_refused`): "no calls, no texts", "DM nunca mais";
- our messages told to end, a channel put off limits, messages not wanted any more
  (`messages_ended`): "those emails have to end", "that number is off-limits";
- taken off a list, file or mailing in other words and word orders (`lists_left`): "meine Nr.
  bitte ausm Verteiler nehmen", "pull my email off ur mass mailer", "do WhatsApp me remove";
- a stop asked as a question or a courtesy, passed on to one of ours, or asked on someone's
  behalf (`stops_asked`): "¿Podéis parar, por favor?", "tell him to stop";
- a stop in regional speech (`stop_regional`): "textez-moi pu", "no em torneu a trucar";
- a stop written as a legal or data-protection letter (`data_letters`): "delete it from all
  systems", "confirm deletion within 14 days";
- our messages counted and the next one refused (`stops_counted`, session 36): "c'est votre
  sixième message, je préfère qu'il n'y en ait pas de septième", "zes is echt genoeg";
- a channel named, then stopped by a pronoun (`stops_of_it`, session 36): "that WhatsApp
  number … please never message it about work again", "no lo usen más";
- a stop said for good beside another way to reach them (`stops_beside_elsewhere`, session
  36): "ping me by email in a few weeks. but stop ringing this mobile, I won't pick up";
- staying on our list asked and answered no (`lists_stayed_on`, session 36): "¿Quiero seguir
  en la lista? Tampoco.", "continuar na base: também não".

A mailing named in quotes ("please stop the quarterly "still looking?" emails") is read with
its name as one word: a question mark inside it ends no sentence.

Each reads the text `opt_outs.plain` made (lower case, no accents)."""

from __future__ import annotations

import re

from sequencer.inbound.intent.channels_refused import refuses_channels
from sequencer.inbound.intent.consent_withdrawn import withdraws_consent
from sequencer.inbound.intent.data_letters import demands_it_as_a_letter
from sequencer.inbound.intent.lists_left import leaves_a_list
from sequencer.inbound.intent.lists_stayed_on import declines_staying_on_a_list
from sequencer.inbound.intent.messages_ended import ends_our_messages
from sequencer.inbound.intent.stop_regional import asks_to_stop_regionally
from sequencer.inbound.intent.stop_threats import threatens_the_next_message
from sequencer.inbound.intent.stops_asked import asks_to_stop_politely
from sequencer.inbound.intent.stops_beside_elsewhere import stops_for_good_beside_elsewhere
from sequencer.inbound.intent.stops_counted import counts_and_wants_no_more
from sequencer.inbound.intent.stops_of_it import stops_it_for_good

# A name in quotes, short and on one line: "still looking?", « STOP ».
_QUOTED = re.compile(r"[\"“«„][^\"“”«»„\n]{1,40}[\"”»“]")


def asks_to_stop_whatever_else(plain: str) -> bool:
    if '"' in plain or "“" in plain or "«" in plain or "„" in plain:
        plain = _QUOTED.sub(" x ", plain)
    return (
        threatens_the_next_message(plain)
        or withdraws_consent(plain)
        or refuses_channels(plain)
        or ends_our_messages(plain)
        or leaves_a_list(plain)
        or asks_to_stop_politely(plain)
        or asks_to_stop_regionally(plain)
        or demands_it_as_a_letter(plain)
        or counts_and_wants_no_more(plain)
        or stops_it_for_good(plain)
        or stops_for_good_beside_elsewhere(plain)
        or declines_staying_on_a_list(plain)
    )
