"""GeoJSON text of many features at once, built column by column with pyarrow.

:func:`feature_texts` gives, for every row of an event table, exactly the text
:func:`geo.model.geojson.dumps` writes for that feature inside a collection (two-space indentation at the
feature's depth, contract key order, lists of plain values on one line, mentions one per line), or
the compact one-line form of :func:`geo.exports.text.feature_line`. The tests compare both with the
reference writers byte for byte. Values are encoded as Python's ``json`` module encodes them:
strings escaped as ``json.dumps(ensure_ascii=False)`` does, floats as ``repr`` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from geo.exports.table import MENTION_FIELDS, SOURCE_FIELDS, json_escape, list_parts
from geo.model.feature import PROPERTY_ORDER

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["feature_texts", "json_floats"]


def _null(values: Any) -> Any:
    import pyarrow.compute as pc

    return pc.fill_null(values, "null")


def _strings(column: Any) -> Any:
    import pyarrow.compute as pc

    return _null(pc.binary_join_element_wise('"', json_escape(column), '"', ""))


def _ints(column: Any) -> Any:
    import pyarrow as pa
    import pyarrow.compute as pc

    return _null(pc.cast(column, pa.string()))


def _dates(column: Any) -> Any:
    import pyarrow as pa
    import pyarrow.compute as pc

    return _strings(pc.cast(column, pa.string()))


def json_floats(column: Any) -> Any:
    """Floats as ``repr`` writes them (``44.0``, ``1e-05``), vectorised.

    Arrow's shortest round-trip digits equal Python's; the notations differ for integral values
    (``44`` → ``44.0``), and where either uses an exponent (Python below 1e-4 and from 1e16, Arrow
    from about 1e11 or many digits): those few rows are done by ``repr``.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    column = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    text = pc.cast(column, pa.string())
    plain = pc.match_substring_regex(text, r"^-?[0-9]+$")
    text = pc.if_else(plain, pc.binary_join_element_wise(text, ".0", ""), text)
    size = pc.abs(column)
    odd = pc.or_(pc.and_(pc.less(size, 1e-4), pc.not_equal(size, 0.0)), pc.greater_equal(size, 1e16))
    odd = pc.or_(odd, pc.match_substring(text, "e"))
    odd = pc.fill_null(odd, False)
    if pc.any(odd).as_py():
        values = column.to_pylist()
        fixed = [repr(v) for v, flag in zip(values, odd.to_pylist(), strict=True) if flag]
        text = pc.replace_with_mask(text, odd, pa.array(fixed, type=pa.string()))
    return _null(text)


def _string_lists(column: Any, separator: str) -> Any:
    import pyarrow as pa
    import pyarrow.compute as pc

    offsets, values = list_parts(column)
    quoted = pc.binary_join_element_wise('"', json_escape(values), '"', "")
    joined = pc.binary_join(pa.ListArray.from_arrays(offsets, quoted), separator)
    return pc.binary_join_element_wise("[", joined, "]", "")


def _mentions(column: Any, pad: str | None) -> Any:
    """``[]``, or one ``{"start": S, "end": E}`` per line at ``pad`` (``None``: compact, one line)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    offsets, values = list_parts(column)
    colon, comma = (":", ",") if pad is None else (": ", ", ")
    pieces: list[Any] = []
    for i, name in enumerate(MENTION_FIELDS):
        pieces.append(("{" if i == 0 else comma) + f'"{name}"{colon}')
        pieces.append(pc.cast(pc.struct_field(values, name), pa.string()))
    objects = pc.binary_join_element_wise(*pieces, "}", "")
    if pad is None:
        joined = pc.binary_join(pa.ListArray.from_arrays(offsets, objects), ",")
        return pc.binary_join_element_wise("[", joined, "]", "")
    inner = pad + "  "
    joined = pc.binary_join(pa.ListArray.from_arrays(offsets, objects), ",\n" + inner)
    empty = pc.equal(pc.list_value_length(pa.ListArray.from_arrays(offsets, objects)), 0)
    full = pc.binary_join_element_wise("[\n" + inner, joined, "\n" + pad + "]", "")
    return pc.if_else(empty, "[]", full)


def _source(column: Any, pad: str | None) -> Any:
    import pyarrow as pa
    import pyarrow.compute as pc

    column = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    colon, sep = (":", ",") if pad is None else (": ", ",\n" + pad + "  ")
    pieces: list[Any] = ["{" if pad is None else "{\n" + pad + "  "]
    for i, name in enumerate(SOURCE_FIELDS):
        if i:
            pieces.append(sep)
        pieces.append(f'"{name}"{colon}')
        pieces.append(_strings(pc.struct_field(column, name)))
    pieces.append("}" if pad is None else "\n" + pad + "}")
    return pc.binary_join_element_wise(*pieces, "")


def _value(table: pa.Table, name: str, pad: str | None) -> Any:
    column = table.column(name)
    if name == "actors":
        return _string_lists(column, "," if pad is None else ", ")
    if name == "mentions":
        return _mentions(column, pad)
    if name == "source":
        return _source(column, pad)
    if name in ("date_start", "date_end"):
        return _dates(column)
    if name in ("geo_precision", "troops", "fatalities"):
        return _ints(column)
    if name == "confidence":
        return json_floats(column)
    return _strings(column)


def feature_texts(table: pa.Table, *, indent: int | None) -> pa.Array:
    """The JSON text of every feature of ``table``.

    Parameters
    ----------
    indent
        Depth of the feature in the document (2 inside a FeatureCollection as ``dumps`` writes it:
        four spaces before ``{``), or ``None`` for compact one-line text.
    """
    import pyarrow.compute as pc

    ident = _strings(table.column("id"))
    lon, lat = json_floats(table.column("lon")), json_floats(table.column("lat"))
    if indent is None:
        pieces: list[Any] = ['{"type":"Feature","id":', ident, ',"geometry":{"type":"Point","coordinates":[']
        pieces += [lon, ",", lat, ']},"properties":{']
        for i, name in enumerate(PROPERTY_ORDER):
            pieces += [("," if i else "") + f'"{name}":', _value(table, name, None)]
        pieces.append("}}")
        return pc.binary_join_element_wise(*pieces, "")
    pad = "  " * indent
    p1, p2 = pad + "  ", pad + "    "
    pieces = [f'{pad}{{\n{p1}"type": "Feature",\n{p1}"id": ', ident, f',\n{p1}"geometry": {{\n']
    pieces += [f'{p2}"type": "Point",\n{p2}"coordinates": [', lon, ", ", lat]
    pieces.append("]\n" + p1 + "},\n" + p1 + '"properties": {\n')
    for i, name in enumerate(PROPERTY_ORDER):
        pieces += [(",\n" if i else "") + f'{p2}"{name}": ', _value(table, name, p2)]
    pieces.append(f"\n{p1}}}\n{pad}}}")
    return pc.binary_join_element_wise(*pieces, "")
