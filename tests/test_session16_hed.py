"""Session 16 (headlines and section headings with two acts, in Syrian local outlets' style: Enab Baladi, Syria TV,
North Press, Deir ez-Zor 24).

- a headline joins its second act by a dash or an ellipsis before "و" as by "..": "اشتباكات في X – ومسيّرة تستهدف
  Y", "قصف على X… واغتيال في Y"; the two acts are two sentences, so the second takes neither the first's place nor its
  day, and folds into the body's report of it;
- a headline act told at a region ("قصف روسي على ريف إدلب.. ومسيّرة تستهدف سرمين") is placed by the body's lead town,
  never by the town of the headline's other act, and a headline act that names no place of its own (it borrowed
  the other act's) folds into the body's report of it wherever that is;
- a section heading over a paragraph ("إطلاق نار في نوى", "قصف تركي") names the act of its section: it is no record of
  its own but joins the record its section (or, failing that, the lead) gives the act; its town places a section
  sentence that names none ("قرب دوار المدينة"), and a section with no time of its own re-tells the lead's act.
All sentences are invented."""

from __future__ import annotations

import datetime as dt

from rasd.arabic.segment import sentences
from rasd.io.readers import text_document
from rasd.output.records import records
from rasd.pipeline import Pipeline

MONDAY = dt.date(2024, 3, 18)


def _rows(text: str) -> list[dict[str, object]]:
    doc = text_document(text, "t.txt", MONDAY)
    assert not isinstance(doc, Exception)
    return records(Pipeline()(doc))


def _acts(text: str) -> list[tuple[object, object, object]]:
    return sorted((r["event_type"], r["location"], r["event_date"]) for r in _rows(text))


# --- a headline's dash or ellipsis before "و" --------------------------------------------------------------


def test_headline_dash_and_ellipsis_part_two_acts_only_in_the_title() -> None:
    title = "اشتباكات في كفرنبل – ومسيّرة تستهدف سيارة قرب أريحا"
    body = "وقال القيادي – وهو من أبناء المنطقة – إن الوضع هادئ."
    got = [title[s.start:s.end] for s in sentences(title + "\n" + body, len(title))]
    assert got[:2] == ["اشتباكات في كفرنبل –", "ومسيّرة تستهدف سيارة قرب أريحا"]
    assert len(got) == 3  # the body's dash opens an aside, no act
    title2 = "قصف مدفعي على سرمين… واغتيال شاب في طفس"
    assert len(sentences(title2 + "\nنص.", len(title2))) == 3


def test_headline_second_act_after_a_dash_takes_its_own_place_and_folds_into_the_body() -> None:
    text = ("اشتباكات بين قسد ومسلحين من العشائر في ذيبان – ومسيّرة تركية تستهدف سيارة قرب الدرباسية\n"
            "اندلعت اشتباكات، مساء الأحد، بين قوات سوريا الديمقراطية ومسلحين من العشائر في بلدة ذيبان شرقي دير "
            "الزور، قتل فيها عنصران.\n"
            "قصف تركي\n"
            "وفي ريف الحسكة، استهدفت طائرة مسيّرة تركية، صباح اليوم الإثنين، سيارة مدنية قرب بلدة الدرباسية، ما أدى "
            "إلى إصابة سائقها.")
    acts = _acts(text)
    assert acts == [("Battles", "Thiban", "2024-03-17"), ("Explosions/Remote violence", "Darbasiyah", "2024-03-18")]


def test_headline_ellipsis_second_act_is_no_record_at_the_first_place() -> None:
    """Guard: two acts joined by an ellipsis stay two records at their own places."""
    text = ("غارات روسية على محيط سرمين… ومسيّرة للنظام تقتل مزارعاً في الزيارة\n"
            "شنت طائرات حربية روسية، صباح اليوم الإثنين، غارات على أراض زراعية في محيط بلدة سرمين شرقي إدلب، دون "
            "وقوع إصابات.\n"
            "وفي سهل الغاب، قُتل مزارع، اليوم، جراء استهداف طائرة مسيّرة انتحارية تابعة لقوات النظام جراره الزراعي "
            "قرب بلدة الزيارة.")
    acts = _acts(text)
    assert not any(a[1] == "Sarmin" and a[0] != "Explosions/Remote violence" for a in acts), acts
    assert len([a for a in acts if a[1] == "Sarmin"]) == 1, acts


def test_headline_act_at_a_region_takes_the_bodys_town_not_the_other_headline_acts() -> None:
    text = ("قصف روسي على ريف إدلب.. ومسيّرة للنظام تستهدف سرمين\n"
            "قصفت طائرات حربية روسية، صباح اليوم الإثنين، أطراف بلدة بنش شرقي إدلب بثلاث غارات، دون وقوع إصابات.\n"
            "وفي اليوم نفسه، استهدفت طائرة مسيّرة انتحارية تابعة لقوات النظام سيارة مدنية على أطراف مدينة سرمين، ما "
            "أدى إلى إصابة شخصين.")
    assert [a[1] for a in _acts(text)] == ["Bennsh", "Sarmin"]


