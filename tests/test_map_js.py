"""The map runtime's JavaScript: the ES module bundler, the node unit tests and their fixtures.

``tests/js/*.test.mjs`` import the pure modules of ``geo/maps/static`` and compare them with the
Python side through JSON fixtures (``tests/js/fixtures``) written here from the Python
reference (:func:`geo.maps.table.encode_table`);
:func:`test_js_fixtures_match_the_python_reference` fails when a fixture is stale. Rewrite them
with ``PYTHONPATH=$PWD python3 tests/test_map_js.py``.
"""

from __future__ import annotations

import ast
import json
import math
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from geo.maps.bundle import bundle, module_order, package_bundle
from geo.maps.jsmodules import ModuleError, parse_module
from geo.maps.table import encode_table, table_from_features

ROOT = Path(__file__).resolve().parents[1]
JS_TESTS = ROOT / "tests" / "js"
FIXTURES = JS_TESTS / "fixtures"
NODE = shutil.which("node")


def _feature(i: int, **props: Any) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [44.0 + i * 0.37, 33.0 - i * 0.21]},
        "properties": {"id": f"f{i}", **props},
    }


def _table_features() -> list[dict[str, Any]]:
    """Events that exercise every encoding: a constant field, one-character and integer codes."""
    features = [
        _feature(
            i,
            place=f"Place {i}",
            event_type="strike" if i % 3 else "base",
            mission="Inherent Resolve",
            date=f"2017-{1 + i % 12:02d}",
            notes=None if i % 2 else "note",
            source={"title": f"Report {i}", "url": f"https://news.example.org/{i}"} if i % 5 == 0 else None,
        )
        for i in range(70)
    ]
    features.append(
        _feature(70, place="Erbil", event_type="strike", mission="Inherent Resolve", date_start="2016-03-01")
    )
    features.append(_feature(71, place="Baghdad", event_type="strike", mission="Inherent Resolve"))
    return features


def fixtures() -> dict[str, Any]:
    """The JSON fixtures of the node tests, from the Python reference."""
    table = table_from_features(_table_features())
    rows = []
    for i in range(len(table)):
        start, end = float(table.start[i]), float(table.end[i])
        rows.append(
            {
                "lon": round(float(table.lon[i]), 5),
                "lat": round(float(table.lat[i]), 5),
                "t0": None if math.isnan(start) else int(start),
                "t1": None if math.isnan(end) else int(end),
                "props": {name: col.values[int(col.codes[i])] for name, col in table.columns.items()},
            }
        )
    return {
        "table.json": {"data": encode_table(table), "rows": rows},
        # The same rows with the long texts in the compressed block (as large maps ship them).
        "table_lazy.json": {"data": encode_table(table, lazy_bytes=0), "rows": rows},
    }


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


def test_js_fixtures_match_the_python_reference() -> None:
    for name, value in fixtures().items():
        path = FIXTURES / name
        assert path.read_text(encoding="utf-8") == _dump(value), (
            f"{path} is stale: run PYTHONPATH=$PWD python3 tests/test_map_js.py"
        )


def test_table_fixture_uses_every_code_encoding() -> None:
    encodings = {type(f["c"]).__name__ for f in fixtures()["table.json"]["data"]["fields"].values()}
    assert encodings == {"int", "str", "list"}


def test_lazy_fixture_ships_the_long_texts_compressed_only() -> None:
    data = fixtures()["table_lazy.json"]["data"]
    assert data["lazy"]["fields"] == ["notes", "source"]
    assert all("v" not in data["fields"][name] for name in ("notes", "source"))
    assert "v" in data["fields"]["place"]


