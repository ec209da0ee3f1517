"""A whole ``analyze`` run: load inputs, reuse finished records (``--resume``), analyse the
rest, write the output and the run manifest. The CLI only parses options and calls this.

Records are appended to ``<OUT>.partial.jsonl`` as they are produced (flushed), so an
interrupted run can be resumed; at the end the output is written whole and the partial
file removed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from discourse.analysis import Analysis, Settings, analyze
from discourse.corpus import InputStatus, LoadOptions, count_statuses, iter_corpus, list_problems
from discourse.corpus.document import Document
from discourse.io.manifest import write_run_manifest
from discourse.io.record import ScoredDocument
from discourse.io.writers import output_format, read_jsonl_records, write_records


@dataclass
class RunResult:
    records: list[ScoredDocument]
    statuses: list[InputStatus]
    written: list[Path] = field(default_factory=list)
    reused: int = 0

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


def finished_records(output: Path | None, fingerprint: str) -> dict[tuple[str, str], ScoredDocument]:
    """Records a previous run with the same fingerprint already produced."""
    if output is None:
        return {}
    found: dict[tuple[str, str], ScoredDocument] = {}
    candidates = [partial_path(output)]
    if output.suffix.lower() in (".jsonl", ".json"):
        candidates.append(output)
    for path in candidates:
        if path.exists():
            for record in read_jsonl_records(path):
                if record.fingerprint == fingerprint:
                    found[_key(record.id, record.sha256)] = record
    return found


def load_all(inputs: list[str], options: LoadOptions) -> tuple[list[Document], list[InputStatus]]:
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
    documents, statuses = load_all(inputs, options or LoadOptions())
    return list(analyze(documents, settings, workers=workers)), statuses


def run_analysis(
    inputs: list[str],
    output: Path | None,
    settings: Settings,
    options: LoadOptions | None = None,
    workers: int = 1,
    resume: bool = False,
    on_record: Callable[[ScoredDocument], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> RunResult:
    """Analyse every input; write ``output`` (format from its extension) and its run manifest.
    Without ``output`` the records are only returned (the CLI prints them)."""
    options = options or LoadOptions()
    documents, statuses = load_all(inputs, options)
    fingerprint = settings.fingerprint()
    done = finished_records(output, fingerprint) if resume else {}
    todo = [d for d in documents if _key(d.id, d.sha256) not in done]
    if on_total:
        on_total(len(documents))
    if output is not None:
        output_format(output)  # refuse an unknown extension before any work
        output.parent.mkdir(parents=True, exist_ok=True)
    produced: dict[tuple[str, str], ScoredDocument] = {}
    for record in _stream(todo, settings, workers, output, fingerprint, keep=done if resume else {}):
        produced[_key(record.id, record.sha256)] = record
        if on_record:
            on_record(record)
    for key, record in done.items():
        if on_record and key not in produced:
            on_record(record)
    # input order, each document once
    records = []
    seen = set()
    for document in documents:
        key = _key(document.id, document.sha256)
        if key in seen:
            continue
        seen.add(key)
        record = produced.get(key) or done.get(key)
        if record is not None:
            records.append(record)
    result = RunResult(records=records, statuses=statuses, reused=len(documents) - len(todo))
    if output is not None:
        result.written = write_records(records, output)
        partial = partial_path(output)
        if partial.exists():
            os.remove(partial)
        settings_dict = {k: v for k, v in vars(settings).items()} | {"workers": workers, "resume": resume, "fingerprint": fingerprint}
        write_run_manifest(output, statuses, settings_dict, extra={"reused": result.reused, "records": len(records)})
    return result


def _stream(
    documents: list[Document], settings: Settings, workers: int, output: Path | None, fingerprint: str,
    keep: dict[tuple[str, str], ScoredDocument],
) -> Iterator[ScoredDocument]:
    """Analyse and yield records, appending each to the partial file as it comes."""
    handle = None
    if output is not None:
        partial = partial_path(output)
        handle = open(partial, "a" if keep else "w", encoding="utf-8")
    try:
        for analysis in analyze(documents, settings, workers=workers):
            record = _stamp(analysis, fingerprint)
            if handle is not None:
                handle.write(record.to_json() + "\n")
                handle.flush()
            yield record
    finally:
        if handle is not None:
            handle.close()


def _stamp(analysis: Analysis, fingerprint: str) -> ScoredDocument:
    analysis.record.fingerprint = fingerprint
    return analysis.record
