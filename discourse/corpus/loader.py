"""Loading inputs (files, folders, URLs, ``-`` for stdin) into Documents, with one status
per input found: ok, skipped (reason) or failed (reason). A bad input never raises.

>>> corpus = load_corpus(["corpus/"])
>>> corpus.counts
{'discovered': 6, 'ok': 6, 'skipped': 0, 'failed': 0}
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from discourse.corpus.accounting import Corpus, Loaded
from discourse.corpus.document import Document, InputStatus, LoadRecord, text_sha256
from discourse.corpus.encoding import inspect_text
from discourse.corpus.fetch import fetch_url, is_url
from discourse.corpus.folder import FoundFile, list_folder
from discourse.corpus.language import (
    detect_language,
    normalise_language,
    resolve_language,
)
from discourse.corpus.options import LoadOptions
from discourse.corpus.readers import DOCUMENT_READERS, SUPPORTED_SUFFIXES, TABLE_READERS
from discourse.corpus.readers.base import KNOWN_FIELDS, Extracted, clean_metadata
from discourse.corpus.readers.text import heading_title
from discourse.errors import Codes, InputError

STDIN = "-"


def load_corpus(inputs: list[str], options: LoadOptions | None = None) -> Corpus:
    """Every document of ``inputs`` and the status of every input found."""
    corpus = Corpus()
    for loaded in iter_corpus(inputs, options):
        corpus.add(loaded)
    return corpus


def iter_corpus(inputs: list[str], options: LoadOptions | None = None) -> Iterator[Loaded]:
    """One ``Loaded`` per input found, in order: files of a folder sorted by path, rows of
    a CSV/JSONL file one by one (``data.csv#row=3``)."""
    options = options or LoadOptions()
    for item in inputs:
        item = str(item)
        if item == STDIN:
            yield _guard(STDIN, lambda: [_load_stdin(options)])
        elif is_url(item):
            yield from _guard_many(item, lambda: _load_url(item, options))
        elif Path(item).is_dir():
            yield from _load_folder(Path(item), options)
        elif Path(item).is_file():
            path = Path(item)
            yield from _guard_many(_display(path), lambda: _load_file(path, _default_id(path), {}, options))
        else:
            yield _failed(item, InputError(Codes.E001, status="failed"))


def read_text_input(text: str, source: str = STDIN, **metadata: Any) -> Document:
    """A Document from text already in memory (pasted or read from stdin).

    Its id is ``metadata["id"]`` when given, else a hash of the text.
    """
    doc_id = metadata.pop("id", None)
    forced = metadata.pop("forced_lang", None)
    record = LoadRecord(reader="text")
    inspect_text(text, record.flags, record.warnings)
    if not metadata.get("title"):
        metadata["title"] = heading_title(text)
    extracted = Extracted(text, record, clean_metadata(metadata))
    return build_document(extracted, doc_id=doc_id or content_id(text), source=source, forced_lang=forced)


def build_document(
    extracted: Extracted,
    *,
    doc_id: str,
    source: str,
    extra_metadata: dict[str, Any] | None = None,
    forced_lang: str | None = None,
    detect: bool = True,
) -> Document:
    """The Document for extracted text: ``extra_metadata`` (a manifest row) wins over what
    the reader found; known fields fill Document fields, the rest goes to ``meta``."""
    if not extracted.text.strip():
        raise InputError(Codes.E003, status="skipped")
    metadata = {**extracted.metadata, **clean_metadata(extra_metadata or {})}
    known = {name: metadata.pop(name) for name in KNOWN_FIELDS if name in metadata}
    declared = known.pop("lang", None)
    record = extracted.record
    if declared is not None and normalise_language(declared) is None:
        record.warnings.append(Codes.W007.format(lang=declared))
        metadata["declared_lang"] = declared
    if detect or normalise_language(forced_lang) not in (None, "und") or normalise_language(declared) not in (None, "und"):
        lang = resolve_language(extracted.text, declared, forced_lang)
        if lang == "und":
            record.warnings.append(Codes.W005.format())
    else:
        lang = "und"
        record.flags.append(LANG_DEFERRED)
    return Document(
        id=str(metadata.pop("id", None) or doc_id),
        text=extracted.text,
        lang=lang,
        source=source,
        load=record,
        meta=metadata,
        **known,
    )


LANG_DEFERRED = "lang_deferred"
"""Load flag: language detection left for later (``LoadOptions(detect_language=False)``)."""


def complete_language(document: Document) -> Document:
    """Detect the language a loading with ``detect_language=False`` left for later."""
    if LANG_DEFERRED not in document.load.flags:
        return document
    lang = detect_language(document.text)
    load = document.load.model_copy(
        update={
            "flags": [f for f in document.load.flags if f != LANG_DEFERRED],
            "warnings": [*document.load.warnings, *([Codes.W005.format()] if lang == "und" else [])],
        }
    )
    return document.model_copy(update={"lang": lang, "load": load})


def content_id(text: str) -> str:
    """A stable id for text with no name: ``sha256-`` and 16 hex digits."""
    return "sha256-" + text_sha256(text)[:16]


def _load_folder(root: Path, options: LoadOptions) -> Iterator[Loaded]:
    listing = list_folder(root, options.include, options.exclude)
    if listing.manifest_error is not None and listing.manifest_path is not None:
        yield _failed(_display(listing.manifest_path), listing.manifest_error)
    for found in listing.files:
        source = _display(found.path)
        yield from _guard_many(source, lambda found=found: _load_found(found, options))
    for name in listing.missing:
        yield _failed(_display(root / name), InputError(Codes.E001, status="failed"))


def _load_found(found: FoundFile, options: LoadOptions) -> Iterator[Loaded]:
    return _load_file(found.path, found.relative, found.manifest_row, options)


def _load_file(path: Path, doc_id: str, manifest_row: dict[str, Any], options: LoadOptions) -> Iterator[Loaded]:
    source = _display(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield _skipped_unsupported(source, suffix)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _failed(source, InputError(Codes.E014, status="failed", detail=exc.strerror or str(exc)))
        return
    yield from _load_bytes(data, suffix, source, doc_id, manifest_row, options)


def _load_bytes(
    data: bytes, suffix: str, source: str, doc_id: str, manifest_row: dict[str, Any], options: LoadOptions
) -> Iterator[Loaded]:
    if suffix in TABLE_READERS:
        yield from _load_rows(data, suffix, source, doc_id, manifest_row, options)
        return
    if not data.strip():
        yield _failed(source, InputError(Codes.E003, status="skipped"))
        return
    extracted = DOCUMENT_READERS[suffix](data, source)
    document = build_document(
        extracted, doc_id=doc_id, source=source, extra_metadata=manifest_row, forced_lang=options.lang,
        detect=options.detect_language
    )
    yield _ok(source, document)


def _load_rows(
    data: bytes, suffix: str, source: str, doc_id: str, manifest_row: dict[str, Any], options: LoadOptions
) -> Iterator[Loaded]:
    if not data.strip():
        yield _failed(source, InputError(Codes.E003, status="skipped"))
        return
    rows = TABLE_READERS[suffix](data, options.text_field, options.id_field)
    while True:
        try:
            fragment, result, row_id = next(rows)
        except StopIteration:
            return
        except InputError as exc:  # the whole file is unusable (header, encoding)
            yield _failed(source, exc)
            return
        row_source = f"{source}#{fragment}"
        if isinstance(result, InputError):
            yield _failed(row_source, result)
            continue
        yield _guard(
            row_source,
            lambda result=result, row_id=row_id, row_source=row_source: [
                build_document(
                    result,
                    doc_id=row_id or f"{doc_id}#{fragment}",
                    source=row_source,
                    extra_metadata=manifest_row,
                    forced_lang=options.lang,
                    detect=options.detect_language,
                )
            ],
        )


def _load_url(url: str, options: LoadOptions) -> Iterator[Loaded]:
    fetched = fetch_url(url, timeout=options.url_timeout, max_bytes=options.url_max_bytes)
    yield from _load_bytes(fetched.data, fetched.suffix, url, url, {}, options)


def _load_stdin(options: LoadOptions) -> Document:
    data = sys.stdin.buffer.read()
    if not data.strip():
        raise InputError(Codes.E003, status="skipped")
    extracted = DOCUMENT_READERS[".txt"](data, STDIN)
    return build_document(extracted, doc_id=content_id(extracted.text), source=STDIN, forced_lang=options.lang, detect=options.detect_language)


def _guard(source: str, make: Any) -> Loaded:
    """Run ``make()`` (a list of documents) and turn any error into a status."""
    try:
        documents = make()
    except InputError as exc:
        return _failed(source, exc)
    except Exception as exc:  # a reader bug must not stop the batch
        return _failed(source, _unexpected(exc))
    return Loaded(InputStatus(source=source, status="ok", documents=len(documents)), documents)


def _guard_many(source: str, make: Any) -> Iterator[Loaded]:
    """Yield from ``make()``; an error before its first result becomes one status."""
    try:
        yield from make()
    except InputError as exc:
        yield _failed(source, exc)
    except Exception as exc:  # a reader bug must not stop the batch
        yield _failed(source, _unexpected(exc))


def _unexpected(exc: Exception) -> InputError:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    detail = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    return InputError(Codes.E014, status="failed", detail=detail)


def _ok(source: str, document: Document) -> Loaded:
    return Loaded(InputStatus(source=source, status="ok", documents=1), [document])


def _failed(source: str, error: InputError) -> Loaded:
    return Loaded(InputStatus(source=source, status=error.status, reason=error.code.format(**error.kwargs)))  # type: ignore[arg-type]


def _skipped_unsupported(source: str, suffix: str) -> Loaded:
    supported = ", ".join(SUPPORTED_SUFFIXES)
    return _failed(source, InputError(Codes.E002, status="skipped", suffix=suffix or "(none)", supported=supported))


def _display(path: Path) -> str:
    return path.as_posix()


def _default_id(path: Path) -> str:
    """The path as given when relative, else the file name."""
    return path.as_posix() if not path.is_absolute() else path.name
