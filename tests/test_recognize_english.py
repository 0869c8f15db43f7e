"""English word frequencies from the cached file give wordfreq's values (geo.recognize.english)."""

from __future__ import annotations

import os
import random
import string
import subprocess
import sys
from pathlib import Path

import pytest
from wordfreq import iter_wordlist, zipf_frequency

from geo import settings
from geo.recognize import english


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of its own (no file kept from another test)."""
    monkeypatch.setattr(settings, "cache_dir", tmp_path)
    return tmp_path


def _wordfreq(word: str) -> float:
    return float(zipf_frequency(word, "en", wordlist=english.WORDLIST))


def test_every_listed_word_and_random_words_get_wordfreqs_value(cache: Path) -> None:
    listed = list(iter_wordlist("en", english.WORDLIST))
    rng = random.Random(7)
    letters = string.ascii_lowercase
    made = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    other = ["Royal", "don't", "café", "b52", "al-asad", "", "naïve", "x y"]
    for word in [*listed, *made, *other]:
        assert english.zipf(word) == _wordfreq(word), word
    assert [p.name.split("-")[0] for p in cache.iterdir()] == ["english"]


def test_values_survive_the_file(cache: Path) -> None:
    words = ["hospital", "memorial", "mansu", "the", "grove"]
    built = [english.zipf(w) for w in words]
    english._TABLES.clear()  # as a new process: read from the file
    assert [english.zipf(w) for w in words] == built == [_wordfreq(w) for w in words]


def test_a_damaged_file_is_built_again(cache: Path) -> None:
    english.zipf("hospital")
    (file,) = cache.glob("english-*.txt")
    file.write_bytes(b"0" * 64 + b"\nhospital 9.5\n")  # its hash no longer fits
    english._TABLES.clear()
    assert english.zipf("hospital") == _wordfreq("hospital") < 9
    assert english._read(file) is not None


def test_a_read_only_folder_keeps_the_values_in_memory(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "cache_dir", cache / "file")
    (cache / "file").write_text("not a folder")
    english._TABLES.clear()
    assert english.zipf("hospital") == _wordfreq("hospital")


def test_a_process_with_the_file_does_not_import_wordfreq(cache: Path) -> None:
    english.zipf("hospital")  # builds the file
    code = (
        "import sys; from geo.recognize.english import zipf; "
        "print(zipf('hospital'), zipf('mansu'), 'wordfreq' in sys.modules)"
    )
    env = {**os.environ, "GEO_CACHE_DIR": str(cache)}
    root = Path(__file__).resolve().parents[1]
    env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == [repr(_wordfreq("hospital")), "0.0", "False"]
