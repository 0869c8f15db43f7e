"""Articles: text plus the metadata every event feature cites as its source."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

__all__ = ["Article", "sha256_text"]


def sha256_text(text: str) -> str:
    """Return the hex SHA-256 of ``text`` encoded as UTF-8 (the article fingerprint)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Article:
    """A news article.

    Attributes
    ----------
    id
        Stable identifier (file stem or the id given in metadata).
    text
        Full text; mention offsets index into it (code points).
    title, publisher, url
        Source metadata, ``None`` when unknown.
    published
        Publication date as EDTF (``2020-01-06`` or ``2023-07`` when only the month is known).
    """

    id: str
    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: str | None = None

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the text."""
        return sha256_text(self.text)

    def source(self) -> dict[str, str | None]:
        """Return the ``source`` property of the event feature contract."""
        return {
            "article_id": self.id,
            "title": self.title,
            "publisher": self.publisher,
            "url": self.url,
            "published": self.published,
            "sha256": self.sha256,
        }
