"""One inline script from the ES modules of the map runtime (``geo/maps/static/*.js``).

A map page carries its runtime inline, as one classic ``<script>``. :func:`bundle` reads the
entry module and everything it imports (:mod:`geo.maps.jsmodules`), orders the modules as ES
module evaluation would (depth first over the imports in source order, every module after the
modules it imports) and writes each as a function scope inside one IIFE::

    var geoMapRuntime = (function () {
    "use strict";
    // styles.js
    var __module_styles = (function () {
    … the module without its import and export statements …
    return Object.freeze({ configure: configure, styleOf: styleOf });
    })();
    // text.js
    var __module_text = (function () {
    const styleOf = __module_styles.styleOf;
    …
    return __module_main;
    })();

so that the page gets exactly one global, named by the caller, holding the entry module's exports.
An import cycle, an unknown module or a name a module does not export is an error; the same
sources always give the same text. Nothing is downloaded: the modules ship in the package.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources

from geo.maps.jsmodules import JsModule, ModuleError, parse_module

__all__ = ["STATIC", "bundle", "module_order", "package_bundle", "static_text"]

#: Folder of the runtime's modules and stylesheet inside the ``geo.maps`` package.
STATIC = "static"

_SPECIFIER = re.compile(r"^\./(?P<stem>[A-Za-z_][A-Za-z0-9_]*)\.js\Z")
_GLOBAL = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*\Z")


@cache
def static_text(name: str) -> str:
    """Return the text of file ``name`` of the package's static folder (a module or ``map.css``)."""
    path = resources.files("geo.maps").joinpath(STATIC, name)
    if not path.is_file():
        raise ModuleError(f"no map runtime file {name!r} in geo/maps/{STATIC}")
    return path.read_text(encoding="utf-8")


def _resolve(module: JsModule, specifier: str) -> str:
    match = _SPECIFIER.match(specifier)
    if match is None:
        raise ModuleError(
            f"{module.name}: unknown import {specifier!r} (only './<name>.js' modules of the runtime)"
        )
    return f"{match['stem']}.js"


def module_order(entry: str, load: Callable[[str], str] = static_text) -> list[JsModule]:
    """Return ``entry`` and the modules it imports, each after every module it imports.

    Parameters
    ----------
    entry
        File name of the entry module, e.g. ``"main.js"``.
    load
        Returns the text of a module by file name (default: the package's static folder); it
        raises :class:`~geo.maps.jsmodules.ModuleError` for an unknown module.

    Returns
    -------
    list of JsModule
        The order in which ES modules would run: depth first over each module's imports in
        source order, the entry last.

    Raises
    ------
    ModuleError
        On an import cycle (naming it), an unknown module, or a module that cannot be parsed.
    """
    done: dict[str, JsModule] = {}
    visiting: list[str] = []

    def visit(name: str) -> None:
        if name in done:
            return
        if name in visiting:
            cycle = " -> ".join([*visiting[visiting.index(name) :], name])
            raise ModuleError(f"import cycle: {cycle}")
        visiting.append(name)
        module = parse_module(name, load(name))
        for statement in module.imports:
            visit(_resolve(module, statement.source))
        visiting.pop()
        done[name] = module

    visit(entry)
    return list(done.values())


def _variable(name: str) -> str:
    return "__module_" + name.removesuffix(".js")


def _module_text(module: JsModule, exported: Mapping[str, set[str]]) -> str:
    lines = [f"// {module.name}", f"var {_variable(module.name)} = (function () {{"]
    for statement in module.imports:
        target = _resolve(module, statement.source)
        if statement.namespace is not None:
            lines.append(f"const {statement.namespace} = {_variable(target)};")
        for imported, local in statement.names:
            if imported not in exported[target]:
                raise ModuleError(f"{module.name}: {target} does not export {imported!r}")
            lines.append(f"const {local} = {_variable(target)}.{imported};")
    lines.append(module.body.strip("\n"))
    members = ", ".join(f"{name}: {local}" for name, local in module.exports)
    lines += [f"return Object.freeze({{ {members} }});" if members else "return Object.freeze({});", "})();"]
    return "\n".join(lines)


def bundle(entry: str, *, name: str, load: Callable[[str], str] = static_text) -> str:
    """Return one classic script defining global ``name`` as the exports of module ``entry``.

    Parameters
    ----------
    entry
        File name of the entry module (``"main.js"``, ``"basemap.js"``).
    name
        The global variable the script defines (``"geoMapRuntime"``).
    load
        Returns module text by file name (default: the package's static folder).

    Returns
    -------
    str
        The script, ending with a line break; the same modules always give the same text.

    Raises
    ------
    ModuleError
        On an import cycle, an unknown module or name, unsupported syntax, or an invalid ``name``.
    """
    if not _GLOBAL.match(name):
        raise ModuleError(f"not a JavaScript global name: {name!r}")
    modules = module_order(entry, load)
    exported = {module.name: {exported for exported, _ in module.exports} for module in modules}
    parts = [f"var {name} = (function () {{", '"use strict";']
    parts += [_module_text(module, exported) for module in modules]
    parts += [f"return {_variable(entry)};", "})();", ""]
    return "\n".join(parts)


@cache
def package_bundle(entry: str, name: str) -> str:
    """:func:`bundle` of the package's own modules, computed once per process."""
    return bundle(entry, name=name)
