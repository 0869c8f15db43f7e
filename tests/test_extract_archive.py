"""``geo extract`` over whole archives: folders, patterns, JSON lines and standard input, streamed as
GeoJSON lines; bad articles named and skipped; -j N gives the same bytes as one process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.extract.sources import Unread, count_items, iter_items
from geo.io.progress import Progress

REPO = Path(__file__).resolve().parents[1]

CITIES = ("Erbil", "Baghdad", "Basra", "Mosul", "Kirkuk", "Najaf", "Tikrit", "Falluja")


def texts(count: int) -> list[dict[str, str]]:
    """Batch rows of short made-up news sentences naming a few cities each."""
    rows = []
    for i in range(count):
        one, two = CITIES[i % len(CITIES)], CITIES[(i * 3 + 1) % len(CITIES)]
        text = f"Rockets hit {one} on Monday. Troops arrived in {two} a day later.\n" * (1 + i % 3)
        rows.append({"id": f"n{i:04d}", "text": text, "published": "2021-07-05"})
    return rows


def write_batch(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def lines_of(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def ids_of(features: list[dict[str, object]]) -> list[str]:
    return [f["properties"]["source"]["article_id"] for f in features]  # type: ignore[index]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A folder of .txt and .md articles in subfolders, a batch, and files geo must not read."""
    root = tmp_path / "archive"
    (root / "2021" / "07").mkdir(parents=True)
    (root / "2022").mkdir()
    (root / "2021" / "07" / "a.txt").write_text("Rockets hit Erbil on Monday.\n", encoding="utf-8")
    (root / "2021" / "b.md").write_text("---\nid: bee\n---\nTroops arrived in Basra.\n", encoding="utf-8")
    (root / "2022" / "c.TXT").write_text("Protesters gathered in Mosul.\n", encoding="utf-8")
    (root / "2022" / "notes.pdf").write_bytes(b"%PDF-1.4")
    write_batch(root / "2022" / "d.jsonl", texts(3))
    return root


def test_folders_are_read_recursively_in_path_order(archive: Path) -> None:
    items = list(iter_items([str(archive)], published="2021-07-05"))
    assert [item.id for item in items] == ["a", "bee", "c", "n0000", "n0001", "n0002"]
    assert count_items([str(archive)]) == 6
    md_only = list(iter_items([str(archive)], published="2021-07-05", suffixes=(".md",)))
    assert [item.id for item in md_only] == ["bee"]


def test_patterns_and_standard_input(archive: Path) -> None:
    pattern = str(archive / "**" / "*.txt")
    assert [item.id for item in iter_items([pattern], published="2021-07-05")] == ["a"]
    stdin = (archive / "2022" / "d.jsonl").open("rb")
    with stdin:
        items = list(iter_items(["-"], stdin=stdin))
    assert [item.id for item in items] == ["n0000", "n0001", "n0002"]
    assert count_items(["-"]) is None
    (nothing,) = iter_items([str(archive / "*.none")])
    assert isinstance(nothing, Unread)
    assert nothing.reason == f"InputError: no file matches the pattern {str(archive / '*.none')!r}"


