"""Split a text into word tokens with offsets, normalised keys and the facts the recogniser asks about."""

from __future__ import annotations

import re
from itertools import accumulate, compress
from typing import Final, NamedTuple

from unidecode import unidecode

from geo.recognize.words import ABBREVIATIONS

__all__ = ["Token", "Tokens", "tokenize", "word_columns"]

# Initials with dots ("U.S.", "D.C.", "W.Va."), else a word with inner apostrophes ("Ma'rib"); hyphens split
# words ("Deir ez-Zor" is three tokens, the gap before "Zor" is "-").
_TOKEN: Final = re.compile(r"(?:[^\W\d_]{1,3}\.){2,}|[^\W_][\w&]*(?:['’‘][^\W_][\w&]*)*")
#: A gap and the word after it. Every word starts with a letter or a digit and the second alternative of
#: :data:`_TOKEN` matches at any of them, so the gap is the run of other characters before it.
_GAP_TOKEN: Final = re.compile(r"([\W_]*)(" + _TOKEN.pattern + ")")
#: The text cut into gap, word, gap, word, ..., the rest: the words :data:`_GAP_TOKEN` finds, as every
#: letter or digit that no word covers starts one.
_SPLIT: Final = re.compile(r"((?:[^\W\d_]{1,3}\.){2,}|[^\W_][\w&]*+(?:['’‘][^\W_][\w&]*+)*+)").split
#: The same without initials ("U.S."): a third faster, and the same cut wherever :data:`_INITIALS_HINT`
#: does not match.
_SPLIT_PLAIN: Final = re.compile(r"([^\W_][\w&]*+(?:['’‘][^\W_][\w&]*+)*+)").split
#: The two above for a text of ASCII characters only (``str.isascii``), where ``[^\W_]`` is ``[A-Za-z0-9]``,
#: ``[^\W\d_]`` is ``[A-Za-z]`` and the curly apostrophes cannot stand: the same cut, a third cheaper (a
#: character set of ASCII ranges is a bitmap; Unicode categories are looked up character by character).
#: The repetitions of a word are possessive (``*+``) in all four: what a word's letters leave is never a
#: letter, so giving some back could not match more; the same cut, without the backtracking states.
_SPLIT_ASCII: Final = re.compile(
    r"((?:[A-Za-z]{1,3}\.){2,}|[A-Za-z0-9][\w&]*+(?:'[A-Za-z0-9][\w&]*+)*+)", re.ASCII
).split
_SPLIT_PLAIN_ASCII: Final = re.compile(r"([A-Za-z0-9][\w&]*+(?:'[A-Za-z0-9][\w&]*+)*+)", re.ASCII).split
#: Part of every run of initials (a dot, one to three letters, a dot): where initials may stand.
_INITIALS_HINT: Final = re.compile(r"\.[^\W\d_]{1,3}\.")
#: Fewer characters per hint than this, and the whole text is split with :data:`_SPLIT` (measured: the
#: pieces cost as much as they save at about 30 hints in 4 KB).
_HINT_SPACING: Final = 128
_POSSESSIVE: Final = re.compile(r"['’]s$|(?<=s)['’]$", re.IGNORECASE)
_KEY_DROP: Final = re.compile(r"[.'’‘`]")
_KEY_SPACE: Final = re.compile(r"[^0-9a-z]+")
_SENTENCE_END: Final = re.compile(r"[.!?]['\"’”)\]]*\s+$|[\n\r]|[:;•|]\s*$|[\"“(\[]\s*$")
_CONTRACTION: Final = re.compile(r"['’](?:m|ve|ll|d|re|t)$", re.IGNORECASE)


class Token(NamedTuple):
    """A word of the text.

    Attributes
    ----------
    start, end
        Offsets of the word in the text (a possessive "'s" is outside).
    text
        The word as written (``text[start:end]``).
    key
        Normalised form (lower-case ASCII, dots and apostrophes dropped, hyphens as spaces).
    cap
        Starts with an upper-case letter.
    upper
        Written all in capitals (two letters or more).
    initial
        First word of a sentence, a line or a quotation: its capital says nothing.
    possessive
        Followed by "'s" (or "'" after an s), which is outside the token.
    gap
        The characters between the previous token and this one.
    name
        Can begin or end a name: capitalised and not a contraction ("I'm", "I've").
    """

    start: int
    end: int
    text: str
    key: str
    cap: bool
    upper: bool
    initial: bool
    possessive: bool
    gap: str
    name: bool


def _key(word: str) -> str:
    if word.isalnum() and word.isascii():
        return word.lower()
    if not word.isascii():
        word = unidecode(word)
    return _KEY_SPACE.sub(" ", _KEY_DROP.sub("", word.lower())).strip()


