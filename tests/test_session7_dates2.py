"""Event dating, session 7 (second part): "بالأمس", "في الأمس", "فجر الأمس" are yesterday; a paragraph that opens
on a verb of continuing ends the day a biography told before it; a day given only in a clause set against the act
("…، لكنّ بيانهم الصادر بالأمس …") does not date the act; a recalled act told on in a later paragraph does not
re-date the headline's news.

The fixtures are written for these tests.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from helpers import sentence_at, time_doc, trigger_at

from rasd.arabic.normalize import normalize
from rasd.document import Document
from rasd.pipeline import extract_text
from rasd.time.assign import event_date
from rasd.time.expressions import find_times

SAT = dt.date(2023, 11, 4)  # a Saturday

_doc = partial(time_doc, published=SAT)


def _date(doc: Document, start_words: str, act: str | None = None) -> tuple[str | None, bool]:
    triggers = [trigger_at(doc, act)] if act else None
    v, hist = event_date(doc, [sentence_at(doc, start_words)], triggers)
    return (v.iso() if v else None, hist)


def _times(text: str) -> list[tuple[str, str]]:
    return [(tm.text, tm.value.iso()) for tm in find_times(normalize(text), SAT)]


# ----------------------------------------------------------------- yesterday with the article


def test_bil_ams_is_yesterday() -> None:
    assert _times("وقال الناطق بالأمس إن الوحدة أصابت الهدف") == [("الأمس", "2023-11-03")]


def test_fi_al_ams_and_dawn_of_yesterday() -> None:
    assert _times("وفي الأمس سقطت قذيفة قرب المدرسة") == [("الأمس", "2023-11-03")]
    assert _times("هاجم المسلحون، فجر الأمس، نقطة للجيش") == [("فجر الأمس", "2023-11-03")]


def test_yesterday_and_today_as_then_and_now_is_no_day() -> None:
    assert not any(text.startswith("الأمس") for text, _ in _times("الفرق بين الأمس واليوم كبير"))


def test_a_strike_told_with_bil_ams_is_dated_yesterday() -> None:
    doc = _doc("قصف الجيش مواقع المسلحين بالأمس في ريف المدينة.\n")
    assert _date(doc, "قصف") == ("2023-11-03", False)


# ----------------------------------------------------------------- back to the time of writing


BIOGRAPHY = ("قصفت الفصائل اليوم موقعاً عسكرياً قرب الحدود.\n"
             "وُلد القائد في مخيم للاجئين، ودرس الهندسة في الخارج.\n"
             "وفي 12 من أيلول/سبتمبر عام 2004، اغتالته طائرة في وسط المدينة.\n"
             "بالتوازي، تواصل الفصائل المسلحة خوض معارك عنيفة في أحياء المدينة.\n"
             "واستهدفت الفصائل دبابة للجيش في الحي الشرقي بقذيفة مضادة للدروع.\n")


def test_a_paragraph_of_continuing_ends_a_biographys_day() -> None:
    doc = _doc(BIOGRAPHY)
    assert _date(doc, "واستهدفت") == ("2023-11-04", False)


def test_without_the_paragraph_of_continuing_the_old_day_goes_on() -> None:
    """The control: the same paragraphs without the sentence of continuing still inherit the biography's day."""
    doc = _doc(BIOGRAPHY.replace("بالتوازي، تواصل الفصائل المسلحة خوض معارك عنيفة في أحياء المدينة.\n", ""))
    assert _date(doc, "واستهدفت") == ("2004-09-12", True)


def test_bearing_witness_is_not_continuing() -> None:
    """"وتشهد له …" (bears witness to him) does not bring the text back to the time of writing."""
    doc = _doc("وأمس الخميس، شيّع الأهالي القائد في البلدة.\n"
               "وتشهد له صواريخ المقاومة التي تدك مواقع العدو.\n"
               "وبعد ساعات، سقطت مسيرة فوق أحد المباني في البلدة.\n")
    assert _date(doc, "وبعد")[0] == "2023-11-02"


# ----------------------------------------------------------------- a day in a clause set against the act


def test_a_day_after_but_does_not_date_the_act() -> None:
    doc = _doc("قصف الجيش اليوم البلدة الحدودية.\n"
               "ومع سقوط قذيفة على سوق البلدة وجرح العشرات، حاول الجيش نفي مسؤوليته، لكنّ بيان الأهالي الصادر بالأمس "
               "أكّد رفض الرواية.\n")
    assert _date(doc, "ومع", "سقوط") == ("2023-11-04", False)


def test_a_day_after_the_act_without_but_still_dates_it() -> None:
    doc = _doc("ومع سقوط قذيفة على سوق البلدة وجرح العشرات بالأمس، حاول الجيش نفي مسؤوليته.\n")
    assert _date(doc, "ومع", "سقوط") == ("2023-11-03", False)


# ----------------------------------------------------------------- a recalled act does not re-date the news


def test_a_recalled_act_told_on_does_not_redate_the_headline() -> None:
    text = ("الفصائل تستهدف مواقع الجيش في بلدة القصير\n"
            "استهدفت الفصائل المسلحة، اليوم السبت، مواقع للجيش في بلدة القصير بالصواريخ.\n"
            "وأضافت الفصائل أن مقاتليها أصابوا الأهداف بدقة.\n"
            "وقال مصدر ميداني إن الاشتباكات توقفت عند الظهر.\n"
            "وأعلنت الفصائل بالأمس استهداف مواقع للجيش في بلدة القصير بالقذائف.\n"
            "كما أطلق مقاتلوها قذائف هاون على مواقع الجيش في بلدة القصير.\n")
    dates = sorted((e.date.iso() if e.date else "", e.historical) for e in extract_text(text, published=SAT).events)
    assert ("2023-11-04", False) in dates
    assert ("2023-11-03", False) not in dates