@pytest.mark.skipif(NODE is None, reason="node is not installed (Debian: apt-get install nodejs)")
def test_node_unit_tests_pass() -> None:
    """``node --test tests/js/`` (the pure modules of the map runtime) passes."""
    assert NODE is not None
    done = subprocess.run(
        [NODE, "--test", "tests/js/"], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    passed = re.search(r"^# pass (\d+)$", done.stdout, re.M)
    assert passed is not None, done.stdout[-2000:]
    assert int(passed[1]) >= 20  # every test file was found
    assert "# fail 0" in done.stdout


# The bundler.

_SOURCES = {
    "a.js": 'import { b } from "./b.js";\nimport * as c from "./c.js";\nexport const a = b() + c.c;\n',
    "b.js": 'import { c } from "./c.js";\nexport function b() { return c; }\n',
    "c.js": "export const c = 1;\n",
}


def _loader(sources: dict[str, str]) -> Any:
    def load(name: str) -> str:
        if name not in sources:
            raise ModuleError(f"no module {name!r}")
        return sources[name]

    return load


def test_modules_run_after_their_imports_in_es_order() -> None:
    assert [m.name for m in module_order("a.js", _loader(_SOURCES))] == ["c.js", "b.js", "a.js"]
    names = [m.name for m in module_order("main.js")]
    assert names[-1] == "main.js"
    for k, module in enumerate(module_order("main.js")):
        for statement in module.imports:
            assert names.index(statement.source[2:]) < k, (module.name, statement.source)
    assert [m.name for m in module_order("basemap.js")] == ["pane.js", "basemap.js"]


@pytest.mark.parametrize(
    ("sources", "message"),
    [
        (
            {
                "a.js": 'import { a } from "./b.js";\n',
                "b.js": 'import { b } from "./a.js";\nexport const a = 1;\n',
            },
            "import cycle: a.js -> b.js -> a.js",
        ),
        ({"a.js": 'import { x } from "./nope.js";\n'}, "no module 'nope.js'"),
        ({"a.js": 'import { x } from "leaflet";\n'}, "unknown import 'leaflet'"),
        ({"a.js": 'import { x } from "./c.js";\n', "c.js": "export const c = 1;\n"}, "c.js does not export"),
        ({"a.js": "export let a = 1;\n"}, "must be const, function or class"),
        ({"a.js": "let a = 1;\nexport { a };\n"}, "declared with 'let'"),
        ({"a.js": "export { a };\n"}, "does not declare"),
        ({"a.js": "export default 1;\n"}, "default exports"),
        ({"a.js": 'import a from "./c.js";\n'}, "default imports"),
        ({"a.js": 'export { c } from "./c.js";\n'}, "re-exports"),
        ({"a.js": "export const a = 1, b = 2;\n"}, "one name per"),
        ({"a.js": 'const f = () => import("./c.js");\n'}, "dynamic import"),
        ({"a.js": "const __module_c = 1;\n"}, "reserved"),
        ({"a.js": "function f() {\n"}, "unclosed '{'"),
        ({"a.js": "const s = 'open;\n"}, "unterminated string"),
    ],
)
def test_bundle_rejects_what_it_cannot_keep_exact(sources: dict[str, str], message: str) -> None:
    with pytest.raises(ModuleError, match=message.replace("(", r"\(").replace(")", r"\)")):
        bundle("a.js", name="g", load=_loader(sources))


def test_import_and_export_inside_strings_comments_and_regexes_stay() -> None:
    source = (
        "// import { x } from './x.js';\n"
        "/* export const y = 1; */\n"
        "const s = 'import { z } from \"./z.js\";';\n"
        "const t = `export ${s} default`;\n"
        "const r = /export {a}/g;\n"
        "const o = { import: 1, export: 2 };\n"
        "export function f() { return o.import + s.length; }\n"
        "export { s as text, r };\n"
    )
    module = parse_module("m.js", source)
    assert module.imports == ()
    assert module.exports == (("f", "f"), ("text", "s"), ("r", "r"))
    expected = source.replace("export function", "function").replace("export { s as text, r };\n", "")
    assert module.body == expected


@pytest.mark.skipif(NODE is None, reason="node is not installed (Debian: apt-get install nodejs)")
def test_bundle_runs_as_one_global_with_the_entry_exports(tmp_path: Path) -> None:
    script = bundle("a.js", name="demo", load=_loader(_SOURCES))
    assert script == bundle("a.js", name="demo", load=_loader(_SOURCES))
    path = tmp_path / "demo.js"
    path.write_text(script + "console.log(JSON.stringify([demo.a, Object.isFrozen(demo), typeof c]));\n")
    assert NODE is not None
    out = subprocess.run([NODE, str(path)], capture_output=True, text=True, check=True, timeout=60).stdout
    assert json.loads(out) == [2, True, "undefined"]


_GLOBALS_JS = """
const vm = require("node:vm");
const fs = require("node:fs");
const context = vm.createContext({});
const before = new Set(Object.getOwnPropertyNames(context));
vm.runInContext(fs.readFileSync(process.argv[1], "utf8"), context);
const added = Object.getOwnPropertyNames(context).filter((k) => !before.has(k));
console.log(JSON.stringify({ added, api: Object.keys(context.geoMapRuntime).sort() }));
"""


@pytest.mark.skipif(NODE is None, reason="node is not installed (Debian: apt-get install nodejs)")
def test_runtime_bundle_is_safe_inline_and_defines_one_global(tmp_path: Path) -> None:
    script = package_bundle("main.js", "geoMapRuntime")
    assert "</script" not in script.lower()
    assert "<!--" not in script
    assert not any(tag in script for tag in ("{{", "{%", "{#"))  # never read as a Jinja template
    assert "import {" not in script
    assert "export " not in script
    path = tmp_path / "runtime.js"
    path.write_text(script, encoding="utf-8")
    assert NODE is not None
    done = subprocess.run(
        [NODE, "-e", _GLOBALS_JS, str(path)], capture_output=True, text=True, check=True, timeout=60
    )
    # Without a window (no debug hooks), the bundle adds exactly one global.
    assert json.loads(done.stdout) == {
        "added": ["geoMapRuntime"],
        "api": ["configure", "fit", "fitFree", "init", "styles"],
    }


def test_maps_package_has_no_import_cycle() -> None:
    """No cycle among geo.maps modules, counting imports inside functions."""
    folder = ROOT / "geo" / "maps"
    graph: dict[str, set[str]] = {}
    for path in sorted(folder.glob("*.py")):
        if path.stem == "__init__":
            continue
        edges = graph.setdefault(path.stem, set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("geo.maps."):
                edges.add(node.module.split(".")[2])
            elif isinstance(node, ast.ImportFrom) and node.module == "geo.maps":
                edges.update(alias.name for alias in node.names)
            elif isinstance(node, ast.Import):
                edges.update(a.name.split(".")[2] for a in node.names if a.name.startswith("geo.maps."))
    state: dict[str, int] = {}

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph.get(name, ())):
            assert state.get(target) != 1, "import cycle: " + " -> ".join([*path, target])
            if target not in state:
                visit(target, [*path, target])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert graph["assets"].isdisjoint({"builder", "elements", "packages"})


if __name__ == "__main__":
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for fixture, content in fixtures().items():
        (FIXTURES / fixture).write_text(_dump(content), encoding="utf-8")
        print(f"wrote {FIXTURES / fixture}", file=sys.stderr)