def test_cli_streams_a_folder_as_lines_and_sums_up(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.geojsonl"
    result = CliRunner().invoke(cli, ["extract", str(archive), "--published", "2021-07-05", "-o", str(out)])
    assert result.exit_code == 0, result.output
    features = lines_of(out.read_text(encoding="utf-8"))
    assert set(ids_of(features)) == {"a", "bee", "c", "n0000", "n0001", "n0002"}
    assert ids_of(features) == sorted(
        ids_of(features), key=["a", "bee", "c", "n0000", "n0001", "n0002"].index
    )
    assert "extracted 6 articles: " in result.stderr
    assert " 0 failed, " in result.stderr
    assert f"wrote to {out}" in result.stderr
    assert "\r" not in result.stderr  # no progress bar when standard error is not a terminal
    assert not (tmp_path / "out.geojsonl.journal").exists()
    quiet = CliRunner().invoke(
        cli, ["extract", str(archive), "--published", "2021-07-05", "-o", str(out), "-q"]
    )
    assert quiet.exit_code == 0
    assert quiet.stderr == ""


def test_cli_reads_standard_input(tmp_path: Path) -> None:
    batch = write_batch(tmp_path / "b.jsonl", texts(4))
    from_file = CliRunner().invoke(cli, ["extract", str(batch), "-q"])
    from_stdin = CliRunner().invoke(cli, ["extract", "-", "-q"], input=batch.read_bytes())
    assert from_stdin.exit_code == 0, from_stdin.output
    assert from_stdin.stdout == from_file.stdout
    assert len(lines_of(from_stdin.stdout)) > 4


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("latin1.txt", "Troupes à Bogotá.\n".encode("latin-1"), "not UTF-8"),
        ("binary.txt", b"\x00\x01\x02 binary" * 50, "NUL character"),
        ("utf16.md", "Troops in Erbil.\n".encode("utf-16"), "latin1.txt"),
    ],
    ids=["latin1", "binary", "utf16-and-latin1"],
)
def test_unreadable_files_in_a_folder_are_named_and_skipped(
    tmp_path: Path, name: str, data: bytes, says: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Rockets hit Erbil on Monday.\n", encoding="utf-8")
    (folder / name).write_bytes(data)
    if name == "utf16.md":  # two bad files: both named, one line each
        (folder / "latin1.txt").write_bytes("Bogotá".encode("latin-1"))
    out = tmp_path / "out.geojsonl"
    result = CliRunner().invoke(cli, ["extract", str(folder), "--published", "2021-07-05", "-o", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert f"skipped article '{Path(name).stem}'" in result.stderr
    assert says in result.stderr
    assert set(ids_of(lines_of(out.read_text(encoding="utf-8")))) == {"good"}


def test_bad_batch_lines_are_skipped_and_the_good_ones_written(tmp_path: Path) -> None:
    rows = texts(3)
    deep = "[" * 5000 + "]" * 5000
    text = (
        json.dumps(rows[0])
        + "\n{broken\n"
        + deep
        + "\n"
        + json.dumps({"id": "no-text"})
        + "\n"
        + json.dumps(rows[1])
        + "\n"
        + json.dumps(rows[1])
        + "\n"  # a repeated id
    )
    batch = tmp_path / "b.jsonl"
    batch.write_bytes(text.encode("utf-8") + b"\xff\xfe not utf-8\n" + (json.dumps(rows[2]) + "\n").encode())
    out = tmp_path / "out.geojsonl"
    result = CliRunner().invoke(cli, ["extract", str(batch), "-o", str(out)])
    assert result.exit_code == 1
    err = result.stderr
    assert f"skipped article '{batch}:2'" in err
    assert "nested more than 64 levels" in err
    assert f"{batch}:4: 'text' must be a string" in err
    assert "article id 'n0001' is used by more than one input" in err
    assert f"{batch}:7: not UTF-8" in err
    assert "extracted 3 articles: " in err
    assert " 5 failed, " in err
    assert ids_of(lines_of(out.read_text(encoding="utf-8"))) == sorted(
        ids_of(lines_of(out.read_text(encoding="utf-8")))
    )
    assert set(ids_of(lines_of(out.read_text(encoding="utf-8")))) == {"n0000", "n0001", "n0002"}


def test_a_file_that_is_not_json_lines_is_one_failure(tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    batch.write_bytes("line one\nline two\n".encode("utf-16"))
    items = list(iter_items([str(batch)]))
    assert len(items) == 1
    assert isinstance(items[0], Unread)
    assert "not a JSON-lines file" in items[0].reason


def test_an_oversized_article_is_refused_in_the_stream(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from geo import settings

    monkeypatch.setattr(settings, "max_article_chars", 2_000)
    rows = texts(2)
    rows.insert(1, {"id": "huge", "text": "Troops arrived in Baghdad. " * 1_000, "published": "2021-07-05"})
    batch = write_batch(tmp_path / "b.jsonl", rows)
    out = tmp_path / "out.geojsonl"
    result = CliRunner().invoke(cli, ["extract", str(batch), "-o", str(out)])
    assert result.exit_code == 1
    assert "skipped article 'huge': InputError: article 'huge' has 27,000 characters" in result.stderr
    assert set(ids_of(lines_of(out.read_text(encoding="utf-8")))) == {"n0000", "n0001"}


def test_two_processes_write_the_same_bytes_as_one(tmp_path: Path) -> None:
    batch = write_batch(tmp_path / "b.jsonl", texts(40))
    (tmp_path / "bad.txt").write_bytes(b"\x00binary")
    one, two = tmp_path / "one.geojsonl", tmp_path / "two.geojsonl"
    first = CliRunner().invoke(cli, ["extract", str(batch), str(tmp_path / "bad.txt"), "-o", str(one), "-q"])
    second = CliRunner().invoke(
        cli, ["extract", str(batch), str(tmp_path / "bad.txt"), "-o", str(two), "-q", "-j", "2"]
    )
    assert first.exit_code == second.exit_code == 1
    assert "skipped article 'bad'" in second.stderr
    assert one.read_bytes() == two.read_bytes()
    assert len(one.read_bytes().splitlines()) > 40


def test_a_collection_of_files_is_the_same_as_before(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Rockets hit Erbil on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Troops arrived in Basra.\n", encoding="utf-8")
    args = ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--published", "2021-07-05"]
    collection = CliRunner().invoke(cli, args)
    lines = CliRunner().invoke(cli, [*args, "--lines"])
    assert json.loads(collection.stdout)["features"] == lines_of(lines.stdout)


def test_the_progress_bar_draws_only_on_a_terminal() -> None:
    import io

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    plain, terminal = io.StringIO(), Terminal()
    for stream in (plain, terminal):
        with Progress(total=3, unit="articles", stream=stream) as bar:
            for _ in range(3):
                bar.update()
            bar.echo("a message")
    assert plain.getvalue() == "a message\n"
    assert "articles" in terminal.getvalue()
    assert "a message" in terminal.getvalue()
    quiet = Terminal()
    with Progress(total=3, unit="articles", stream=quiet, enabled=False) as bar:
        bar.update()
    assert quiet.getvalue() == ""


def test_the_index_build_is_announced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from geo.extract import warmup
    from geo.extract.parser import Geoparser

    said: list[str] = []
    parser = Geoparser()
    monkeypatch.setattr(warmup, "default_index_path", lambda: tmp_path / "gazetteer-not-built.sqlite")
    warmup.warm_up(parser, echo=said.append)
    assert said[0].startswith("building the gazetteer index and recognition lexicon in ")
    assert "minutes" in said[0]
    assert said[1].startswith("built the gazetteer index and lexicon in ")
    parser.close()


def test_whole_file_commands_name_their_steps_on_a_terminal() -> None:
    import io

    from geo.io.progress import Stages

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal, plain, quiet = Terminal(), io.StringIO(), Terminal()
    for stream, enabled in ((terminal, True), (plain, True), (quiet, False)):
        steps = Stages(("reading events", "drawing", "writing"), enabled=enabled, stream=stream)
        seen = []
        for _ in range(3):
            steps.next()
            seen.append(steps.names[steps.at])
        steps.next()
        steps.close()
        assert seen == ["reading events", "drawing", "writing"]
    assert "reading events" in terminal.getvalue()
    assert "writing" in terminal.getvalue()
    assert plain.getvalue() == ""
    assert quiet.getvalue() == ""


@pytest.mark.parametrize("command", ["map", "figure", "chart"])
def test_map_figure_and_chart_draw_their_steps(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from geo.cli import _outputs
    from geo.io.progress import Stages

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    drawn = Terminal()
    made = lambda names, enabled: Stages(names, enabled=enabled, stream=drawn)  # noqa: E731
    monkeypatch.setattr(_outputs, "Stages", made)
    out = tmp_path / {"map": "m.html", "figure": "f.png", "chart": "c.svg"}[command]
    result = CliRunner().invoke(cli, [command, str(REPO / "data" / "locations.geojson"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0
    assert "reading events" in drawn.getvalue()
    assert "writing" in drawn.getvalue()
    drawn.seek(0)
    drawn.truncate()
    args = [command, str(REPO / "data" / "locations.geojson"), "-o", str(out), "-q"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0
    assert result.output == ""
    assert drawn.getvalue() == ""
