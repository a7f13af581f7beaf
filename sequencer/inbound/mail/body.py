"""The body of an email as plain text: its text part, or its HTML part made readable."""

from __future__ import annotations

import html
import re

from sequencer.inbound.mail.source import Source


def body_text(source: Source) -> str:
    if source.plain is not None and (source.plain.strip() or not source.html):
        return source.plain
    return _html_to_text(source.html or "")


# Python's HTMLParser takes quadratic time on unclosed tags (65 KB of "<div class=x " costs
# seconds), so HTML from strangers is read with this linear scan instead. Every alternative
# stops at the next "<": no character is scanned more than twice.
_HTML_TOKEN = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^<>]*>|<!--|<[!?][^<>]*>|[^<]+|<")
_HIDDEN_END = {
    tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE) for tag in ("script", "style", "title")
}
_BLOCKS = frozenset(
    {
        "address", "article", "blockquote", "dd", "div", "dl", "dt", "footer", "form", "h1",
        "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "pre", "section", "table",
        "tr", "ul",
    }
)  # fmt: skip


def _html_to_text(markup: str) -> str:
    lines = _Lines()
    position = 0
    while position < len(markup):
        token = _HTML_TOKEN.match(markup, position)
        if token is None:  # cannot happen: the last alternative matches any "<"
            break
        position = token.end()
        closing, tag = token.group(1, 2)
        if tag:
            tag = tag.lower()
            if tag in _HIDDEN_END and not closing:
                position = _hidden_until(markup, tag, position)
            else:
                lines.tag(tag, opening=not closing)
        elif token.group(0) == "<!--":
            comment_end = markup.find("-->", position)
            position = len(markup) if comment_end < 0 else comment_end + 3
        elif not token.group(0).startswith("<") or token.group(0) == "<":
            lines.words.append(html.unescape(token.group(0)))
    lines.end_line()
    return "\n".join(lines.lines)


def _hidden_until(markup: str, tag: str, position: int) -> int:
    """Where a <style>, <script> or <title> ends; an unclosed one at the next tag, so that it
    hides its own text and not the whole message."""
    end = _HIDDEN_END[tag].search(markup, position)
    if end:
        return end.end()
    next_tag = markup.find("<", position)
    return len(markup) if next_tag < 0 else next_tag


class _Lines:
    """Visible text, one line per block, with blockquotes marked "> " like a plain-text quote."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.words: list[str] = []
        self._quoted = 0
        self._line_quoted = 0

    def tag(self, tag: str, opening: bool) -> None:
        if tag == "br":
            self.end_line(blank_if_empty=True)
        elif tag == "p":
            self.end_line(blank=not opening)
        elif tag in _BLOCKS:
            self.end_line()
        if tag == "blockquote":
            self._quoted = max(0, self._quoted + (1 if opening else -1))
        if not self.words:
            self._line_quoted = self._quoted

    def end_line(self, blank: bool = False, blank_if_empty: bool = False) -> None:
        """A blank line only where the markup asks for one (a paragraph's end, <br><br>), not
        at every nested <div>."""
        line = " ".join("".join(self.words).split())
        self.words = []
        if line:
            # One marker whatever the depth: all that matters is that it is quoted.
            self.lines.append(f"> {line}" if self._line_quoted else line)
        if (blank or (blank_if_empty and not line)) and self.lines and self.lines[-1]:
            self.lines.append("")
