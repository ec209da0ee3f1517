"""URLs against a local HTTP server on 127.0.0.1: a page, a PDF, a slow endpoint, an
oversize endpoint, a missing page, a redirect to another scheme."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from discourse.corpus import LoadOptions, load_corpus
from tests.corpus.helpers import make_pdf

pytestmark = pytest.mark.network

PAGE = (
    "<html><head><title>Tribune du jour</title><meta name='author' content='Léa Fontaine'></head><body><article>"
    + "<p>Le cabinet Ormesson Partenaires appelle les départements à optimiser leurs dépenses sociales. </p>" * 4
    + "</article></body></html>"
).encode("utf-8")
PDF = make_pdf(["Rapport mis en ligne par le cabinet."])


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        routes = {
            "/page": self.page, "/rapport": self.pdf, "/slow": self.slow, "/big": self.big,
            "/trickle": self.trickle, "/file-redirect": self.file_redirect,
        }
        routes.get(self.path, self.missing)()

    def send(self, body: bytes, content_type: str, length: int | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first: the point of the slow endpoint

    def page(self) -> None:
        self.send(PAGE, "text/html; charset=utf-8")

    def pdf(self) -> None:
        self.send(PDF, "application/pdf")

    def slow(self) -> None:
        time.sleep(3)
        self.send(PAGE, "text/html")

    def big(self) -> None:
        self.send(b"a" * 200_000, "text/plain")

    def trickle(self) -> None:
        """No Content-Length, bytes past the cap arrive slowly."""
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        try:
            for _ in range(100):
                self.wfile.write(b"b" * 10_000)
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def file_redirect(self) -> None:
        self.send_response(302)
        self.send_header("Location", "file:///etc/passwd")
        self.end_headers()

    def missing(self) -> None:
        self.send_error(404, "Not Found")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_html_page(server: str) -> None:
    corpus = load_corpus([f"{server}/page"])
    document = corpus.documents[0]
    assert document.source == document.id == f"{server}/page"
    assert "optimiser leurs dépenses" in document.text
    assert (document.title, document.authors, document.load.reader) == ("Tribune du jour", ["Léa Fontaine"], "html")


def test_pdf_by_content_type(server: str) -> None:
    document = load_corpus([f"{server}/rapport"]).documents[0]
    assert document.load.reader == "pdf"
    assert document.text == "Rapport mis en ligne par le cabinet."


def test_slow_endpoint_times_out(server: str) -> None:
    corpus = load_corpus([f"{server}/slow"], LoadOptions(url_timeout=0.5))  # the server waits 3 s
    assert corpus.problems == [(f"{server}/slow", "failed", "[E012] URL could not be fetched: timed out")]


def test_oversize_endpoint_is_refused(server: str) -> None:
    corpus = load_corpus([f"{server}/big", f"{server}/trickle"], LoadOptions(url_max_bytes=100_000))
    reasons = [reason for _, _, reason in corpus.problems]
    assert reasons == [
        "[E011] URL refused: 200,000 bytes, the limit is 100,000",
        "[E011] URL refused: more than 100,000 bytes",
    ]


def test_missing_page_and_redirect_to_file(server: str) -> None:
    corpus = load_corpus([f"{server}/nowhere", f"{server}/file-redirect", f"{server}/page"])
    assert [s.status for s in corpus.statuses] == ["failed", "failed", "ok"]
    assert "HTTP 404" in corpus.statuses[0].reason
    assert "redirect to 'file:///etc/passwd'" in corpus.statuses[1].reason
