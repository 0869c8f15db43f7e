"""Bounded reads of untrusted content: :func:`load_json_text` and :func:`load_yaml_text` refuse nesting
deeper than :data:`MAX_DEPTH` (and YAML aliases beyond a small limit, the "billion laughs" bomb, and
repeated keys), :func:`read_bounded` refuses files larger than :data:`MAX_FILE_BYTES` and
:func:`open_zip` refuses archives that would expand beyond :data:`MAX_ZIP_BYTES` or by more than
:data:`MAX_ZIP_RATIO` (a zip bomb). Each raises :class:`~geo.errors.InputError` with one line naming
the file and the problem.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import os
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

from geo.errors import GeoIOError, InputError

if TYPE_CHECKING:
    import yaml

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_YAML_ALIASES",
    "MAX_YAML_NODES",
    "MAX_ZIP_BYTES",
    "MAX_ZIP_RATIO",
    "gc_paused",
    "load_json_text",
    "load_yaml_text",
    "nested_too_deep",
    "open_zip",
    "read_bounded",
]

#: Deepest nesting of arrays/objects (JSON) or sequences/mappings (YAML) accepted; ours need < 10.
MAX_DEPTH: Final = 64
#: Largest file :func:`read_bounded` reads (1 GiB).
MAX_FILE_BYTES: Final = 1 << 30
#: Most alias uses (``*name``) in one YAML document.
MAX_YAML_ALIASES: Final = 100
#: Most nodes one YAML document may stand for once its aliases are expanded.
MAX_YAML_NODES: Final = 1_000_000
#: Most bytes the members of a zip archive may expand to (1 GiB).
MAX_ZIP_BYTES: Final = 1 << 30
#: Highest compression ratio of a zip member (deflated XML and DBF reach ~20).
MAX_ZIP_RATIO: Final = 200


def read_bounded(path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """Return the bytes of ``path``, refusing a file larger than ``max_bytes``.

    Raises
    ------
    GeoIOError
        If the file cannot be read.
    InputError
        If it is larger than ``max_bytes``.
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise GeoIOError(f"cannot read {name!r}: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise InputError(f"{name!r}: file is larger than {max_bytes} bytes")
    return data


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block (as it was before, after it).

    Parsing a large JSON document makes millions of lists and dicts, none of them garbage; each
    allocation burst triggers a collection that scans them all again, which triples the time of
    reading 100,000 events. Reference counting still frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def nested_too_deep(value: Any, max_depth: int = MAX_DEPTH) -> bool:
    """True when ``value`` nests lists/dicts deeper than ``max_depth`` (iterative, no recursion)."""
    if not isinstance(value, dict | list):
        return False  # a scalar document (``null``, ``3``, ``"x"``) nests nothing
    stack: list[tuple[Any, int]] = [(value, 1)]
    seen: set[int] = set()
    while stack:
        item, depth = stack.pop()
        if depth > max_depth:
            return True
        children = item.values() if isinstance(item, dict) else item
        for child in children:
            if isinstance(child, dict | list) and id(child) not in seen:
                seen.add(id(child))
                stack.append((child, depth + 1))
    return False


def load_json_text(text: str | bytes, *, name: str, max_depth: int = MAX_DEPTH, **options: Any) -> Any:
    """Parse JSON text, refusing nesting deeper than ``max_depth``.

    ``name`` (file name, ``FILE:LINE``) starts every error message; ``options`` are hooks passed to
    :func:`json.loads` (``object_pairs_hook``, ``parse_float`` ...).

    Raises
    ------
    InputError
        If the text is not JSON (the ``json.JSONDecodeError`` is chained), bytes that do not decode,
        or nests more than ``max_depth`` arrays and objects.
    """
    try:
        value = json.loads(text, **options)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise InputError(f"{name}: not valid JSON ({exc.msg} at {where})") from exc
    except UnicodeDecodeError as exc:  # bytes: json.loads decodes UTF-8, -16 or -32 by the first bytes
        raise InputError(f"{name}: not valid JSON (not {exc.encoding} text: {exc.reason})") from exc
    except RecursionError:
        raise InputError(f"{name}: JSON nested more than {max_depth} levels deep") from None
    if isinstance(value, dict | list) and nested_too_deep(value, max_depth):
        raise InputError(f"{name}: JSON nested more than {max_depth} levels deep")
    return value


@functools.cache
def _out_of_bounds() -> type[Exception]:
    """The error of a YAML document that exceeds a bound of :func:`load_yaml_text` (a
    ``ComposerError``; defined on first use: yaml loads only when YAML is read, ~15 ms)."""
    import yaml

    class _OutOfBounds(yaml.composer.ComposerError):
        """A YAML document exceeds a bound of :func:`load_yaml_text`."""

    return _OutOfBounds


def _bounded_loader(base: type[yaml.SafeLoader], max_aliases: int, max_nodes: int, max_depth: int) -> type:
    """A subclass of ``base`` whose composer counts aliases, expanded nodes and depth, and refuses a
    mapping that repeats a key."""
    import yaml

    out_of_bounds = _out_of_bounds()

    class _Bounded(base):  # type: ignore[valid-type,misc]
        def __init__(self, stream: str) -> None:
            super().__init__(stream)
            self._aliases = 0
            self._depth = 0
            self._weight: dict[int, int] = {}

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                self._aliases += 1
                if self._aliases > max_aliases:
                    mark = self.peek_event().start_mark
                    raise out_of_bounds(None, None, f"more than {max_aliases} aliases", mark)
                return super().compose_node(parent, index)
            self._depth += 1
            if self._depth > max_depth:
                mark = self.peek_event().start_mark
                raise out_of_bounds(None, None, f"nested more than {max_depth} levels", mark)
            node = super().compose_node(parent, index)
            self._depth -= 1
            children: list[Any] = []
            if isinstance(node, yaml.SequenceNode):
                children = node.value
            elif isinstance(node, yaml.MappingNode):
                children = [item for pair in node.value for item in pair]
                keys = [k for k, _ in node.value if isinstance(k, yaml.ScalarNode) and k.value != "<<"]
                seen: set[str] = set()
                for key in keys:  # a repeated key would silently keep its last value
                    if key.value in seen:
                        raise out_of_bounds(None, None, f"duplicate key {key.value!r}", key.start_mark)
                    seen.add(key.value)
            weight = 1 + sum(self._weight.get(id(child), 1) for child in children)
            if weight > max_nodes:
                raise out_of_bounds(
                    None, None, f"aliases expand to more than {max_nodes} values", node.start_mark
                )
            self._weight[id(node)] = weight
            return node

    return _Bounded


def load_yaml_text(
    text: str,
    *,
    name: str,
    loader: type[yaml.SafeLoader] | None = None,
    max_aliases: int = MAX_YAML_ALIASES,
    max_nodes: int = MAX_YAML_NODES,
    max_depth: int = MAX_DEPTH,
) -> Any:
    """Parse one YAML document safely and within bounds.

    ``name`` (file name) starts every error message; ``loader`` is the :class:`yaml.SafeLoader`
    (sub)class to extend (``None``: :class:`yaml.SafeLoader` itself). At most ``max_aliases`` alias
    uses (``*anchor``), ``max_nodes`` values once aliases are expanded (a 1 KB "billion laughs"
    document stands for 10⁹) and ``max_depth`` levels.

    Raises
    ------
    InputError
        If the text is not YAML or exceeds a bound; the message holds the line and column.
    """
    import yaml  # deferred: most commands read no YAML

    bounded = _bounded_loader(loader or yaml.SafeLoader, max_aliases, max_nodes, max_depth)
    try:
        return yaml.load(text, Loader=bounded)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + 1} column {mark.column + 1}" if mark else ""
        what = "refused YAML" if isinstance(exc, _out_of_bounds()) else "not valid YAML"
        raise InputError(f"{name}: {what}: {exc.problem or exc.context}{where}") from exc
    except (yaml.YAMLError, ValueError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{name}: not valid YAML: {first}") from exc
    except RecursionError:
        raise InputError(f"{name}: YAML nested more than {max_depth} levels deep") from None


def open_zip(
    path: str | os.PathLike[str], *, max_total: int = MAX_ZIP_BYTES, max_ratio: float = MAX_ZIP_RATIO
) -> zipfile.ZipFile:
    """Open a zip archive after checking that its members cannot expand out of bounds.

    The sizes are those of the central directory; reading a member (Python's ``zipfile`` and GDAL's
    ``/vsizip/``) stops at the recorded size, so a member that lies about it fails its CRC check
    instead of expanding further.

    At most ``max_total`` bytes in all, and no member (of 64 KiB or more) expanding more than
    ``max_ratio`` times. Returns the open archive (use it as a context manager).

    Raises
    ------
    GeoIOError
        If the file cannot be read.
    InputError
        If it is not a zip archive or is out of bounds.
    """
    name = os.fspath(path)
    try:
        archive = zipfile.ZipFile(name)
    except OSError as exc:
        raise GeoIOError(f"cannot read {name!r}: {exc.strerror or exc}") from exc
    except (zipfile.BadZipFile, ValueError) as exc:
        raise InputError(f"{name!r}: not a zip archive ({exc})") from exc
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 65536 and ratio > max_ratio:
            archive.close()
            raise InputError(
                f"{name!r}: member {info.filename!r} expands {ratio:.0f} times "
                f"(more than {max_ratio:g}): refused as a possible zip bomb"
            )
        if total > max_total:
            archive.close()
            raise InputError(f"{name!r}: members expand to more than {max_total} bytes: refused")
    return archive
