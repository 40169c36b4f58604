"""Session 9, A/B losses (fixA) — own-words sentences.

- an attack word qualified as a ground attack ("الهجوم البري") names its own kind, a fight (ACLED: Battles), and
  does not take the kind of a shelling reported elsewhere in the article;
- people named as civilians who fight an armed force are no side of a clash: civilians are never a combatant;
- "وقف" right before an act noun demands that the act stop ("وقف قصف المنازل"): it reports no act.
"""
from __future__ import annotations

import datetime as dt

import pytest
from helpers import trigger_context

from rasd.events.frames import _blocked, _trig, campaign
from rasd.pipeline import extract_text

PUB = dt.date(2024, 5, 14)
CLASH = ("Battles", "Armed clash")


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.event_type, e.sub_event_type, getattr(e.actor1, "name", None), getattr(e.actor2, "name", None))
            for e in extract_text(text, published=PUB).events]


def _blocks(text: str) -> dict[str, str]:
    """Trigger key → why it is blocked ('' when kept) in the first sentence of ``text`` that holds a trigger."""
    ctx = trigger_context(text)
    assert ctx is not None
    bg = campaign(ctx)
    return {_trig(m).trigger.key: _blocked(ctx, m, bg) for m in ctx.triggers}


def test_ground_attack_is_a_fight_beside_a_shelling() -> None:
    text = ("قصف مدفعي عنيف استهدف الأحياء الشرقية من المدينة أمس.\n"
            "وأعلنت الحركة صباح الأحد فشل الهجوم البري الذي شنه جيش الاحتلال على غزة من ثلاثة محاور، "
            "مؤكدة إيقاع قتلى وجرحى في صفوفه.")
    kinds = [(t, s) for t, s, a1, _ in _events(text) if a1 == "Military Forces of Israel (2009-)"]
    assert kinds == [CLASH]


def test_civilians_are_no_side_of_a_clash() -> None:
    events = _events("ودار اشتباك مسلح بين الشبان وجنود الاحتلال قرب بلدة يعبد فجر اليوم.")
    assert events and all(ev[:2] == CLASH for ev in events)
    assert not any(a1 is not None and a1.startswith("Civilians") for _, _, a1, _ in events)


@pytest.mark.parametrize("text, key", [
    ("وسلّم الوزير رسالة من طالبة صغيرة تطلب فيها وقف قصف المنازل والمدارس في الإقليم.", "قصف"),
    ("وناشد المتحدث المنظمات الدولية العمل على وقف قتل الأطفال في القرى الحدودية.", "قتل"),
])
def test_a_demand_to_stop_an_act_reports_none(text: str, key: str) -> None:
    assert _blocks(text).get(key) == "irrealis"
    assert _events(text) == []
