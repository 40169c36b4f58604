"""Places abroad (session 13): towns and regions abroad the news names that the gazetteer lacked; the two army
positions of a dual head ("موقعي X وY") are positions abroad even where X is also a Syrian town; "عُمان" written
with its damma is Oman, not Amman; the plural noun "الخيام" (tents) is the Lebanese town Khiam only with a place
cue; the zone of Russia's "special military operation" lies in Ukraine; a region named right after its town abroad
only locates it; a protest "against" a country (مناهضة لـX) is not placed in that country."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.arabic.normalize import normalize
from rasd.geo.assign import event_place
from rasd.geo.stage import find_places
from rasd.pipeline import extract_text

DAY = dt.date(2023, 1, 28)


def places(text: str) -> list[tuple[str, str]]:
    """(English name, country) of every place read in ``text``."""
    return [(s.value.name_en, s.value.country) for s in find_places(normalize(text))]


@pytest.mark.parametrize(("text", "place"), [
    ("أطلق مسلحون النار على محتجين في مدينة الزاوية الليبية.", ("Zawiya", "Libya")),
    ("اندلعت اشتباكات بين فصيلين مسلحين وسط العاصمة الليبية طرابلس.", ("Tripoli (Libya)", "Libya")),
    ("قطع محتجون طريقاً رئيسياً في تاجوراء احتجاجاً على القرار.", ("Tajoura", "Libya")),
    ("غرق مركب للمهاجرين قبالة سواحل صفاقس فجر اليوم.", ("Sfax", "Tunisia")),
    ("اقتحم محتجون مطار محج قلعة مساء الأحد.", ("Makhachkala", "Russia")),
    ("قتل مصلون في تفجير استهدف مسجداً في مستونغ.", ("Mastung", "Pakistan")),
    ("فجر انتحاري نفسه داخل مسجد في بيشاور.", ("Peshawar", "Pakistan")),
    ("هاجم مسلحون مقراً للشرطة في مدينة كراتشي.", ("Karachi", "Pakistan")),
    ("تواصلت التظاهرات في البيرو ضد الرئيسة.", ("Peru", "Peru")),
    ("خرجت مسيرة حاشدة في كيب تاون تضامناً مع غزة.", ("Cape Town", "South Africa")),
    ("قصفت قوات الدعم السريع أحياء في الفاشر.", ("El Fasher", "Sudan")),
    ("سيطرت قوات الدعم السريع على مدينة ود مدني.", ("Wad Madani", "Sudan")),
    ("نظم طلاب وقفة أمام القنصلية في لوس أنجلوس.", ("Los Angeles", "United States")),
    ("احتشد الآلاف خارج السفارة في كوالالمبور.", ("Kuala Lumpur", "Malaysia")),
    ("اندلعت حرائق في سهل الحولة بعد سقوط الصواريخ.", ("Hula Valley", "Israel")),
])
def test_a_town_abroad_is_read(text: str, place: tuple[str, str]) -> None:
    assert place in places(text)


def test_a_hospital_named_after_jerusalem_is_in_gaza() -> None:
    found = places("اشتدت الغارات في محيط مستشفى القدس غربي المدينة.")
    assert ("Al-Quds Hospital (Gaza City)", "Palestine") in found
    assert ("Jerusalem", "Palestine") not in found


def test_zawiya_is_the_libyan_town_only_with_its_head_word() -> None:
    assert ("Zawiya", "Libya") in places("تجددت الاشتباكات قرب مدينة الزاوية غرب العاصمة.")
    assert ("Zawiya", "Libya") not in places("اقتحم الجنود بلدة الزاوية غربي سلفيت.")


def test_both_positions_of_a_dual_head_are_positions_abroad() -> None:
    found = places("قصفت المقاومة موقعي المالكية وجل الدير بالصواريخ.")
    assert ("Malkia", "Israel") in found
    assert ("Jal al-Deir position", "Israel") in found
    assert all(country != "Syria" for _name, country in found)


def test_quoted_names_after_a_dual_position_head() -> None:
    found = places('استهدفت المقاومة موقعي "الراهب" و"جل الدير" بالقذائف.')
    assert ("Al-Raheb position", "Israel") in found
    assert ("Jal al-Deir position", "Israel") in found


def test_a_position_named_by_its_short_name() -> None:
    assert ("Bayad Blida position", "Israel") in places("تصاعد الدخان من موقع البياض بعد القصف.")


@pytest.mark.parametrize("text", [
    "وصل الوزير إلى مسقط في زيارة إلى عُمان تستمر يومين.",
    "وقعت السعودية وعُمان اتفاقاً للتعاون.",
])
def test_oman_with_its_damma_is_not_amman(text: str) -> None:
    found = places(text)
    assert ("Oman", "Oman") in found
    assert ("Amman", "Jordan") not in found
    # Amman written with its shadda or plain stays Amman
    assert ("Amman", "Jordan") in places("زار الوزير عمّان أمس.")
    assert ("Amman", "Jordan") in places("التقى الوفد في عمان الأردنية.")


@pytest.mark.parametrize("text", [
    "أزالت الشرطة الخيام من حديقة الجامعة.",
    "نقل المستوطنون إلى الفنادق والملاعب والخيام.",
    "قصف الاحتلال الخيام التي تؤوي النازحين.",
])
def test_tents_are_no_town(text: str) -> None:
    assert ("Khiam", "Lebanon") not in places(text)


@pytest.mark.parametrize("text", [
    "قصفت مدفعية الاحتلال أطراف بلدة الخيام.",
    "أسقط المقاومون مسيرة في منطقة شرق الخيام.",
    "استهدفت المدفعية سهل الخيام وأطراف بلدة مجاورة.",
    "شنت الطائرات غارات على بلدتي مروحين والخيام جنوبي لبنان.",
])
def test_khiam_is_read_where_it_is_the_town_but_not_the_tents(text: str) -> None:
    assert ("Khiam", "Lebanon") in places(text)
    assert ("Khiam", "Lebanon") not in places("نصب الطلاب الخيام في ساحة الجامعة.")


def test_a_dual_base_head_is_a_site_cue_in_an_article_abroad() -> None:
    text = ("تظاهر المئات في محج قلعة عاصمة داغستان واقتحموا مطار المدينة.\n"
            "وقصف الاحتلال مدينة غزة ومخيم جباليا شمالي قطاع غزة، وبلدة الخيام جنوبي لبنان.\n"
            "وفي سياق آخر، قصف صاروخي استهدف قاعدتي الشدادي وحقل العمر الأميركيتين في سوريا.")
    found = places(text)
    assert ("Makhachkala", "Russia") in found
    assert ("Shadadah", "Syria") in found


def test_the_special_military_operation_zone_is_in_ukraine() -> None:
    found = places("أفادت الوزارة بمقتل مئات الجنود في نطاق العملية العسكرية الخاصة.")
    assert ("Special military operation zone (Ukraine)", "Ukraine") in found


def test_a_region_right_after_its_town_abroad_only_locates_it() -> None:
    found = [(s.value.name_en, s.value.role)
             for s in find_places(normalize("نظم ناشطون وقفة أمام القنصلية في لوس أنجلوس بولاية كاليفورنيا."))]
    assert ("Los Angeles", "place") in found
    assert ("California", "reference") in found


def test_a_protest_against_a_country_is_not_placed_in_it() -> None:
    text = ("تجمع المئات في وسط بوركينا فاسو يوم السبت.\n"
            "وتظاهر الآلاف خلال الأسابيع الماضية في مسيرات مناهضة لفرنسا.")
    doc = extract_text(text, published=DAY)
    k = doc.text.index("وتظاهر الآلاف")
    sentence = next(s for s in doc.layer("sentences") if s.start <= k < s.end)
    trigger = next(t for t in doc.layer("triggers") if sentence.start <= t.start < sentence.end)
    place = event_place(doc, [sentence], trigger, [])[0]
    assert place is None or place.country != "France", place
    # a place after the opposed side is where the protest is: "تظاهرات مناهضة له في X"
    doc = extract_text("خرجت تظاهرات كبيرة مناهضة له في تل أبيب مساء السبت.", published=DAY)
    sentence = doc.layer("sentences")[0]
    trigger = next(t for t in doc.layer("triggers") if sentence.start <= t.start < sentence.end)
    place = event_place(doc, [sentence], trigger, [])[0]
    assert place is not None and place.name_en == "Tel Aviv", place