#: What a word says, by word as written: key, cap, upper, name, and whether the word needs a second look
#: (an apostrophe that may start a possessive, an abbreviation that may take the dot after it, or a word
#: whose key is empty).
_WordInfo = tuple[str, bool, bool, bool, bool]
#: The caches are cleared when they pass this many entries (memory stays bounded on endless input).
_CACHE_LIMIT: Final = 200_000


class _WordCache(dict[str, _WordInfo]):
    """Word facts that do not depend on where the word stands, computed on first sight."""

    def __missing__(self, word: str) -> _WordInfo:
        upper = word.isupper()
        cap = upper or word[0].isupper()
        key = _key(word)
        special = (
            not key or "'" in word or "’" in word or (word[0].isupper() and word.lower() in ABBREVIATIONS)
        )
        info = (key, cap, upper and len(word) > 1, cap and _CONTRACTION.search(word) is None, special)
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        self[word] = info
        return info


class _GapCache(dict[str, bool]):
    """Whether a gap (the text before a word) ends a sentence, a line or opens a quotation."""

    def __missing__(self, gap: str) -> bool:
        found = gap != " " and _SENTENCE_END.search(gap) is not None
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        self[gap] = found
        return found


_WORDS: Final = _WordCache()
_GAPS: Final = _GapCache()


def tokenize(text: str) -> list[Token]:
    """Return the word tokens of ``text`` in order.

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    list[Token]
        Tokens with offsets into ``text``; a dot ending a known abbreviation ("St.", "Ky.") belongs to the
        token, a possessive "'s" does not.
    """
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__
    words = _WORDS
    gaps = _GAPS
    pos = 0
    carry = -1  # where the next gap starts when it is not the end of the previous match, else -1
    for gap, word in _GAP_TOKEN.findall(text):
        start = pos + len(gap)
        pos = start + len(word)
        key, cap, upper, name, special = words[word]
        if not special and carry < 0:  # the common case: the match is the token, the gap is the gap
            append(
                new(Token, (start, pos, word, key, cap, upper, gap != " " and gaps[gap], False, gap, name))
            )
            continue
        end = pos
        possessive = False
        if special:
            end, word, possessive = _adjust(text, start, pos, word)
            if end != pos:
                key, cap, upper, name, _ = words[word]
        if not key:  # dropped: the next gap starts where this one did
            if carry < 0:
                carry = start - len(gap)
            continue
        if carry >= 0:
            gap = text[carry:start]
        carry = end if end > pos else -1  # a dot taken by an abbreviation is not part of the next gap
        append(
            new(Token, (start, end, word, key, cap, upper, gap != " " and gaps[gap], possessive, gap, name))
        )
    if tokens and not tokens[0].initial:
        tokens[0] = tokens[0]._replace(initial=True)  # the first word starts the text
    return tokens


