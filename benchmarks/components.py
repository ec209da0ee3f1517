"""In one process: the cost of the ``discourse_*`` components against the model's own
components on the same texts (run as a script; prints JSON on stdout).

Two views: ``nlp.pipe`` over the texts with and without the discourse pipes, and a per
component timing with the documents run one by one, as ``discourse.analyze`` runs them.
Times are CPU seconds of this process (``time.process_time``), so that other work on a
shared machine does not blur the comparison.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from discourse.pipeline import DISCOURSE_PIPES, build_pipeline


def pipe_seconds(nlp, texts: list[str], disable: tuple[str, ...] = ()) -> float:
    with nlp.select_pipes(disable=list(disable)):
        start = time.process_time()
        for _ in nlp.pipe(texts):
            pass
        return time.process_time() - start


def per_component_seconds(nlp, texts: list[str]) -> dict[str, float]:
    spent: dict[str, float] = defaultdict(float)
    for text in texts:
        start = time.process_time()
        doc = nlp.make_doc(text)
        spent["tokenizer"] += time.process_time() - start
        doc._.meta = {}
        for name, proc in nlp.pipeline:
            start = time.process_time()
            doc = proc(doc)
            spent[name] += time.process_time() - start
    return dict(spent)


def main(folder: str, limit: int | None = None) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))][:limit]
    nlp = build_pipeline("fr")
    # the first pass over a batch pays one-off allocations: alternate the two runs twice
    # and keep the faster of each
    runs = [(pipe_seconds(nlp, texts, DISCOURSE_PIPES), pipe_seconds(nlp, texts)) for _ in range(2)]
    model_only = min(r[0] for r in runs)
    full = min(r[1] for r in runs)
    components = per_component_seconds(nlp, texts)
    result = {"documents": len(texts), "pipe_model_only": model_only, "pipe_full": full, "per_component": components,
              "discourse_pipes": list(DISCOURSE_PIPES)}
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else None)
