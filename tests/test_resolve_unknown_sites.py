"""Names the gazetteer lacks in the form written: "the X region" around a town, "X base" for "Al X" (ours)."""

from __future__ import annotations

from geo import Geoparser


def _chosen(parser: Geoparser, text: str, surface: str) -> list[tuple[str, str | None]]:
    resolved = parser.resolve(text, parser.recognize(text))
    chosen = [r.candidate for r in resolved if r.toponym.surface == surface]
    return [(candidate.feature_class, candidate.country) for candidate in chosen]


def test_region_named_after_a_town_is_the_town(parser: Geoparser) -> None:
    text = (
        "Israel struck southern Lebanon again on Monday. Israel said a commander of the Naqura region was "
        "killed, and Israel's army said more strikes would follow. Lebanon's health ministry said Lebanon "
        "had lost three civilians, while Israel reported no casualties in Israel."
    )
    assert _chosen(parser, text, "Naqura region") == [("city", "LB")]


def test_site_without_its_article(parser: Geoparser) -> None:
    text = "Drones hit the Tanf base in Syria; US forces near Deir ez-Zor in Syria were on alert."
    assert _chosen(parser, text, "Tanf base") == [("military_base", "SY")]


def test_container_after_in_decides(parser: Geoparser) -> None:
    text = (
        "French troops left Ouagadougou and Kaya in Burkina Faso, and Dori in Burkina Faso too; "
        "the base is nothing like that of Gao in Mali."
    )
    assert _chosen(parser, text, "Gao") == [("city", "ML")]
