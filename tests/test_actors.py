"""Actor lexicon and actor stage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rasd.actors import lexicon
from rasd.pipeline import extract_text


def _actors(text: str, published: dt.date | None = None) -> list[tuple[str, str, int]]:
    doc = extract_text(text, published=published)
    return [(doc.span_text(s), s.value.name, s.value.inter) for s in doc.layer("actors")]


def test_shipped_actor_lexicon_is_valid() -> None:
    assert lexicon.validate() == []


def test_government_units_map_to_state_forces_with_clitics() -> None:
    found = _actors("وقصفت قوات النظام البلدة، ثم دخلتها الفرقة الرابعة وعناصر من الأمن العسكري.",
                    dt.date(2021, 5, 1))
    names = {(t, inter) for t, _, inter in found}
    assert ("قوات النظام", 1) in names
    assert ("الفرقة الرابعة", 1) in names
    assert ("الأمن العسكري", 1) in names
    assert all(n.startswith("Military Forces of Syria") for _, n, _ in found)


def test_pronoun_suffix_and_local_fighters() -> None:
    found = _actors("تفاوض الضباط مع وجهائها بعد اشتباك مع مقاتلين محليين من أبناء البلدة.")
    texts = {t: inter for t, _, inter in found}
    assert texts.get("وجهائها") == 7
    assert texts.get("مقاتلين محليين") == 4


def test_time_bounded_name() -> None:
    entry = lexicon.actors()["syr_gov"]
    assert entry.ref(dt.date(2020, 1, 1)).name == "Military Forces of Syria (2000-2024)"
    assert entry.ref(dt.date(2025, 3, 1)).name == "Military Forces of Syria (2024-)"


def test_country_placeholder_and_suffix_follow_the_event_country() -> None:
    assert lexicon.actors()["police_generic"].ref(None, "Iraq").name == "Police Forces of Iraq"
    assert lexicon.actors()["civilians"].ref(None, "Lebanon").name == "Civilians (Lebanon)"


def test_validate_reports_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    actors = tmp_path / "actors.tsv"
    aliases = tmp_path / "aliases.tsv"
    actors.write_text("key\tname\tinter\ngood\tGood Name\t2\ngood\tAgain\t2\nbad\tBad\t9\n", encoding="utf-8")
    aliases.write_text("surface\tkey\nمسلحون\tgood\nمسلحون\tgood\nشيء\tmissing\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "ACTORS_FILE", actors)
    monkeypatch.setattr(lexicon, "ALIASES_FILE", aliases)
    problems = lexicon.validate()
    assert any(p.startswith("actors.tsv:3:") and "duplicate key" in p for p in problems)
    assert any(p.startswith("actors.tsv:4:") and "inter" in p for p in problems)
    assert any(p.startswith("aliases.tsv:3:") and "duplicate" in p for p in problems)
    assert any(p.startswith("aliases.tsv:4:") and "unknown actor key" in p for p in problems)
