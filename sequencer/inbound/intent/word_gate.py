"""The word gate, where the readers of replies import it from: it lives in `inbound/word_gate.py`
since `mail.stop_requests` gates its stock phrases too (session 32), and mail imports nothing of
intent."""

from sequencer.inbound.word_gate import CaselessWordGate, WordGate, alternatives, caseless

__all__ = ["CaselessWordGate", "WordGate", "alternatives", "caseless"]
