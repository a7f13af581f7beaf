"""The pages a person sees in a browser: the unsubscribe link's confirmation, its answer, and
what a link we did not sign gets. Each is a whole HTML document; the address is escaped."""

from __future__ import annotations

import html

CONTENT_TYPE = "text/html; charset=utf-8"

_CONFIRM = """<p>Stop all messages to <strong>{address}</strong>?</p>
<form method="post"><button type="submit">Unsubscribe</button></form>"""
_DONE = """<p><strong>{address}</strong> will get no more messages from us, on any channel.</p>
<p>If this was a mistake, reply to any of our emails and we will put it right.</p>"""
_INVALID_LINK = """<p>This unsubscribe link is not one we sent, or it was changed.</p>
<p>Reply to the email with the word "unsubscribe" and we will stop.</p>"""


def confirm_unsubscribe(address: str) -> str:
    """Asked on GET: mail scanners follow links, so only the button's POST unsubscribes."""
    return _page("Unsubscribe", _CONFIRM.format(address=html.escape(address)))


def unsubscribed(address: str) -> str:
    return _page("You are unsubscribed", _DONE.format(address=html.escape(address)))


def invalid_link() -> str:
    return _page("This link is not valid", _INVALID_LINK)


def _page(title: str, content: str) -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title></head>"
        f'<body style="font-family: sans-serif; max-width: 36em; margin: 3em auto">'
        f"<h1>{title}</h1>{content}</body></html>"
    )
