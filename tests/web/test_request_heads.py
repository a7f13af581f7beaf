"""A request head has a size cap (`serve.MAX_HEAD_BYTES`, 16 KB, as h11 had): the parser
(llhttp) has none, so without it a client could grow one head in the listener's memory for as
long as the deadline lets it. Over real sockets, against the webhook listener."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.project import Project
from helpers.sockets import read_to_close
from helpers.worlds import make_world
from test_webhooks import ENV, Site

from sequencer.web.serve import MAX_HEAD_BYTES

DEADLINE = 5.0  # long, so an answer that comes quickly cannot be the deadline's doing


@pytest.fixture
def site(project: Project, tmp_path: Path) -> Iterator[Site]:
    engine, _, _ = make_world(project, f"sqlite:///{tmp_path / 'sequencer.db'}", tmp_path)
    running = Site(engine, ENV, deadline=DEADLINE)
    yield running
    running.close()


def head_with(padding: int) -> bytes:
    """A GET /healthz whose head is about `padding` bytes long, in headers of 1,000 bytes."""
    lines = [f"X-Padding-{n}: {'a' * 980}\r\n" for n in range(padding // 1000)]
    return f"GET /healthz HTTP/1.1\r\nHost: x\r\n{''.join(lines)}\r\n".encode()


def test_a_head_under_the_cap_is_served(site: Site) -> None:
    with socket.create_connection(("127.0.0.1", site.port), timeout=DEADLINE + 3) as sock:
        sock.sendall(head_with(MAX_HEAD_BYTES - 2000)[:-2] + b"Connection: close\r\n\r\n")
        assert read_to_close(sock).startswith(b"HTTP/1.1 200 ")


def test_a_head_past_the_cap_in_one_piece_gets_431_and_the_connection_closes(
    site: Site,
) -> None:
    began = time.monotonic()
    with socket.create_connection(("127.0.0.1", site.port), timeout=DEADLINE + 3) as sock:
        sock.sendall(head_with(4 * MAX_HEAD_BYTES))
        assert read_to_close(sock).startswith(b"HTTP/1.1 431 ")
    assert time.monotonic() - began < DEADLINE / 2  # refused at once, not at the deadline
    assert site.get("/healthz")[0] == 200


def test_a_head_that_grows_past_the_cap_piece_by_piece_gets_431(site: Site) -> None:
    """A head that never ends, sent a header at a time, is refused once past the cap,
    however small each piece, long before the deadline."""
    began = time.monotonic()
    with socket.create_connection(("127.0.0.1", site.port), timeout=DEADLINE + 3) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        sent = 0
        try:
            while sent <= 2 * MAX_HEAD_BYTES:
                sock.sendall(f"X-Padding-{sent}: {'a' * 480}\r\n".encode())
                sent += 500
                time.sleep(0.001)  # separate reads on the server's side
        except (BrokenPipeError, ConnectionResetError):
            pass  # refused before we were done
        assert read_to_close(sock).startswith(b"HTTP/1.1 431 ")
    assert time.monotonic() - began < DEADLINE / 2
