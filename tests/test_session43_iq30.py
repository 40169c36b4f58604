"""Session 43 (iq30): Iraq's places and sides as Iraqi outlets tell them.  Desert valleys and district towns that the
Security Media Cell names (Wadi Hauran in Anbar is not Syria's Hauran plain; Wadi al-Shay, Dibis, Mutaibija,
al-Batha); a district named with its head word after "لـ" ("التابعة لقضاء X"); the hospital the wounded of a blast
were taken to, and the orchards the attackers fled into, are not the act's place; a verdict on strikes ("واصفة
الضربات بأنها اعتداء") and a timetable asked for a withdrawal ("جدولاً زمنياً لانسحاب قوات التحالف") are no acts;
confrontations that killed protesters are a protest met with force, not a battle; and "دون تسجيل حالات اعتقال"
is no arrest."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.arabic.normalize import normalize
from rasd.geo.stage import find_places


def _rows(text: str, day: dt.date, kind: str | None = None) -> list[dict[str, object]]:
    return [r for r in record_rows(text, day) if kind is None or r["event_type"] == kind]


def _place_ids(text: str) -> list[str]:
    return [p.value.id for p in find_places(normalize(text))]


def test_wadi_hauran_is_the_anbar_valley_not_the_syrian_plain() -> None:
    text = ("أعلنت قيادة العمليات المشتركة أن طيران الجيش العراقي نفذ أمس الأحد ضربة جوية على مضافة لعناصر داعش في عمق "
            "وادي حوران غربي محافظة الأنبار، ما أسفر عن مقتل ثلاثة منهم.")
    rows = _rows(text, dt.date(2023, 5, 8), "Explosions/Remote violence")
    assert rows
    assert rows[0]["country"] == "Iraq"
    assert rows[0]["location"] == "Wadi Hauran (Anbar)"


def test_iraqi_valleys_and_district_towns_are_known() -> None:
    assert "region:wadi-al-shay" in _place_ids("ضربة جوية على وكر في وادي الشاي جنوب غربي كركوك")
    assert "city:dibis" in _place_ids("هجوم على نقطة للجيش في قضاء الدبس شمال غربي كركوك")
    assert "region:mutaibija" in _place_ids("اشتباك مع متسللين في منطقة مطيبيجة شرقي صلاح الدين")
    assert "city:batha-dhiqar" in _place_ids("انفجار عبوة على رتل قرب ناحية البطحاء غربي الناصرية")


def test_district_named_with_its_head_after_lam() -> None:
    assert "city:hawija" in _place_ids("هاجم مسلحون قرية صغيرة التابعة لقضاء الحويجة ليلة أمس")
    assert "city:dibis" in _place_ids("استهدف الهجوم نقطة مراقبة قرب قرية نائية تابعة لقضاء الدبس")


def test_hospital_of_the_blast_wounded_is_not_the_blast_place() -> None:
    text = ("قالت مصادر محلية إن مسلحين هاجموا مساء أمس مزارعين في بساتين قرية العبارة التابعة لقضاء المقدادية في "
            "محافظة ديالى.\n\n"
            "وفي أثناء عمليات التفتيش، انفجرت صباح اليوم عبوة ناسفة على عجلة للجيش في بساتين منطقة نائية، ما أدى إلى "
            "إصابة جنديين بجروح، بحسب مصدر أمني، مبيناً أن \"الجريحين نقلا إلى مستشفى بعقوبة التعليمي\".")
    rows = _rows(text, dt.date(2025, 6, 3), "Explosions/Remote violence")
    assert rows
    assert "Baqubah" not in {r["location"] for r in rows}


def test_orchards_the_attackers_fled_into_are_not_the_attack_place() -> None:
    text = ("هاجم مسلحون ملثمون فجر أمس رعاة أغنام قرب قرية تابعة لقضاء المقدادية، وأطلقوا النار عليهم فقتلوا اثنين "
            "منهم. وكان المسلحون قد فتحوا النار على الرعاة في أطراف القرية، قبل أن يفر المهاجمون باتجاه بساتين حوض نهر "
            "ديالى.")
    rows = _rows(text, dt.date(2024, 2, 12), "Violence against civilians")
    assert rows
    assert {r["location"] for r in rows} == {"Al-Muqdadiyah"}


def test_a_verdict_on_strikes_is_no_act_of_its_own() -> None:
    text = ("شنت طائرات أمريكية فجر اليوم ضربات جوية على مقر للحشد الشعبي في منطقة جرف النصر شمالي بابل، ما أدى إلى "
            "مقتل اثنين من المنتسبين.\n\n"
            "وفي وقت لاحق، أعلنت هيئة الحشد الشعبي في بيان أن \"عدد الشهداء ارتفع إلى ثلاثة\"، واصفة الضربات بأنها "
            "\"اعتداء سافر على مؤسسة أمنية رسمية تابعة للقائد العام للقوات المسلحة\".")
    rows = _rows(text, dt.date(2024, 2, 7))
    assert [r["event_type"] for r in rows] == ["Explosions/Remote violence"]


def test_a_timetable_asked_for_a_withdrawal_is_no_event() -> None:
    text = ("لوّحت فصائل مسلحة عراقية، اليوم الأحد، بإنهاء الهدنة مع القوات الأمريكية، في حال لم تعلن الحكومة جدولاً "
            "زمنياً ملزماً لانسحاب قوات التحالف الدولي من البلاد.")
    assert _rows(text, dt.date(2024, 9, 15)) == []


def test_confrontations_that_killed_protesters_are_a_protest_met_with_force() -> None:
    text = ("ارتفاع ضحايا احتجاجات الكوت إلى قتيلين.. ووقفات تضامنية في كربلاء والنجف\n\n"
            "ارتفعت حصيلة ضحايا المواجهات التي شهدتها مدينة الكوت مركز محافظة واسط، يوم أمس الأحد، إلى قتيلين من "
            "المتظاهرين وأكثر من خمسين مصاباً بينهم منتسبون في الشرطة، بحسب مصدر طبي.\n\n"
            "وقال المصدر إن \"متظاهراً ثانياً توفي صباح اليوم في مستشفى الزهراء متأثراً بإصابته بطلق ناري في الصدر\".\n\n"
            "وكان مئات المحتجين قد تجمعوا صباح أمس أمام مبنى ديوان محافظة واسط للمطالبة بإقالة المحافظ، قبل أن تلجأ "
            "قوات مكافحة الشغب إلى الرصاص الحي لتفريقهم.\n\n"
            "وفي كربلاء، نظم ناشطون وقفة تضامنية مع محتجي الكوت، قبل أن ينفضوا بشكل سلمي.")
    rows = _rows(text, dt.date(2022, 8, 1))
    assert not [r for r in rows if r["event_type"] == "Battles"]
    assert any(r["sub_event_type"] == "Excessive force against protesters" and r["location"] == "Kut" for r in rows)


def test_no_arrest_recorded_is_no_arrest() -> None:
    text = ("وفي محافظة ميسان، أصيب شخصان بجروح يوم السبت الماضي في نزاع عشائري بالأسلحة الخفيفة في قضاء المجر الكبير، "
            "وقالت الشرطة إن القوات الأمنية احتوت الموقف دون تسجيل حالات اعتقال.")
    rows = _rows(text, dt.date(2020, 9, 22))
    assert rows
    assert not [r for r in rows if r["sub_event_type"] == "Arrests"]
