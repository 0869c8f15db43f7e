"""The ACLED and UCDP coding tables, the country names and the gazetteer word lists are data with provenance.

Each file loads, every entry (and every ``*_source`` field of it) names a declared source, the code reads
the files, and the modules that used to hold these lists hold no long literal word list any more.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from geo import lexicon
from geo.codebooks import acled, acled_tables, countries
from geo.errors import InputError
from geo.gazetteer import build, postal, sources
from geo.importers import ucdp

ROOT = Path(__file__).resolve().parents[1]

FILES = [
    "codebooks_acled_columns",
    "codebooks_acled_categories",
    "codebooks_acled_old_types",
    "codebooks_acled_export",
    "codebooks_countries",
    "codebooks_ucdp",
    "codebooks_ucdp_class_words",
    "gazetteer_institution_words",
    "gazetteer_military_words",
]


@pytest.mark.parametrize("name", FILES)
def test_file_loads_and_every_entry_has_a_declared_source(name: str) -> None:
    data = lexicon.load(name)
    assert name in lexicon.available()
    assert len(data) > 0
    for entry in data:
        assert entry["source"] in data.sources
        for key, value in entry.items():
            if key.endswith("_source"):
                assert value in data.sources, (key, value)
    used = {
        value for entry in data for key, value in entry.items() if key == "source" or key.endswith("_source")
    }
    assert used == set(data.sources), "a declared source no entry uses"


def test_an_undeclared_field_source_is_refused() -> None:
    raw = {"about": "x", "sources": {"a": "A"}, "entries": [{"term": "t", "source": "a", "geo_source": "b"}]}
    with pytest.raises(InputError, match="geo_source"):
        lexicon.parse("test", raw)


def test_acled_tables_read_the_data() -> None:
    columns = lexicon.load("codebooks_acled_columns")
    assert columns.column("column") == acled_tables.ACLED_COLUMNS
    assert set(acled_tables.EMPTY_COLUMNS) == {e["column"] for e in columns if e.get("empty")}
    assert set(acled_tables.EMPTY_COLUMNS) < set(acled_tables.ACLED_COLUMNS)
    categories = lexicon.load("codebooks_acled_categories")
    assert tuple((e["acled_type"], e["acled_sub"]) for e in categories) == acled.ACLED_CATEGORIES
    assert len(categories) == 25
    for entry in categories:  # the way there and back both read the file
        pair = (entry["acled_type"], entry["acled_sub"])
        assert acled.from_acled_event(*pair) == (entry["geo_type"], entry["geo_sub"])
        assert acled.to_acled_event(entry["geo_type"], entry["geo_sub"])[:2] == pair
    export = lexicon.load("codebooks_acled_export")
    for entry in export:
        pair = (entry["acled_type"], entry["acled_sub"])
        assert pair in acled.ACLED_CATEGORIES
        if "geo_sub" in entry:
            assert acled_tables.SUB_TO_ACLED[entry["geo_sub"]] == pair
        else:
            assert acled_tables.TYPE_TO_ACLED[entry["geo_type"]] == (pair, entry["exact"])
    old = lexicon.load("codebooks_acled_old_types")
    for entry in old:
        if "alias" in entry:
            assert acled_tables.EVENT_ALIASES[entry["term"]] == entry["alias"]
        else:
            assert acled_tables.OLD_EVENT_TYPES[entry["term"]] == (entry["geo_type"], entry["geo_sub"])


def test_country_names_read_the_data() -> None:
    for entry in lexicon.load("codebooks_countries"):
        assert countries.country_code(entry["name"]) == entry["code"]
        assert countries.country_code(entry["name"].upper()) == entry["code"]
        if entry.get("acled"):
            assert countries.acled_country_name(entry["code"])[0] == entry["name"]
    assert countries.country_code("Syrian Arab Republic") == "SY"  # pycountry still answers the rest


def test_ucdp_coding_reads_the_data() -> None:
    coding = lexicon.load("codebooks_ucdp")
    assert {
        e["where_prec"]: (e["geo_precision"], e["feature_class"]) for e in coding if "where_prec" in e
    } == ucdp.WHERE_PREC
    assert sorted(ucdp.WHERE_PREC) == list(range(1, 8))
    assert {
        e["type_of_violence"]: e["geo_sub"] for e in coding if "type_of_violence" in e
    } == ucdp.VIOLENCE_TYPES
    assert sorted(ucdp.VIOLENCE_TYPES) == [1, 2, 3]


def test_gazetteer_word_lists_read_the_data() -> None:
    assert lexicon.load("gazetteer_institution_words").terms() == postal.INSTITUTION_WORDS
    for term in lexicon.load("gazetteer_military_words").terms():
        assert sources._MILITARY.search(f"Somewhere {term.upper()} Field"), term
    assert not sources._MILITARY.search("Cabo Verde International")  # whole words only


def test_index_fingerprint_hashes_the_word_files(monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = ROOT / "data" / "gazetteer"
    assert {postal.INSTITUTION_WORDS_FILE, sources.MILITARY_WORDS_FILE} <= set(build._WORD_FILES)
    full = build.fingerprint(data_dir)
    for name in build._WORD_FILES:
        monkeypatch.setattr(build, "_WORD_FILES", tuple(n for n in build._WORD_FILES if n != name))
        assert build.fingerprint(data_dir) != full, name
        monkeypatch.undo()


#: Literal collections of eight or more strings kept in these modules, and why (not lexicon).
_KEPT = {
    "__all__": "export list",
    "DROPPED_PROPERTIES": "our own property names (schema)",
    "REQUIRED_COLUMNS": "UCDP column names (schema)",
    "SUPPLEMENT_COLUMNS": "supplement file columns (schema)",
    "SOURCE_PACKAGES": "distribution names",
    "ARTICLES": "grammar: the Arabic definite article and its assimilated forms",
    "FILLER_WORDS": "grammar: prepositions, articles and conjunctions",
    "MATCH_WEIGHTS": "our match kinds (schema) and their weights, not words",
}


def _strings(node: ast.expr) -> list[str]:
    """The string constants directly inside a literal set, tuple, list or dict (its keys)."""
    items = node.keys if isinstance(node, ast.Dict) else getattr(node, "elts", [])
    return [item.value for item in items if isinstance(item, ast.Constant) and isinstance(item.value, str)]


@pytest.mark.parametrize(
    "path",
    [
        *sorted((ROOT / "geo" / "codebooks").glob("*.py")),
        *sorted((ROOT / "geo" / "gazetteer").glob("*.py")),
        ROOT / "geo" / "importers" / "ucdp.py",
    ],
    ids=lambda path: path.name,
)
def test_no_long_word_list_literal_left(path: Path) -> None:
    """No literal collection of eight or more strings is assigned in the module but those in :data:`_KEPT`."""
    for statement in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(statement, ast.Assign | ast.AnnAssign) or statement.value is None:
            continue
        target = statement.targets[0] if isinstance(statement, ast.Assign) else statement.target
        name = target.id if isinstance(target, ast.Name) else ""
        for node in ast.walk(statement.value):
            if isinstance(node, ast.expr) and len(_strings(node)) >= 8:
                assert name in _KEPT, f"{path.name}: {name} holds {len(_strings(node))} strings"
