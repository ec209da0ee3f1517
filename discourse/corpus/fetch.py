"""Fetching one URL the user asked for: http and https only, a timeout for the whole
download, a size cap, and the content type deciding which reader gets the bytes."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urljoin, urlsplit

from discourse.errors import Codes, InputError

USER_AGENT = "discourse (corpus loader; fetches one page on request)"
CHUNK = 64 * 1024
_CONTENT_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/csv": ".csv",
    "application/jsonl": ".jsonl",
    "application/x-ndjson": ".jsonl",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}


@dataclass
class Fetched:
    """The body of a URL and the file suffix of the reader it goes to."""

    url: str
    data: bytes
    suffix: str


def is_url(value: str) -> bool:
    """True for anything shaped like ``scheme://...`` (accepted or not)."""
    scheme, sep, _ = value.partition("://")
    return bool(sep) and scheme.replace("+", "").replace("-", "").replace(".", "").isalnum()


def fetch_url(url: str, timeout: float = 20, max_bytes: int = 20_000_000) -> Fetched:
    """Download ``url`` or raise ``InputError`` (E011 refused, E012 not fetched)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(Codes.E011, status="failed", detail="only http:// and https:// addresses are read")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise InputError(Codes.E011, status="failed", detail=f"{int(declared):,} bytes, the limit is {max_bytes:,}")
            data = _read_capped(response, max_bytes, deadline)
            content_type = response.headers.get_content_type()
            final_url = response.geturl()
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        raise InputError(Codes.E012, status="failed", detail=f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise InputError(Codes.E012, status="failed", detail=_reason(exc.reason)) from None
    except (TimeoutError, OSError, ValueError) as exc:
        raise InputError(Codes.E012, status="failed", detail=_reason(exc)) from None
    return Fetched(final_url, data, _suffix(content_type, final_url, data))


def _read_capped(response, max_bytes: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(Codes.E012, status="failed", detail="timed out while downloading")
        chunk = response.read(CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(Codes.E011, status="failed", detail=f"more than {max_bytes:,} bytes")
        chunks.append(chunk)


def _suffix(content_type: str, url: str, data: bytes) -> str:
    if content_type in _CONTENT_TYPES:
        return _CONTENT_TYPES[content_type]
    suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
    if suffix in _CONTENT_TYPES.values() or suffix == ".htm":
        return suffix
    return ".pdf" if data.lstrip().startswith(b"%PDF") else ".html"


def _reason(reason: object) -> str:
    if isinstance(reason, TimeoutError) or "timed out" in str(reason):
        return "timed out"
    return str(reason) or type(reason).__name__


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http and https addresses."""

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        target = urljoin(req.full_url, headers.get("location") or headers.get("uri") or "")
        if urlsplit(target).scheme not in ("http", "https"):
            raise InputError(Codes.E011, status="failed", detail=f"redirect to {target!r}")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302
