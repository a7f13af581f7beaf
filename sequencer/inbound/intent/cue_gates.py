"""Whether a text holds one of a label's cues (`phrases.CUES`), asked of fewer patterns: each
label's alternation is cut into its alternatives (`word_gate.alternatives`) and only those whose
first word the text holds are searched (`word_gate.CaselessWordGate`). The same answer as
`CUES[label].search(text)`, by construction (tests/inbound/intent/test_word_gate.py checks it on
every test sentence); reading the ten labels' cues in a train reply took 1.04 ms searched whole
and 0.18 ms so (session 32)."""

from __future__ import annotations

from sequencer.inbound.intent.labels import Label
from sequencer.inbound.intent.phrases import CUES
from sequencer.inbound.intent.word_gate import CaselessWordGate, alternatives

CUE_GATES = {label: CaselessWordGate(alternatives(pattern)) for label, pattern in CUES.items()}


def has_cue(label: Label, text: str) -> bool:
    """`CUES[label].search(text)` is not None."""
    return CUE_GATES[label].any_match(text)


def cues_of(text: str) -> set[Label]:
    """The labels whose cues are in `text`."""
    return {label for label, gate in CUE_GATES.items() if gate.any_match(text)}
