"""What became of each input: the ``Loaded`` result of one input and the ``Corpus`` of a
whole batch, whose counts always add up."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from discourse.corpus.document import Document, InputStatus


@dataclass
class Loaded:
    """One input found (a file, a URL, stdin, or one row of a CSV/JSONL file): its status
    and the documents it gave (one when ok, none otherwise)."""

    status: InputStatus
    documents: list[Document] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status.status == "ok"


def count_statuses(statuses: Iterable[InputStatus]) -> dict[str, int]:
    """``{discovered, ok, skipped, failed}``, derived from the statuses only."""
    counts = {"discovered": 0, "ok": 0, "skipped": 0, "failed": 0}
    for status in statuses:
        counts["discovered"] += 1
        counts[status.status] += 1
    return counts


def list_problems(statuses: Iterable[InputStatus]) -> list[tuple[str, str, str]]:
    """``(source, status, reason)`` for every input that is not ok, in input order."""
    return [(s.source, s.status, s.reason or "") for s in statuses if s.status != "ok"]


@dataclass
class Corpus:
    """The documents loaded from a batch of inputs and the status of every input."""

    documents: list[Document] = field(default_factory=list)
    statuses: list[InputStatus] = field(default_factory=list)

    def add(self, loaded: Loaded) -> None:
        self.statuses.append(loaded.status)
        self.documents.extend(loaded.documents)

    @property
    def counts(self) -> dict[str, int]:
        return count_statuses(self.statuses)

    @property
    def problems(self) -> list[tuple[str, str, str]]:
        return list_problems(self.statuses)

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.documents)