def test_headline_guard_two_protests_at_a_region_and_a_town_stay_two() -> None:
    """Guard: the body's lead town, not the headline's other town, places the region's act."""
    text = ("احتجاجات ضد الغلاء في ريف درعا.. ومحتجون يقطعون طريقاً في نوى\n"
            "خرج العشرات، اليوم الإثنين، في وقفة احتجاجية وسط مدينة جاسم تنديداً بارتفاع الأسعار.\n"
            "وفي نوى، أغلق محتجون غاضبون الطريق الرئيسي بالإطارات المشتعلة، اليوم، احتجاجاً على انقطاع الكهرباء.")
    assert [a[1] for a in _acts(text)] == ["Jasim", "Nawa"]


def test_headline_act_with_no_place_of_its_own_folds_into_the_bodys_report_elsewhere() -> None:
    text = ("مظاهرات في سرمدا تطالب بالإفراج عن المعتقلين.. وقصف للنظام يقتل مدنياً\n"
            "خرج مئات المتظاهرين، اليوم الإثنين، في مظاهرة وسط مدينة سرمدا شمالي إدلب، طالبوا فيها بالإفراج عن "
            "المعتقلين.\n"
            "وفي جنوب إدلب، قصفت قوات النظام، مساء الأحد، بلدة كفرنبل بقذائف المدفعية، ما أدى إلى مقتل مدني وإصابة "
            "اثنين.")
    assert _acts(text) == [("Explosions/Remote violence", "Kafr Nobol", "2024-03-17"),
                           ("Protests", "Sarmada", "2024-03-18")]
    text = ("احتجاجات في جاسم.. ومسلحون يغتالون شاباً\n"
            "تجمع العشرات، اليوم الإثنين، في وقفة احتجاجية أمام المسجد العمري في مدينة جاسم تنديداً بالفلتان الأمني.\n"
            "وفي بلدة طفس، اغتال مسلحون مجهولون، مساء السبت، شاباً بإطلاق النار عليه قرب منزله.")
    assert [a[1] for a in _acts(text)] == ["Jasim", "Tafas"]


# --- a section heading ----------------------------------------------------------------------------------


def test_section_heading_is_no_record_of_its_own_and_places_its_section() -> None:
    text = ("مقتل شاب في نوى ووقفة احتجاجية في جاسم\n"
            "قُتل شاب برصاص مسلحين مجهولين في مدينة نوى بريف درعا، مساء السبت، فيما خرج العشرات في وقفة احتجاجية "
            "بمدينة جاسم، يوم الأحد.\n"
            "إطلاق نار في نوى\n"
            "وقال مصدر محلي إن مسلحين يستقلون دراجة نارية أطلقوا النار على الشاب قرب دوار المدينة، ما أدى إلى مقتله "
            "على الفور.\n"
            "وقفة في جاسم\n"
            "وتجمع المحتجون أمام المسجد في جاسم للمطالبة بنشر عناصر الأمن ووقف عمليات القتل، وفق المصدر.")
    assert _acts(text) == [("Protests", "Jasim", "2024-03-17"), ("Violence against civilians", "Nawa", "2024-03-16")]


def test_section_heading_over_a_clash_joins_its_sections_report() -> None:
    text = ("اشتباكات في ريف حلب وقصف على إدلب\n"
            "اندلعت اشتباكات، مساء الأحد، بين فصيلين من الجيش الوطني في مدينة الباب، قُتل فيها عنصر، فيما قصفت قوات "
            "النظام بلدة سرمين، اليوم الإثنين.\n"
            "اشتباكات في الباب\n"
            "وقال ناشطون إن الاشتباكات بالأسلحة الخفيفة والمتوسطة تركزت في السوق الرئيسي بالمدينة، وأدت إلى إغلاق "
            "المحال.\n"
            "قصف على سرمين\n"
            "وسقطت القذائف على منازل المدنيين في البلدة، دون وقوع إصابات، بحسب الدفاع المدني.")
    assert [a for a in _acts(text) if a[1] == "Al Bab"] == [("Battles", "Al Bab", "2024-03-17")]


def test_section_heading_guard_a_short_line_that_ends_a_sentence_stays_a_report() -> None:
    """Guard: a short paragraph with a full stop is a sentence of the report, not a heading."""
    text = ("قصف على ريف إدلب\n"
            "قصفت قوات النظام بالمدفعية، اليوم الإثنين، بلدة سرمين شرقي إدلب دون وقوع إصابات.\n"
            "واستهدفت مسيّرة تركية قرية في تل تمر.\n"
            "وقال مصدر محلي إن القصف أدى إلى أضرار مادية في عدد من المنازل وسط البلدة.")
    acts = _acts(text)
    assert any(a[1] == "Tal Tamer" for a in acts), acts
