"""The rule-based score is a pure, monotone, explainable function of the evidence."""

import math

import pytest

from discourse.evidence import Evidence, MetadataEvidence
from discourse.scoring.rules import saturating, score_evidence, verdict_for
from discourse.scoring.weights import TraitWeight, Verdict, Weights, load_weights


@pytest.fixture
def weights():
    return Weights(
        version="test",
        reported_discount=0.2,
        verdict=Verdict(likely=50, mixed=25),
        traits={
            "buzzwords": TraitWeight(points=12, basis="density", scale=15),
            "affiliation": TraitWeight(points=28, basis="count", scale=1),
        },
        counter_signals={"critical_stance": TraitWeight(points=-18, basis="density", scale=4)},
    )


def ev(trait, reported=False, weight=1.0):
    return Evidence(trait=trait, rule=f"{trait}/x", text="x", start_char=0, end_char=1, sentence="x", reported=reported, weight=weight)


def test_saturating_shape():
    w = TraitWeight(points=10, basis="count", scale=2)
    assert saturating(0, w) == 0
    assert saturating(2, w) == pytest.approx(10 * (1 - math.exp(-1)))
    assert saturating(1000, w) == pytest.approx(10)


def test_empty_document_scores_zero(weights):
    score = score_evidence([], 0, weights=weights)
    assert score.advertorial_score == 0
    assert score.verdict == "unlikely"
    assert score.consultancy_density == 0


def test_contributions_add_up_to_the_score(weights):
    evidence = [ev("buzzwords")] * 6 + [ev("affiliation")]
    score = score_evidence(evidence, 300, weights=weights)
    total = sum(t.contribution for t in score.traits.values()) + sum(c.contribution for c in score.counter_signals.values())
    assert score.advertorial_score == pytest.approx(round(total, 1), abs=0.05)
    assert score.traits["buzzwords"].count == 6
    assert score.traits["buzzwords"].per_1000 == pytest.approx(20.0)


def test_reported_evidence_is_discounted_but_counted_in_density(weights):
    spoken = score_evidence([ev("buzzwords")] * 10, 500, weights=weights)
    quoted = score_evidence([ev("buzzwords", reported=True)] * 10, 500, weights=weights)
    assert quoted.advertorial_score < spoken.advertorial_score / 3
    assert quoted.consultancy_density == spoken.consultancy_density == 20.0
    assert quoted.traits["buzzwords"].reported == 10
    assert quoted.reported_discounted == 10


def test_counter_signals_subtract_and_score_is_clamped(weights):
    evidence = [ev("buzzwords")] * 3 + [ev("critical_stance")] * 10
    score = score_evidence(evidence, 400, weights=weights)
    assert score.counter_signals["critical_stance"].contribution < 0
    assert score.advertorial_score == 0


def test_metadata_affiliation_counts_like_a_byline(weights):
    byline = score_evidence([ev("affiliation")], 500, weights=weights)
    meta = score_evidence([], 500, [MetadataEvidence(trait="affiliation", rule="affiliation/firm", field="affiliation", value="X")], weights=weights)
    assert byline.advertorial_score == meta.advertorial_score > 15


def test_more_evidence_never_lowers_the_score(weights):
    scores = [score_evidence([ev("buzzwords")] * n, 600, weights=weights).advertorial_score for n in range(0, 40, 5)]
    assert scores == sorted(scores)


def test_verdict_thresholds(weights):
    assert verdict_for(50, weights) == "likely advertorial"
    assert verdict_for(49.9, weights) == "mixed"
    assert verdict_for(25, weights) == "mixed"
    assert verdict_for(24.9, weights) == "unlikely"


def test_shipped_weights_cover_every_registered_trait():
    from discourse.traits import registered

    weights = load_weights()
    for cls in registered():
        assert weights.for_trait(cls.id) is not None, cls.id
        points = weights.for_trait(cls.id).points
        assert (points < 0) == (cls.kind == "counter"), cls.id


def test_weights_file_with_unknown_key_is_refused(tmp_path):
    from discourse.errors import DataFileError
    from discourse.scoring.weights import DEFAULT_WEIGHTS

    bad = tmp_path / "weights.toml"
    bad.write_text(DEFAULT_WEIGHTS.read_text(encoding="utf-8") + "\nsurprise = 1\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="E103"):
        load_weights(bad)


def test_counter_signals_do_not_erase_who_speaks(weights):
    weights = weights.model_copy(update={"not_offset": ["affiliation"]})
    evidence = [ev("affiliation")] + [ev("critical_stance")] * 12 + [ev("buzzwords")] * 2
    score = score_evidence(evidence, 400, weights=weights)
    affiliation = score.traits["affiliation"].contribution
    assert affiliation > 15
    assert score.advertorial_score == pytest.approx(round(affiliation, 1), abs=0.1)
    total = sum(t.contribution for t in score.traits.values()) + sum(c.contribution for c in score.counter_signals.values())
    assert score.advertorial_score == pytest.approx(total, abs=0.1)  # contributions still add up
    plain = score_evidence([ev("critical_stance")] * 12 + [ev("buzzwords")] * 2, 400, weights=weights)
    assert plain.advertorial_score == 0
