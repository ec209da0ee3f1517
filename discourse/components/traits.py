"""``discourse_traits``: runs every registered trait for the pipeline's language and
writes its evidence to ``doc.spans[trait_id]`` (``label_`` = trait, ``id_`` = rule id),
with categories and parsed attributes in ``doc._.evidence_info`` and metadata signals in
``doc._.metadata_evidence``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from discourse.lexicons import load_lexicon
from discourse.traits import registered
from discourse.traits.base import CACHE_KEY, TraitContext, trimmed
from discourse.traits.matching import LexiconIndex


class TraitsComponent:
    def __init__(self, nlp: Language, traits: list[str] | None = None) -> None:
        self.lang = nlp.lang
        self.traits = [cls() for cls in registered(lang=self.lang) if traits is None or cls.id in traits]
        lexicons = {}
        for trait in self.traits:
            lexicon = load_lexicon(trait.id, self.lang)
            if lexicon is not None:
                lexicons[trait.id] = lexicon
        self.lexicons = lexicons
        # term keys are tokenised by the pipeline's own tokenizer, like the documents
        self.index = LexiconIndex(nlp.vocab, nlp.tokenizer, lexicons)

    def __call__(self, doc: Doc) -> Doc:
        matches = self.index(doc)
        meta = doc._.meta or {}
        tagged = doc.has_annotation("POS")
        info: dict = {}
        metadata_evidence: list[dict] = []
        for trait in self.traits:
            lexicon = self.lexicons.get(trait.id)
            if lexicon is None:
                doc.spans[trait.id] = []
                continue
            context = TraitContext(self.lang, lexicon, matches[trait.id], meta, tagged, matches)
            spans = []
            for hit in trait.find(doc, context):
                start, end = trimmed(doc, hit.start, hit.end)
                if start == end:
                    continue
                spans.append(Span(doc, start, end, label=trait.id, span_id=f"{trait.id}/{hit.rule}"))
                info[(trait.id, start, end)] = {"category": hit.category, "weight": hit.weight, "attrs": hit.attrs or {}, "focus": hit.focus}
            doc.spans[trait.id] = spans
            for mhit in trait.find_metadata(context):
                metadata_evidence.append({"trait": trait.id, **mhit.__dict__, "rule": f"{trait.id}/{mhit.rule}"})
        doc._.evidence_info = info
        doc._.metadata_evidence = metadata_evidence
        doc.user_data.pop(CACHE_KEY, None)
        return doc


@Language.factory(
    "discourse_traits",
    assigns=["doc.spans", "doc._.evidence_info", "doc._.metadata_evidence"],
    requires=["token.norm", "token.lemma"],
    default_config={"traits": None},
)
def make_traits(nlp: Language, name: str, traits: list[str] | None) -> TraitsComponent:
    return TraitsComponent(nlp, traits)
