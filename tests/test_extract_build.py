"""Building event features from event drafts: merging, ordering, confidence, dates (no recogniser needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.extract import EventDraft, build_features
from geo.gazetteer import Candidate, default_gazetteer
from geo.model.article import Article
from geo.model.feature import event_id, feature_collection
from geo.model.spans import Resolved, Toponym

TEXT = "Rockets hit Erbil airport on Friday. Erbil airport was hit again; Erbil itself was calm."
ARTICLE = Article(id="a-1", text=TEXT, title="T", published="2020-01-06")


def resolved(surface: str, gazetteer_id: str, *, nth: int = 0, score: float = 0.9) -> Resolved:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(surface, start + 1)
    toponym = Toponym(start=start, end=start + len(surface), surface=surface, query=surface)
    return Resolved(toponym=toponym, candidate=default_gazetteer().get(gazetteer_id), score=score)


def test_drafts_become_contract_features_with_merged_evidence() -> None:
    first = resolved("Erbil airport", "icao:ORER")
    second = resolved("Erbil airport", "icao:ORER", nth=1, score=0.6)
    city = resolved("Erbil", "geonames:95446", nth=2)
    drafts = [
        EventDraft(
            place=second,
            event_type="rocket_attack",
            date="2020-01-03",
            sub_event_type="rocket",
            actors=["Kataib Hezbollah"],
            troops=None,
            fatalities=2,
            mentions=[(second.toponym.start, second.toponym.end)],
            confidence=0.5,
        ),
        EventDraft(
            place=first,
            event_type="rocket_attack",
            date="2020-01-03",
            actors=["Iran"],
            confidence=0.8,
        ),
        EventDraft(place=city, event_type="mention", date="2020-01-06", confidence=0.5),
    ]
    features = build_features(ARTICLE, drafts)
    assert len(features) == 2
    attack, mention = (f.properties for f in features)
    assert attack.id == event_id(
        article_id="a-1", place_id="icao:ORER", event_type="rocket_attack", date="2020-01-03"
    )
    assert [(m.start, m.end) for m in attack.mentions] == [(12, 25), (37, 50)]
    assert all(TEXT[m.start : m.end] == "Erbil airport" for m in attack.mentions)
    assert attack.actors == ["Iran", "Kataib Hezbollah"]
    assert attack.fatalities == 2  # the toll one of them states
    assert attack.sub_event_type == "rocket"
    assert attack.confidence == pytest.approx(0.8)  # the highest of the merged tags
    assert (attack.date_start, attack.date_end, attack.time_precision) == ("2020-01-03", "2020-01-03", "day")
    assert (attack.place, attack.feature_class, attack.geo_precision) == (
        "Erbil International Airport",
        "airport",
        1,
    )
    assert attack.source.article_id == "a-1"
    assert attack.source.sha256 == ARTICLE.sha256
    assert features[0].geometry.coordinates == (43.9632, 36.2376)
    assert mention.event_type == "mention"
    assert mention.name == "Erbil"
    # same input, same output
    again = build_features(ARTICLE, list(reversed(drafts)))
    assert feature_collection(again) == feature_collection(features)


def test_drafts_stating_other_numbers_stay_two_events_with_stable_ids() -> None:
    first = resolved("Erbil airport", "icao:ORER")
    second = resolved("Erbil airport", "icao:ORER", nth=1)
    third = resolved("Erbil", "geonames:95446", nth=2)

    def draft(place: Resolved, fatalities: int | None) -> EventDraft:
        return EventDraft(place=place, event_type="attack", date="2020-01-03", fatalities=fatalities)

    drafts = [draft(first, 2), draft(second, 5), draft(second, None)]
    features = build_features(ARTICLE, drafts)
    base = event_id(article_id="a-1", place_id="icao:ORER", event_type="attack", date="2020-01-03")
    assert [(f.properties.id, f.properties.fatalities) for f in features] == [(base, 2), (f"{base}-2", 5)]
    assert [(m.start, m.end) for m in features[0].properties.mentions] == [(12, 25), (37, 50)]
    assert feature_collection(build_features(ARTICLE, drafts)) == feature_collection(features)
    # troops that agree, or a place of its own, make no second event
    city = build_features(ARTICLE, [draft(third, 2), draft(third, 2), draft(first, 5)])
    assert [f.properties.id.endswith("-2") for f in city] == [False, False]


def test_dateless_drafts_get_the_unknown_date_and_week_precision_is_kept_only_for_a_week() -> None:
    place = resolved("Erbil", "geonames:95446", nth=2)
    features = build_features(
        ARTICLE,
        [
            EventDraft(place=place, event_type="mention", date=None),
            EventDraft(
                place=place, event_type="presence", date="2020-01-06/2020-01-12", time_precision="week"
            ),
            EventDraft(place=place, event_type="training", date="2020-01", time_precision="week"),
        ],
    )
    precision = {f.properties.event_type: f.properties.time_precision for f in features}
    assert precision == {"mention": "unknown", "presence": "week", "training": "month"}
    mention = next(f.properties for f in features if f.properties.event_type == "mention")
    assert (mention.date, mention.date_start, mention.date_end) == ("XXXX", None, None)


def test_a_draft_breaking_the_contract_is_refused() -> None:
    place = resolved("Erbil", "geonames:95446", nth=2)
    with pytest.raises(ValueError, match="event_type"):
        build_features(ARTICLE, [EventDraft(place=place, event_type="picnic", date="2020")])


def test_countries_named_only_by_demonyms_become_mentions() -> None:
    from geo.extract.drafts import demonym_mentions

    text = "Syrian and Iraqi officials met Syrian envoys in Baghdad."
    spans = [(0, 6, "SY"), (11, 16, "IQ"), (31, 37, "SY")]
    toponyms = [
        Toponym(start=s, end=e, surface=text[s:e], query=text[s:e], kind="demonym", country=cc, score=0.8)
        for s, e, cc in spans
    ]
    drafts = demonym_mentions(toponyms, default_gazetteer(), covered={"iso:IQ"}, published="2023-07")
    assert len(drafts) == 1  # Iraq has its own feature already
    (syria,) = drafts
    assert syria.place.candidate.id == "iso:SY"
    assert syria.mentions == [(0, 6), (31, 37)]
    assert (syria.event_type, syria.date) == ("mention", "2023-07")
    assert syria.confidence == pytest.approx(0.4)
    article = Article(id="d", text=text, published="2023-07")
    (feature,) = build_features(article, drafts)
    assert feature.properties.name == "Syrian"
    assert feature.properties.place == "Syria"


def test_demonym_countries_are_looked_up_once_per_memo() -> None:
    from geo.extract import drafts

    toponyms = [
        Toponym(start=s, end=e, surface=w, query=w, kind="demonym", country=cc, score=0.8)
        for s, e, w, cc in ((0, 6, "Syrian", "SY"), (11, 18, "Martian", "QQ"))
    ]
    gazetteer = default_gazetteer()
    known: dict[str, Candidate | None] = {}
    first = drafts.demonym_mentions(toponyms, gazetteer, covered=set(), published="2023-07", countries=known)
    assert known["iso:SY"] == gazetteer.get("iso:SY")
    assert known["iso:QQ"] is None  # no entry for QQ: skipped, and remembered as missing
    known["iso:SY"] = gazetteer.get("iso:IQ")  # a remembered answer is not looked up again
    again = drafts.demonym_mentions(toponyms, gazetteer, covered=set(), published="2023-07", countries=known)
    assert [d.place.candidate.id for d in first] == ["iso:SY"]
    assert [d.place.candidate.id for d in again] == ["iso:IQ"]
    alone = drafts.demonym_mentions(toponyms, gazetteer, covered=set(), published="2023-07")
    assert alone == first  # without a memo: looked up for the call only


def test_demonym_only_countries_are_mapped_only_when_asked(tmp_path: Path) -> None:
    import pickle

    from click.testing import CliRunner

    from geo.cli import cli
    from geo.extract.parser import Geoparser

    text = "Syrian officials met the envoys in Baghdad on Monday."
    article = Article(id="d", text=text, published="2023-07-05")
    plain = Geoparser(gazetteer=default_gazetteer())
    asked = Geoparser(gazetteer=default_gazetteer(), demonym_countries=True)
    assert "Syria" not in [f.properties.place for f in plain.extract_features(article)]
    assert "Syria" in [f.properties.place for f in asked.extract_features(article)]
    assert pickle.loads(pickle.dumps(asked)).demonym_countries is True
    assert pickle.loads(pickle.dumps(plain)).demonym_countries is False
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8")
    for flags, expected in (([], False), (["--demonym-countries"], True)):
        out = tmp_path / f"out{len(flags)}.geojson"
        args = ["extract", str(src), "--published", "2023-07-05", "-o", str(out), *flags]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        assert ('"place":"Syria"' in out.read_text().replace(" ", "")) is expected
