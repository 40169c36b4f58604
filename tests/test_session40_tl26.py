"""Session 40 (tl26): toll and report sentences read as acts.  A report that opens with the risen toll of an act
("أفاد مصدر، يوم الثلاثاء، بارتفاع عدد قتلى الهجوم … إلى أربعة", "ارتفع عدد الشهداء الذين سقطوا خلال اقتحام …
أمس إلى ثلاثة") and tells the act itself in the next sentence or two is one event: the act, on its own day, with the
dead the toll rose to; the toll is no act of its own, nor an act of the day of the report."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc

from rasd.output.records import records


def _violent(text: str, day: dt.date) -> list[dict[str, object]]:
    return [r for r in records(article_doc(text, day))
            if r["event_type"] in ("Battles", "Violence against civilians", "Explosions/Remote violence")]


def test_lead_toll_reported_on_the_day_after_joins_the_attack() -> None:
    text = (
            "ارتفاع قتلى هجوم على حاجز في الميادين إلى ثلاثة\n\n"
            "أفاد مصدر محلي في محافظة دير الزور، يوم الثلاثاء، بارتفاع عدد قتلى الهجوم الذي نفذه مسلحون من "
            "تنظيم داعش على حاجز للأمن العام عند المدخل الشرقي لمدينة الميادين، إلى ثلاثة عناصر.\n\n"
            "وقال المصدر إن \"مسلحين على دراجات نارية هاجموا الحاجز ليلة الاثنين بالرشاشات والقنابل، ما أسفر "
            "عن مقتل عنصرين فوراً وإصابة ثلاثة\"، مضيفاً أن \"أحد الجرحى فارق الحياة صباح اليوم متأثراً "
            "بإصابته\".\n\n"
            "وتبنى التنظيم الهجوم في بيان نشره على معرفاته.\n\n"
            "وأشار المصدر إلى أن تبادل إطلاق النار دام قرابة ربع ساعة قبل أن يلوذ المهاجمون بالفرار نحو "
            "البادية، وأن الشرطة باشرت منذ صباح اليوم عمليات تمشيط في محيط الميادين وقرى ذيبان والطيانة.")
    rows = _violent(text, dt.date(2025, 3, 11))
    assert len(rows) == 1, rows
    assert rows[0]["event_date"] == "2025-03-10"
    assert rows[0]["fatalities"] == 3


def test_lead_toll_of_a_raid_told_after_it_is_the_raid() -> None:
    text = ("ارتفاع حصيلة الاقتحام في طوباس\n\n"
            "ارتفع عدد الشهداء الذين سقطوا برصاص الاحتلال خلال عدوانه على مدينة طوباس، يوم أمس الأحد، إلى "
            "ثلاثة شهداء، بعد وفاة شاب متأثراً بإصابته الليلة الماضية.\n\n"
            "وكانت قوات الاحتلال قد اقتحمت المدينة فجر أمس بعشرات الآليات، واندلعت اشتباكات مسلحة بينها وبين "
            "مقاومين في عدة أحياء استمرت ساعات.")
    rows = _violent(text, dt.date(2024, 4, 15))
    assert len(rows) == 1, rows
    assert rows[0]["event_type"] == "Battles"
    assert rows[0]["event_date"] == "2024-04-14"
    assert rows[0]["fatalities"] == 3



def test_toll_day_before_the_report_dates_the_clash_it_counts() -> None:
    text = ("الصنمين: ارتفاع عدد قتلى اشتباكات الأمس إلى ٣ وهدوء حذر في المدينة\n\n"
            "ارتفع عدد قتلى الاشتباكات التي اندلعت مساء الأحد في مدينة الصنمين بريف درعا الشمالي إلى ثلاثة "
            "قتلى، بعد وفاة أحد الجرحى صباح اليوم الاثنين في مشفى درعا الوطني متأثراً بإصابته.\n\n"
            "وكان مراسل الشبكة قد أفاد مساء أمس بسقوط قتيلين وعدد من الجرحى، عندما اندلعت مواجهات عنيفة بين "
            "مسلحين من فصيل محلي في المدينة ومجموعة مسلحة مرتبطة بالأمن العسكري، على خلفية خطف المجموعة لشاب من "
            "أبناء الصنمين قبل يومين.\n\n"
            "وبحسب المعلومات المتوفرة، فإن القتلى هم: اثنان من عناصر المجموعة المسلحة، ورجل من سكان المدينة كان "
            "يمر قرب موقع الاشتباك وأصيب برصاصة طائشة.")
    rows = _violent(text, dt.date(2023, 5, 15))
    assert len(rows) == 1, rows
    assert rows[0]["event_date"] == "2023-05-14"
    assert rows[0]["fatalities"] == 3
