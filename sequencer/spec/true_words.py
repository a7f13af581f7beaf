"""Words that are true for some people only: "thanks for saying I could text you" (only if
they did), "if you got my voicemail" (only if one was left). A template says them under a
check of what happened (`{% if consent.sms %}`, `{% if voicemail_left %}`); said anywhere
else, `validate` and `preview` warn. Advice, never an error: the check may be elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from jinja2 import nodes

from sequencer.spec import textlint
from sequencer.spec.templates import MessageTemplate

# What a template may test to say each kind of claim truthfully.
CHECKS = {
    textlint.CONSENT: frozenset(
        {"consent.sms", "consent.call", "candidate.sms_consent", "candidate.call_consent"}
    ),
    textlint.VOICEMAIL: frozenset({"voicemail_left"}),
}
HOW = {
    textlint.CONSENT: "{% if consent.call %} (or consent.sms)",
    textlint.VOICEMAIL: "{% if voicemail_left %}",
}
# The voicemail's own script is said only on a call placed with consent: its words are true.
UNCHECKED_BLOCKS = frozenset({"script"})


@dataclass(frozen=True)
class Claim:
    line: int
    words: str
    message: str


@lru_cache(maxsize=256)
def unchecked_claims(template: MessageTemplate) -> tuple[Claim, ...]:
    """Each claim of consent or of a voicemail the template makes outside a check of it."""
    tree = template.tree
    return tuple(_walk(tree, frozenset(), None))


def _walk(node: nodes.Node, tested: frozenset[str], block: str | None) -> Iterator[Claim]:
    if isinstance(node, nodes.Block):
        block = node.name
    if block in UNCHECKED_BLOCKS:
        return
    if isinstance(node, nodes.If | nodes.CondExpr):
        inner = tested | _names(node.test) if node.test is not None else tested
        for child in node.iter_child_nodes():
            yield from _walk(child, inner, block)
        return
    if isinstance(node, nodes.TemplateData):
        yield from _claims_in(node, tested)
        return
    for child in node.iter_child_nodes():
        yield from _walk(child, tested, block)


def _claims_in(node: nodes.TemplateData, tested: frozenset[str]) -> Iterator[Claim]:
    text = node.data
    for offset, kind, words in textlint.claims(text):
        if tested & CHECKS[kind]:
            continue
        line = node.lineno + text.count("\n", 0, offset)
        yield Claim(line, words, _message(kind, words))


def _message(kind: str, words: str) -> str:
    what = (
        "consent this person may not have given"
        if kind == textlint.CONSENT
        else "a voicemail that may not have been left"
    )
    return f'"{words}" claims {what}: say it only under {HOW[kind]}'


def _names(test: nodes.Node) -> frozenset[str]:
    """The variables a test reads: `consent.sms`, `voicemail_left`, ..."""
    found = set()
    for node in (test, *test.find_all((nodes.Name, nodes.Getattr))):
        if isinstance(node, nodes.Name):
            found.add(node.name)
        elif isinstance(node, nodes.Getattr) and isinstance(node.node, nodes.Name):
            found.add(f"{node.node.name}.{node.attr}")
    return frozenset(found)
