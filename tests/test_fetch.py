"""Fetching pages against a real HTTP server on 127.0.0.1: limits, redirects and refusals."""
import http.server
import socket
import threading

import pytest

from compare.fetch import FetchError, fetch

PAGE = b"<html><head><title>Test page</title></head><body><p>Hello from the test server.</p></body></html>"


class Handler(http.server.BaseHTTPRequestHandler):
    routes: dict = {}
    hosts: list = []

    def do_GET(self):
        self.hosts.append(self.headers["Host"])
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


@pytest.mark.parametrize("host", ["[64:ff9b::7f00:1]", "[2002:7f00:1::1]", "[::ffff:127.0.0.1]", "224.0.0.1",
                                  "[ff0e::1]", "0.0.0.0", "100.64.0.1"])
def test_addresses_that_lead_to_a_private_or_multicast_one_are_refused(host):
    """NAT64 and 6to4 addresses carry an IPv4 address inside; the one they lead to is what counts."""
    with pytest.raises(FetchError, match="not a public address"):
        fetch(f"http://{host}/story", 1000)


def test_the_connection_goes_to_the_address_that_was_checked(server, monkeypatch):
    """DNS rebinding: the name answers with the allowed address first and another one after;
    the fetch must connect to the first and still send the name as Host."""
    base, routes = server
    port = int(base.rsplit(":", 1)[1])
    routes["/story"] = (200, {"Content-Type": "text/html"}, PAGE)
    answers = iter(["127.0.0.1"] + ["169.254.169.254"] * 5)
    real_getaddrinfo = socket.getaddrinfo

    def rebinding_resolver(host, port, *args, **kwargs):
        if host != "news.example":
            return real_getaddrinfo(host, port, *args, **kwargs)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding_resolver)
    Handler.hosts.clear()
    page = fetch(f"http://news.example:{port}/story", 1_000_000, allow_private=frozenset({"127.0.0.1"}), timeout=3)
    assert page.content == PAGE
    assert Handler.hosts == [f"news.example:{port}"]


@pytest.fixture
def dripping_server():
    """A server that sends its status line, then one byte of headers every 0.2 s for 20 s; it
    records whether the client hung up before the headers were done."""
    listener = socket.create_server(("127.0.0.1", 0))
    client_left, stop = threading.Event(), threading.Event()

    def serve():
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            for _ in range(100):
                if stop.wait(0.2):
                    return
                try:
                    connection.sendall(b"a")
                except OSError:
                    client_left.set()
                    return
            connection.sendall(b"\r\nContent-Type: text/html\r\nContent-Length: 4\r\n\r\nslow")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/", client_left
    stop.set()
    thread.join(5)
    listener.close()


def test_headers_dripped_byte_by_byte_do_not_outlast_the_deadline(dripping_server):
    """Every read gets a byte before its own timeout; only the deadline of the whole fetch stops it,
    and it stops it while the server is still dripping."""
    url, client_left = dripping_server
    with pytest.raises(FetchError, match="took longer than 1 s"):
        fetch(url, 1000, allow_private=True, timeout=1.0, deadline=1.0)
    assert client_left.wait(10), "the fetch waited for the whole of the dripped headers"
