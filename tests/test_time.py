"""Time stage: recognition, normalisation, event dating, publication dates, lexicons."""

from __future__ import annotations

import datetime as dt
import shutil
from functools import partial
from pathlib import Path

import pytest
from helpers import time_doc

from rasd.arabic.normalize import normalize
from rasd.time.assign import event_date
from rasd.time.expressions import find_times
from rasd.time.lexicon import DATA_DIR, validate
from rasd.time.published import find_publication_date

TUE = dt.date(2022, 3, 15)  # a Tuesday


def times(text: str, anchor: dt.date = TUE) -> list[tuple[str, str, int]]:
    return [(tm.text, tm.value.iso(), tm.value.precision) for tm in find_times(normalize(text), anchor)]


def one(text: str, anchor: dt.date = TUE) -> tuple[str, str, int]:
    found = times(text, anchor)
    assert len(found) == 1, found
    return found[0]


make_doc = partial(time_doc, published=TUE)  # a document with its time layer


@pytest.mark.parametrize("text, iso, precision", [
    ("وقعت الاشتباكات في 15 من آذار/مارس 2022 قرب البلدة", "2022-03-15", 1),
    ("وصل الوفد يوم ٣ شباط ٢٠٢١ إلى المدينة", "2021-02-03", 1),
    ("زار الوفد المنطقة في نيسان 2021 للتحقيق", "2021-04", 3),
    ("شنت القوات حملة في عام 2020 على الريف", "2020", 3),
    ("انسحب الفصيل في كانون الأول/ديسمبر من العام 2018", "2018-12", 3),
    ("أعلن المجلس في تشرين الثاني 2019 عن خطته", "2019-11", 3),
    ("نشر البيان بتاريخ 2021/06/09 على موقعه", "2021-06-09", 1),
    ("وفي 09-06-2021 تجددت المواجهات", "2021-06-09", 1),
    ("في العاشر من محرم 1445 هـ أحيا الأهالي الذكرى", "2023-07-28", 1),
])
def test_absolute_dates(text: str, iso: str, precision: int) -> None:
    assert one(text)[1:] == (iso, precision)


@pytest.mark.parametrize("text, iso, precision", [
    ("قصفت المدفعية القرية اليوم", "2022-03-15", 1),
    ("وقع الانفجار أمس قرب الجسر", "2022-03-14", 1),
    ("اندلع الحريق أول من أمس في السوق", "2022-03-13", 1),
    ("تعقد اللجنة اجتماعها غداً في العاصمة", "2022-03-16", 1),
    ("تعرضت البلدة لقصف مساء أمس", "2022-03-14", 1),
    ("أغلق الطريق الثلاثاء الماضي أمام المدنيين", "2022-03-08", 1),
    ("يصل الوزير الاثنين المقبل إلى المدينة", "2022-03-21", 1),
    ("دخلت الشاحنات يوم الجمعة إلى المخيم", "2022-03-11", 1),
    ("قتل راعٍ قبل يومين بانفجار لغم", "2022-03-13", 1),
    ("اعتقل الشاب منذ ثلاثة أيام على الحاجز", "2022-03-12", 1),
    ("هاجم مسلحون الحاجز قبل أيام", "2022-W10", 2),
    ("تصاعد التوتر في الأسبوع الماضي بين الطرفين", "2022-W10", 2),
    ("نفذت القوات حملة دهم الشهر الماضي", "2022-02", 3),
    ("بدأت المعارك مطلع الشهر الجاري", "2022-03", 3),
    ("تراجعت الأسعار في أواخر شباط الماضي", "2022-02", 3),
    ("انتهت الهدنة في منتصف كانون الثاني/يناير الجاري", "2022-01", 3),
])
def test_relative_expressions(text: str, iso: str, precision: int) -> None:
    assert one(text)[1:] == (iso, precision)


def test_representative_days_follow_position_words() -> None:
    by_text = {tm.text: tm.value for tm in find_times(normalize(
        "وصلت التعزيزات مطلع آذار، ثم اشتدت المعارك أواخر آذار، وهدأت في شباط الماضي"), TUE)}
    assert by_text["مطلع آذار"].date == dt.date(2022, 3, 1)
    assert by_text["أواخر آذار"].date == dt.date(2022, 3, 31)
    assert by_text["شباط الماضي"].date == dt.date(2022, 2, 15)
    year = find_times(normalize("في عام 2019 بدأت العملية"), TUE)[0].value
    assert (year.date, year.precision, year.historical) == (dt.date(2019, 7, 1), 3, True)


def test_last_year_is_historical() -> None:
    v = find_times(normalize("سيطر التنظيم على القرية العام الماضي"), TUE)[0].value
    assert (v.iso(), v.precision, v.historical) == ("2021", 3, True)


def test_night_and_two_day_ranges() -> None:
    assert one("تعرضت المواقع لغارات ليل الخميس - الجمعة")[1] == "2022-03-10/2022-03-11"
    assert one("جرت الاشتباكات يومي الخميس والجمعة في الريف")[1] == "2022-03-10/2022-03-11"
    assert one("سمعت الانفجارات الليلة الماضية في الحي")[1] == "2022-03-14/2022-03-15"


