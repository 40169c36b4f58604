"""Session 35 (dt17, dates and the historical flag): "the same month / year" ("في الشهر ذاته", "آب من ذلك العام",
"في العام التالي") takes the month or the year of the time the text has just named; a date that describes a signed
agreement or an issued decree ("اتفاق التهدئة الموقّع في آذار 2020") dates the document, not an act of the sentence;
and an earlier act told after "not the first" ("وليست هذه المرة الأولى …، إذ قُتل …") is a background event of its own
day, told by a verb or by its noun."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows, sentence_at, time_doc, trigger_at

from rasd.time.assign import event_date

WEDNESDAY = dt.date(2025, 3, 5)
MONDAY = dt.date(2024, 10, 14)
SATURDAY = dt.date(2023, 6, 17)


def _times(text: str, published: dt.date) -> dict[str, tuple[str, int]]:
    doc = time_doc(text, published)
    return {doc.text[t.start:t.end]: (t.value.date.isoformat(), t.value.precision) for t in doc.layer("times")}


def test_a_month_of_that_year_takes_the_year_just_named() -> None:
    times = _times("اندلعت المعارك في المنطقة عام 2019، ونزح الآلاف. وفي آب من ذلك العام، قصفت الطائرات السوق.",
                   WEDNESDAY)
    assert times["آب من ذلك العام"] == ("2019-08-15", 3)


def test_the_same_month_and_the_next_year_follow_the_time_before() -> None:
    times = _times("تصاعد القصف منذ كانون الثاني الماضي، وكانت مسيّرة قد قصفت في الشهر ذاته قافلة. "
                   "وفي 3 أيار 2021 اقتحمت القوات البلدة، ثم عادت في العام التالي.", WEDNESDAY)
    assert times["الشهر ذاته"] == ("2025-01-15", 3)
    assert times["العام التالي"] == ("2022-07-01", 3)
    assert "الشهر نفسه" not in _times("وقال المسؤول إن الحملة ستستمر خلال الشهر نفسه.", WEDNESDAY)  # after no time
    # "العام" after a definite noun is its adjective ("general"), no year
    assert list(_times("في 3 أيار 2021 قال المدعي العام نفسه إن التحقيق مستمر.", WEDNESDAY)) == ["3 أيار 2021"]


def test_a_background_act_of_that_year_is_not_dated_by_the_paragraph_before() -> None:
    text = ("ألغام الحرب تحصد أرواح المدنيين في ريف حماة\n"
            "وقُتل مزارع في 18 شباط بانفجار قذيفة قرب بلدة كفر زيتا شمالي حماة.\n"
            "ويعود كثير من هذه الذخائر إلى معارك شهدتها المنطقة عام 2019، حين تقدّمت القوات الحكومية. وفي تموز من "
            "ذلك العام، قُتل تسعة مدنيين بغارة جوية روسية على سوق في مدينة مورك.")
    strikes = [r for r in record_rows(text, WEDNESDAY) if r["sub_event_type"] == "Air/drone strike"]
    assert [(r["event_date"], r["historical"]) for r in strikes] == [("2019-07-15", True)]


def test_the_date_of_a_signed_truce_is_not_the_act_date() -> None:
    doc = time_doc("قُتل رجلان، أمس الأحد، بقصف مدفعي لقوات النظام على حي سكني في مدينة أريحا.\n"
                   "وتتعرض المدينة لقصف متكرر رغم اتفاق التهدئة الموقّع بين روسيا وتركيا في آذار 2020، وكانت المدينة "
                   "قد شهدت في أيار من العام الماضي قصفاً صاروخياً أصاب سوقها وأدى إلى مقتل سبعة مدنيين.\n", MONDAY)
    date, hist = event_date(doc, [sentence_at(doc, "وتتعرض")], [trigger_at(doc, "قصفاً")])
    assert date is not None and hist
    assert (date.date.isoformat(), date.precision) == ("2023-05-15", 3)
    # the agreement itself told as the act keeps the day named in its phrase
    doc = time_doc("ووقّع الطرفان اتفاق التهدئة الموقّع في 3 آذار 2020 بعد أسابيع من المعارك.\n", MONDAY)
    date, _ = event_date(doc, [sentence_at(doc, "ووقّع")], [trigger_at(doc, "اتفاق")])
    assert date is not None and date.date.isoformat() == "2020-03-03"


def test_an_earlier_act_after_not_the_first_is_a_background_event() -> None:
    text = ("اغتيال عضو في لجنة المصالحة بنوى\n"
            "قُتل عضو سابق في لجنة المصالحة بمدينة نوى، مساء الخميس، برصاص مسلحين مجهولين أمام منزله.\n"
            "ولم تكن هذه الحادثة الأولى التي تستهدف شخصيات في المدينة، إذ قُتل رئيس مجلس البلدية السابق في تشرين "
            "الأول 2022 بانفجار عبوة ناسفة زُرعت في سيارته.")
    old = [r for r in record_rows(text, SATURDAY) if r["historical"]]
    assert [(r["event_date"], r["sub_event_type"]) for r in old] == [("2022-10-15", "Remote explosive/landmine/IED")]


def test_an_earlier_clash_told_by_its_noun_after_not_the_first() -> None:
    text = ("هجوم على حاجز للجيش في طفس\n"
            "هاجم مسلحون، فجر أمس الجمعة، حاجزاً للجيش عند مدخل مدينة طفس، ما أسفر عن مقتل جندي.\n"
            "وليست هذه المرة الأولى التي تصبح فيها المدينة ساحة اشتباك؛ ففي الثالث من أيار الماضي، دارت مواجهات بين "
            "الجيش ومسلحين محليين في محيطها.")
    old = [r for r in record_rows(text, SATURDAY) if r["historical"]]
    assert [(r["event_date"], r["event_type"]) for r in old] == [("2023-05-03", "Battles")]


def test_the_middle_of_the_month_in_a_monthly_report_is_the_reported_month() -> None:
    text = ("مكتب توثيق: 18 قتيلاً في محافظة القنيطرة خلال أيلول\n"
            "وثّق مكتب حقوقي محلي مقتل 18 شخصاً في محافظة القنيطرة خلال شهر أيلول الماضي، في تقريره الشهري الصادر "
            "اليوم.\n"
            "- في 9 أيلول، قُتل مزارع برصاص مسلحين مجهولين قرب بلدة خان أرنبة.\n"
            "- في منتصف الشهر، قُتل راعٍ بانفجار لغم أرضي من مخلفات الحرب قرب بلدة جباتا الخشب.")
    rows = record_rows(text, dt.date(2024, 10, 1))
    assert [r["event_date"] for r in rows if r["sub_event_type"] == "Remote explosive/landmine/IED"] == ["2024-09-15"]
