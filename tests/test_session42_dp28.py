"""Session 42 (dp28): one act told twice is one record.  A front's fight told again at the governorate's capital
(its fronts, its hospital), a strike told again at the district that holds its site, a fight told again under the
day of a neighbouring sentence, and a definite act word told again beside a later clause's villages are each one
act; two acts at two places stay two."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

_SIRWAH = ("صدّت قوات الجيش اليمني، فجر اليوم الأحد، هجوماً شنّته جماعة الحوثي على مواقعها في جبهة الكسارة بمديرية "
           "صرواح غربي محافظة مأرب.\n\n"
           "وقال مصدر عسكري إن المواجهات استمرت حتى الظهر، وقُتل خلالها أربعة جنود نُقلت جثثهم إلى مستشفى هيئة مأرب، "
           "مؤكداً أن المعارك في جبهات مأرب الغربية هي الأعنف على الإطلاق.")

_MARIB_CITY = ("صدّت قوات الجيش اليمني، فجر اليوم الأحد، هجوماً شنّته جماعة الحوثي على مواقعها في جبهة الكسارة بمديرية "
               "صرواح غربي محافظة مأرب.\n\n"
               "وفي مدينة مأرب، اندلعت اشتباكات بين قوات الجيش ومسلحين حوثيين في حي الروضة، قُتل خلالها جنديان.")

_RAS_ISA = ("شنّت مقاتلات أمريكية، فجر اليوم الثلاثاء، غارات على ميناء رأس عيسى النفطي في محافظة الحديدة.\n\n"
            "وقالت قناة المسيرة إن العدوان الأمريكي استهدف مديرية الصليف بخمس غارات، ما أدى إلى مقتل ثلاثة من عمال "
            "الميناء، فيما قالت مصادر محلية في الحديدة إن الحرائق اشتعلت في الخزانات.")

_PALMYRA = ("قُتل جنديان من الجيش السوري وثلاثة من عناصر تنظيم داعش، في اشتباك اندلع يوم الأحد الماضي قرب مدينة تدمر "
            "في ريف حمص الشرقي.\n\n"
            "وقالت وزارة الدفاع في بيان إن قواتها بدأت يوم السبت عمليات تمشيط واسعة في البادية.\n\n"
            "وأضاف البيان أن إحدى الوحدات رصدت مجموعة من عناصر التنظيم في كهف شمالي تدمر، واشتبكت معها، ما أسفر عن "
            "مقتل ثلاثة منهم، فيما قُتل جنديان من الوحدة.")

_MAYADIN = ("أفاد مصدر محلي، يوم الأحد، بمقتل عنصرين من الأمن العام بهجوم شنّه مسلحون من تنظيم داعش على حاجز عند "
            "المدخل الشمالي لمدينة الميادين.\n\n"
            "وقال المصدر إن \"مسلحين هاجموا الحاجز ليلة السبت بالرشاشات، ما أسفر عن مقتل عنصرين\".\n\n"
            "وأضاف أن \"الاشتباك استمر نحو عشرين دقيقة قبل أن يفر المهاجمون نحو البادية شرق المدينة\"، لافتاً إلى أن "
            "قوات الأمن العام بدأت منذ فجر اليوم حملة تمشيط في محيط الميادين وقرى ذيبان والطيانة.")


def _rows(text: str, day: dt.date, kind: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, day) if r["event_type"] == kind]


def test_front_told_again_at_the_governorates_capital_is_one_fight() -> None:
    rows = _rows(_SIRWAH, dt.date(2024, 3, 10), "Battles")
    assert [r["location"] for r in rows] == ["Sirwah"]
    # (a fight told in the capital itself is an act of its own)
    rows = _rows(_MARIB_CITY, dt.date(2024, 3, 10), "Battles")
    assert sorted(str(r["location"]) for r in rows) == ["Marib", "Sirwah"]


def test_strike_told_again_at_its_district_is_one_strike() -> None:
    rows = _rows(_RAS_ISA, dt.date(2025, 4, 22), "Explosions/Remote violence")
    assert [r["location"] for r in rows] == ["Ras Isa port"]


def test_fight_under_a_neighbours_day_is_one_fight() -> None:
    rows = _rows(_PALMYRA, dt.date(2026, 1, 13), "Battles")
    assert len(rows) == 1
    assert rows[0]["event_date"] == "2026-01-11"


def test_definite_act_word_beside_a_sweeps_villages_is_the_act_again() -> None:
    rows = _rows(_MAYADIN, dt.date(2025, 9, 21), "Battles")
    assert [r["location"] for r in rows] == ["Al Mayadin"]


def test_naming_patterns() -> None:
    from rasd.events import stage

    assert stage._GOVERNORATE_NAMING.search("نُقلوا إلى مستشفى هيئة ")
    assert stage._GOVERNORATE_NAMING.search("المعارك في جبهات ")
    assert not stage._GOVERNORATE_NAMING.search("وسط مدينة ")
    assert stage._DISTRICT_NAMING.search("استهدف مديرية ")
    assert stage._TELLERS_SEAT.search("وقالت مصادر محلية في ")
    assert stage._DEFINITE_ACT_WORD.match("الاشتباك")
    assert not stage._DEFINITE_ACT_WORD.match("اشتباك")
