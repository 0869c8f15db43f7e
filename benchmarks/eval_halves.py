"""Score geo on the even and the odd documents of each gold corpus's dev half, and on the whole of it.

Run: ``python benchmarks/eval_halves.py [--corpora lgl,tr_news] [--corpora-dir DIR] [--json]`` from the
repository (needs the shared corpora: the first ``shared/eval/corpora`` above the repository, or
``--corpora-dir``).
Word lists and cues tuned on one half should hold on the other: a change that helps the even documents
but not the odd ones was fitted to documents, not to English. Runs ``python -m geo eval --json --no-peer``
once over all the files (one process, one gazetteer); WikToR is scored on resolution only (gold spans
given), so its recognition columns are empty.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ("lgl", "geowebnews", "tr_news", "geovirus", "wiktor")
PARTS = ("all", "even", "odd")


def _corpora_dir(given: str | None) -> Path:
    """The folder of the gold corpora: ``given``, else the first ``shared/eval/corpora`` above the repo."""
    if given:
        return Path(given)
    for parent in ROOT.parents:
        candidate = parent / "shared" / "eval" / "corpora"
        if candidate.is_dir():
            return candidate
    raise SystemExit("no shared/eval/corpora found above the repository; pass --corpora-dir")


def _split(source: Path, folder: Path) -> list[Path]:
    """Write the whole, even and odd documents of ``source`` to ``folder`` (named after its corpus)."""
    lines = [line for line in source.read_text(encoding="utf-8").split("\n") if line.strip()]
    chosen = {"all": lines, "even": lines[0::2], "odd": lines[1::2]}
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for part in PARTS:
        path = folder / f"{part}.jsonl"
        path.write_text("".join(line + "\n" for line in chosen[part]), encoding="utf-8")
        paths.append(path)
    return paths


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def main() -> None:
    """Split the corpora, run the evaluation once and print one row per corpus and part."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", default=",".join(CORPORA), help="comma-separated corpus names")
    parser.add_argument("--corpora-dir", help="folder holding <corpus>/dev.jsonl")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    options = parser.parse_args()
    names = [n.strip() for n in options.corpora.split(",") if n.strip()]
    base = _corpora_dir(options.corpora_dir)
    with tempfile.TemporaryDirectory() as tmp:
        files: list[Path] = []
        for name in names:
            files += _split(base / name / "dev.jsonl", Path(tmp) / name)
        env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        args = [sys.executable, "-m", "geo", "eval", *map(str, files), "--json", "--no-peer"]
        out = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if out.returncode:
        raise SystemExit(out.stderr)
    rows = [row for row in json.loads(out.stdout) if row["system"] == "geo"]
    parts = [part for _ in names for part in PARTS]
    result = [
        {"corpus": row["corpus"], "part": part, "docs": row["docs"], "f1": row["f1"], "acc161": row["acc161"]}
        for row, part in zip(rows, parts, strict=True)
    ]
    if options.json:
        print(json.dumps(result, indent=1))
        return
    print(f"{'corpus':<11}{'part':<6}{'docs':>6}{'F1':>7}{'acc@161':>9}")
    for item in result:
        print(
            f"{item['corpus']:<11}{item['part']:<6}{item['docs']:>6}{_fmt(item['f1']):>7}"
            f"{_fmt(item['acc161']):>9}"
        )


if __name__ == "__main__":
    main()
