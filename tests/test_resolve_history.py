"""A parser's results do not depend on what it parsed before: its caches (candidate lookups, pruned
static scores, container names) only save work. ``geo extract -j N`` and ``--dask`` give each worker
another history, so a cache keyed too loosely shows as outputs that differ with the number of workers."""

from __future__ import annotations

import pytest

from geo.extract.parser import Geoparser
from geo.model.article import Article

# Our own sentences. "Florida Highway" is looked up as "Florida" (the same candidates as the plain
# name) but reads differently in the namesake rule, which compares the cities' names with the surface.
TEXTS = (
    "The crash closed Florida Highway 60 near the bridge on Tuesday.",
    "The president spent the weekend at his Florida resort.",
    "Storms are expected in Florida this week, officials in Texas said.",
    "Rockets hit Erbil airport on Monday; troops left Baghdad in March.",
    "Florida and Georgia sent firefighters to California.",
    "Protesters marched in Paris, Texas, and in Springfield.",
)


def _resolved(parser: Geoparser, text: str) -> list[tuple[str, str, float]]:
    return [
        (r.toponym.surface, r.candidate.id, r.score) for r in parser.resolve(text, parser.recognize(text))
    ]


def _features(parser: Geoparser, index: int) -> list[tuple[str, str, float]]:
    article = Article(id=f"t{index}", text=TEXTS[index], published="2021-07-05")
    return [
        (f.properties.gazetteer_id, f.properties.event_type, f.properties.confidence)
        for f in parser.extract_features(article)
    ]


@pytest.fixture(scope="module")
def cold() -> list[list[tuple[str, str, float]]]:
    """Each text's features from a parser that parsed nothing before it."""
    results = []
    for index in range(len(TEXTS)):
        with Geoparser() as parser:
            results.append(_features(parser, index))
    return results


def test_a_name_read_after_a_longer_surface_of_the_same_lookup_scores_as_when_cold() -> None:
    with Geoparser() as fresh:
        alone = _resolved(fresh, TEXTS[1])
    with Geoparser() as parser:
        _resolved(parser, TEXTS[0])  # caches "Florida" under the surface "Florida Highway"
        after = _resolved(parser, TEXTS[1])
    assert after == alone


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_features_do_not_depend_on_the_texts_parsed_before(
    order: str, cold: list[list[tuple[str, str, float]]]
) -> None:
    indices = list(range(len(TEXTS)))
    if order == "backward":
        indices.reverse()
    with Geoparser() as parser:
        for index in indices:
            assert _features(parser, index) == cold[index], TEXTS[index]
