"""Session 21 (fl9): a protest's demand told with the participle ("مطالبين بانسحاب …", "ومطالبين بالإفراج …") names what
the protesters ask for, not an act of its own: the withdrawal or release it names is no event."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 8, 19)


def _types(text: str) -> list[str]:
    return sorted(str(r["sub_event_type"]) for r in record_rows(text, DAY))


def test_protest_demanding_withdrawal_is_one_protest() -> None:
    assert _types("خرج مئات المحتجين في شوارع السويداء يوم الثلاثاء مطالبين بانسحاب قوات الحكومة من المدينة.") \
        == ["Peaceful protest"]


def test_sit_in_demanding_release_and_withdrawal_is_one_protest() -> None:
    assert _types("تجمّع العشرات من أهالي بلدة خان أرنبة أمس أمام مبنى البلدية، مطالبين بالإفراج عن المعتقلين "
                  "وبانسحاب القوات الإسرائيلية.") == ["Peaceful protest"]


def test_demand_joined_by_wa_after_banners_is_no_withdrawal() -> None:
    assert "Other" not in _types("اعتصم العشرات في ساحة مدينة جاسم يوم الثلاثاء رافعين لافتات ومطالبين "
                                  "بانسحاب الفصائل المسلحة من البلدة.")


def test_guard_attack_before_the_demand_still_coded() -> None:
    # guard: an act told before the demand, beyond its reach, stays an event
    rows = record_rows("هاجم مسلحون حاجزاً للأمن العام في جاسم يوم الثلاثاء، وقتل عنصران، فيما خرج الأهالي "
                       "مطالبين بمحاسبة القتلة.", DAY)
    assert [r["sub_event_type"] for r in rows] == ["Armed clash"]
    assert rows[0]["fatalities"] == 2


def test_guard_withdrawal_told_as_done_stays_an_event() -> None:
    # guard: the act itself, with no demand before it
    assert _types("انسحبت القوات الإسرائيلية من بلدة جاسم يوم الثلاثاء بعد توغل استمر ساعات.") == ["Other"]
