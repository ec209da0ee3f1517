"""Documents in, scored records out: the pipeline run, the evidence, the score.

``analyze_batch`` is the pure per-batch function every backend runs (one process, worker
processes, or a cluster): same documents and settings, same records, byte for byte.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from discourse.corpus.document import Document
from discourse.errors import Codes, UsageError
from discourse.evidence import (
    Evidence,
    MetadataEvidence,
    doc_evidence,
    doc_metadata_evidence,
)
from discourse.io.record import ScoredDocument
from discourse.pipeline import build_pipeline, pipeline_info
from discourse.scoring.rules import applied_weight, score_evidence
from discourse.scoring.weights import load_weights
from discourse.settings import Settings


class TokenRow(NamedTuple):
    """One token of the analysed text, for frequencies, keyness and concordances."""

    text: str
    lemma: str
    pos: str
    start_char: int
    sentence: int
    is_word: bool
    reported: bool


@dataclass
class Analysis:
    """One analysed document: the record, and the token table when asked for."""

    record: ScoredDocument
    tokens: list[TokenRow] | None = None
    document: Document | None = field(default=None, repr=False)


def resolve_lang(document: Document, requested: str) -> tuple[str, list[str]]:
    if requested in ("fr", "en"):
        return requested, []
    if document.lang in ("fr", "en"):
        return document.lang, []
    return "fr", [Codes.W005.format()]


def _weights_path(settings: Settings):
    return settings.weights_file


_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s+"), re.compile(r"\s+"))


def chunk_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    """Split ``text`` into ``[start, end)`` pieces of at most ``limit`` characters, cutting at
    paragraph breaks, then line breaks, then sentence ends, then spaces (never inside a word
    unless a single word is longer than the limit). The pieces cover the text exactly."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        cut = None
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(text, start, window_end) if m.end() > start]
            if ends:
                cut = ends[-1]
                break
        cut = cut or window_end
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def _metadata(document: Document) -> dict:
    # only what a byline says: never the label or genre, which would leak the answer
    return {"authors": list(document.authors), "affiliation": document.affiliation, "outlet": document.outlet, "title": document.title}


def _run(nlp, text: str, meta: dict):
    doc = nlp.make_doc(text)
    doc._.meta = meta
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def _tokens(doc, offset: int, sentence_base: int) -> tuple[list[TokenRow], int]:
    from discourse.components.reported_speech import reported_mask

    mask = reported_mask(doc)
    sent_index = {}
    if doc.has_annotation("SENT_START"):
        for n, sent in enumerate(doc.sents):
            sent_index[sent.start] = n
    rows = []
    current = sentence_base
    for token in doc:
        if token.i in sent_index:
            current = sentence_base + sent_index[token.i]
        if token.is_space:
            continue
        rows.append(
            TokenRow(token.text, token.lemma_ or token.lower_, token.pos_, token.idx + offset, current,
                     not (token.is_punct or token.is_space), mask[token.i])
        )
    return rows, current + 1


def analyze_document(document: Document, settings: Settings = Settings()) -> Analysis:
    """Run the pipeline on one document and score it."""
    lang, warnings = resolve_lang(document, settings.lang)
    nlp = build_pipeline(lang)
    warnings += list(pipeline_info(nlp).warnings) + list(document.load.warnings)
    limit = settings.max_length or nlp.max_length
    pieces = chunk_bounds(document.text, limit) if len(document.text) > limit else [(0, len(document.text))]
    if len(pieces) > 1:
        warnings.append(Codes.W004.format(chunks=len(pieces)))
    evidence: list[Evidence] = []
    metadata_evidence: list[MetadataEvidence] = []
    tokens: list[TokenRow] | None = [] if settings.keep_tokens or _model_needs_tokens(settings) else None
    words = 0
    sentence_base = 0
    meta = _metadata(document)
    for n, (start, end) in enumerate(pieces):
        doc = _run(nlp, document.text[start:end], meta)
        words += sum(1 for t in doc if not (t.is_punct or t.is_space))
        evidence += doc_evidence(doc, offset=start)
        if n == 0:
            metadata_evidence = doc_metadata_evidence(doc)
        if tokens is not None:
            rows, sentence_base = _tokens(doc, start, sentence_base)
            tokens += rows
    record = _record(document, lang, words, evidence, metadata_evidence, warnings, settings, tokens)
    return Analysis(record=record, tokens=tokens if settings.keep_tokens else None, document=document)


