"""Hand-built scored records for report tests: no pipeline, no model."""

from __future__ import annotations

from discourse.corpus.document import LoadRecord, text_sha256
from discourse.evidence import Evidence
from discourse.io.record import ScoredDocument
from discourse.scoring.rules import TraitScore
from discourse.traits import registered


def span(text: str, phrase: str, trait: str, occurrence: int = 0, reported: bool = False, points: float = 1.0) -> Evidence:
    """Evidence for the ``occurrence``-th appearance of ``phrase`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Evidence(
        trait=trait, rule=f"{trait}/{phrase.lower()[:20]}", text=phrase, start_char=start,
        end_char=start + len(phrase), sentence=phrase, reported=reported, points=points,
        weight=0.15 if reported else 1.0,
    )


def make_record(text: str, evidence: list[Evidence], score: float = 40.0, **fields) -> ScoredDocument:
    """A scored record with consistent per-trait counts; contributions = sum of points."""

    def share(trait: str) -> TraitScore:
        mine = [e for e in evidence if e.trait == trait]
        return TraitScore(count=len(mine), reported=sum(e.reported for e in mine), weighted_count=float(len(mine)),
                          per_1000=round(1000 * len(mine) / max(len(text.split()), 1), 3),
                          contribution=round(sum(e.points for e in mine), 3))

    verdict = "likely advertorial" if score >= 50 else "mixed" if score >= 25 else "unlikely"
    values = dict(
        id="doc-1", source="doc-1.txt", lang="fr", sha256=text_sha256(text), load=LoadRecord(reader="text"),
        words=len(text.split()), advertorial_score=score, verdict=verdict, consultancy_density=12.5,
        scorer="rules:test", traits={c.id: share(c.id) for c in registered("trait")},
        counter_signals={c.id: share(c.id) for c in registered("counter")},
        evidence=evidence, reported_discounted=sum(e.reported for e in evidence),
    )
    values.update(fields)
    return ScoredDocument(**values)


def registered_weights():
    """The default weights restricted to the registered traits (robust while traits are added)."""
    import tomllib

    from discourse.scoring.weights import DEFAULT_WEIGHTS, Weights
    from discourse.traits import TRAITS

    raw = tomllib.loads(DEFAULT_WEIGHTS.read_text(encoding="utf-8"))
    for group in ("traits", "counter_signals"):
        raw[group] = {k: v for k, v in raw[group].items() if k in TRAITS}
    return Weights.model_validate(raw | {"fingerprint": "test"})


class TagCollector:
    """Parse HTML with html.parser: every start tag with its attributes, and the text
    inside each ``<mark data-ev>`` (nested marks each get the text)."""

    def __init__(self, html: str) -> None:
        from html.parser import HTMLParser

        collector = self
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marked: dict[int, str] = {}
        self.stack: list[int | None] = []
        self.text_outside: list[str] = []

        class _Parser(HTMLParser):
            def handle_starttag(self, tag, attrs):
                collector.tags.append((tag, dict(attrs)))
                if tag == "mark":
                    ev = dict(attrs).get("data-ev")
                    collector.stack.append(int(ev) if ev is not None else None)

            def handle_endtag(self, tag):
                if tag == "mark":
                    collector.stack.pop()

            def handle_data(self, data):
                for index in collector.stack:
                    if index is not None:
                        collector.marked[index] = collector.marked.get(index, "") + data

        parser = _Parser(convert_charrefs=True)
        parser.feed(html)
        parser.close()
        assert not self.stack, "unclosed <mark>"