def test_year_less_dates_take_the_nearest_occurrence() -> None:
    jan = dt.date(2024, 1, 11)
    assert one("جرى الهجوم في 17 تشرين الأول/أكتوبر على القاعدة", jan)[1] == "2023-10-17"
    assert one("يكون شهر أيار/مايو حاسماً للمفاوضات", dt.date(2023, 4, 24))[1] == "2023-05"
    assert one("سقطت القذائف في 6 شباط الجاري", dt.date(2023, 4, 24))[1] == "2023-02-06"


def test_today_with_a_disagreeing_weekday_follows_the_weekday() -> None:
    doc = make_doc("أعلنت الوزارة اليوم الاثنين عن حصيلة جديدة")
    (span,) = doc.layer("times")
    assert span.value.date == dt.date(2022, 3, 14)
    assert any("disagrees" in m for m in doc.debug)


def test_explicit_date_beats_its_weekday_and_the_conflict_is_reported() -> None:
    doc = make_doc("عقد الاجتماع الأربعاء 15 من آذار 2022 في المدينة")
    (span,) = doc.layer("times")
    assert span.value.iso() == "2022-03-15"
    assert any("disagrees" in m and "2022-03-15" in m for m in doc.debug)


def test_same_day_refers_back_to_the_previous_date() -> None:
    found = times("اندلعت المواجهات في 9 آذار 2022، وفي اليوم التالي انسحبت القوات، "
                  "وفي مساء اليوم ذاته عاد الهدوء")
    assert [f[1] for f in found] == ["2022-03-09", "2022-03-10", "2022-03-10"]


@pytest.mark.parametrize("text", [
    "احتفلت النساء باليوم العالمي للمرأة في القاعة",
    "صرح الأمين العام للمنظمة بأن الوضع صعب",
    "مارس الضغط على الحكومة لتغيير موقفها",
    "قال أب الضحية إن ابنه كان يعمل في الحقل",
    "أصيب 1500 شخص وسقطت منذ سنوات قذائف كثيرة",
    "نقل 2040 طناً من المساعدات",
])
def test_non_times_are_not_detected(text: str) -> None:
    assert times(text) == []


def test_glued_words_from_scraping_are_split() -> None:
    assert one("ستجتمع اللجنة على مستوى نواب وزراء الخارجيةالأسبوع المقبل")[1] == "2022-W12"
    assert one("أعلنت المحافظة عام 2019مدينة خالية من الألغام")[1] == "2019"


@pytest.mark.parametrize("text, expected", [
    ("الثلاثاء 15 آذار 2022 | آخر تحديث", dt.date(2022, 3, 15)),
    ("نشر بتاريخ 2022/03/15 الساعة 10:30", dt.date(2022, 3, 15)),
    ("15-03-2022", dt.date(2022, 3, 15)),
    ("١٥ مارس ٢٠٢٢", dt.date(2022, 3, 15)),
    ("كتب المحرر في 3 أيار ثم في 4 أيار 2020", dt.date(2020, 5, 4)),
    ("اليوم الأحد وصلت القافلة", None),
    ("", None),
])
def test_find_publication_date(text: str, expected: dt.date | None) -> None:
    assert find_publication_date(text) == expected


ARTICLE = (
    "قصفت قوات الحكومة صباح اليوم بلدة الحميدية بالمدفعية، وقتل مدنيان.\n"
    "وكانت فصائل المعارضة قد هاجمت البلدة نفسها في أيار 2019 وسيطرت عليها لأيام.\n"
    "وسبق أن شهدت المنطقة مواجهات عنيفة بين الطرفين.\n"
    "وفي 9 آذار 2022 انفجرت عبوة على الطريق. وأصيب فيها ثلاثة أشخاص.\n"
    "وتستمر الاحتجاجات في الساحة حتى اليوم. ويطالب المحتجون بالإفراج عن المعتقلين.\n"
)


def test_event_dates_follow_sentence_then_paragraph_then_publication() -> None:
    doc = make_doc(ARTICLE)
    sents = doc.layer("sentences")

    def date_of(start_words: str) -> tuple[str | None, int | None, bool]:
        s = next(s for s in sents if doc.span_text(s).startswith(start_words))
        v, hist = event_date(doc, [s])
        return (v.iso() if v else None, v.precision if v else None, hist)

    assert date_of("قصفت قوات") == ("2022-03-15", 1, False)
    assert date_of("وكانت فصائل") == ("2019-05", 3, True)
    assert date_of("وسبق أن") == (None, None, True)  # background without a date
    # from the paragraph; six days before publication and not in the lead: a recalled day
    assert date_of("وأصيب فيها") == ("2022-03-09", 1, True)
    assert date_of("وتستمر الاحتجاجات") == ("2022-03-15", 1, False)  # "حتى اليوم" bounds, publication date
    assert date_of("ويطالب") == ("2022-03-15", 1, False)


