"""Session 15 (strategic developments made from statements): an agreement named by the relative clause "what was
agreed upon" ("ما تمّ الاتفاق عليه"، "الشروط التي تمّ الاتفاق عليها") points back at a deal made before, told as
what is carried out, kept or broken, not a deal concluded now; a detention named by its continuation, end or
extension ("استمرار اعتقال"، "إنهاء اعتقاله"، "تمديد الاعتقال") is a detention in force, not an arrest made;
receiving ("تسلّم") is a transfer of territory only when ground or a post on it changes hands, not a reply, weapons
or aid; a deal refused ("رفضه التوصل إلى اتفاق") or an act done "in concert with" someone ("بالاتفاق مع") is no
agreement reached."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 5, 20)


def _rows(text: str, sub: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, DAY) if r["sub_event_type"] == sub]


def test_what_was_agreed_upon_is_no_new_agreement() -> None:
    assert not _rows("قال وزير الدفاع في صنعاء اليوم إن على دول العدوان أن تنفذ ما تم الاتفاق عليه.", "Agreement")
    assert not _rows("أكد وزير الخارجية التركي اليوم أنّ السويد استوفت الشروط التي تمّ الاتفاق عليها بشأن "
                     "العضوية.", "Agreement")


def test_an_agreement_reached_today_stays() -> None:
    assert _rows("أعلن الوسطاء في القاهرة اليوم أنه تمّ الاتفاق على وقف إطلاق النار بين الطرفين.", "Agreement")


def test_continued_or_ended_detention_is_no_arrest() -> None:
    assert not _rows("شهد اجتماع الأمناء العامين للفصائل في القاهرة اليوم مقاطعة ثلاثة فصائل اعتراضاً على "
                     "استمرار الاعتقال السياسي في الضفة الغربية، بعد فشل الوساطات للإفراج عن المعتقلين.", "Arrests")
    assert not _rows("قالت لجان المقاومة في بيان اليوم إن استمرار اعتقال الأسير في سجن عوفر هو قرار بإعدامه.",
                     "Arrests")


def test_an_arrest_made_today_stays() -> None:
    assert _rows("اعتقلت قوات الاحتلال اليوم ثلاثة شبان من بلدة يعبد جنوب غرب جنين.", "Arrests")


def test_receiving_a_reply_or_weapons_is_no_transfer_of_territory() -> None:
    sub = "Non-violent transfer of territory"
    assert not _rows("أعلن نائب رئيس الحركة في غزة اليوم أن الحركة تسلمت رد الاحتلال على موقفها من الوسطاء.", sub)
    assert not _rows("أعلن الرئيس الأوكراني في كييف اليوم تسلم بلاده دبابات أميركية حديثة.", sub)


def test_receiving_positions_or_a_headquarters_stays_a_transfer() -> None:
    sub = "Non-violent transfer of territory"
    assert _rows("تسلم الجيش اللبناني اليوم مواقع الفصائل في بلدة الناعمة جنوب بيروت.", sub)
    assert _rows("تسلمت قوات الحكومة اليوم مقر البعثة في مدينة جوهر.", sub)


def test_in_concert_with_and_a_refused_deal_are_no_agreement() -> None:
    assert not _rows("قاد الجيش المصري عملية أمنية في رفح اليوم بالاتفاق مع الحكومة الإسرائيلية.", "Agreement")
    assert not _rows("قال رئيس الوزراء في تل أبيب اليوم إن رفضه التوصل إلى اتفاق مع الحركة يستند إلى اعتبارات "
                     "أمنية.", "Agreement")
