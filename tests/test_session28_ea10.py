"""Session 28 (ea10, the east and the desert): two workers named by the dual ("قُتل عاملان") are civilians, so an
attack of gunmen on them is violence against civilians; a sequel ("ويأتي ذلك بعد أيام من اختطاف …") whose act's
clause ends on the act's own day is read as that dated background act, however long its aftermath runs on."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 6)  # a Wednesday


def test_two_workers_shot_by_gunmen_are_civilians() -> None:
    rows = record_rows("قُتل عاملان في حقل للنفط قرب مدينة الشدادي برصاص مسلحين مجهولين مساء أمس.", DAY)
    assert [(r["event_type"], r["inter2"]) for r in rows] == [("Violence against civilians", 7)]


def test_long_sequel_with_its_own_day_is_a_background_act() -> None:
    rows = record_rows("ويأتي ذلك بعد أيام من خطف مسلحين يُعتقد أنهم من خلايا تنظيم داعش ثمانية من جامعي الكمأة في "
                       "بادية التبني بريف دير الزور الغربي يوم الجمعة الماضي، قبل أن يطلقوا سراح ستة منهم في "
                       "اليوم التالي بعد التحقيق معهم.", DAY)
    assert [(r["sub_event_type"], str(r["event_date"])) for r in rows] == [
        ("Abduction/forced disappearance", "2024-03-01")]


def test_sequel_with_no_day_of_its_own_stays_no_event() -> None:
    rows = record_rows("ويأتي ذلك بعد أيام من خطف مسلحين يُعتقد أنهم من خلايا تنظيم داعش ثمانية من جامعي الكمأة في "
                       "بادية التبني بريف دير الزور الغربي، قبل أن يطلقوا سراح ستة منهم بعد التحقيق معهم في مقر "
                       "قريب من البادية دون أن تعرف دوافع الخطف حتى الآن.", DAY)
    assert rows == []
