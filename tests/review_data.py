"""Small articles written for the review tests (our own sentences) and a helper that extracts them."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from geo.cli import cli

#: A hostile string: markup that would run if any page put it into innerHTML.
HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'

ARTICLES = {
    "alpha.txt": """---
title: Dutch engineers head to Erbil
publisher: Test Wire
published: 2023-07-12
---
The Netherlands will send forty engineers to Erbil next month as part of Operation Inherent Resolve, \
the 🙂 defence ministry said on Tuesday.

A rocket attack hit the airport in Baghdad on Monday, killing two contractors. Officials in Kirkuk \
said the province was calm.
""",
    "beta.txt": f"""---
title: 'Protest in Basra {HOSTILE}'
publisher: 'Test "Wire" & <b>Co</b>'
published: 2023-07-20
---
Hundreds of people protested in Basra on Wednesday against power cuts. {HOSTILE} German trainers left \
Baghdad last week.
""",
}


def write_articles(folder: Path) -> list[Path]:
    """Write :data:`ARTICLES` into ``folder`` and return their paths in name order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in sorted(ARTICLES.items()):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def run(*args: str) -> str:
    """Run ``geo ARGS`` in this process; return its standard output (fails the test on exit != 0)."""
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def extract(paths: list[Path], out: Path) -> Path:
    """``geo extract PATHS -o OUT --demonym-countries`` (the review tests' articles name Germany only as
    "German": its mention is one of the events reviewed)."""
    run("extract", *map(str, paths), "-o", str(out), "--demonym-countries")
    return out
