"""Session 44 (pa31): pan-Arab and international outlets' Arabic services. Towns listed as the subject of "شهدت" after
a rally at a square of the governorate's capital are events of their own; a series noun governs every act word
joined to it; a lead's second clause with no place of its own is the act a later sentence places; a region record
whose sides are one state's forces named twice, or a region with no point, sums the precise record up (the lead's
placeless clause is folded by dp32's rule in stage.py, which the lead kept of the two); a state's strike named by
its adjective alone is an air strike; a death toll given by an agency's running count is no event."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _rows(text: str, day: dt.date, kind: str | None = None) -> list[dict[str, object]]:
    return [r for r in record_rows(text, day) if kind is None or r["event_type"] == kind]


def test_towns_witnessing_rallies_after_a_square_rally_in_the_capital() -> None:
    text = ("خرج مئات المحتجين اليوم الجمعة في مدينة السويداء مطالبين بتحسين الأوضاع المعيشية.\n\n"
            "وتجمع المحتجون في ساحة الكرامة وسط المدينة رافعين لافتات تطالب بالتغيير.\n\n"
            "وقال أحد المنظمين إن الحراك سيستمر حتى تلبية المطالب.\n\n"
            "وشهدت مدينة شهبا في الريف الشمالي وبلدة القريا في الريف الجنوبي وقفات احتجاجية مماثلة بعد الظهر.")
    places = {r["location"] for r in _rows(text, dt.date(2023, 9, 8), "Protests")}
    assert "Shahba" in places
    assert "Qarayya" in places


def test_series_noun_governs_the_act_words_joined_to_it() -> None:
    text = ("تتواصل سلسلة الاغتيالات والتفجيرات في ريف درعا، إذ قُتل شاب برصاص مسلحين مجهولين في بلدة نوى "
            "مساء الاثنين.")
    rows = _rows(text, dt.date(2022, 5, 10))
    assert rows
    assert all(r["sub_event_type"] != "Remote explosive/landmine/IED" for r in rows)


def test_lead_clause_with_no_place_is_the_act_a_later_sentence_places() -> None:
    text = ("استمر مسلسل الاغتيالات والتفجيرات في محافظة درعا، إذ قُتل مقاتل سابق في فصائل المعارضة برصاص مسلحين "
            "مجهولين في بلدة جاسم مساء الأحد، فيما قُتل ثلاثة عناصر من «الفرقة الرابعة» في قوات النظام بانفجار عبوة "
            "ناسفة فجر الاثنين.\n\n"
            "وفي حادثة أخرى، انفجرت عبوة ناسفة مزروعة على طرف الطريق بسيارة عسكرية تابعة لـ«الفرقة الرابعة» قرب "
            "بلدة نوى، ما أدى إلى مقتل ثلاثة عناصر.")
    rows = _rows(text, dt.date(2022, 6, 13), "Explosions/Remote violence")
    assert [r["location"] for r in rows] == ["Nawa"]


def test_border_guards_statement_at_a_military_region_joins_the_placed_clash() -> None:
    text = ("عمّان (أ ف ب) - أعلن الجيش الأردني الأحد مقتل أربعة مهربين في اشتباك مع مجموعات مسلحة حاولت التسلل "
            "من الأراضي السورية فجرا.\n\n"
            "وقال مصدر عسكري في القيادة العامة للقوات المسلحة الأردنية إن \"قوات حرس الحدود في المنطقة العسكرية "
            "الشرقية تعاملت مع محاولة تسلل لمهربين\"، ما أدى إلى مقتل أربعة منهم وفرار الآخرين.\n\n"
            "وأوضح البيان أن الاشتباك وقع قرب بلدة الرويشد في البادية الشمالية الشرقية.")
    rows = _rows(text, dt.date(2024, 2, 4), "Battles")
    assert [r["location"] for r in rows] == ["Ar Ruwayshid"]


def test_state_strike_by_its_adjective_is_an_air_strike_summed_up_by_south_lebanon() -> None:
    text = ("مقتل عنصرين من حزب الله بضربة إسرائيلية على سيارة في جنوب لبنان\n\n"
            "بيروت (أ ف ب) - قُتل عنصران من حزب الله الأحد في ضربة نفذتها مسيّرة إسرائيلية على سيارة على الطريق "
            "بين بلدتي عيترون وبنت جبيل في جنوب لبنان.")
    rows = _rows(text, dt.date(2024, 3, 10))
    assert len(rows) == 1
    assert rows[0]["sub_event_type"] == "Air/drone strike"


def test_toll_by_an_agency_running_count_is_no_event() -> None:
    text = ("وأسفر التصعيد عن مقتل أكثر من 250 شخصاً في لبنان، معظمهم مقاتلون، وفق تعداد لفرانس برس.")
    assert _rows(text, dt.date(2024, 2, 20)) == []