def _model_needs_tokens(settings: Settings) -> bool:
    if not settings.model_path:
        return False
    from discourse.scoring.model import load_model

    return any(f.startswith("lemma:") for f in load_model(settings.model_path).features)


def _record(document, lang, words, evidence, metadata_evidence, warnings, settings, tokens=None) -> ScoredDocument:
    weights = load_weights(_weights_path(settings))
    if settings.model_path:
        from discourse.scoring.model import score_with_model

        score = score_with_model(settings.model_path, evidence, words, metadata_evidence, lang, weights, tokens)
    else:
        score = score_evidence(evidence, words, metadata_evidence, lang, weights)
        score.scorer = f"rules:{weights.fingerprint}"
    shares = {**score.traits, **score.counter_signals}

    def points(trait: str, weight: float) -> float:
        share = shares.get(trait)
        if share is None or not share.weighted_count:
            return 0.0
        return round(share.contribution * weight / share.weighted_count, 4)

    scored_evidence = []
    for item in evidence:
        weight = applied_weight(item, weights)
        scored_evidence.append(item.model_copy(update={"weight": round(weight, 4), "points": points(item.trait, weight)}))
    metadata_evidence = [m.model_copy(update={"points": points(m.trait, m.weight)}) for m in metadata_evidence]
    return ScoredDocument(
        **{k: getattr(document, k) for k in ("id", "title", "authors", "affiliation", "outlet", "date", "genre", "label", "url", "source", "sha256", "meta", "load")},
        lang=lang,
        words=words,
        advertorial_score=score.advertorial_score,
        verdict=score.verdict,
        consultancy_density=score.consultancy_density,
        scorer=score.scorer,
        traits=score.traits,
        counter_signals=score.counter_signals,
        alerts=score.alerts,
        reported_discounted=score.reported_discounted,
        evidence=scored_evidence,
        metadata_evidence=metadata_evidence,
        warnings=list(dict.fromkeys(warnings)),
        text=document.text if settings.include_text else None,
    )


@dataclass
class AnalysisError:
    """A document the pipeline could not analyse (a bug, or an input no reader foresaw):
    it fails alone, with its reason, instead of stopping the batch."""

    document_id: str
    reason: str


def analyze_batch(documents: list[Document], settings: Settings = Settings(), collect_errors: bool = False) -> list[Analysis | AnalysisError]:
    """The pure per-batch function: documents → analyses, in order. With
    ``collect_errors`` a document that raises gives an ``AnalysisError`` in its place."""
    if not collect_errors:
        return [analyze_document(d, settings) for d in documents]
    results: list[Analysis | AnalysisError] = []
    for document in documents:
        try:
            results.append(analyze_document(document, settings))
        except Exception as exc:  # one bad document never stops the batch
            results.append(AnalysisError(document.id, f"analysis failed: {type(exc).__name__}: {exc}"))
    return results


ErrorHandler = Callable[[Document, str], None]


def _deliver(pairs: Iterable[tuple[Document, Analysis | AnalysisError]], on_error: ErrorHandler | None) -> Iterator[Analysis]:
    for document, result in pairs:
        if isinstance(result, AnalysisError):
            if on_error is not None:
                on_error(document, result.reason)
            continue
        result.document = document
        yield result


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _analyze_batch_lean(documents: list[Document], settings: Settings, collect_errors: bool = False) -> list[Analysis | AnalysisError]:
    """``analyze_batch`` for worker processes: the documents are not sent back (the parent
    has them), only what was computed."""
    results = analyze_batch(documents, settings, collect_errors)
    for result in results:
        if isinstance(result, Analysis):
            result.document = None
    return results


