"""Compile a synthetic GeoNames dump: rows/s, peak memory (flat in the dump's size), size, lookup times.

The dump is generated in GeoNames' exact format (19 tab-separated columns, admin codes, comma-separated
alternate names; zipped like allCountries.zip), with made-up names from syllables, seeded. Each build
runs as its own process (``geo gazetteer build --geonames``), with ``GEO_DATA_DIR`` in a temporary
folder; peak memory is the child's maximum resident set. Lookups open the layer file directly (it is an
index in geo's format): cold = a fresh process importing geo, opening the file and looking one name up;
warm = the mean of 2,000 lookups of names of the dump in one process. The packaged index is measured the
same way in the same run, as the peer.

    PYTHONPATH=. nice python3 benchmarks/gazetteer_geonames.py [--rows 1000000 250000]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

SYLLABLES = [c + v for c in "bdfghklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
CLASSES = [("P", "PPL")] * 8 + [("A", "ADM2"), ("H", "STM"), ("T", "MT"), ("S", "SCH"), ("L", "AREA")]


def name(rng: random.Random) -> str:
    """A made-up place name of one or two words."""
    words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()]
    if rng.random() < 0.3:
        words.append("".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize())
    return " ".join(words)


def dump_rows(rows: int, seed: int) -> Iterator[str]:
    """Rows in GeoNames' dump format (geonames.org/export/dump/readme.txt)."""
    rng = random.Random(seed)
    for n in range(rows):
        own = name(rng)
        alternates = ",".join(name(rng) for _ in range(rng.randint(0, 3)))
        feature_class, code = rng.choice(CLASSES)
        population = rng.choice([0, 0, 0, rng.randint(1, 2_000_000)])
        cc = rng.choice(["SY", "IQ", "AF", "ML", "US", "FR"])
        cols = [
            str(1_000_000 + n), own, own, alternates,
            f"{rng.uniform(-60, 70):.5f}", f"{rng.uniform(-170, 170):.5f}",
            feature_class, code, cc, "", f"{rng.randint(1, 20):02d}", str(rng.randint(100, 999)), "", "",
            str(population), "", str(rng.randint(0, 3000)), "Asia/Damascus", "2024-01-01",
        ]  # fmt: skip
        yield "\t".join(cols) + "\n"


def write_dump(path: Path, rows: int, seed: int) -> None:
    """Write ``rows`` rows as a zipped dump (``XX.zip`` holding ``XX.txt``)."""
    with (
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open(f"{path.stem}.txt", "w") as member,
    ):
        chunk: list[str] = []
        for line in dump_rows(rows, seed):
            chunk.append(line)
            if len(chunk) >= 10_000:
                member.write("".join(chunk).encode())
                chunk.clear()
        member.write("".join(chunk).encode())


def run(command: Sequence[str], env: dict[str, str]) -> tuple[float, str, str]:
    """Run a command; return its wall time (s), its stdout and stderr."""
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return time.perf_counter() - started, done.stdout, done.stderr


#: ``geo ARGS`` in a process that prints its own peak resident set (KiB) as the last line of stderr.
GEO = (
    "import resource, sys\nfrom geo.cli import main\nsys.argv = ['geo', *sys.argv[1:]]\ntry:\n    main()\n"
    "finally:\n    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)"
)


COLD = (
    "import sys, time; t = time.perf_counter(); from pathlib import Path; "
    "from geo.gazetteer import Gazetteer; g = Gazetteer(Path(sys.argv[1])); "
    "g.lookup(sys.argv[2], fuzzy=False); print(f'{(time.perf_counter() - t) * 1000:.1f}')"
)
WARM = (
    "import sys, time; from pathlib import Path; from geo.gazetteer import Gazetteer; "
    "g = Gazetteer(Path(sys.argv[1])); names = sys.argv[2].split('|'); g.lookup(names[0], fuzzy=False); "
    "t = time.perf_counter(); [g.lookup(n, fuzzy=False) for n in names]; "
    "print(f'{(time.perf_counter() - t) * 1000 / len(names):.2f}')"
)


def lookups(index: Path, names: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(median cold lookup ms over 3 fresh processes, mean warm lookup ms)."""
    colds = sorted(float(run([sys.executable, "-c", COLD, str(index), names[0]], env)[1]) for _ in range(3))
    warm = float(run([sys.executable, "-c", WARM, str(index), "|".join(names)], env)[1])
    return colds[1], warm


def main(argv: Sequence[str] | None = None) -> int:
    """Build each dump size in a child process and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[250_000, 1_000_000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    repo = Path(__file__).resolve().parents[1]
    print("rows       build s   rows/s   peak RSS MB   layer MB   cold lookup ms   warm lookup ms   merge s")
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "PYTHONPATH": str(repo), "GEO_DATA_DIR": folder}
        rng = random.Random(args.seed)
        names = [name(random.Random(args.seed)) for _ in range(1)] + [name(rng) for _ in range(2000)]
        from geo.gazetteer.index import Gazetteer

        with Gazetteer.open() as packaged:
            peer = packaged.path
        for rows in args.rows:
            dump = Path(folder) / "XX.zip"
            write_dump(dump, rows, args.seed)
            command = [sys.executable, "-c", GEO, "-q", "gazetteer", "build", "--geonames", str(dump)]
            wall, _, err = run([*command, "--name", "synthetic", "--no-merge"], env)
            peak = int(err.split()[-1]) / 1024
            merge, _, _ = run([sys.executable, "-m", "geo", "-q", "gazetteer", "build"], env)
            layer = Path(folder) / "gazetteer" / "synthetic.sqlite"
            cold, warm = lookups(layer, names, env)
            size = layer.stat().st_size / 1e6
            print(
                f"{rows:<10,} {wall:7.1f} {rows / wall:8,.0f} {peak:13.0f} {size:10.0f} {cold:16.1f}"
                f" {warm:16.2f} {merge:9.1f}"
            )
            dump.unlink()
        cold, warm = lookups(peer, ["Erbil", *["Aleppo", "Kabul", "Gao", "Paris"] * 500], env)
        print(
            f"packaged index (peer, {peer.stat().st_size / 1e6:.0f} MB): cold {cold:.1f} ms,"
            f" warm {warm:.2f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
