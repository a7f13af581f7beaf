"""Keep-alive connections under the `sendgrid` client, shared by every thread that sends.

python_http_client (the transport of `sendgrid`) builds a urllib opener and opens a new
connection for every request: against SendGrid a TCP and TLS handshake per message, and
0.8-1.1 ms of CPU per send even on loopback. `PooledClient` is python_http_client's own
`Client` (its URL and header building run unchanged, its JSON encoding is copied) whose
requests go through a urllib3 pool of kept-alive connections instead of a urllib opener.

Thread safety: the pool is urllib3's, made to be shared between threads (and senders). A
python_http_client `Client` is not (its children share one mutable `request_headers` dict,
which a POST changes): the sender builds a fresh client per request (about 2 microseconds),
only the pool is shared.

Which failures are safe to retry, the reason `retries=False` is given to urllib3:
- Before reusing an idle connection urllib3 checks that the server has not closed it
  (a provider's idle timeout); if it has, urllib3 opens a new one. Nothing was sent on the
  stale one, so this can't post a message twice.
- Every failure after that, while writing the request or waiting for the answer, is raised
  as it is (never retried here): the request may have reached SendGrid, and Mail Send has
  no idempotency key. The sender reports it as unclear, for the dispatcher to reconcile.
- urllib3 raises the same `SSLError` for a failed handshake (nothing was sent) and for a
  TLS error while the answer is read (the request was sent): only the first stays an
  `SSLError`, which the sender takes for "nothing reached SendGrid"; the second becomes a
  `ProtocolError`, a connection broken after the request went out (`_after_connecting`).
- Redirects are not followed: the API key only ever goes to SENDGRID_API_HOST.
"""

from __future__ import annotations

import functools
import json
import traceback
import urllib.request
from typing import Any
from urllib.parse import urlsplit

import python_http_client
import python_http_client.exceptions as http_errors
import urllib3
from python_http_client.client import Response

DEFAULT_POOL_SIZE = 64  # idle connections kept; more threads than this open extra ones


@functools.lru_cache(maxsize=8)
def pool_for(api_host: str, timeout: float, size: int = DEFAULT_POOL_SIZE) -> urllib3.PoolManager:
    """Connections to `api_host`, through the proxy the environment names as urllib did
    (HTTPS_PROXY / HTTP_PROXY / NO_PROXY), each request timing out after `timeout` seconds
    of silence (connecting, or waiting for the answer) as urllib's timeout did.

    One pool per host and timeout for the whole process: the daemon builds its senders
    afresh every pass, and their connections outlive them."""
    settings: dict[str, Any] = {
        "num_pools": 1,
        "maxsize": size,
        "block": False,
        "retries": False,
        "timeout": urllib3.Timeout(connect=timeout, read=timeout),
    }
    proxy = _proxy_for(api_host)
    return urllib3.ProxyManager(proxy, **settings) if proxy else urllib3.PoolManager(**settings)


def _proxy_for(url: str) -> str | None:
    parts = urlsplit(url)
    proxy = urllib.request.getproxies().get(parts.scheme)
    if proxy and not urllib.request.proxy_bypass(parts.hostname or ""):
        return proxy
    return None


class PooledClient(python_http_client.Client):  # type: ignore[misc]  # untyped library
    """python_http_client's `Client`, sending through `pool` (see the module's docstring)."""

    def __init__(self, pool: urllib3.PoolManager, **client_args: Any) -> None:
        super().__init__(**client_args)
        self._pool = pool

    def _build_client(self, name: str | None = None) -> PooledClient:
        # The library builds each child (`client.mail.send`) as a plain Client; ours must
        # stay pooled, with the same settings the library passes on.
        url_path = [*self._url_path, name] if name else self._url_path
        return type(self)(
            self._pool,
            host=self.host,
            version=self._version,
            request_headers=self.request_headers,
            url_path=url_path,
            append_slash=self.append_slash,
            timeout=self.timeout,
        )

    def __getattr__(self, name: str) -> Any:
        """URL segments and `version()` as the library builds them; the HTTP verbs
        (`client.mail.send.post(...)`) are sent by `_send`, not by the library's
        `http_request`, which builds a urllib opener per request: 0.25 ms of CPU, as much
        as the rest of a pooled send (bench/transport_bench.py measures both)."""
        if name in self.methods:
            return functools.partial(self._send, name.upper())
        return super().__getattr__(name)

    def _send(
        self,
        method: str,
        request_body: Any = None,
        query_params: dict[str, Any] | None = None,
        request_headers: dict[str, str] | None = None,
        timeout: float | None = None,
        **_: Any,
    ) -> Response:
        """The library's `http_request` (same URL, headers and body), on a pooled
        connection; an error status raised as the library's exception for it."""
        if request_headers:
            self._update_headers(request_headers)
        seconds = timeout or self.timeout  # the library's rule: 0 means "not set"
        try:
            response = self._pool.urlopen(
                method,
                self._build_url(query_params),
                body=None if request_body is None else self._encode(request_body),
                headers=dict(self.request_headers),
                redirect=False,
                retries=False,
                timeout=seconds if seconds else urllib3.util.Timeout.DEFAULT_TIMEOUT,
            )
        except urllib3.exceptions.SSLError as exc:
            if _while_connecting(exc):
                raise
            raise urllib3.exceptions.ProtocolError(_after_connecting(exc), exc) from exc
        if not 200 <= response.status < 300:  # what urllib's HTTPErrorProcessor raises on
            error = http_errors.err_dict.get(response.status, http_errors.HTTPError)
            raise error(response.status, response.reason, response.data, response.headers)
        return Response(_Answer(response))

    def _encode(self, request_body: Any) -> bytes:
        """The body as the library encodes it: JSON unless another content type was set."""
        content_type = self.request_headers.get("Content-Type")
        if content_type is not None and content_type != "application/json":
            return str(request_body).encode("utf-8")  # the library: request_body.encode()
        self.request_headers.setdefault("Content-Type", "application/json")
        return json.dumps(request_body).encode("utf-8")


# urllib3's steps before a byte of the request is written: opening the connection (and its
# TLS handshake), and the tunnel through a proxy.
_CONNECTING = frozenset({"_validate_conn", "_prepare_proxy"})


def _while_connecting(exc: urllib3.exceptions.SSLError) -> bool:
    """Whether the TLS error came from connecting (nothing sent). urllib3 wraps the `ssl`
    error where it catches it, so the original's traceback says where it happened; when
    it cannot be told, the request is taken to have been sent (unclear, never resent)."""
    original = exc.__context__
    if original is None:
        return False
    frames = {frame.f_code.co_name for frame, _ in traceback.walk_tb(original.__traceback__)}
    return bool(frames & _CONNECTING)


def _after_connecting(exc: urllib3.exceptions.SSLError) -> str:
    return f"the TLS connection broke after the request was sent: {exc}"


class _Answer:
    """A urllib3 response shaped as the urllib one python_http_client's `Response` reads."""

    def __init__(self, response: urllib3.BaseHTTPResponse) -> None:
        self._response = response

    def getcode(self) -> int:
        return self._response.status

    def read(self) -> bytes:
        return self._response.data

    def info(self) -> urllib3.HTTPHeaderDict:
        return self._response.headers
