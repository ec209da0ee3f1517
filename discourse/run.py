"""A whole ``analyze`` run: load inputs, reuse finished records (``--resume``), analyse the
rest, write the output and the run manifest. The CLI only parses options and calls this.

Records are appended to ``<OUT>.partial.jsonl`` as they are produced (flushed), so an
interrupted run can be resumed; at the end the output is written whole and the partial
file removed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from discourse.corpus import (
    InputStatus,
    LoadOptions,
    count_statuses,
    iter_corpus,
    list_problems,
)
from discourse.corpus.document import Document
from discourse.corpus.loader import complete_language
from discourse.io.atomic import atomic_write
from discourse.io.manifest import write_run_manifest
from discourse.io.record import ScoredDocument
from discourse.io.writers import output_format, write_records
from discourse.settings import Settings

if TYPE_CHECKING:
    from discourse.analysis import Analysis


@dataclass
class RunResult:
    records: list[ScoredDocument]
    statuses: list[InputStatus]
    written: list[Path] = field(default_factory=list)
    reused: int = 0
    documents: int = 0
    """Documents analysed or reused (each once), in the output."""

    @property
    def counts(self) -> dict[str, int]:
        return count_statuses(self.statuses)

    @property
    def problems(self) -> list[tuple[str, str, str]]:
        return list_problems(self.statuses)


def partial_path(output: Path) -> Path:
    return output.with_name(output.name + ".partial.jsonl")


def _key(document_id: str, sha256: str) -> tuple[str, str]:
    return document_id, sha256


def finished_records(output: Path | None, fingerprint: str) -> dict[tuple[str, str], str]:
    """The JSON lines a previous run with the same fingerprint already produced, by key.
    Lines are kept as written (they were validated when written); a line that is not a
    JSON object with the expected keys is ignored and its document analysed again."""
    if output is None:
        return {}
    found: dict[tuple[str, str], str] = {}
    candidates = [output, partial_path(output)] if output.suffix.lower() in (".jsonl", ".json") else [partial_path(output)]
    for path in candidates:
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                try:
                    data = json.loads(line)
                except ValueError:
                    continue
                if isinstance(data, dict) and data.get("fingerprint") == fingerprint and "id" in data and "sha256" in data:
                    found[_key(data["id"], data["sha256"])] = line if line.endswith("\n") else line + "\n"
    return found


def load_all(inputs: list[str], options: LoadOptions) -> tuple[list[Document], list[InputStatus]]:
    """Every document of the inputs, in memory, with the status of each input."""
    documents: list[Document] = []
    statuses: list[InputStatus] = []
    for loaded in iter_corpus(inputs, options):
        statuses.append(loaded.status)
        documents.extend(loaded.documents)
    return documents, statuses


def analyze_inputs(
    inputs: list[str], settings: Settings, options: LoadOptions | None = None, workers: int = 1
) -> tuple[list[Analysis], list[InputStatus]]:
    """Load and analyse every input, keeping the Analysis objects (tokens with
    ``settings.keep_tokens``): for training, cross-validation and corpus statistics."""
    from discourse.analysis import analyze

    documents: list[Document] = []
    statuses: list[InputStatus] = []
    status_of: dict[str, InputStatus] = {}
    for loaded in iter_corpus(inputs, options or LoadOptions()):
        statuses.append(loaded.status)
        for document in loaded.documents:
            documents.append(document)
            status_of[document.id] = loaded.status

    def failed(document: Document, reason: str) -> None:
        status = status_of.get(document.id)
        if status is not None:
            status.status, status.reason = "failed", reason

    return list(analyze(documents, settings, workers=workers, on_error=failed)), statuses


def run_analysis(
    inputs: list[str],
    output: Path | None,
    settings: Settings,
    options: LoadOptions | None = None,
    workers: int = 1,
    resume: bool = False,
    on_record: Callable[[ScoredDocument], None] | None = None,
    keep_records: bool = True,
    backend: str = "local",
    scheduler: str | None = None,
) -> RunResult:
    """Analyse every input; write ``output`` (format from its extension) and its run manifest.
    Without ``output`` the records are only returned (the CLI prints them).

    Documents are read, analysed and written as a stream: each record is appended to
    ``<OUT>.partial.jsonl`` as it comes, and only ``(id, sha256)`` keys and file offsets are
    kept, so memory does not grow with the corpus (unless ``keep_records``)."""
    options = replace(options or LoadOptions(), detect_language=False)
    fingerprint = settings.fingerprint()
    if output is not None:
        output_format(output)  # refuse an unknown extension before any work
        output.parent.mkdir(parents=True, exist_ok=True)
    done = finished_records(output, fingerprint) if resume else {}
    statuses: list[InputStatus] = []
    status_of: dict[str, InputStatus] = {}
    order: list[tuple[str, str]] = []
    reused = 0

    def failed(document: Document, reason: str) -> None:
        """A document the pipeline could not analyse fails alone; its input says why."""
        status = status_of.get(document.id)
        if status is not None:
            status.status, status.reason = "failed", reason
        order.remove(_key(document.id, document.sha256))

    def todo() -> Iterator[Document]:
        nonlocal reused
        seen: set[tuple[str, str]] = set()
        for loaded in iter_corpus(inputs, options):
            statuses.append(loaded.status)
            for document in loaded.documents:
                key = _key(document.id, document.sha256)
                if key in seen:
                    continue
                seen.add(key)
                order.append(key)
                status_of[document.id] = loaded.status
                if key in done:
                    reused += 1
                    if on_record:
                        on_record(None)
                    continue
                yield complete_language(document)

    store = _RecordStore(partial_path(output) if output is not None else None, keep_records or output is None)
    with store:
        for key, line in done.items():
            store.add_line(key, line)
        pending = todo()
        first = next(pending, None)
        if first is not None:  # the pipeline is loaded only when there is something to analyse
            from discourse.analysis import analyze, analyze_with_dask

            documents = chain([first], pending)
            if backend == "dask":
                analyses = analyze_with_dask(documents, settings, scheduler=scheduler, on_error=failed)
            else:
                analyses = analyze(documents, settings, workers=workers, on_error=failed)
            for analysis in analyses:
                record = _stamp(analysis, fingerprint)
                store.add(record)
                if on_record:
                    on_record(record)
    result = RunResult(records=[], statuses=statuses, reused=reused, documents=len(order))
    if output is not None:
        result.written = store.write(output, order)
        settings_dict = {k: v for k, v in vars(settings).items()} | {"workers": workers, "resume": resume, "fingerprint": fingerprint}
        write_run_manifest(output, statuses, settings_dict, extra={"reused": reused, "records": len(order)})
    if keep_records or output is None:
        result.records = [store.get(key) for key in order]
        result.records = [r for r in result.records if r is not None]
    store.discard()
    return result


class _RecordStore:
    """Records as they are produced: appended to the partial JSONL (with their offsets), and
    kept in memory only when asked for."""

    def __init__(self, partial: Path | None, keep: bool) -> None:
        self.partial = partial
        self.keep = keep
        self.offsets: dict[tuple[str, str], int] = {}
        self.records: dict[tuple[str, str], ScoredDocument] = {}
        self._handle = None

    def __enter__(self) -> "_RecordStore":
        if self.partial is not None:
            # rewritten whole: records reused from it were read before, and are added back first
            self._handle = open(self.partial, "w", encoding="utf-8")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def add(self, record: ScoredDocument) -> None:
        key = _key(record.id, record.sha256)
        self._write(key, record.to_json() + "\n")
        if self.keep:
            self.records[key] = record

    def add_line(self, key: tuple[str, str], line: str) -> None:
        """A record reused as the JSON line it was written as (parsed only if read back)."""
        self._write(key, line)
        if self.keep and self._handle is None:
            self.records[key] = ScoredDocument.model_validate_json(line)

    def _write(self, key: tuple[str, str], line: str) -> None:
        if self._handle is not None:
            self.offsets[key] = self._handle.tell()
            self._handle.write(line)
            self._handle.flush()

    def get(self, key: tuple[str, str]) -> ScoredDocument | None:
        if key in self.records:
            return self.records[key]
        if key not in self.offsets or self.partial is None:
            return None
        with open(self.partial, encoding="utf-8") as handle:
            handle.seek(self.offsets[key])
            return ScoredDocument.model_validate_json(handle.readline())

    def lines(self, order: list[tuple[str, str]]) -> Iterator[str]:
        """The JSON lines in input order, read back from the partial file."""
        with open(self.partial, encoding="utf-8") as handle:
            for key in order:
                if key in self.offsets:
                    handle.seek(self.offsets[key])
                    yield handle.readline()

    def write(self, output: Path, order: list[tuple[str, str]]) -> list[Path]:
        if output_format(output) == "jsonl":
            with atomic_write(output) as target:
                for line in self.lines(order):
                    target.write(line)
            return [output]
        records = [ScoredDocument.model_validate_json(line) for line in self.lines(order)]
        return write_records(records, output)

    def discard(self) -> None:
        if self.partial is not None and self.partial.exists():
            os.remove(self.partial)


def _stamp(analysis: Analysis, fingerprint: str) -> ScoredDocument:
    analysis.record.fingerprint = fingerprint
    return analysis.record
