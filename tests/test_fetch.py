"""Fetching pages against a real HTTP server on 127.0.0.1: limits, redirects and refusals."""
import http.server
import threading

import pytest

from compare.fetch import FetchError, fetch

PAGE = b"<html><head><title>Test page</title></head><body><p>Hello from the test server.</p></body></html>"


class Handler(http.server.BaseHTTPRequestHandler):
    routes: dict = {}

    def do_GET(self):
        status, headers, body = self.routes.get(self.path, (404, {}, b"missing"))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", Handler.routes
    httpd.shutdown()


def test_a_page_is_fetched_when_private_addresses_are_allowed(server):
    base, routes = server
    routes["/story"] = (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE)
    page = fetch(f"{base}/story", 1_000_000, allow_private=True)
    assert page.content == PAGE and page.content_type == "text/html" and page.fetched


def test_loopback_is_refused_by_default(server):
    base, routes = server
    routes["/story"] = (200, {"Content-Type": "text/html"}, PAGE)
    with pytest.raises(FetchError, match="not a public address"):
        fetch(f"{base}/story", 1_000_000)


def test_redirects_are_followed_and_checked(server):
    base, routes = server
    routes["/old"] = (301, {"Location": "/story"}, b"")
    routes["/story"] = (200, {"Content-Type": "text/html"}, PAGE)
    assert fetch(f"{base}/old", 1_000_000, allow_private=True).url == f"{base}/story"


def test_a_redirect_to_a_link_local_address_is_refused(server):
    """The test server itself is allowed by address; the redirect's target is checked again."""
    base, routes = server
    routes["/metadata"] = (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b"")
    with pytest.raises(FetchError, match="169.254.169.254 is not a public address|resolves to 169.254.169.254"):
        fetch(f"{base}/metadata", 1_000_000, allow_private=frozenset({"127.0.0.1"}))


@pytest.mark.parametrize("path, status, headers, body, reason", [
    ("/pdf", 200, {"Content-Type": "application/pdf"}, b"%PDF-1.4", "not a web page"),
    ("/big", 200, {"Content-Type": "text/html"}, b"x" * 5000, "larger than the limit"),
    ("/declared", 200, {"Content-Type": "text/html", "Content-Length": "999999999"}, b"", "too large"),
    ("/gone", 404, {}, b"", "404"),
])
def test_refusals(server, path, status, headers, body, reason):
    base, routes = server
    routes[path] = (status, headers, body)
    with pytest.raises(FetchError, match=reason):
        fetch(f"{base}{path}", 1000, allow_private=True)


def test_only_http_and_https():
    with pytest.raises(FetchError, match="only http and https"):
        fetch("file:///etc/passwd", 1000)
