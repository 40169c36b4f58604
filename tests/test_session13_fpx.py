"""Session 13 (false events from phrases that are not acts): a weapon tested or unveiled ("تختبر صاروخين",
"بتجارب إطلاق الصواريخ") is no attack, unless the test names a site that is hit; a withdrawal from a meeting, talks,
a pact or a race is no troop move; the definite counteroffensive ("الهجوم المضاد الذي خططت له كييف") is a campaign
named as the matter of the news, not one attack; and a people backed "in" a place ("دعم الشعب الفلسطيني الصامد
في غزة") is the side supported, not where the act is."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 3, 20)


def _rows(*paragraphs: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text="\n".join(paragraphs), published=DAY)))


def test_missile_test_is_no_attack() -> None:
    assert not _rows("بيونغ يانغ تختبر صاروخين جديدين",
                     "بيونغ يانغ تختبر صاروخين بعيدي المدى، وطوكيو تدعو إلى اجتماع طارئ.",
                     "أعلنت بيونغ يانغ، مساء اليوم، اختبار صاروخين بعيدي المدى أطلقتهما نحو البحر، وقالت إنهما "
                     "بلغا الهدف.")


def test_tested_at_a_site_that_is_hit_is_still_an_attack() -> None:
    rows = _rows("قصفت الطائرات الروسية اليوم في مدينة أوديسا الأوكرانية مواقع تجميع واختبار الطائرات المسيرة.")
    assert rows and rows[0]["event_type"] == "Explosions/Remote violence"


def test_withdrawal_from_a_session_is_no_event() -> None:
    assert not _rows("البرلمان يقر القانون بالقراءة الثالثة",
                     "وكان البرلمان أقر، في وقت سابق اليوم، القانون في القراءة الثالثة، وجرى التصويت بأغلبية 61 "
                     "نائباً بعد انسحاب نواب المعارضة من الجلسة.")


def test_withdrawal_from_a_race_is_no_event() -> None:
    assert not _rows("الرئيس يعلن انسحابه من السباق",
                     "وقال الرئيس، يوم السبت، إنه قرر الانسحاب من السباق الرئاسي، داعياً أنصاره إلى انتخاب نائبته.")


def test_counteroffensive_named_as_the_matter_is_no_event() -> None:
    assert not _rows("وزير أوكراني يقر بفشل الهجوم المضاد",
                     "أقر وزير الدفاع الأوكراني، اليوم الأربعاء، بأنّ الهجوم المضاد الذي خططت له كييف لم يبلغ "
                     "غاياته في الموعد المحدد.",
                     "يذكر أنّ الهجوم المضاد بدأ في 4 حزيران/يونيو، على محاور واسعة جنوب دونيتسك وزاباروجيا.")


def test_support_of_a_people_in_gaza_does_not_place_the_act() -> None:
    rows = _rows("حزب الله يرد على المجزرة باستهداف كريات شمونة",
                 "قالت المقاومة الإسلامية في لبنان، فجر اليوم، إنها قصفت مستوطنة كريات شمونة برشقات من "
                 "الصواريخ.",
                 "وأوضحت المقاومة أنّ الضربة التي شنتها بالصواريخ، أتت رداً على المجزرة التي "
                 "ارتكبها الاحتلال في بلدة عيترون جنوبي البلاد، إلى جانب دعم الشعب الفلسطيني الصامد في غزّة.")
    assert rows and all(r["location"] != "Gaza Strip" for r in rows)