def test_event_date_uses_later_evidence_and_publication_fallback() -> None:
    doc = make_doc("انفجرت سيارة مفخخة في السوق.\nوقال شاهد إن الانفجار وقع أمس.\n")
    s1, s2 = doc.layer("sentences")
    v, hist = event_date(doc, [s1, s2])
    assert v is not None and v.iso() == "2022-03-14" and not hist
    # (alone, s1 now takes the day the witness's account right after it gives: session 39, dt22)
    v, hist = event_date(doc, [s1])
    assert v is not None and v.iso() == "2022-03-14" and not hist
    alone = make_doc("انفجرت سيارة مفخخة في السوق.\n")
    v, hist = event_date(alone, alone.layer("sentences")[:1])
    assert v is not None and v.kind == "published" and v.iso() == "2022-03-15"
    assert event_date(make_doc("انفجرت سيارة.", published=None), []) == (None, False)


def test_lexicons_are_valid() -> None:
    assert validate() == []


def test_lexicon_validation_reports_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "time"
    shutil.copytree(DATA_DIR, bad)
    with open(bad / "months.tsv", "a", encoding="utf-8") as f:
        f.write("شهر خطأ\t13\tgregorian\t0\n")
    with open(bad / "relative.tsv", "a", encoding="utf-8") as f:
        f.write("بعد حين\tdecade\t1\t3\n")
    errors = validate(bad)
    assert len(errors) == 2
    assert any("months.tsv:" in e and "1..12" in e for e in errors)
    assert any("relative.tsv:" in e and "unit" in e for e in errors)


def test_annotated_corpus_accuracy(shared_dir: Path) -> None:
    from rasd.time.evaluate import DEFAULT_TSV, evaluate_annotations

    corpus = shared_dir / "corpus" / "almayadeen-syria.jsonl"
    if not corpus.is_file() or not DEFAULT_TSV.is_file():
        pytest.skip("needs the Syria corpus and the time annotations")
    res = evaluate_annotations(DEFAULT_TSV, corpus)
    assert res["gold"] >= 200
    assert res["correct"] / res["gold"] >= 0.95
    assert res["found"] / res["gold"] >= 0.97


def test_seed_event_dates(seed_path: Path) -> None:
    from rasd.pipeline import extract_text

    doc = extract_text(seed_path.read_text(encoding="utf-8"), published=dt.date(2022, 3, 15))
    results = {}
    for s in doc.layer("sentences"):
        v, hist = event_date(doc, [s])
        results[s.start] = (v.iso() if v else None, v.precision if v else None, hist)
    values = set(results.values())
    assert ("2021-04", 3, True) in values
    assert ("2020", 3, True) in values
    # every other sentence is current news of the publication day
    assert all(r == ("2022-03-15", 1, False) for r in values - {("2021-04", 3, True), ("2020", 3, True)})


MON = dt.date(2023, 3, 20)  # a Monday


@pytest.mark.parametrize("text, iso, kind", [
    ("قصف الطيران البلدة بين 10 و12 آذار الجاري", "2023-03-10/2023-03-12", "absolute"),
    ("جرت المعارك من 10 إلى 12 آذار/مارس 2023 في الريف", "2023-03-10/2023-03-12", "absolute"),
    ("سقطت القذائف في 10 و11 آذار على القرية", "2023-03-10/2023-03-11", "absolute"),
    ("خلال الفترة الممتدة من 3 حتى 7 آذار شهدت المنطقة توترا", "2023-03-03/2023-03-07", "absolute"),
    ("تظاهر الأهالي يومي 14 و15 من الشهر الجاري", "2023-03-14/2023-03-15", "relative"),
    ("استمر الحصار من 28 شباط إلى 2 آذار", "2023-02-28/2023-03-02", "absolute"),
    ("دامت الهدنة من 28 كانون الأول حتى 3 كانون الثاني", "2022-12-28/2023-01-03", "absolute"),
    ("عقد المؤتمر في 10-12 آذار 2021", "2021-03-10/2021-03-12", "absolute"),
    ("ومن 5 ولغاية 9 شباط تواصل القصف", "2023-02-05/2023-02-09", "absolute"),
])
def test_day_number_ranges(text: str, iso: str, kind: str) -> None:
    found = find_times(normalize(text), MON)
    assert len(found) == 1, found
    v = found[0].value
    assert (v.iso(), v.granularity, v.kind, v.precision) == (iso, "range", kind, 1)


def test_two_far_dates_stay_separate_and_lone_numbers_are_not_ranges() -> None:
    assert times("وقعت حادثتان في 15 آذار و16 نيسان", MON) == [
        ("15 آذار", "2023-03-15", 1), ("16 نيسان", "2023-04-16", 1)]
    # a count before "حتى" is not the first day of a range
    assert times("بلغ عدد القتلى 25 حتى 3 آذار", MON) == [("3 آذار", "2023-03-03", 1)]
    # days in the wrong order: only the day next to the month is a date
    assert times("في 12 و10 آذار", MON) == [("10 آذار", "2023-03-10", 1)]