def _warm_up(settings: Settings) -> None:
    """Build the pipeline in the parent before worker processes fork, so that they share
    it (copy-on-write) instead of each loading the model and compiling the lexicons."""
    build_pipeline(settings.lang if settings.lang in ("fr", "en") else "fr")
    load_weights(_weights_path(settings))
    # objects that exist now are shared with the workers: keep the collector from walking
    # (and so copying) them in every child
    gc.freeze()


def analyze(
    documents: Iterable[Document], settings: Settings = Settings(), workers: int = 1, batch_size: int = 8,
    on_error: ErrorHandler | None = None,
) -> Iterator[Analysis]:
    """Analyse documents in input order, with ``workers`` processes (results identical).
    With ``on_error``, a document that cannot be analysed is passed to it with the reason
    and left out; without, the error propagates."""
    collect = on_error is not None
    if workers <= 1:
        for batch in _batches(documents, batch_size):
            yield from _deliver(zip(batch, analyze_batch(batch, settings, collect)), on_error)
        return
    _warm_up(settings)
    with ProcessPoolExecutor(max_workers=workers, mp_context=_fork_context(), initializer=_one_blas_thread) as pool:
        pending: list[tuple[list[Document], object]] = []
        for batch in _batches(documents, batch_size):
            pending.append((batch, pool.submit(_analyze_batch_lean, batch, settings, collect)))
            while len(pending) > workers * 2:
                batch_done, future = pending.pop(0)
                yield from _deliver(zip(batch_done, future.result()), on_error)
        for batch_done, future in pending:
            yield from _deliver(zip(batch_done, future.result()), on_error)


def analyze_with_dask(
    documents: Iterable[Document], settings: Settings = Settings(), batch_size: int = 8, scheduler: str | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[Analysis]:
    """The same per-batch function on a Dask cluster (``pip install discourse[dask]``):
    ``scheduler`` is a distributed scheduler address, or None for Dask's local processes.
    Results come back in input order, identical to ``analyze``."""
    try:
        import dask.bag as bag
    except ImportError as exc:
        raise UsageError(Codes.E301, detail="the dask backend needs Dask: pip install 'discourse[dask]'") from exc
    batches = list(_batches(documents, batch_size))
    if not batches:
        return
    computation = bag.from_sequence(batches, npartitions=len(batches)).map(_analyze_batch_lean, settings, on_error is not None)
    if scheduler:
        from dask.distributed import Client

        with Client(scheduler) as client:
            results = client.compute(computation).result()
    else:
        results = computation.compute(scheduler="processes")
    for batch, analyses in zip(batches, results):
        yield from _deliver(zip(batch, analyses), on_error)


def _one_blas_thread() -> None:
    """Each worker process computes with one BLAS thread: the workers are the parallelism,
    and two workers of two threads each on two cores only fight over them."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)


def _fork_context():
    """``fork`` where the platform has it (workers inherit the loaded pipeline), else the default."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork") if "fork" in methods else None


@lru_cache(maxsize=1)
def _default_settings() -> Settings:
    return Settings()


def score_text(text: str, lang: str = "auto", **metadata) -> ScoredDocument:
    """Score one text given as a string. ``metadata``: title, authors, affiliation, outlet…

    >>> record = score_text("Simplifier, outiller et optimiser : il est temps d'agir.", lang="fr")
    >>> record.verdict in ("likely advertorial", "mixed", "unlikely")
    True
    """
    from discourse.corpus import read_text_input

    document = read_text_input(text, **metadata)
    return analyze_document(document, Settings(lang=lang)).record
