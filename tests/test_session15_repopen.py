"""Session 15 (report openers and toll-only reports): an opener that sets a source beside another ("من جهته،",
"بدورها،", "في المقابل،") may stand before the verb of reporting that opens a sentence; a sentence whose verb of
reporting governs only a toll ("أقرّ الجيش، أمس، بمقتل جنديين") dates the report, a weak day (kind ``reported``)."""

from __future__ import annotations

import datetime as dt

from rasd.arabic.normalize import norm
from rasd.time.assign import _REPORT_OPENING_RE, REPORTED, _event_date
from tests.helpers import record_rows, sentence_at, time_doc


def test_an_opener_may_stand_before_the_verb_of_reporting() -> None:
    for head in ("من جهته، اعترف الجيش", "من جانبها، أعلنت الحركة", "بدورها، أكدت الوزارة", "في المقابل، أقرت الشرطة",
                 "ومن جهتها، أعلنت"):
        assert _REPORT_OPENING_RE.match(norm(head)), head
    assert not _REPORT_OPENING_RE.match(norm("من جهته، قصف الجيش"))


def _kind(text: str, start: str) -> str:
    doc = time_doc(text, dt.date(2024, 3, 10))
    main = sentence_at(doc, start)
    v, _ = _event_date(doc, [main], [])  # no act word: only a toll
    assert v is not None
    return v.kind


def test_a_toll_only_report_with_an_opener_gets_the_weak_day() -> None:
    text = "قصف الطيران بلدة في الجنوب. من جهته، اعترف الجيش، اليوم، بمقتل ثلاثة من جنوده."
    assert _kind(text, "من جهته") == REPORTED


def test_a_toll_only_report_gets_the_weak_day() -> None:
    text = "قصف الطيران بلدة في الجنوب. وأقرت الشرطة، أمس، بإصابة أربعة من عناصرها."
    assert _kind(text, "وأقرت") == REPORTED


def test_a_toll_without_a_verb_of_reporting_keeps_its_day() -> None:
    text = "قصف الطيران بلدة في الجنوب. من جهة أخرى، سقط اليوم ثلاثة قتلى في البلدة."
    assert _kind(text, "من جهة") != REPORTED


def test_a_toll_announced_yesterday_is_not_folded_into_todays_attack() -> None:
    text = ("أعلنت كتائب القسام، اليوم الأحد، تدمير دبابة إسرائيلية متوغلة في بيت حانون شمالي قطاع غزة.\n\n"
            "وتتواصل المواجهات في القطاع. ويوم أمس، أعلن جيش الاحتلال مقتل 4 من جنوده في قطاع غزة.")
    rows = record_rows(text, dt.date(2023, 11, 5))
    today = [r for r in rows if r["event_date"] == "2023-11-05"]
    assert today and all(r["fatalities"] == 0 for r in today)
    assert any(r["event_date"] == "2023-11-04" and r["fatalities"] == 4 for r in rows)
