"""Reading articles: text, Markdown with front matter, HTML, sidecar JSON, folder indexes, JSON lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.errors import GeoIOError, InputError
from geo.readers import iter_jsonl, read_article, read_articles
from geo.readers.html import html_to_text


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_plain_text_uses_the_stem_as_id_and_the_given_date(tmp_path: Path) -> None:
    path = write(tmp_path / "erbil-report.txt", "Troops left Erbil airport.\n")
    article = read_article(path, published="2023-05")
    assert article.id == "erbil-report"
    assert article.text == "Troops left Erbil airport.\n"
    assert article.published == "2023-05"
    assert article.title is None


def test_front_matter_gives_metadata_and_offsets_refer_to_the_body(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.md",
        "---\ntitle: Dutch troops\npublisher: Example News\nurl: https://news.example/a\n"
        "published: 2020-01-06\nid: nl-2020\nignored: yes\n---\nErbil is in Iraq.",
    )
    article = read_article(path, published="1999")
    assert (article.id, article.title, article.publisher, article.url) == (
        "nl-2020",
        "Dutch troops",
        "Example News",
        "https://news.example/a",
    )
    assert article.published == "2020-01-06"  # the file's date wins over the default
    assert article.text == "Erbil is in Iraq."
    assert article.text[0:5] == "Erbil"


def test_sidecar_json_overrides_front_matter(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "---\ntitle: Old\npublished: '2023'\n---\nBaghdad.")
    write(tmp_path / "b.json", json.dumps({"title": "New", "published": "2023-07-14T08:00:00Z"}))
    article = read_article(tmp_path / "b.txt")
    assert article.title == "New"
    assert article.published == "2023-07-14"
    assert article.text == "Baghdad."


def test_folder_index_gives_metadata_by_file_name(tmp_path: Path) -> None:
    write(tmp_path / "c.txt", "Hawija.")
    write(
        tmp_path / "articles.json",
        json.dumps(
            [{"id": "other", "file": "x.txt"}, {"id": "c-id", "file": "c.txt", "published": "2023-07"}]
        ),
    )
    article = read_article(tmp_path / "c.txt")
    assert (article.id, article.published) == ("c-id", "2023-07")


def test_html_is_reduced_to_text_with_block_breaks() -> None:
    page = (
        "<html><head><title>Strike &amp; aftermath</title><style>p {color: red}</style>"
        '<meta property="og:site_name" content="Example"><script>var city = "Basra";</script></head>'
        "<body><h1>Drone strike</h1><p>A strike hit <b>Baghdad</b>\n   airport.<br>More text</p>"
        "<ul><li>Erbil</li><li>Tehran</li></ul><!-- Mosul --><div>End</div></body></html>"
    )
    reduced = html_to_text(page)
    assert reduced.text == "Drone strike\n\nA strike hit Baghdad airport.\nMore text\n\nErbil\nTehran\n\nEnd"
    assert "Basra" not in reduced.text
    assert "color" not in reduced.text
    assert "Mosul" not in reduced.text
    assert reduced.meta == {"title": "Strike & aftermath", "publisher": "Example"}


def test_html_file_offsets_refer_to_the_reduced_text(tmp_path: Path) -> None:
    path = write(
        tmp_path / "page.html",
        '<html><head><meta property="article:published_time" content="2020-01-06T10:00:00+01:00">'
        '<link rel="canonical" href="https://news.example/page"></head>'
        "<body><p>Rockets hit <i>Ain al-Asad</i>.</p></body></html>",
    )
    article = read_article(path)
    assert article.text == "Rockets hit Ain al-Asad."
    start = article.text.index("Ain")
    assert article.text[start : start + 11] == "Ain al-Asad"
    assert article.published == "2020-01-06"
    assert article.url == "https://news.example/page"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("---\ntitle: [unclosed\n---\ntext", "not valid YAML"),
        ("---\n- a\n- b\n---\ntext", "must be a mapping"),
        ("---\ntitle: x\ntext without end", "never closed"),
        ("---\npublished: 2020-13-01\n---\ntext", "invalid published date '2020-13-01'"),
        ("---\npublished: yesterday\n---\ntext", "invalid published date 'yesterday'"),
        ("---\nurl: ftp://x.example\n---\ntext", "url must be an http(s) address"),
        ("---\ntitle: 5\n---\ntext", "title must be a string"),
    ],
)
def test_bad_front_matter_is_a_clear_input_error(tmp_path: Path, content: str, message: str) -> None:
    path = write(tmp_path / "bad.md", content)
    with pytest.raises(InputError, match=r"bad\.md") as info:
        read_article(path)
    assert message in str(info.value)


def test_invalid_default_date_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Iraq")
    with pytest.raises(InputError, match=r"--published: invalid published date '2020-02-30'"):
        read_article(path, published="2020-02-30")


def test_unreadable_and_unsupported_files(tmp_path: Path) -> None:
    with pytest.raises(GeoIOError, match=r"missing\.txt"):
        read_article(tmp_path / "missing.txt")
    (tmp_path / "latin1.txt").write_bytes("Bogotá".encode("latin-1"))
    with pytest.raises(GeoIOError, match="not UTF-8"):
        read_article(tmp_path / "latin1.txt")
    with pytest.raises(InputError, match=r"unsupported article file .*\.pdf"):
        read_article(write(tmp_path / "a.pdf", "x"))
    write(tmp_path / "s.txt", "x")
    write(tmp_path / "s.json", "[1, 2]")
    with pytest.raises(InputError, match="must be a JSON object"):
        read_article(tmp_path / "s.txt")


def test_jsonl_batches(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "Erbil", "published": "2023-07", "title": "A"},
        {"doc_id": 7, "text": "Baghdad"},
        {"text": "Tehran", "extra": [1, 2]},
    ]
    path = write(
        tmp_path / "batch.jsonl", "\n".join(json.dumps(x) for x in lines[:2]) + "\n\n" + json.dumps(lines[2])
    )
    articles = list(iter_jsonl(path, published="2020"))
    assert [(a.id, a.text, a.published) for a in articles] == [
        ("a", "Erbil", "2023-07"),
        ("7", "Baghdad", "2020"),
        ("batch-4", "Tehran", "2020"),
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", r"batch.jsonl:2: not valid JSON"),
        ("[1]", r"batch.jsonl:2: expected a JSON object"),
        ('{"id": "b"}', r"batch.jsonl:2: 'text' must be a string, got None"),
        ('{"id": "b", "text": "x", "published": "2020-02-30"}', r"batch.jsonl:2: invalid published date"),
    ],
)
def test_bad_jsonl_lines_name_the_line(tmp_path: Path, line: str, message: str) -> None:
    path = write(tmp_path / "batch.jsonl", '{"id": "a", "text": "ok"}\n' + line + "\n")
    with pytest.raises(InputError, match=message):
        list(iter_jsonl(path))


def test_read_articles_mixes_files_and_batches_and_rejects_duplicate_ids(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", "Erbil")
    write(tmp_path / "batch.jsonl", json.dumps({"id": "two", "text": "Baghdad"}) + "\n")
    articles = read_articles([tmp_path / "one.txt", tmp_path / "batch.jsonl"])
    assert [a.id for a in articles] == ["one", "two"]
    write(tmp_path / "dup.jsonl", json.dumps({"id": "one", "text": "Basra"}) + "\n")
    with pytest.raises(InputError, match="'one' is used by more than one input"):
        read_articles([tmp_path / "one.txt"], jsonl=[tmp_path / "dup.jsonl"])


@pytest.mark.shared
def test_source_articles_get_their_metadata_from_the_folder_index(shared_dir: Path) -> None:
    folder = shared_dir / "articles"
    article = read_article(folder / "ro-2023-07-dutch-send-troops-to-iraq.txt")
    assert article.id == "ro-2023-07-dutch-send-troops-to-iraq"
    assert article.published == "2023-07"
    assert article.publisher == "Reporters Online"
    assert article.url is not None
    assert article.url.startswith("https://")


def test_json_lines_reader_names_the_line_that_is_not_utf8(tmp_path: Path) -> None:
    from geo.errors import GeoIOError
    from geo.readers.jsonlines import iter_json_objects

    path = tmp_path / "gold.jsonl"
    path.write_bytes(b'{"text": "a"}\n\n{"text": "\xff"}\n')
    rows = iter_json_objects(path, what="corpus")
    assert next(rows) == (1, f"{path}:1", {"text": "a"})
    with pytest.raises(GeoIOError, match=r"cannot read corpus .*: line 3 is not UTF-8 text"):
        next(rows)


def test_folder_index_is_read_once_per_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import geo.readers.meta as meta

    index = write(
        tmp_path / "articles.json", json.dumps([{"file": f"{i}.txt", "id": f"n{i}"} for i in range(5)])
    )
    for i in range(5):
        write(tmp_path / f"{i}.txt", "Shelling hit Kharkiv overnight.\n")
    calls = []
    load = meta.load_json_text
    monkeypatch.setattr(meta, "load_json_text", lambda *a, **k: calls.append(1) or load(*a, **k))
    meta._index_entries.cache_clear()
    assert [read_article(tmp_path / f"{i}.txt").id for i in range(5)] == [f"n{i}" for i in range(5)]
    assert len(calls) == 1
    entry = meta.index_entry(index, "0.txt")
    assert entry is not None
    entry["id"] = "changed by the caller"
    assert read_article(tmp_path / "0.txt").id == "n0"
    write(index, json.dumps([{"file": "0.txt", "id": "renamed-0"}, {"file": "0.txt", "id": "second"}]))
    assert read_article(tmp_path / "0.txt").id == "renamed-0"  # the edited index, its first entry
    assert read_article(tmp_path / "1.txt").id == "1"
