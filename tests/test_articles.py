"""Article fingerprints and the source property they give events."""

from __future__ import annotations

import hashlib

from geo.model.article import Article, sha256_text


def test_fingerprint_is_the_sha256_of_the_utf8_text() -> None:
    text = "Erbil – Kurdistan Region\n"
    assert sha256_text(text) == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert sha256_text(text) != sha256_text(text.replace("–", "-"))


def test_source_follows_the_feature_contract() -> None:
    article = Article(
        id="a1", text="Baghdad", title="T", publisher="P", url="https://x.example/a", published="2023-07"
    )
    assert article.source() == {
        "article_id": "a1",
        "title": "T",
        "publisher": "P",
        "url": "https://x.example/a",
        "published": "2023-07",
        "sha256": sha256_text("Baghdad"),
    }
