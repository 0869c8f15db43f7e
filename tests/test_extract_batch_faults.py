"""One article that cannot be processed never sinks a batch: it is named and skipped, the rest is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.extract.parser import Geoparser


def test_a_failing_article_is_skipped_and_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [
        {"id": "good-1", "text": "Rockets hit Erbil on Monday.", "published": "2021-07-05"},
        {"id": "bad", "text": "Troops arrived in Baghdad.", "published": "2021-07-05"},
        {"id": "good-2", "text": "Protesters gathered in Basra.", "published": "2021-07-05"},
    ]
    batch.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    original = Geoparser.extract_features

    def failing(self: Geoparser, article, **kwargs):  # type: ignore[no-untyped-def]
        if article.id == "bad":
            raise ValueError("a value the contract refuses")
        return original(self, article, **kwargs)

    monkeypatch.setattr(Geoparser, "extract_features", failing)
    out = tmp_path / "out.geojsonl"
    result = CliRunner().invoke(cli, ["extract", "--jsonl", str(batch), "-o", str(out)])
    assert result.exit_code == 1
    assert "skipped article 'bad': ValueError: a value the contract refuses" in result.output
    assert "Traceback" not in result.output
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = {feature["properties"]["source"]["article_id"] for feature in written}
    assert ids == {"good-1", "good-2"}


def test_an_article_over_the_size_limit_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from geo import settings

    monkeypatch.setattr(settings, "max_article_chars", 1_000)
    big = tmp_path / "big.txt"
    big.write_text("Troops arrived in Baghdad. " * 100, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text("Rockets hit Erbil on Monday.", encoding="utf-8")
    out = tmp_path / "out.geojson"
    result = CliRunner().invoke(
        cli, ["extract", str(big), str(small), "--published", "2021-07-05", "-o", str(out)]
    )
    assert result.exit_code == 1
    assert "skipped article 'big': InputError: article 'big' has 2,700 characters, more than the 1,000" in (
        result.output
    )
    assert "small" in out.read_text(encoding="utf-8")


def test_a_lone_surrogate_in_a_batch_is_replaced_not_fatal(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    # json.dumps writes the lone surrogate as the escape \ud800, which JSON allows and UTF-8 cannot hold.
    lines = [
        {"id": "odd", "text": "Rockets hit \ud800 Erbil on Monday.", "published": "2021-07-05"},
        {"id": "good", "text": "Protesters gathered in Basra.", "published": "2021-07-05"},
    ]
    batch.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "out.geojsonl"
    result = CliRunner().invoke(cli, ["extract", "--jsonl", str(batch), "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    erbil = [f for f in written if f["properties"]["source"]["article_id"] == "odd"]
    assert erbil
    assert erbil[0]["properties"]["mentions"][0]["start"] == len("Rockets hit \ufffd ")
