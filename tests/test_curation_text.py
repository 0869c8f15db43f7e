"""geo curate computes fingerprints and offsets from the article text, and reads unquoted YAML dates."""

from __future__ import annotations

import datetime
import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.errors import CurationError
from geo.importers.curation import load_curation
from geo.importers.curation_text import complete_from_text, occurrences, text_value

TEXT = (
    "Forty Dutch engineers arrived in Erbil on Monday. A drone struck a depot near Erbil airport "
    "the same night; officials in Erbil said nobody was hurt.\n"
)

BY_WORDS = """\
article:
  id: gamma
  title: Engineers in Erbil
  published: 2023-07-12
places:
  erbil:
    query: Erbil
    country: IQ
    written: [Erbil]
events:
  - place: erbil
    event_type: deployment
    date: 2023-07-10
    troops: 40
    notes: Engineers arrived.
    mentions: [Forty Dutch engineers arrived in Erbil]
  - place: erbil
    event_type: strike
    sub_event_type: drone_strike
    date: 2023-07-10
    notes: A depot was hit.
"""


def _by_offsets() -> str:
    start = TEXT.index("Forty")
    end = TEXT.index("Erbil") + len("Erbil")
    erbil = [[i, i + 5] for i in range(len(TEXT)) if TEXT.startswith("Erbil", i)]
    sha = hashlib.sha256(TEXT.encode()).hexdigest()
    return f"""\
article:
  id: gamma
  title: Engineers in Erbil
  published: '2023-07-12'
  sha256: {sha}
  length: {len(TEXT)}
places:
  erbil:
    query: Erbil
    country: IQ
    written: [Erbil]
    mentions: {json.dumps(erbil)}
events:
  - place: erbil
    event_type: deployment
    date: '2023-07-10'
    troops: 40
    notes: Engineers arrived.
    mentions: [[{start}, {end}]]
  - place: erbil
    event_type: strike
    sub_event_type: drone_strike
    date: '2023-07-10'
    notes: A depot was hit.
    mentions: {json.dumps(erbil)}
"""


def _curate(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["curate", *args])
    return result.exit_code, result.output


def test_words_and_unquoted_dates_build_the_same_events_as_hand_offsets(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "gamma.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "words.yaml").write_text(BY_WORDS, encoding="utf-8")
    (tmp_path / "offsets.yaml").write_text(_by_offsets(), encoding="utf-8")
    texts = str(tmp_path / "texts")
    code, words = _curate(str(tmp_path / "words.yaml"), "--articles", texts)
    assert code == 0, words
    code, offsets = _curate(str(tmp_path / "offsets.yaml"), "--articles", texts)
    assert code == 0, offsets
    assert words == offsets
    first = json.loads(words)["features"][0]["properties"]
    assert first["mentions"] == [{"start": 0, "end": TEXT.index("Erbil") + 5}]
    assert first["source"]["published"] == "2023-07-12"
    assert first["date"] == "2023-07-10"


def test_without_the_texts_the_message_says_how_to_compute_them(tmp_path: Path) -> None:
    (tmp_path / "words.yaml").write_text(BY_WORDS, encoding="utf-8")
    code, output = _curate(str(tmp_path / "words.yaml"))
    assert code == 1
    assert "article.sha256: Field required" in output
    assert "with --articles DIR, geo curate computes fingerprints and offsets" in output
    assert len(output.strip().splitlines()) == 1


def test_words_missing_from_the_text_are_named(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "gamma.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "bad.yaml"
    path.write_text(BY_WORDS.replace("mentions: [Forty", "mentions: [Fifty"), encoding="utf-8")
    with pytest.raises(CurationError, match=r"events\[0\]\.mentions: 'Fifty Dutch engineers"):
        load_curation(path, articles_dir=tmp_path / "texts")
    path.write_text(BY_WORDS.replace("written: [Erbil]", "written: [Arbil]"), encoding="utf-8")
    with pytest.raises(CurationError, match=r"places\.erbil\.mentions: none of \['Arbil'\] occurs"):
        load_curation(path, articles_dir=tmp_path / "texts")


def test_helpers() -> None:
    assert occurrences("Erbil, Erbil airport and Erbilia", "Erbil") == [[0, 5], [7, 12]]
    assert occurrences("x", " ") == []
    assert text_value(datetime.date(2023, 7, 1)) == "2023-07-01"
    assert text_value(2015) == "2015"
    assert text_value(True) is True
    raw = {"article": {"id": "a", "sha256": "kept"}, "places": {}, "events": []}
    done = complete_from_text(raw, "text", name="t")
    assert done["article"] == {"id": "a", "sha256": "kept", "length": 4}
    assert raw["article"] == {"id": "a", "sha256": "kept"}  # the input is not changed
