"""Fetching a web page for `compare add URL` and `compare refresh`, as a careful client.

http and https only; each redirect is followed by hand and its target
checked again; addresses that are not global (loopback, private ranges,
link-local such as 169.254.169.254) are refused unless the caller allows
them; the body is counted while it streams and cut off at the size limit;
every read has a timeout and the whole fetch a deadline (name lookup,
connection, headers and body: a server dripping one byte at a time is cut
off); only HTML and plain text are accepted.

The name is looked up once: the connection goes to the very address that was
checked (the certificate and the Host header still name the host), so a name
that answers with a public address for the check and a private one for the
connection (DNS rebinding) reaches nothing it should not.
"""
from __future__ import annotations

import datetime as dt
import http.client
import ipaddress
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .errors import CompareError

ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
MAX_REDIRECTS = 5
CHUNK = 65536


class FetchError(CompareError):
    exit_code = 4


@dataclass(frozen=True)
class Page:
    url: str
    content: bytes
    content_type: str
    fetched: str


NAT64_PREFIXES = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


def _is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Global and not multicast; an IPv6 address that carries an IPv4 one (mapped, 6to4, NAT64)
    is public only if the IPv4 address it leads to is."""
    if address.is_multicast or not address.is_global:
        return False
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is None and any(address in prefix for prefix in NAT64_PREFIXES):
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            return _is_public(embedded)
    return True


class _Deadline:
    """The time left for one fetch, shared by the name lookup, the connection and every read."""

    def __init__(self, url: str, seconds: float):
        self.url, self.seconds = url, seconds
        self.ends = time.monotonic() + seconds
        self.passed = threading.Event()

    def remaining(self) -> float:
        left = self.ends - time.monotonic()
        if left <= 0 or self.passed.is_set():
            raise self.error()
        return left

    def error(self) -> FetchError:
        return FetchError(f"{self.url}: took longer than {self.seconds:g} s")

    def cut_off(self, sock: socket.socket) -> threading.Timer:
        """A timer that shuts the socket when the time is up, so a blocked read returns at once."""
        def shut() -> None:
            self.passed.set()
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        timer = threading.Timer(self.remaining(), shut)
        timer.daemon = True
        timer.start()
        return timer


def _checked_address(host: str, port: int, allow_private: bool | frozenset[str], deadline: _Deadline) -> str:
    """The one address to connect to: every address the name resolves to must be public (or
    allowed: all, or these); looked up in a thread so a slow resolver cannot outlast the deadline."""
    answer: dict = {}

    def look_up() -> None:
        try:
            answer["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            answer["error"] = getattr(exc, "strerror", None) or str(exc)

    lookup = threading.Thread(target=look_up, daemon=True)
    lookup.start()
    lookup.join(deadline.remaining())
    if lookup.is_alive():
        raise deadline.error()
    if "error" in answer or not answer.get("infos"):
        raise FetchError(f"{host}: cannot resolve the name ({answer.get('error', 'no address')})")
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in answer["infos"]]
    for address in addresses:
        allowed = allow_private is True or (not isinstance(allow_private, bool) and str(address) in allow_private)
        if not _is_public(address) and not allowed:
            raise FetchError(f"{host} resolves to {address}, which is not a public address "
                             f"(use --allow-private to fetch from it)")
    return answer["infos"][0][4][0]


def _pinned_connection(scheme: str, host: str, port: int, address: str, deadline: _Deadline,
                       timeout: float) -> tuple[http.client.HTTPConnection, list[threading.Timer]]:
    """A connection for `host` whose socket goes to `address`, cut off at the deadline."""
    connection_class = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
    connection = connection_class(host, port, timeout=min(timeout, deadline.remaining()))
    timers: list[threading.Timer] = []

    def connect_to_checked_address(_address, connect_timeout=None, source_address=None):
        sock = socket.create_connection((address, port), min(timeout, deadline.remaining()), source_address)
        timers.append(deadline.cut_off(sock))
        return sock

    connection._create_connection = connect_to_checked_address
    return connection, timers


def fetch(url: str, max_bytes: int, allow_private: bool | frozenset[str] = False, timeout: float = 10.0,
          deadline: float = 60.0) -> Page:
    """The page at `url` after at most five checked redirects, or FetchError with the reason."""
    time_left = _Deadline(url, deadline)
    for _ in range(MAX_REDIRECTS + 1):
        try:
            parts = urlsplit(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as exc:
            raise FetchError(f"{url[:200]}: not a valid address ({exc})") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"{url}: only http and https addresses can be fetched")
        if parts.username is not None or parts.password is not None:
            raise FetchError(f"{parts.hostname}: an address with a user name or password is neither fetched "
                             "nor stored")
        address = _checked_address(parts.hostname, port, allow_private, time_left)
        connection, timers = _pinned_connection(parts.scheme, parts.hostname, port, address, time_left, timeout)
        try:
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            connection.request("GET", path, headers={"User-Agent": "compare (news comparison tool)",
                                                     "Accept": "text/html, text/plain;q=0.8"})
            response = connection.getresponse()
            time_left.remaining()  # headers cut short by the deadline are not an answer
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"{url}: redirect without a Location")
                url = urljoin(url, location)
                continue
            if response.status != 200:
                raise FetchError(f"{url}: the server answered {response.status} {response.reason}")
            content_type = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
            if content_type not in ACCEPTED_TYPES:
                raise FetchError(f"{url}: not a web page (Content-Type {content_type or 'missing'})")
            encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
            if encoding != "identity":
                raise FetchError(f"{url}: sent compressed ({encoding}) though no compression was asked for")
            declared = response.getheader("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{url}: too large ({int(declared) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB)")
            body = bytearray()
            while chunk := (response.read1(CHUNK) if hasattr(response, "read1") else response.read(CHUNK)):
                time_left.remaining()
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise FetchError(f"{url}: larger than the limit of {max_bytes / 1e6:.1f} MB")
            time_left.remaining()  # a body cut short by the deadline is not a page
            fetched = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
            return Page(url, bytes(body), content_type, fetched)
        except (OSError, http.client.HTTPException) as exc:
            if time_left.passed.is_set():
                raise time_left.error() from None
            raise FetchError(f"{url}: {exc.__class__.__name__}: {exc}") from None
        finally:
            for timer in timers:
                timer.cancel()
            connection.close()
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")
