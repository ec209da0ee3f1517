"""Benchmarks: throughput, workers, cold start, resume, memory and component cost, measured
side by side in one run on the same synthetic texts, each command in a fresh process.

    .venv/bin/python benchmarks/run.py            # full run (about 15 minutes on 2 cores)
    .venv/bin/python benchmarks/run.py --quick    # a smaller run, a few minutes

Prints one Markdown table on stdout (progress goes to stderr). Never run by the test suite.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from machine import cpu_pressure_total, machine_lines, tree_fingerprint  # noqa: E402
from measure import Measurement, best_of, measure  # noqa: E402
from synth import SynthCorpus, write_article, write_corpus  # noqa: E402

ROOT = HERE.parent
PYTHON = sys.executable
DISCOURSE = str(Path(sys.executable).with_name("discourse"))


@dataclass(frozen=True)
class Sizes:
    """How much text each measurement reads."""

    documents: int
    words_per_document: int
    memory_small: int
    memory_words: int
    component_documents: int
    cold_repeats: int


# Sizes keep the full run near 15 minutes on two shared cores: the memory corpora are
# short notes (1,000 then 10,000 of them), the component timing reads the first documents.
FULL = Sizes(documents=300, words_per_document=600, memory_small=1000, memory_words=30, component_documents=100, cold_repeats=3)
QUICK = Sizes(documents=40, words_per_document=600, memory_small=100, memory_words=30, component_documents=20, cold_repeats=2)


@dataclass(frozen=True)
class Row:
    """One line of the table."""

    measure: str
    discourse: str
    baseline: str
    ratio: str
    target: str
    met: bool | None


def log(message: str) -> None:
    sys.stderr.write(f"[bench {time.strftime('%H:%M:%S')}] {message}\n")
    sys.stderr.flush()


def analyze_command(folder: Path, output: Path, *extra: str) -> list[str]:
    return [DISCOURSE, "analyze", str(folder), "-o", str(output), "--lang", "fr", *extra]


def raw_parse_code(article: Path) -> str:
    return (
        "import spacy, pathlib; nlp = spacy.load('fr_core_news_sm'); "
        f"doc = nlp(pathlib.Path({str(article)!r}).read_text(encoding='utf-8'))"
    )


def records_in(path: Path) -> int:
    with path.open(encoding="utf-8") as handle:
        return sum(1 for line in handle if line.strip())


def words_per_second(words: int, m: Measurement) -> float:
    return words / m.wall


def verdict(met: bool | None) -> str:
    return {True: "yes", False: "**no**", None: "n/a"}[met]


def throughput_rows(corpus: SynthCorpus, raw: Measurement, one: Measurement, two: Measurement) -> list[Row]:
    ratio = one.wall / raw.wall
    speedup = words_per_second(corpus.words, two) / words_per_second(corpus.words, one)
    # what two free cores would give at most: twice the work rate, less the extra CPU two workers spend
    bound = 2 * one.cpu / two.cpu
    return [
        Row(
            f"`analyze` vs raw `fr_core_news_sm` `nlp.pipe`, {corpus.documents} docs / {corpus.words:,} words (time)",
            f"{one.wall:.1f} s · {words_per_second(corpus.words, one):,.0f} words/s",
            f"{raw.wall:.1f} s · {words_per_second(corpus.words, raw):,.0f} words/s",
            f"{ratio:.2f}×", "≤ 0.80×", ratio <= 0.80,
        ),
        Row(
            "`analyze --workers 2` vs `--workers 1` (throughput)",
            f"{words_per_second(corpus.words, two):,.0f} words/s",
            f"{words_per_second(corpus.words, one):,.0f} words/s",
            f"{speedup:.2f}× (CPU bound on 2 free cores: {bound:.2f}×)", "≥ 1.70×", speedup >= 1.70,
        ),
    ]


def cold_row(article_words: int, score: Measurement, raw: Measurement) -> Row:
    ratio = score.wall / raw.wall
    return Row(
        f"cold `discourse score ARTICLE` ({article_words:,} words) vs `python -c` load + parse",
        f"{score.wall:.2f} s", f"{raw.wall:.2f} s", f"{ratio:.2f}×", "≤ 1.20×", ratio <= 1.20,
    )


def resume_row(run: Measurement, resumed: Measurement) -> Row:
    speedup = run.wall / resumed.wall
    return Row(
        "`analyze --resume` of a finished run vs the run (speed-up)",
        f"{resumed.wall:.2f} s", f"{run.wall:.1f} s", f"{speedup:.1f}×", "≥ 20×", speedup >= 20,
    )


def memory_row(small: SynthCorpus, large: SynthCorpus, m_small: Measurement, m_large: Measurement) -> Row:
    growth = m_large.peak_rss_mib / m_small.peak_rss_mib - 1
    return Row(
        f"peak RSS, `analyze` of {large.documents:,} vs {small.documents:,} docs (~{large.words // large.documents} words each)",
        f"{m_large.peak_rss_mib:,.0f} MiB", f"{m_small.peak_rss_mib:,.0f} MiB",
        f"{growth:+.0%}", "within ±10 %", abs(growth) <= 0.10,
    )


def component_row(data: dict) -> Row:
    per = data["per_component"]
    mine = sum(per.get(name, 0.0) for name in data["discourse_pipes"])
    model = sum(v for k, v in per.items() if k not in data["discourse_pipes"])
    share = mine / model
    pipe_share = data["pipe_full"] / data["pipe_model_only"] - 1
    return Row(
        f"`discourse_*` components vs model components, in-process CPU time, {data['documents']} docs "
        "(per-component timing; in brackets `nlp.pipe` with vs without them)",
        f"{mine:.1f} s (`nlp.pipe` {pipe_share:+.0%})", f"{model:.1f} s", f"{share:.0%}", "≤ 10 %", share <= 0.10,
    )


def table(rows: list[Row]) -> str:
    lines = [
        "| measure | discourse | baseline | ratio | target | met |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        lines.append(f"| {row.measure} | {row.discourse} | {row.baseline} | {row.ratio} | {row.target} | {verdict(row.met)} |")
    return "\n".join(lines)


def component_breakdown(data: dict) -> str:
    per = data["per_component"]
    total = sum(per.values())
    parts = [f"{name} {seconds:.1f} s ({seconds / total:.0%})" for name, seconds in sorted(per.items(), key=lambda kv: -kv[1])]
    return "CPU time per component (documents one by one, as `analyze` runs them): " + ", ".join(parts) + "."


def reused_count(stderr: str) -> str:
    for line in stderr.splitlines():
        if "reused" in line:
            return line.strip()
    return "?"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smaller run (a few minutes)")
    parser.add_argument("--keep", type=Path, default=None, help="work in this folder and keep it (default: a temporary folder, removed)")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    work = args.keep or Path(tempfile.mkdtemp(prefix="discourse-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    pressure = cpu_pressure_total()
    code_before = tree_fingerprint(ROOT)
    try:
        rows, notes = run_all(sizes, work)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    sys.stdout.write(f"discourse benchmarks ({'quick' if args.quick else 'full'} run, {time.strftime('%Y-%m-%d')})\n\n")
    for line in machine_lines():
        sys.stdout.write(f"- {line}\n")
    sys.stdout.write("\n" + table(rows) + "\n\n")
    for note in notes:
        sys.stdout.write(f"- {note}\n")
    if tree_fingerprint(ROOT) != code_before:
        sys.stdout.write("- WARNING: files under discourse/ changed during the run: the rows compare different code; run again\n")
    elapsed = time.perf_counter() - started
    sys.stdout.write(f"- whole benchmark: {elapsed:.0f} s\n")
    after = cpu_pressure_total()
    if pressure is not None and after is not None:
        share = (after - pressure) / 1e6 / elapsed
        sys.stdout.write(
            f"- CPU pressure during the run (Linux PSI, share of time some runnable task waited for a core): {share:.0%}\n"
        )


def run_all(sizes: Sizes, work: Path) -> tuple[list[Row], list[str]]:
    log(f"writing the synthetic corpora in {work}")
    corpus = write_corpus(work / "corpus", sizes.documents, sizes.words_per_document)
    small = write_corpus(work / "memory-small", sizes.memory_small, sizes.memory_words, exact=True)
    large = write_corpus(work / "memory-large", sizes.memory_small * 10, sizes.memory_words, exact=True)
    article = work / "article.txt"
    article_words = write_article(article)
    out = work / "out"
    out.mkdir()

    log("warm-up (file cache): one cold score")
    measure([DISCOURSE, "score", str(article), "--lang", "fr"], cwd=ROOT)
    log("cold score vs raw load + parse")
    score = best_of([DISCOURSE, "score", str(article), "--lang", "fr"], sizes.cold_repeats, cwd=ROOT)
    raw_cold = best_of([PYTHON, "-c", raw_parse_code(article)], sizes.cold_repeats, cwd=ROOT)

    log(f"raw fr_core_news_sm nlp.pipe over {corpus.documents} documents")
    raw = measure([PYTHON, str(HERE / "raw_spacy.py"), str(corpus.folder)], cwd=ROOT)
    log("discourse analyze --workers 1")
    one = measure(analyze_command(corpus.folder, out / "one.jsonl", "--workers", "1"), cwd=ROOT)
    log("discourse analyze --workers 2")
    two = measure(analyze_command(corpus.folder, out / "two.jsonl", "--workers", "2"), cwd=ROOT)
    log("discourse analyze --resume of the finished run")
    resumed = measure(analyze_command(corpus.folder, out / "one.jsonl", "--workers", "1", "--resume"), cwd=ROOT)

    log(f"memory: {small.documents} then {large.documents} documents")
    m_small = measure(analyze_command(small.folder, out / "small.jsonl"), cwd=ROOT)
    m_large = measure(analyze_command(large.folder, out / "large.jsonl"), cwd=ROOT)

    log("component cost, in-process")
    components = json.loads(
        measure([PYTHON, str(HERE / "components.py"), str(corpus.folder), str(sizes.component_documents)], cwd=ROOT).stdout
    )

    rows = [
        *throughput_rows(corpus, raw, one, two),
        cold_row(article_words, score, raw_cold),
        resume_row(one, resumed),
        memory_row(small, large, m_small, m_large),
        component_row(components),
    ]
    identical = (out / "one.jsonl").read_bytes() == (out / "two.jsonl").read_bytes()
    notes = [
        f"corpus: {corpus.documents} French documents synthesised with a fixed seed from the sample corpus paragraphs, "
        f"{corpus.words:,} words (whitespace-separated; the unit of every words/s figure); article: {article_words:,} words",
        "every command runs in a fresh process, timed whole (start-up and model load included); "
        f"cold-start rows are the best of {sizes.cold_repeats} after one warm-up",
        f"records written: workers 1 → {records_in(out / 'one.jsonl')}, workers 2 → {records_in(out / 'two.jsonl')}; "
        f"byte-identical: {'yes' if identical else 'NO'}; resume: {reused_count(resumed.stderr)}",
        f"CPU seconds (user + sys, children included): raw {raw.cpu:.1f}, analyze w1 {one.cpu:.1f}, w2 {two.cpu:.1f}; "
        f"peak RSS: raw {raw.peak_rss_mib:,.0f} MiB, analyze w1 {one.peak_rss_mib:,.0f} MiB, w2 {two.peak_rss_mib:,.0f} MiB",
        component_breakdown(components),
        f"`nlp.pipe` in-process CPU time: model components only {components['pipe_model_only']:.1f} s, "
        f"with the discourse pipes {components['pipe_full']:.1f} s",
    ]
    return rows, notes


if __name__ == "__main__":
    main()
