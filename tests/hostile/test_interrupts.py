"""Interrupts: SIGINT (Ctrl-C) during a long ``geo extract`` ends it with a non-zero status, one line on
standard error and no temporary file; the input is intact and the GeoJSON-lines output, if any article
finished, holds whole lines only (with its resume journal; tests/test_extract_resume.py resumes it).
Run through ``python3 -m geo``."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hostile.kinds import TEXT
from hostile.matrix import snapshot

REPO = Path(__file__).resolve().parents[2]


def _batch(folder: Path, count: int) -> Path:
    lines = [json.dumps({"id": f"a{i}", "text": TEXT * 40, "published": "2020-01-06"}) for i in range(count)]
    path = folder / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "delay", [0.3, 1.5, 4.0], ids=["while-starting", "while-loading", "while-extracting"]
)
def test_sigint_during_extract(tmp_path: Path, delay: float) -> None:
    batch = _batch(tmp_path, 2000)
    before = snapshot(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [
        sys.executable,
        "-m",
        "geo",
        "extract",
        "--jsonl",
        str(batch),
        "-o",
        str(tmp_path / "out.geojson"),
    ]
    process = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(delay)
    assert process.poll() is None, "extract ended before the interrupt: make the batch longer"
    process.send_signal(signal.SIGINT)
    try:
        out, err = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise
    text = (out + err).decode("utf-8", "replace")
    assert process.returncode != 0, text
    assert "Traceback" not in text, text
    assert len([line for line in err.decode().splitlines() if line.strip()]) <= 1, text
    after = snapshot(tmp_path)
    assert {name: after[name] for name in before} == before, "input changed"
    assert set(after) - set(before) <= {"out.geojson", "out.geojson.journal"}, "temporary file left behind"
    written = after.get("out.geojson", b"")
    assert isinstance(written, bytes)
    assert written == b"" or written.endswith(b"\n"), "a cut last line"
    for line in written.decode("utf-8").splitlines():
        assert json.loads(line)["type"] == "Feature"
