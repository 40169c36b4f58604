"""Session 18 (GDF): places in Al Mayadeen's Syria reporting — a place inside a fronted "hours / days before or
after …" phrase belongs to the act that dates the report, not to the act the sentence tells (unless a sequel tells
that act as the news); "وكذلك" adds a further target of a list; "حوايج ذيبان" is the village beside Thiban; the past
and the object noun of "دكّ" report shelling (not Dhaka, nor a vow to go on); a village the gazetteer lacks, named
in a list, lies where another sentence of the article locates it ("قرية X القريبة من بلدة Y")."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2023, 11, 14)


def _places(text: str, on: dt.date = DAY) -> list[str]:
    return [str(r["location"]) for r in record_rows(text, on)]


def _subs(text: str, on: dt.date = DAY) -> list[str]:
    return [str(r["sub_event_type"]) for r in record_rows(text, on)]


def test_fronted_hours_before_phrase_names_the_reference_act_place() -> None:
    text = ("عنوان الخبر\nوقبل ساعات من العدوان الأخير على مطار حلب، يوم الثلاثاء، كان الطيران الحربي الإسرائيلي "
            "نفّذ قصفاً صاروخياً لموقع عسكري تابع للجيش العربي السوري في ريف محافظة درعا، أسفر عن ارتقاء عدد من الشهداء.")
    assert _places(text) == ["Daraa"]


def test_fronted_days_after_phrase_after_a_comma() -> None:
    text = ("عنوان الخبر\nبالتوازي، بعد يومين من الغارة على مطار دمشق الدولي، كانت الطائرات الإسرائيلية نفّذت قصفاً "
            "صاروخياً لمواقع تابعة للجيش السوري في ريف محافظة القنيطرة، أسفر عن سقوط عدد من الشهداء.")
    assert _places(text) == ["Quneitra"]


def test_sequel_after_phrase_tells_the_news_act_guard() -> None:
    # pure guard: "وجاء القصف بعد ساعات من هجوم … على X" reports the attack on X (unchanged behaviour)
    text = ("عنوان الخبر\nقصف الجيش السوري مواقع المسلحين في بلدة البارة اليوم. وجاء القصف، بعد ساعات من هجوم "
            "بطائرات مسيّرة شنّه المسلحون على الأحياء السكنية في مدينة السقيلبية، أسفر عن إصابة ثلاثة مدنيين.")
    assert "As-Suqaylabiyah" in _places(text)


def test_reference_act_with_its_own_agent_keeps_its_place_guard() -> None:
    # pure guard: the agent of the record is the phrase's ("اعتداء إسرائيلي"): it stays the airport's act
    text = ("عنوان الخبر\nوبعد ساعات فقط على آخر اعتداء إسرائيلي على مطار حلب الدولي، أغارت طائرات أميركية على نقطة "
            "في مدينة الميادين بريف دير الزور.")
    assert "Aleppo International Airport" in _places(text)


def test_and_likewise_adds_a_further_target() -> None:
    text = ("عنوان الخبر\nوشنّ مقاتلو العشائر، مساء أمس، هجوماً على مواقع لقسد في بلدة درنج، وكذلك على حاجز لها في "
            "بلدة الشحيل، واندلعت اشتباكات بالأسلحة المتوسطة.")
    places = _places(text)
    assert "Darnaj" in places and "Al-Shuhayl" in places


def test_and_likewise_with_points_of_the_side_in_a_village() -> None:
    text = ("عنوان الخبر\nهاجمت قوات العشائر مواقع قسد في بلدة الطيانة، وكذلك نقاطها العسكرية وحواجزها في قرية "
            "حوايج ذيبان، مساء الإثنين.")
    places = _places(text)
    assert "Al-Tayyana" in places and "Al-Hawayij" in places and "Thiban" not in places


def test_past_of_pound_reports_shelling() -> None:
    text = "عنوان الخبر\nودكّت سرايا القدس، اليوم، تجمعاً لجنود الاحتلال شرقي خان يونس."
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_passive_pound_of_a_list_of_bases_is_one_event_a_base() -> None:
    text = ('عنوان الخبر\nوصباح اليوم، دُكّت قواعد "الشدادي" و"الركبان" و"التنف" بالصواريخ، بحسب مصادر محلية.')
    places = _places(text)
    assert "Shadadah" in places and "Al-Tanf garrison" in places


def test_pounding_noun_with_its_object() -> None:
    text = "عنوان الخبر\nوتبنّت كتائب الأقصى، في بيان اليوم، دكّ حشود الاحتلال وسط مخيم يبنا في رفح."
    assert "Shelling/artillery/missile attack" in _subs(text)


def test_dhaka_and_a_vow_are_no_pounding_guard() -> None:
    # pure guard: the noun is read only with its object ("دكا" is Dhaka), never the vow to go on pounding
    text = ("عنوان الخبر\nتجمّع آلاف المتظاهرين في العاصمة دكا للمطالبة بالانتخابات. وأكدت المقاومة استمرارها في "
            "دكّ معاقل العدو.")
    assert "Shelling/artillery/missile attack" not in _subs(text)


def test_unlisted_village_lies_where_the_article_locates_it() -> None:
    text = ('عنوان الخبر\nودفعت قسد بتعزيزات إلى محيط قرية "جديد عكيدات" القريبة من بلدة البصيرة، أمس. '
            'وصباح اليوم، قصفت قسد بالمدفعية قريتي "الكشكية" و"جديد عكيدات"، ما أدى إلى أضرار في المنازل.')
    shelled = [str(r["location"]) for r in record_rows(text, dt.date(2023, 9, 30))
               if r["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert sorted(shelled) == ["Al-Kishkiyah", "Basira"]
