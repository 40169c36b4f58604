"""One definition each: actors.tsv's ``stands_for`` column (which actor keys are generic mentions, and
what they stand for) and the shared relative pronouns of ``rasd.arabic.words``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.actors import lexicon
from rasd.arabic.words import (
    RELATIVE_DUAL_NOMINATIVE,
    RELATIVE_FEMININE_PLURAL,
    RELATIVE_PRONOUNS,
    RELATIVE_SINGULAR,
    alternation,
)
from rasd.cli import main
from rasd.pipeline import extract_text

_HEADER = "key\tname\tinter\tgroup\tuntil\tname_after\tside\tproxy\tstands_for\n"


def _clear_actor_caches() -> None:
    for name in dir(lexicon):  # every table built from actors.tsv (aliases, matcher, vague kinds …)
        obj = getattr(lexicon, name)
        if hasattr(obj, "cache_clear"):
            obj.cache_clear()


@pytest.fixture
def actors_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temporary actors.tsv the lexicon reads instead of the shipped one (caches cleared around it)."""
    path = tmp_path / "actors.tsv"
    monkeypatch.setattr(lexicon, "ACTORS_FILE", path)
    _clear_actor_caches()
    yield path
    monkeypatch.undo()
    _clear_actor_caches()


def _keys() -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]], set[str]]:
    return (lexicon.vague_kinds(), lexicon.unnamed_groups(),
            {k for k, e in lexicon.actors().items() if e.generic})


def test_shipped_generic_actors_keep_their_kinds() -> None:
    # the three uses: a tie makes any generic mention the named actor; vague names stand for named
    # actors of their codes (summaries, never a fight's second side); non-state ones name a report's group
    assert {k for k, e in lexicon.actors().items() if e.generic} == {
        "state_generic", "police_generic", "unidentified", "rebels", "communal", "armed_groups"}
    assert lexicon.vague_kinds() == {"state_generic": frozenset({1}), "police_generic": frozenset({1}),
                                     "unidentified": frozenset({2, 3, 4})}
    assert lexicon.unnamed_groups() == {"unidentified": frozenset({2, 3, 4}), "rebels": frozenset({2}),
                                        "armed_groups": frozenset({2})}
    assert not lexicon.actors()["hts"].generic


def test_stands_for_values_are_parsed(actors_file: Path) -> None:
    actors_file.write_text(_HEADER + "soldiers\tSoldiers\t1\t\t\t\t\t\t1\n"
                           "gunmen\tGunmen\t3\t\t\t\t\t\t2, 3,4\n"
                           "fighters\tFighters\t2\t\t\t\t\t\tcollective:2\n"
                           "locals\tLocals\t4\t\t\t\t\t\tcollective\n"
                           "named\tNamed\t2\n", encoding="utf-8")
    vague, unnamed, generic = _keys()
    assert vague == {"soldiers": frozenset({1}), "gunmen": frozenset({2, 3, 4})}
    assert unnamed == {"gunmen": frozenset({2, 3, 4}), "fighters": frozenset({2})}
    assert generic == {"soldiers", "gunmen", "fighters", "locals"}
    assert lexicon.actors()["locals"].collective and not lexicon.actors()["locals"].stands_for


@pytest.mark.parametrize("value", ["9", "x", "0,2", "collectiv:2", "collective:9", ",", "collective 2"])
def test_a_bad_stands_for_value_is_reported(actors_file: Path, value: str) -> None:
    actors_file.write_text(_HEADER + "good\tGood\t3\t\t\t\t\t\t2,3\n"
                           f"bad\tBad\t3\t\t\t\t\t\t{value}\n", encoding="utf-8")
    problems = lexicon.validate()
    assert any(p.startswith("actors.tsv:3:") and "stands_for" in p for p in problems), problems
    assert not any(p.startswith("actors.tsv:2:") for p in problems)


def test_rasd_lexicon_validate_reports_a_bad_stands_for(actors_file: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    actors_file.write_text(_HEADER + "gunmen\tGunmen\t3\t\t\t\t\t\tall\n", encoding="utf-8")
    assert main(["lexicon", "validate"]) == 1
    assert "actors.tsv:2: bad value (stands_for 'all'" in capsys.readouterr().out


def test_the_column_decides_what_a_tie_joins(actors_file: Path) -> None:
    text = "هاجم مسلحون محليون تابعون لقسد مخفراً في ريف الحسكة."
    shipped = (Path(lexicon.__file__).parents[1] / "data" / "actors" / "actors.tsv").read_text(encoding="utf-8")
    actors_file.write_text(shipped, encoding="utf-8")
    doc = extract_text(text, published=dt.date(2023, 1, 1))
    assert [s.value.key for s in doc.layer("actors")] == ["sdf"]
    # the same row with no stands_for is a named actor: no tie joins it to the SDF
    rows = [line for line in shipped.splitlines() if line.startswith("communal\t")]
    assert len(rows) == 1 and rows[0].endswith("\tcollective")
    actors_file.write_text(shipped.replace(rows[0], rows[0].removesuffix("collective")), encoding="utf-8")
    _clear_actor_caches()
    doc = extract_text(text, published=dt.date(2023, 1, 1))
    assert [s.value.key for s in doc.layer("actors")] == ["communal", "sdf"]


def test_relative_pronouns_are_one_list_with_named_parts() -> None:
    assert len(RELATIVE_PRONOUNS) == 9 and RELATIVE_SINGULAR <= RELATIVE_PRONOUNS
    from rasd.events.frames import _RELATIVES
    from rasd.geo.assign import _RELATIVE
    from rasd.time.assign import _REL_RE

    assert _RELATIVES == RELATIVE_PRONOUNS - RELATIVE_FEMININE_PLURAL
    for word in RELATIVE_PRONOUNS:
        expected = word not in RELATIVE_DUAL_NOMINATIVE
        assert bool(_RELATIVE.search(f"القوات {word} ")) is expected
        assert bool(_REL_RE.search(f"القوات {word} قصفت البلدة")) is expected


def test_alternation_prefers_the_longest_word() -> None:
    pattern = re.compile(alternation({"الذي", "الذين"}))
    m = pattern.match("الذين")
    assert m is not None and m.group() == "الذين"