class Tokens:
    """The tokens of a text as columns, one list per field of :class:`Token`: ``tokens.key[i]``.

    What :func:`tokenize` returns, without a tuple per word: the recogniser reads a few fields of most
    words and all fields of a few, so columns built by C-level maps are faster than records. Whether a
    word starts a sentence is asked of a few words only: :meth:`initial` tells it from the gap.
    """

    __slots__ = ("cap", "end", "gap", "key", "name", "possessive", "singles", "start", "text", "upper")

    def __init__(
        self,
        start: list[int],
        end: list[int],
        text: list[str],
        key: list[str],
        cap: list[bool],
        upper: list[bool],
        possessive: list[bool],
        gap: list[str],
        name: list[bool],
        singles: int | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.key = key
        self.cap = cap
        self.upper = upper
        self.possessive = possessive
        self.gap = gap
        self.name = name
        #: How many words are one character long (counted when not given).
        self.singles = list(map(len, text)).count(1) if singles is None else singles

    def __len__(self) -> int:
        return len(self.start)

    def initial(self, index: int) -> bool:
        """Whether word ``index`` starts the text, a sentence, a line or a quotation (see :class:`Token`)."""
        return index == 0 or _GAPS[self.gap[index]]

    def __getitem__(self, index: int) -> Token:
        return Token(
            self.start[index],
            self.end[index],
            self.text[index],
            self.key[index],
            self.cap[index],
            self.upper[index],
            self.initial(index),
            self.possessive[index],
            self.gap[index],
            self.name[index],
        )

    def rows(self) -> list[Token]:
        """The tokens as :class:`Token` records (what :func:`tokenize` returns)."""
        return [self[index] for index in range(len(self))]

    @classmethod
    def of(cls, tokens: list[Token]) -> Tokens:
        """Columns of ``tokens``."""
        if not tokens:
            return cls([], [], [], [], [], [], [], [], [])
        start, end, text, key, cap, upper, _, possessive, gap, name = map(list, zip(*tokens, strict=True))
        return cls(start, end, text, key, cap, upper, possessive, gap, name)


def word_columns(text: str) -> Tokens:
    """Return the tokens of ``text`` as columns: the same tokens as :func:`tokenize`, found faster.

    Parameters
    ----------
    text
        Any text.
    """
    parts = _split(text)  # gap, word, gap, word, ..., the rest
    count = len(parts) // 2
    if not count:
        return Tokens.of([])
    words = parts[1::2]
    gaps = parts[:-1:2]
    lengths = list(map(len, parts))
    offsets = list(accumulate(lengths))  # offsets[k]: where part k ends
    key, cap, upper, name, special = map(list, zip(*map(_WORDS.__getitem__, words), strict=True))
    tokens = Tokens(
        offsets[:-1:2],
        offsets[1::2],
        words,
        key,
        cap,
        upper,
        [False] * count,
        gaps,
        name,
        lengths[1::2].count(1),
    )
    if True in special and not _second_look(text, tokens, list(compress(range(count), special))):
        return Tokens.of(tokenize(text))  # a word to drop: the indexes of the words after it change
    return tokens


def _split(text: str) -> list[str]:
    """Cut ``text`` into gap, word, gap, word, ..., the rest, as :data:`_SPLIT` does, faster.

    No word spans a space or a line break, so the text is cut at them into pieces that can be split apart:
    the pieces with a possible run of initials by :data:`_SPLIT`, the rest by :data:`_SPLIT_PLAIN`.
    """
    split_plain, split = (_SPLIT_PLAIN_ASCII, _SPLIT_ASCII) if text.isascii() else (_SPLIT_PLAIN, _SPLIT)
    hints = len(_INITIALS_HINT.findall(text))
    if not hints:
        return split_plain(text)
    if hints * _HINT_SPACING > len(text):
        return split(text)  # initials all over: splitting piece by piece would cost more than it saves
    parts: list[str] = []
    done = 0  # the text before this offset is split
    size = len(text)
    for hint in _INITIALS_HINT.finditer(text):
        at = hint.start()
        if at < done:
            continue  # inside the piece split for an earlier hint
        begin = max(done, text.rfind(" ", done, at) + 1, text.rfind("\n", done, at) + 1)
        end = min(_found(text.find(" ", at), size), _found(text.find("\n", at), size))
        _extend(parts, split_plain(text[done:begin]))
        _extend(parts, split(text[begin:end]))
        done = end
    _extend(parts, split_plain(text[done:]))
    return parts


def _found(index: int, size: int) -> int:
    """``index`` from ``str.find``, or ``size`` when not found."""
    return size if index < 0 else index


def _extend(parts: list[str], more: list[str]) -> None:
    """Append the split of the next piece of text: its first gap continues the last gap (or rest)."""
    if parts:
        parts[-1] += more[0]
        parts += more[1:]
    else:
        parts += more


def _adjust(text: str, start: int, end: int, word: str) -> tuple[int, str, bool]:
    """The word ``text[start:end]`` without a possessive ending ("Iraq's" -> "Iraq"), or with the full
    stop an abbreviation takes ("St" -> "St."): its new end, text and whether it was possessive."""
    if "'" in word or "’" in word:
        poss = _POSSESSIVE.search(word)
        if poss is not None and poss.start() > 0:
            return start + poss.start(), word[: poss.start()], True
    if end < len(text) and text[end] == "." and word[0].isupper() and word.lower() in ABBREVIATIONS:
        return end + 1, word + ".", False
    return end, word, False


def _second_look(text: str, tokens: Tokens, indexes: list[int]) -> bool:
    """Redo the words at ``indexes`` (possessives, abbreviations) as :func:`tokenize` does, in place.

    Returns False, with ``tokens`` half done, at a word whose key is empty (:func:`tokenize` drops it).
    """
    count = len(tokens)
    words = _WORDS
    for i in indexes:
        start = tokens.start[i]
        word = tokens.text[i]
        pos = tokens.end[i]
        end, word, possessive = _adjust(text, start, pos, word)
        if end == pos:
            if not tokens.key[i]:
                return False
            continue
        key, cap, upper, name, _ = words[word]
        if not key:
            return False
        tokens.end[i] = end
        tokens.text[i] = word
        tokens.key[i] = key
        tokens.cap[i] = cap
        tokens.upper[i] = upper
        tokens.possessive[i] = possessive
        tokens.name[i] = name
        tokens.singles += (len(word) == 1) - (pos - start == 1)
        if end > pos and i + 1 < count:  # the dot an abbreviation takes is not part of the next gap
            tokens.gap[i + 1] = tokens.gap[i + 1][1:]
    return True
