"""Session 17 (RND): round-ups and bulletins — a tally of a week or a month is no event, a bulletin's count of
incidents told item by item is no event of its own, a weekly round-up's days are news, an item's town at its
entrance beats the governorate that heads the item, "دون" negates its own noun, and charges of the arrested are no
acts."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 8, 23)


def _rows(text: str, on: dt.date = DAY) -> list[tuple[str, str, str]]:
    return [(str(r["sub_event_type"]), str(r["location"]), str(r["event_date"])) for r in record_rows(text, on)]


# --- a tally of a week's or a month's acts -------------------------------------------------------------------------

def test_week_of_many_shells_is_a_tally() -> None:
    text = ("قصفت القوات التركية خلال الأسبوع الماضي 40 قرية في ريف الحسكة بأكثر من 250 قذيفة، إلى جانب ضربتين "
            "بطائرات مسيرة.")
    assert _rows(text) == []


def test_week_of_many_strikes_other_shape_is_a_tally() -> None:
    text = "وشنت الطائرات الروسية طوال الأسبوع الجاري 60 غارة على ريف إدلب الجنوبي."
    assert _rows(text) == []


def test_week_of_one_act_stays() -> None:
    """Guard (held on the old code): one act dated to the week is an event of the week."""
    text = "واستهدفت مسيرة تركية خلال الأسبوع الماضي سيارة قرب مدينة القامشلي، ما أدى لمقتل شخصين."
    assert [r[1] for r in _rows(text)] == ["Quamishli"]


def test_month_fronted_before_the_verb_of_counting() -> None:
    text = ("وخلال تموز الماضي، وثقت الشبكة مقتل 73 مدنياً في عموم سوريا، في حين تحدثت تقارير عن تراجع عدد "
            "الهجمات مقارنة بالشهر الذي سبقه.")
    assert _rows(text) == []


def test_month_fronted_other_shape() -> None:
    text = "وخلال حزيران الماضي، أحصى المرصد مقتل 40 شخصاً في محافظة درعا، في حين تراجعت الهجمات مقارنة بأيار."
    assert _rows(text) == []


def test_report_breaks_the_dead_down() -> None:
    text = ("وبحسب التقرير الشهري، فإن 14 من القتلى مدنيون، و5 منهم مقاتلون سابقون في فصائل المعارضة، بينما كان "
            "الباقون عناصر في قوات النظام في درعا.")
    assert _rows(text, dt.date(2023, 11, 1)) == []


# --- a bulletin's count of incidents told item by item --------------------------------------------------------------

_BOTH = [("Abduction/forced disappearance", "Da'el"), ("Attack", "Nawa")]


def test_count_of_incidents_then_items() -> None:
    text = ("درعا 24: حادثتا قتل وخطف خلال 24 ساعة\n"
            "شهدت محافظة درعا خلال الساعات الـ24 الماضية حادثتي قتل وخطف منفصلتين، وسط استمرار الفلتان الأمني.\n"
            "ففي الحادثة الأولى، قُتل رجل مساء أمس الثلاثاء برصاص مجهولين في أحد شوارع مدينة نوى غربي درعا.\n"
            "وفي الحادثة الثانية، أقدم مسلحون صباح اليوم الأربعاء على خطف شاب من أبناء مدينة داعل أثناء توجهه "
            "إلى عمله.")
    assert sorted((r[0], r[1]) for r in _rows(text, dt.date(2026, 1, 14))) == _BOTH


def test_count_of_incidents_other_shape() -> None:
    text = ("حادثتا قتل وخطف في درعا\nشهدت محافظة درعا أمس حادثتي قتل وخطف منفصلتين.\n"
            "ففي الحادثة الأولى، قُتل رجل مساء أمس برصاص مجهولين في مدينة نوى.\n"
            "وفي الحادثة الثانية، خطف مسلحون صباح اليوم شاباً من أبناء مدينة داعل.")
    assert sorted((r[0], r[1]) for r in _rows(text, dt.date(2026, 1, 14))) == _BOTH


# --- the days of a weekly round-up are news ---------------------------------------------------------------------------

def test_weekly_roundup_days_are_news() -> None:
    text = ("أبرز الأحداث في أسبوع\nشهدت مناطق سورية عدة خلال الأسبوع الماضي تطورات ميدانية متلاحقة.\n"
            "توغل في القنيطرة\nيوم الاثنين، توغلت قوة إسرائيلية في بلدة جباتا الخشب واعتقلت شابين.")
    rows = record_rows(text, DAY)
    assert [(r["location"], r["historical"]) for r in rows] == [("Jubata al-Khashab", False)]


def test_weekly_roundup_other_shape() -> None:
    text = ("حصاد الأسبوع\nشهد الشمال السوري طوال الأسبوع الجاري تصعيداً عسكرياً.\nقصف في إدلب\n"
            "يوم الاثنين، قصفت قوات النظام بالمدفعية بلدة كنصفرة، ما أدى لمقتل امرأة.")
    rows = record_rows(text, DAY)
    assert [(r["location"], r["historical"]) for r in rows] == [("Kansafra", False)]


# --- an item's town at its entrance ---------------------------------------------------------------------------------

def test_entrance_of_a_town_beats_the_item_heading() -> None:
    text = ("وفي دير الزور، قُتل عنصران من قسد، أمس، بهجوم نفذه مسلحون على حاجز لهم عند مدخل بلدة ذيبان "
            "في الريف الشرقي.")
    assert [r[1] for r in _rows(text, dt.date(2025, 5, 18))] == ["Thiban"]


def test_entrances_of_a_town_other_shape() -> None:
    text = "وفي حمص، أصيب مدنيان، أمس، برصاص مجهولين عند مدخل مدينة تلبيسة."
    assert [r[1] for r in _rows(text, dt.date(2025, 5, 18))] == ["Talbiseh"]


# --- "دون" negates its own noun ---------------------------------------------------------------------------------------

def test_car_without_plates_does_not_negate_the_abduction() -> None:
    text = "أقدم مسلحون يستقلون سيارة دون لوحات صباح اليوم على خطف شاب من أبناء مدينة شهبا."
    assert [r[0] for r in _rows(text, dt.date(2026, 1, 14))] == ["Abduction/forced disappearance"]


def test_without_plates_other_shape() -> None:
    text = ("وفي الحادثة الثانية، أقدم مسلحون يستقلون سيارة دون لوحات صباح اليوم على خطف شاب من أبناء مدينة "
            "شهبا أثناء توجهه إلى عمله، واقتادوه إلى جهة مجهولة.")
    assert [r[1] for r in _rows(text, dt.date(2026, 1, 14))] == ["Shahba"]


def test_without_casualties_still_negates_guard() -> None:
    """Guard: "دون" right before the act word still negates it."""
    assert _rows("انتشرت قوات الأمن دون مواجهات في مدينة شهبا اليوم.", dt.date(2026, 1, 14)) == []


# --- the charge of the arrested; the ministry's provincial commands --------------------------------------------------

def test_cell_involved_in_an_attack_is_no_clash() -> None:
    text = ("تمكنت قيادة الأمن الداخلي في محافظة حمص أمس من إلقاء القبض على خلية تابعة لفلول النظام البائد في "
            "مدينة تلكلخ، متورطة في الهجوم على حواجز أمنية وقتل عناصر منها.")
    rows = record_rows(text, dt.date(2025, 10, 6))
    assert [r["sub_event_type"] for r in rows] == ["Arrests"]
    assert rows[0]["actor1"] == "Police Forces of Syria (2024-)"


def test_men_involved_in_a_killing_other_shape() -> None:
    text = "وألقت وحدات الأمن الداخلي أمس القبض على ثلاثة أشخاص متورطين بقتل شاب في مدينة الميادين."
    rows = record_rows(text, dt.date(2025, 10, 6))
    assert [r["sub_event_type"] for r in rows] == ["Arrests"]
    assert rows[0]["actor1"] == "Police Forces of Syria (2024-)"


# --- a headline that lists acts by their nouns: each place's item has its own type and side ---------------------------

def _typed(text: str) -> list[tuple[str, str, str]]:
    return [(str(r["sub_event_type"]), str(r["location"]), str(r["actor1"]))
            for r in record_rows(text, dt.date(2021, 6, 10))]


def test_headline_items_keep_their_own_type_and_side() -> None:
    assert _typed("قصف على جبل الزاوية وغارات روسية وانفجار في الباب") == [
        ("Shelling/artillery/missile attack", "Jabal al-Zawiya", ""), ("Remote explosive/landmine/IED", "Al Bab", "")]


def test_headline_items_other_shape() -> None:
    rows = _typed("غارات روسية على جسر الشغور وانفجار سيارة مفخخة في عفرين")
    assert rows == [("Air/drone strike", "Jisr-Ash-Shugur", "Military Forces of Russia (2000-)"),
                    ("Remote explosive/landmine/IED", "Afrin", "")]


def test_headline_item_then_report_keeps_the_reported_attacker() -> None:
    rows = _typed("قصف على جبل الزاوية وغارات روسية وانفجار في الباب\n"
                  "وقال مراسل إن قوات النظام قصفت بالمدفعية صباح اليوم بلدة كنصفرة في جبل الزاوية، ما أدى إلى "
                  "مقتل امرأة.")
    assert rows == [("Shelling/artillery/missile attack", "Kansafra", "Military Forces of Syria (2000-2024)"),
                    ("Remote explosive/landmine/IED", "Al Bab", "")]


def test_one_verb_two_places_guard() -> None:
    """Guard (held on the old code): one act told by a verb at two places keeps its attacker at each."""
    assert [r[2] for r in _typed("قصفت قوات النظام بلدة كنصفرة وبلدة البارة صباح اليوم.")] == [
        "Military Forces of Syria (2000-2024)"] * 2
