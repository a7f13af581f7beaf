"""A TLS failure is "nothing reached SendGrid" only when it happens before the request was
written (the handshake); one while the answer is read comes after SendGrid may have taken
the message: unclear, left for its events to settle, never simply sent again. Against a
loopback TLS server with a certificate of its own."""

from __future__ import annotations

import datetime
import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from helpers.project import follow_up_email

from sequencer.channels import RetryLater
from sequencer.channels.sendgrid.sender import SendGridSender

LOOPBACK = "127.0.0.1"


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key, as PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, LOOPBACK)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(LOOPBACK))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert, key_file = folder / "cert.pem", folder / "key.pem"
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert, key_file


class BrokenTLS:
    """Takes one connection: completes the handshake, reads the request, then answers with
    bytes that are not TLS, so the client's read of the answer fails with a TLS error."""

    def __init__(self, cert: Path, key: Path) -> None:
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.context.load_cert_chain(cert, key)
        self.listener = socket.create_server((LOOPBACK, 0))
        self.url = f"https://{LOOPBACK}:{self.listener.getsockname()[1]}"
        self.received = b""
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        connection, _ = self.listener.accept()
        try:
            with self.context.wrap_socket(connection, server_side=True) as tls:
                while b"\r\n\r\n" not in self.received:
                    self.received += tls.recv(65536)
                socket.socket.sendall(tls, b"this is not a TLS record" * 8)  # under the TLS
                tls.recv(1)  # until the client gives up
        except (ssl.SSLError, OSError):
            pass  # the client that refused our certificate, or went away

    def close(self) -> None:
        self.listener.close()
        self._thread.join(timeout=5)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[BrokenTLS]:
    cert, key = self_signed(tmp_path)
    broken = BrokenTLS(cert, key)
    yield broken
    broken.close()


def send(server: BrokenTLS) -> RetryLater:
    sender = SendGridSender("SG.test-key", api_host=server.url, timeout=5)
    with pytest.raises(RetryLater) as raised:
        sender.send_email(follow_up_email("<https://outreach.example.com/u/tok>"))
    return raised.value


def test_a_tls_error_while_the_answer_is_read_leaves_the_send_unclear(
    server: BrokenTLS, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "cert.pem"))  # the client trusts it
    error = send(server)
    assert b"POST /v3/mail/send" in server.received  # the request went out
    assert error.unclear and "may have accepted" in str(error)


def test_a_failed_handshake_is_nothing_reaching_sendgrid(server: BrokenTLS) -> None:
    error = send(server)  # the client does not trust the server's certificate
    assert server.received == b""
    assert not error.unclear and "could not reach SendGrid" in str(error)
