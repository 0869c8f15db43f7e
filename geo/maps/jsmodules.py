"""Reading the ES modules of the map runtime: their imports, exports and body without either.

The map runtime is written as ES modules (``geo/maps/static/*.js``) and shipped as one inline
script (:mod:`geo.maps.bundle`). :func:`parse_module` scans a module just far enough to find its
top-level ``import`` and ``export`` statements: comments, strings, template literals and regular
expression literals are skipped as wholes (a ``/`` after ``)``, ``]``, ``}``, a number or a name
other than a keyword such as ``return`` is a division), brackets are counted, and only statements
at the top level count. Accepted:

* ``import { a, b as c } from "./x.js";``, ``import * as ns from "./x.js";``, ``import "./x.js";``;
* ``export function f``, ``export class C``, ``export const a = …``, ``export { a, b as c };``.

Exported bindings must be ``function``, ``class`` or ``const`` declarations or imported names:
the bundle copies them into the module's export object once the module has run, which equals a
live ES binding only for names that are never reassigned. Default exports, ``export let``/``var``,
re-exports ``from`` another module, dynamic ``import()`` and ``import.meta`` are errors.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from geo.errors import InputError

__all__ = ["Import", "JsModule", "ModuleError", "Token", "parse_module", "tokenize"]


class ModuleError(InputError):
    """A JavaScript module of the map runtime cannot be read or bundled."""


class Token(NamedTuple):
    """A token of JavaScript source: kind, text, span and bracket depth at its start."""

    kind: str  # "name", "punct", "string", "template", "regex" or "number"
    text: str
    start: int
    end: int
    depth: int


class Import(NamedTuple):
    """One ``import`` statement: the module specifier and the bindings it creates."""

    source: str
    #: ``(imported name, local name)`` pairs.
    names: tuple[tuple[str, str], ...]
    #: Local name of ``import * as ns``, else None.
    namespace: str | None


class JsModule(NamedTuple):
    """A parsed module: its imports, its exports and its body with neither statement left."""

    name: str
    imports: tuple[Import, ...]
    #: ``(exported name, local name)`` pairs in source order.
    exports: tuple[tuple[str, str], ...]
    body: str


_NAME = re.compile(r"[A-Za-z_$\u0080-\uffff][\w$\u0080-\uffff]*")
_NUMBER = re.compile(r"(?:\d|\.\d)[\w.]*")
_SPACE = re.compile(r"\s+")
#: After these names a ``/`` starts a regular expression, not a division.
_BEFORE_REGEX = frozenset(
    {"return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do"}
    | {"else", "yield", "await"}
)
_STRINGS = {quote: re.compile(rf"{quote}(?:[^{quote}\\\n]|\\.)*{quote}", re.S) for quote in "\"'"}
_CLOSERS = {")": "(", "]": "[", "}": "{"}


def _string_end(source: str, i: int, name: str) -> int:
    match = _STRINGS[source[i]].match(source, i)
    if match is None:
        raise ModuleError(f"{name}: unterminated string at offset {i}")
    return match.end()


def _regex_end(source: str, i: int, name: str) -> int:
    j = i + 1
    in_class = False
    while j < len(source):
        char = source[j]
        if char == "\\":
            j += 2
            continue
        if char == "\n":
            break
        if char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "/" and not in_class:
            match = _NAME.match(source, j + 1)
            return match.end() if match else j + 1
        j += 1
    raise ModuleError(f"{name}: unterminated regular expression at offset {i}")


def _template_end(source: str, i: int, name: str) -> tuple[int, bool]:
    """End of the template text from ``i``; True when it stops at ``${`` (an expression follows)."""
    j = i
    while j < len(source):
        char = source[j]
        if char == "\\":
            j += 2
            continue
        if char == "`":
            return j + 1, False
        if char == "$" and source.startswith("${", j):
            return j + 2, True
        j += 1
    raise ModuleError(f"{name}: unterminated template literal at offset {i}")


def _regex_allowed(previous: Token | None) -> bool:
    if previous is None:
        return True
    if previous.kind == "name":
        return previous.text in _BEFORE_REGEX
    return previous.kind == "punct" and previous.text not in {")", "]", "}"}


def tokenize(source: str, name: str = "<module>") -> list[Token]:
    """Split JavaScript ``source`` into tokens, skipping whitespace and comments.

    Parameters
    ----------
    source
        Module text.
    name
        Module name for error messages.

    Returns
    -------
    list of Token
        Strings, template parts, regular expressions and numbers are single tokens; every other
        non-name character is a one-character punctuator.

    Raises
    ------
    ModuleError
        If a comment, string, template or regular expression is not closed, or brackets do not match.
    """
    tokens: list[Token] = []
    stack: list[str] = []
    i = 0
    previous: Token | None = None
    while i < len(source):
        space = _SPACE.match(source, i)
        if space:
            i = space.end()
            continue
        if source.startswith("//", i):
            end = source.find("\n", i)
            i = len(source) if end < 0 else end
            continue
        if source.startswith("/*", i):
            end = source.find("*/", i + 2)
            if end < 0:
                raise ModuleError(f"{name}: unterminated comment at offset {i}")
            i = end + 2
            continue
        depth = len(stack)
        char = source[i]
        if char in "\"'":
            token = Token("string", source[i : _string_end(source, i, name)], i, 0, depth)
        elif char == "`" or (char == "}" and stack and stack[-1] == "`"):
            if char == "}":
                stack.pop()
                depth -= 1
            end, opens = _template_end(source, i + 1, name)
            if opens:
                stack.append("`")
            token = Token("template", source[i:end], i, 0, depth)
        elif match := _NAME.match(source, i):
            token = Token("name", match[0], i, 0, depth)
        elif match := _NUMBER.match(source, i):
            token = Token("number", match[0], i, 0, depth)
        elif char == "/" and _regex_allowed(previous):
            token = Token("regex", source[i : _regex_end(source, i, name)], i, 0, depth)
        else:
            if char in "([{":
                stack.append(char)
            elif char in _CLOSERS:
                if not stack or stack[-1] != _CLOSERS[char]:
                    raise ModuleError(f"{name}: unmatched {char!r} at offset {i}")
                stack.pop()
                depth -= 1
            token = Token("punct", char, i, 0, depth)
        token = token._replace(end=i + len(token.text))
        tokens.append(token)
        previous = token
        i = token.end
    if stack:
        raise ModuleError(f"{name}: unclosed {stack[-1]!r} at the end")
    return tokens


class _Reader:
    """Tokens of one module statement by statement, with the module name for errors."""

    def __init__(self, tokens: list[Token], name: str) -> None:
        self.tokens = tokens
        self.name = name

    def at(self, k: int) -> Token:
        if k >= len(self.tokens):
            raise ModuleError(f"{self.name}: unexpected end of module")
        return self.tokens[k]

    def fail(self, k: int, what: str) -> ModuleError:
        token = self.tokens[min(k, len(self.tokens) - 1)]
        return ModuleError(f"{self.name}: {what} at offset {token.start} ({token.text!r})")

    def expect(self, k: int, text: str) -> int:
        if self.at(k).text != text:
            raise self.fail(k, f"expected {text!r}")
        return k + 1

    def identifier(self, k: int) -> str:
        token = self.at(k)
        if token.kind != "name":
            raise self.fail(k, "expected a name")
        return token.text

    def name_list(self, k: int) -> tuple[list[tuple[str, str]], int]:
        """Parse ``{ a, b as c }`` from the ``{`` at ``k``; return the pairs and the index after."""
        k = self.expect(k, "{")
        pairs = []
        while self.at(k).text != "}":
            first = self.identifier(k)
            second = first
            k += 1
            if self.at(k).text == "as":
                second = self.identifier(k + 1)
                k += 2
            pairs.append((first, second))
            if self.at(k).text == ",":
                k += 1
            elif self.at(k).text != "}":
                raise self.fail(k, "expected ',' or '}'")
        return pairs, k + 1

    def specifier(self, k: int) -> str:
        token = self.at(k)
        if token.kind != "string":
            raise self.fail(k, "expected a module specifier string")
        return token.text[1:-1]


def _declarations(tokens: list[Token]) -> dict[str, str]:
    """Top-level ``function``/``class``/``const``/``let``/``var`` names and their kind."""
    found: dict[str, str] = {}
    for k, token in enumerate(tokens[:-1]):
        if token.depth != 0 or token.kind != "name" or (k and tokens[k - 1].text == "."):
            continue
        if token.text in {"function", "class", "const", "let", "var"}:
            j = k + 1 + (tokens[k + 1].text == "*")
            if j < len(tokens) and tokens[j].kind == "name":
                found.setdefault(tokens[j].text, token.text)
    return found


def parse_module(name: str, source: str) -> JsModule:
    """Find the imports and exports of ES module ``source`` and strip them from its text.

    Parameters
    ----------
    name
        The module's file name (for messages), e.g. ``"layout.js"``.
    source
        Module text.

    Returns
    -------
    JsModule
        The body keeps everything but the ``import`` statements, the ``export { … };`` lists and
        the ``export`` keyword before declarations.

    Raises
    ------
    ModuleError
        If the module uses syntax outside the supported subset (see the module docstring) or
        exports a name it neither declares with ``function``, ``class`` or ``const`` nor imports.
    """
    tokens = tokenize(source, name)
    read = _Reader(tokens, name)
    imports: list[Import] = []
    exports: list[tuple[str, str]] = []
    cuts: list[tuple[int, int]] = []
    for k, token in enumerate(tokens):
        if token.kind != "name" or token.text not in {"import", "export"}:
            continue
        if k and tokens[k - 1].text in {".", "?"}:
            continue
        following = read.at(k + 1).text if k + 1 < len(tokens) else ""
        if token.text == "import" and following in {"(", "."}:
            raise read.fail(k, "dynamic import() and import.meta are not supported")
        if token.depth != 0:
            continue
        if token.text == "import":
            k_end, statement = _import_statement(read, k)
            imports.append(statement)
            cuts.append((token.start, read.at(k_end).end))
            continue
        if following == "{":
            pairs, j = read.name_list(k + 1)
            if read.at(j).text == "from":
                raise read.fail(j, "re-exports from another module are not supported")
            read.expect(j, ";")
            exports.extend((exported, local) for local, exported in pairs)
            cuts.append((token.start, read.at(j).end))
        elif following in {"function", "class", "async"}:
            j = k + 1 + (following == "async")
            j += 1 + (read.at(j + 1).text == "*")
            local = read.identifier(j)
            exports.append((local, local))
            cuts.append((token.start, read.at(k + 1).start))
        elif following == "const":
            if read.at(k + 2).text in {"{", "["}:
                raise read.fail(k + 2, "exported destructuring is not supported")
            local = read.identifier(k + 2)
            _single_declarator(read, k + 3)
            exports.append((local, local))
            cuts.append((token.start, read.at(k + 1).start))
        elif following in {"let", "var"}:
            raise read.fail(k + 1, "exported bindings must be const, function or class (they are copied)")
        else:
            raise read.fail(k + 1, "default exports and 'export *' are not supported")
    _check_exports(name, exports, _declarations(tokens), imports)
    body = _cut(source, cuts)
    if "__module_" in {t.text[:9] for t in tokenize(body, name) if t.kind == "name"}:
        raise ModuleError(f"{name}: names starting with '__module_' are reserved for the bundle")
    return JsModule(name, tuple(imports), tuple(exports), body)


def _single_declarator(read: _Reader, k: int) -> None:
    """Check that the ``export const`` whose initialiser starts at ``k`` declares one name."""
    while read.at(k).depth != 0 or read.at(k).text != ";":
        if read.at(k).depth == 0 and read.at(k).text == ",":
            raise read.fail(k, "declare one name per 'export const' statement")
        k += 1


def _import_statement(read: _Reader, k: int) -> tuple[int, Import]:
    """Parse the ``import`` statement at ``k``; return the index of its ``;`` and the import."""
    j = k + 1
    token = read.at(j)
    if token.kind == "string":
        return read.expect(j + 1, ";") - 1, Import(read.specifier(j), (), None)
    names: tuple[tuple[str, str], ...] = ()
    namespace = None
    if token.text == "*":
        j = read.expect(j + 1, "as")
        namespace = read.identifier(j)
        j += 1
    elif token.text == "{":
        pairs, j = read.name_list(j)
        names = tuple(pairs)
    else:
        raise read.fail(j, "default imports are not supported")
    j = read.expect(j, "from")
    source = read.specifier(j)
    return read.expect(j + 1, ";") - 1, Import(source, names, namespace)


def _check_exports(
    name: str, exports: list[tuple[str, str]], declared: dict[str, str], imports: list[Import]
) -> None:
    imported = {local for statement in imports for _, local in statement.names}
    imported |= {statement.namespace for statement in imports if statement.namespace}
    seen: set[str] = set()
    for exported, local in exports:
        if exported in seen:
            raise ModuleError(f"{name}: {exported!r} is exported twice")
        seen.add(exported)
        if local in imported:
            continue
        kind = declared.get(local)
        if kind is None:
            raise ModuleError(f"{name}: exports {local!r}, which it does not declare at the top level")
        if kind not in {"function", "class", "const"}:
            raise ModuleError(f"{name}: exports {local!r} declared with {kind!r}; use const (it is copied)")


def _cut(source: str, cuts: list[tuple[int, int]]) -> str:
    """``source`` without the spans of ``cuts`` (and the line break after a whole statement)."""
    parts = []
    position = 0
    for start, end in sorted(cuts):
        parts.append(source[position:start])
        position = end
        if source[end - 1 : end] == ";" and source[end : end + 1] == "\n":
            position += 1
    parts.append(source[position:])
    return "".join(parts)
