"""geo.io.regexes: compiled patterns kept in the cache folder come back equal to re's own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from geo.io.regexes import cache_file

_PATTERNS = [
    [r"(?P<n>\d+)\s+(?:soldiers|troops)\b", 0],
    [r"\b(?:killed|wounded)\b", 2],  # re.IGNORECASE
    [r"^\s*(?:[A-Z][a-z]+\s+){1,3}(?=said)", 8],  # re.MULTILINE
    [r"(a)|(?P<b>b)(?(1)c|d)", 0],
]

_PROBE = r"""
import json, re, sys, warnings
from pathlib import Path
from geo.io.regexes import _state, install
patterns = json.loads(sys.argv[2])
original = re._compiler.compile
print(json.dumps({"installed": install(Path(sys.argv[1]))}))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    re.compile(r"[[a-z]x")  # FutureWarning: possible nested set
equal = all(re.compile(p, f) == original(p, f) for p, f in patterns)
hits = sum(1 for key in _state["used"] if key in _state["known"])
print(json.dumps({"equal": equal, "warned": len(caught), "used": hits, "added": _state["added"],
                  "matches": re.compile(patterns[0][0]).search("some 12 troops").group("n")}))
"""


def _probe(folder: Path) -> list[dict[str, object]]:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(folder), json.dumps(_PATTERNS)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [json.loads(line) for line in out.splitlines()]


def test_second_process_builds_the_same_patterns_from_the_file(tmp_path: Path) -> None:
    first = _probe(tmp_path)
    assert first[0] == {"installed": True}
    assert first[1]["equal"] is True
    assert first[1]["added"] == len(_PATTERNS)
    assert cache_file(tmp_path).exists()
    second = _probe(tmp_path)
    assert second[1]["equal"] is True
    assert second[1]["added"] == 0  # every pattern came from the file
    assert second[1]["matches"] == "12"


def test_a_warning_pattern_warns_again_and_is_not_kept(tmp_path: Path) -> None:
    assert _probe(tmp_path)[1]["warned"] == 1
    assert _probe(tmp_path)[1]["warned"] == 1


def test_a_damaged_file_is_ignored_and_written_anew(tmp_path: Path) -> None:
    cache_file(tmp_path).write_bytes(b"not a sealed file\n\x00\x01")
    result = _probe(tmp_path)[1]
    assert result["equal"] is True
    assert result["added"] == len(_PATTERNS)
    assert _probe(tmp_path)[1]["added"] == 0


def test_no_cache_folder_compiles_as_before(tmp_path: Path) -> None:
    missing = tmp_path / "absent" / "folder"
    result = _probe(missing)[1]
    assert result["equal"] is True
    assert not missing.exists()
