"""Session 28 (rev28, review with identical output): the weapon named before its owner has one reader
(:func:`rasd.events.frames._weapon_run_start`) for the verbal noun's subject (``_weapon_head_start``) and the owner of
a thing hit (``_weapon_subject``); the counts of a crowd and the words of a post fire came from live in ``roles.tsv``
(kinds ``crowd_count`` and ``launched_from``) beside the crowd and stationed words they serve."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows, trigger_context

from rasd.actors.lexicon import role_words
from rasd.arabic.normalize import norm_key
from rasd.events.frames import _weapon_head_start, _weapon_run_start, _weapon_subject, strip_conj

DAY = dt.date(2024, 5, 15)  # a Wednesday


def _index(ctx: object, word: str) -> int:
    vals = ctx.token_values  # type: ignore[attr-defined]
    return vals.index(norm_key(word))


def test_weapon_run_is_read_back_from_its_end() -> None:
    ctx = trigger_context("أصيب رجلان أمس بعد استهداف طائرة مسيرة تابعة للجيش التركي دراجة نارية في القرية.")
    assert ctx is not None
    owner = _index(ctx, "تابعة")
    weapon = _index(ctx, "طائرة")
    assert _weapon_run_start(ctx, owner, 0, 2) == weapon
    assert _weapon_run_start(ctx, owner, 0, 1) == weapon + 1  # the reach stops the run
    assert _weapon_run_start(ctx, weapon, 0, 2) == weapon  # no weapon word right before the verbal noun


def test_weapon_run_reads_through_the_key_it_is_given() -> None:
    ctx = trigger_context("قتل شاب أمس حين استهدفت وطائرة تابعة للجيش التركي سيارته في القرية.")
    assert ctx is not None
    owner = _index(ctx, "تابعة")
    assert _weapon_run_start(ctx, owner, 0, 2) == owner  # "وطائرة" is no weapon word as written
    assert _weapon_run_start(ctx, owner, 0, 2, strip_conj) == owner - 1


def test_both_readers_of_the_drone_of_a_force_agree() -> None:
    ctx = trigger_context("أصيب رجلان أمس بعد استهداف طائرة مسيرة تابعة للجيش التركي دراجة نارية في القرية.")
    assert ctx is not None
    owner = _index(ctx, "تابعة")
    lo = ctx.tok(ctx.sentence.start)
    assert _weapon_head_start(ctx, owner + 1, lo, role_words()) == _index(ctx, "طائرة")
    assert _weapon_subject(ctx, owner, lo)


def test_no_weapon_before_the_owner_leaves_the_mention_alone() -> None:
    ctx = trigger_context("أصيب رجلان أمس بعد استهداف سيارة تابعة للجيش التركي في القرية.")
    assert ctx is not None
    owner = _index(ctx, "تابعة")
    lo = ctx.tok(ctx.sentence.start)
    assert _weapon_head_start(ctx, owner + 1, lo, role_words()) == owner + 1
    assert not _weapon_subject(ctx, owner, lo)


def test_drone_of_a_force_striking_a_car_names_the_attacker() -> None:
    rows = record_rows("أصيب رجلان مساء الثلاثاء جراء استهداف طائرة مسيّرة تابعة لجيش الاحتلال التركي دراجة نارية "
                       "قرب بلدة عين عيسى.", DAY)
    assert rows and rows[0]["inter1"] == 8


def test_moved_word_lists_load_from_roles() -> None:
    words = role_words()
    assert {norm_key(w) for w in ("عشرات", "المئات", "حشد")} <= words["crowd_count"]
    assert {norm_key(w) for w in ("من", "انطلاقا", "مصدرها")} <= words["launched_from"]
    assert not words["crowd_count"] & words["crowd"]


def test_counted_townspeople_beating_a_man_are_a_mob() -> None:
    rows = record_rows("اعتدى مئات من أهالي البلدة بالضرب على رجل مساء الثلاثاء في مدينة جبلة.", DAY)
    assert [r["sub_event_type"] for r in rows] == ["Mob violence"]
