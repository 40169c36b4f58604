"""Session 20 (ad8): exact dates of chronologies in Al Mayadeen's style — a sequel that dates an earlier act back
("ويأتي القصف بعد يومين من استهداف …") keeps its day even when the sentence repeats the report's time by an
anaphoric "حينها"; a "next day" / "same day" told right after such a sequel counts from the earlier act, not from
the news."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 4, 13)  # a Saturday


def _dates(text: str, place: str, on: dt.date = DAY) -> list[str]:
    return [str(r["event_date"]) for r in record_rows(text, on) if r["location"] == place]


def test_then_in_a_sequel_does_not_undo_its_offset() -> None:
    text = ("قصفت مدفعية الجيش السوري، اليوم السبت، مواقع للمسلحين في محيط بلدة سرمين بريف إدلب. "
            "ويأتي القصف بعد يومين من استهداف طائرة مسيّرة سيارة في بلدة الحراك بريف درعا، ما أدى إلى مقتل "
            "شخصين كانا بداخلها، بحسب ما أفاد ناشطون حينها.")
    assert _dates(text, "Hrak") == ["2024-04-11"]


def test_then_shape_with_anadhak() -> None:
    text = ("شنّت طائرات حربية غارات على بلدة سرمين في ريف إدلب اليوم. "
            "وتأتي الغارات بعد يومين من هجوم مسلح على حاجز في بلدة الحراك قُتل فيه ثلاثة عناصر، وفق ما ذكرت "
            "مصادر محلية آنذاك.")
    assert _dates(text, "Hrak") == ["2024-04-11"]


def test_next_day_after_a_sequel_counts_from_the_earlier_act() -> None:
    text = ("استهدفت غارة إسرائيلية موقعاً عسكرياً في محيط مدينة الكسوة فجر اليوم. "
            "ويأتي العدوان بعد يومين من استهداف مسيّرة سيارة قرب بلدة خان أرنبة، ما أدى إلى مقتل شابين. "
            "وفي اليوم التالي، انفجرت عبوة ناسفة بدورية للجيش السوري في مدينة نوى، ما أدى إلى جرح ثلاثة عناصر.")
    assert _dates(text, "Nawa") == ["2024-04-12"]


def test_same_day_after_a_sequel_is_the_earlier_acts_day() -> None:
    text = ("قصفت مدفعية الجيش السوري بلدة سرمين في ريف إدلب اليوم السبت. "
            "ويأتي القصف بعد يومين من اغتيال مسلحين مجهولين قيادياً سابقاً في المعارضة في مدينة جاسم. "
            "وفي اليوم نفسه، انفجرت عبوة ناسفة بسيارة عسكرية في مدينة نوى، ما أدى إلى جرح عنصرين.")
    assert _dates(text, "Nawa") == ["2024-04-11"]



def test_guard_sequel_with_its_own_day_keeps_it() -> None:
    """Guard (passes on the old code too): a sequel that names the earlier act's own day keeps that day."""
    text = ("قصفت مدفعية الجيش السوري بلدة سرمين في ريف إدلب اليوم السبت. "
            "ويأتي القصف بعد هجوم شنّه مسلحون على حاجز في بلدة الحراك يوم الخميس، قُتل فيه عنصران.")
    assert _dates(text, "Hrak") == ["2024-04-11"]
