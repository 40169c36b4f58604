"""Session 26 (ACT: actor pairs in Gaza and the West Bank).

- a Palestinian side with no word of its own in its record (the fighters a soldier's death or a clash implies) is
  named by the article's collective name of the factions ("المقاومة الفلسطينية") when the article has one;
- an unclaimed shelling or air strike in Palestine that hits Palestinian civilians is Israel's forces' fire, not an
  unidentified Palestinian group's; a bomb keeps its unknown attacker;
- fighters who stood up to Israel's raiding forces ("تصدى المقاومون لقوات الاحتلال") met those forces: the raid's
  toll among the people is no side the fighters hit.

All sentences are invented."""

from __future__ import annotations

import datetime as dt
from typing import Any

from helpers import record_rows

DAY = dt.date(2024, 3, 12)
ISRAEL = "Military Forces of Israel (2009-)"
CIVILIANS = "Civilians (Palestine)"
FACTIONS = "Unidentified Armed Group (Palestine)"


def _records(text: str) -> list[dict[str, Any]]:
    return record_rows(text, DAY, 15)


def test_an_unworded_palestinian_side_takes_the_articles_name_of_the_factions() -> None:
    recs = _records("اعترف جيش الاحتلال اليوم الثلاثاء بمقتل جندي من لواء غولاني في المعارك الدائرة جنوبي قطاع غزة.\n"
                    "وتكبد الاحتلال خسائر كبيرة منذ بدء توغله البري، فيما تواصل المقاومة الفلسطينية التصدي "
                    "لقواته في محاور القطاع.")
    sides = [(r[f"actor{n}"], r[f"actor{n}_mentions"]) for r in recs for n in (1, 2)]
    factions = [m for a, m in sides if a == FACTIONS]
    assert factions and all(factions), sides
    assert any(any("المقاومة" in w for w in m) for m in factions), sides


def test_an_unclaimed_shelling_of_palestinian_civilians_is_israels() -> None:
    recs = _records("واستشهد أربعة مواطنين وأصيب آخرون في قصف مدفعي استهدف منزلاً لعائلة في حي الصبرة جنوبي "
                    "مدينة غزة، اليوم الثلاثاء.")
    hit = [r for r in recs if r["actor2"] == CIVILIANS]
    assert hit and all(r["actor1"] == ISRAEL for r in hit), [(r["actor1"], r["actor2"]) for r in recs]


def test_guard_an_unclaimed_bomb_keeps_its_unknown_attacker() -> None:
    recs = _records("وقتل مواطنان في انفجار عبوة ناسفة زرعها مجهولون قرب سيارتهما في بلدة بيتا جنوبي نابلس، "
                    "اليوم الثلاثاء.")
    assert all(r["actor1"] != ISRAEL for r in recs), [(r["actor1"], r["actor2"]) for r in recs]


def test_fighters_who_stood_up_to_a_raid_met_israels_forces() -> None:
    recs = _records("وتصدى المقاومون فجر اليوم الثلاثاء لقوات الاحتلال خلال دخولها قباطية قرب جنين، ما أسفر "
                    "عن استشهاد شاب وإصابة ثلاثة آخرين.")
    pairs = [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in recs]
    fighters = [p for p in pairs if FACTIONS in p[1:]]
    assert fighters and all(ISRAEL in p[1:] and CIVILIANS not in p[1:] for p in fighters), pairs
