"""Talking to a real server over a raw socket, as a hostile or broken client would."""

from __future__ import annotations

import socket


def read_to_close(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes; fails (timeout) if it never does."""
    chunks = []
    try:
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    except ConnectionResetError:  # closed with our unread bytes in its buffer: a close
        pass
    return b"".join(chunks)
