"""Reproducible containers: the same events give the same bytes, whenever they are written.

GeoPackage (``gpkg_contents.last_change``, our ``layer_styles.update_time``), the DBF header of a
Shapefile (date of last update) and zip archives (each member's modification time) hold a time.
Every writer takes it from :func:`output_time`: ``SOURCE_DATE_EPOCH`` (seconds since 1970, the
reproducible-builds.org convention) when set, else 1980-01-01T00:00:00Z, the earliest time a zip
archive can hold.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Final

from geo.errors import InputError

__all__ = ["FIXED_TIME", "gdal_time_options", "output_time", "write_zip"]

#: The time written when ``SOURCE_DATE_EPOCH`` is not set.
FIXED_TIME: Final = dt.datetime(1980, 1, 1, tzinfo=dt.UTC)


def output_time() -> dt.datetime:
    """The time stamped into containers: ``SOURCE_DATE_EPOCH`` if set, else :data:`FIXED_TIME` (UTC).

    A time outside what a zip archive can hold (1980-2107) is moved to its nearest end.

    Raises
    ------
    InputError
        If ``SOURCE_DATE_EPOCH`` is not a whole number of seconds.
    """
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if raw is None or not raw.strip():
        return FIXED_TIME
    try:
        seconds = int(raw)
    except ValueError:
        raise InputError(f"SOURCE_DATE_EPOCH must be seconds since 1970, not {raw!r}") from None
    last = dt.datetime(2107, 12, 31, 23, 59, 58, tzinfo=dt.UTC)
    seconds = min(max(seconds, int(FIXED_TIME.timestamp())), int(last.timestamp()))
    return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)


def iso_milliseconds(moment: dt.datetime) -> str:
    """``2020-01-06T10:30:00.000Z``, the form GeoPackage uses."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@contextlib.contextmanager
def gdal_time_options() -> Iterator[dict[str, str]]:
    """Set GDAL's ``OGR_CURRENT_DATE`` (GeoPackage ``last_change``) to :func:`output_time` while
    GDAL writes; yields the layer options that fix a Shapefile's DBF date (``DBF_DATE_LAST_UPDATE``)."""
    import pyogrio

    moment = output_time()
    previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": iso_milliseconds(moment)})
    try:
        yield {"DBF_DATE_LAST_UPDATE": moment.strftime("%Y-%m-%d")}
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})


def write_zip(archive: Path, members: Sequence[tuple[str, bytes]]) -> None:
    """Write a deflated zip of ``(name, content)`` members with fixed times and modes (0644)."""
    stamp = output_time().timetuple()[:6]
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, content in members:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16
            info.create_system = 3  # Unix, whatever system writes it
            zf.writestr(info, content)
