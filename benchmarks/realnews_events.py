"""Event extraction on real news pages annotated blind (``tests/data/realnews36/*.jsonl``).

The gold toponym corpora (``../shared/eval/corpora/<corpus>/dev.jsonl``: tr_news, geowebnews, ...) hold real
news pages that were never annotated with events. Some of their conflict-related documents were annotated in
wave 36 with places and events by the conventions of the news_events dev set (README of
``../shared/eval/news_events``), **without any run of geo on them**. The texts belong to their publishers, so
the stored records hold no ``text`` and no ``title``: each names its source (``{"corpus": ..., "doc_id":
...}``) and the SHA-256 of the text it was annotated on. This script joins every stored record with its text
and title from the corpus (checking the hash), writes the joined gold to a temporary file (or to ``--keep``)
and scores geo and the baseline on it exactly as ``geo eval --events`` does (all, odd and even documents).

Run from the repository::

    python benchmarks/realnews_events.py [--json] [--keep PATH] [--corpora DIR] [--folder DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "data" / "realnews36"
CORPORA = ROOT.parent / "shared" / "eval" / "corpora"
#: Keys of a joined record, in the order of the news_events dev set.
DOC_KEYS = ("doc_id", "url", "title", "published", "published_how", "text", "places", "events", "demonyms")


class JoinError(Exception):
    """A stored record cannot be joined with its text (missing corpus, document or a hash mismatch)."""


def text_sha256(text: str) -> str:
    """Return the SHA-256 hex digest of ``text`` encoded as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_stored(folder: Path) -> list[dict[str, Any]]:
    """Read every stored record of ``folder/*.jsonl`` (files in name order, lines in file order)."""
    records: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if not isinstance(record, dict):
                raise JoinError(f"{path.name}:{number}: not a JSON object")
            records.append(record)
    return records


def _corpus_index(corpora: Path, corpus: str, cache: dict[str, dict[str, dict[str, Any]]]) -> dict[str, Any]:
    if corpus not in cache:
        path = corpora / corpus / "dev.jsonl"
        if not path.is_file():
            raise JoinError(f"corpus file not found: {path}")
        index: dict[str, dict[str, Any]] = {}
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                row = json.loads(line)
                index[str(row.get("doc_id"))] = row
        cache[corpus] = index
    return cache[corpus]


def join_records(records: Iterable[dict[str, Any]], *, corpora: Path) -> list[dict[str, Any]]:
    """Return the stored ``records`` with ``text`` and ``title`` taken from their corpus documents.

    Raises
    ------
    JoinError
        When a record has no source, its corpus or document is missing, or the corpus text's SHA-256 differs
        from the stored ``text_sha256``.
    """
    cache: dict[str, dict[str, dict[str, Any]]] = {}
    joined: list[dict[str, Any]] = []
    for record in records:
        name = record.get("doc_id", "?")
        source = record.get("source")
        if not isinstance(source, dict) or "corpus" not in source or "doc_id" not in source:
            raise JoinError(f"{name}: no source {{corpus, doc_id}}")
        corpus, doc_id = str(source["corpus"]), str(source["doc_id"])
        row = _corpus_index(corpora, corpus, cache).get(doc_id)
        if row is None:
            raise JoinError(f"{name}: document {doc_id} not found in corpus {corpus}")
        text = row.get("text")
        if not isinstance(text, str):
            raise JoinError(f"{name}: document {doc_id} of corpus {corpus} has no text")
        digest = text_sha256(text)
        if digest != record.get("text_sha256"):
            raise JoinError(
                f"{name}: text of {corpus} {doc_id} does not match its sha256 "
                f"(stored {str(record.get('text_sha256'))[:12]}, corpus {digest[:12]})"
            )
        full = {**record, "text": text, "title": row.get("title") or ""}
        joined.append({key: full[key] for key in DOC_KEYS if key in full})
    return joined


def write_gold(records: Sequence[dict[str, Any]], path: Path) -> None:
    """Write joined records to ``path`` as JSON lines (the news_events format), non-ASCII escaped: a text may
    hold U+2028 or other characters that readers splitting on every line break (``str.splitlines``) cut."""
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record) + "\n")


def score(path: Path, *, as_json: bool, label: str | None = None) -> str:
    """Score geo and the baseline on the gold file ``path``; return the table of ``geo eval --events``.

    ``label`` names the gold in the report (default: the path).
    """
    # deferred: the scoring stack is heavy and not needed to join or check the records
    from geo.evaluation import format_events
    from geo.evaluation.events_gold import read_event_gold
    from geo.evaluation.events_run import run_events
    from geo.gazetteer import default_gazetteer

    report = run_events(
        read_event_gold(path), gold=label or str(path), gazetteer=default_gazetteer(), baseline=True
    )
    if as_json:
        return json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n"
    return format_events(report)


def main(argv: Sequence[str] | None = None) -> int:
    """Join the stored records with their texts, score geo on them and print the table (or JSON)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--keep", type=Path, help="write the joined gold (with texts) to this path")
    parser.add_argument("--corpora", type=Path, default=CORPORA, help=f"corpora folder (default {CORPORA})")
    parser.add_argument("--folder", type=Path, default=FOLDER, help=f"stored records (default {FOLDER})")
    args = parser.parse_args(argv)
    try:
        joined = join_records(read_stored(args.folder), corpora=args.corpora)
    except (JoinError, json.JSONDecodeError) as error:
        print(f"realnews_events: {error}", file=sys.stderr)
        return 1
    if not joined:
        print(f"realnews_events: no stored records in {args.folder}", file=sys.stderr)
        return 1
    if args.keep is not None:
        write_gold(joined, args.keep)
        sys.stdout.write(score(args.keep, as_json=args.json))
        return 0
    with tempfile.TemporaryDirectory(prefix="realnews36-") as folder:
        path = Path(folder) / "realnews36_gold.jsonl"
        write_gold(joined, path)
        label = f"{args.folder} joined with {args.corpora}"
        sys.stdout.write(score(path, as_json=args.json, label=label))
    return 0


if __name__ == "__main__":
    sys.exit(main())
