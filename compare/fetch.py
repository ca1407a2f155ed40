"""Fetching a web page for `compare add URL` and `compare refresh`, as a careful client.

http and https only; each redirect is followed by hand and its target
checked again; addresses that are not global (loopback, private ranges,
link-local such as 169.254.169.254) are refused unless the caller allows
them; the body is counted while it streams and cut off at the size limit;
every read has a timeout and the whole fetch a deadline; only HTML and
plain text are accepted.
"""
from __future__ import annotations

import datetime as dt
import http.client
import ipaddress
import socket
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


def _check_address(host: str, port: int, allow_private: bool | frozenset[str]) -> None:
    """Refuse a host that resolves to an address that is not global, unless allowed (all, or these)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"{host}: cannot resolve the name ({exc.strerror})") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        allowed = allow_private is True or (not isinstance(allow_private, bool) and str(address) in allow_private)
        if not address.is_global and not allowed:
            raise FetchError(f"{host} resolves to {address}, which is not a public address "
                             f"(use --allow-private to fetch from it)")


def fetch(url: str, max_bytes: int, allow_private: bool | frozenset[str] = False, timeout: float = 10.0,
          deadline: float = 60.0) -> Page:
    """The page at `url` after at most five checked redirects, or FetchError with the reason."""
    started = time.monotonic()
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
        _check_address(parts.hostname, port, allow_private)
        connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        connection = connection_class(parts.hostname, port, timeout=timeout)
        try:
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            connection.request("GET", path, headers={"User-Agent": "compare (news comparison tool)",
                                                     "Accept": "text/html, text/plain;q=0.8"})
            response = connection.getresponse()
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
            declared = response.getheader("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{url}: too large ({int(declared) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB)")
            body = bytearray()
            while True:
                if time.monotonic() - started > deadline:
                    raise FetchError(f"{url}: took longer than {deadline:g} s")
                chunk = response.read1(CHUNK) if hasattr(response, "read1") else response.read(CHUNK)
                if not chunk:
                    break
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise FetchError(f"{url}: larger than the limit of {max_bytes / 1e6:.1f} MB")
            fetched = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
            return Page(url, bytes(body), content_type, fetched)
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(f"{url}: {exc.__class__.__name__}: {exc}") from None
        finally:
            connection.close()
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")
