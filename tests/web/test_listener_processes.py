"""A listener served by several processes (`serve.Listener.processes`), on real sockets: the
connections of clients that connect at once are shared out between the processes, and the
port stays refused to another daemon."""

from __future__ import annotations

import http.client
import os
import threading

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from sequencer.errors import SequencerError
from sequencer.web import serve

CLIENTS = 16


async def whose(request: Request) -> PlainTextResponse:
    return PlainTextResponse(str(os.getpid()))


APP = Starlette(routes=[Route("/pid", whose)])


def pids_of_clients_connecting_at_once(port: int) -> list[str]:
    """Each of `CLIENTS` connections, opened together before any asks: which process answers."""
    connections = [
        http.client.HTTPConnection("127.0.0.1", port, timeout=30) for _ in range(CLIENTS)
    ]
    for connection in connections:
        connection.connect()
    answers: list[str] = []
    lock = threading.Lock()

    def ask(connection: http.client.HTTPConnection) -> None:
        connection.request("GET", "/pid")
        pid = connection.getresponse().read().decode()
        with lock:
            answers.append(pid)
        connection.close()

    threads = [threading.Thread(target=ask, args=(c,)) for c in connections]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def test_clients_connecting_at_once_are_shared_out_between_the_processes() -> None:
    """One socket shared by both processes let the first to wake accept all 16 connections
    (asyncio accepts every connection waiting at once), and the other core idled."""
    serving = serve.start([serve.Listener(APP, "127.0.0.1", 0, processes=2)])
    try:
        pids = pids_of_clients_connecting_at_once(serving.ports[0])
    finally:
        serving.stop()
    assert len(pids) == CLIENTS
    # A hash of each connection's addresses picks its process: both serve some.
    assert set(pids) == {str(os.getpid()), *map(str, serving.children)}, sorted(pids)


def test_a_second_daemon_on_the_port_of_a_listener_of_two_processes_is_refused() -> None:
    serving = serve.start([serve.Listener(APP, "127.0.0.1", 0, processes=2)])
    try:
        port = serving.ports[0]
        for processes in (1, 2):
            with pytest.raises(SequencerError, match=f"port {port} is in use on 127.0.0.1"):
                serve.start([serve.Listener(APP, "127.0.0.1", port, processes=processes)])
    finally:
        serving.stop()
