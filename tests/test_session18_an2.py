"""Session 18 (AN2): places and times given by reference — "في البلدة ذاتها" / "في المنطقة نفسها" point back to the
place named last (a town called by the same noun), "في البلدتين" to the two towns named before it, "في الليلة نفسها"
to the day just named, and a definite "البلدة" not to a town called so only after the sentence."""

from __future__ import annotations

import datetime as dt

from helpers import time_doc

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline
from rasd.time.assign import event_date

DAY = dt.date(2025, 6, 12)  # a Thursday


def _rows(title: str, body: str, day: dt.date = DAY) -> list[tuple[str, str, str]]:
    doc = Document(id="t", text=title + "\n" + body, title=title, published=day)
    return [(str(r["sub_event_type"]), str(r["location"]), str(r["event_date"]))
            for r in records(Pipeline()(doc), timestamp=0)]


def _place_of(title: str, body: str, words: str) -> list[str]:
    """The places of the records whose evidence holds ``words``."""
    doc = Document(id="t", text=title + "\n" + body, title=title, published=DAY)
    return [str(r["location"]) for r in records(Pipeline()(doc), timestamp=0)
            if any(words in str(e["text"]) for e in r["evidence"])]  # type: ignore[attr-defined]


def _at(rows: list[tuple[str, str, str]], sub: str) -> list[str]:
    return sorted(p for s, p, _ in rows if s == sub)


# --- "في البلدة ذاتها", "في المدينة نفسها", "في المنطقة نفسها" ---------------------------------------------------

def test_same_town_is_the_town_just_named_not_the_lead_town() -> None:
    rows = _rows("اغتيال في الصنمين وعبوة في داعل",
                 "قُتل شاب برصاص مسلحين مجهولين، مساء الأربعاء، في مدينة الصنمين بريف درعا الشمالي.\n"
                 "وفي الليلة ذاتها، انفجرت عبوة ناسفة بسيارة عسكرية على الطريق المؤدي إلى بلدة داعل.\n"
                 "وفي البلدة ذاتها، اعتقلت قوى الأمن الداخلي صباح اليوم أربعة أشخاص، بحسب بيان نشرته القيادة في "
                 "محافظة درعا.")
    assert _at(rows, "Arrests") == ["Da'el"], rows


def test_same_city_is_the_city_just_named_not_the_one_named_most() -> None:
    # "المدينة نفسها" after "وفي مدينة Y": Y, though the article names the city X more often
    rows = _rows("حملة أمنية في إزرع",
                 "داهمت دورية للأمن العام منازل في مدينة إزرع، صباح الأربعاء، واعتقلت شابين من أبناء إزرع.\n"
                 "وفي مدينة الصنمين، أُصيب عنصر من الأمن العام برصاص مجهولين مساء اليوم ذاته.\n"
                 "وفي المدينة نفسها، اعتقلت الدورية ثلاثة أشخاص بعد مداهمة مستودع للأسلحة.")
    assert _at(rows, "Arrests") == ["As-Sanamayn", "Izra'"], rows


def test_same_area_is_the_place_of_the_sentence_before() -> None:
    # "المنطقة نفسها" after "مخيم X، شمالي قطاع غزة": the camp, not the governorate that locates it, nor the city
    # the article keeps naming
    places = _place_of("اشتباكات في رفح",
                       "خاض مقاتلو المقاومة اشتباكات عنيفة، اليوم الخميس، مع قوات الاحتلال شرقي مدينة رفح، فيما "
                       "قصفت مدفعية الاحتلال أحياء غربي رفح.\n"
                       "وقصفت كتائب المقاومة بقذائف الهاون تجمعاً لجنود الاحتلال في مخيم جباليا، شمالي قطاع غزة.\n"
                       "وفي المنطقة نفسها، فجّر المقاومون عبوة ناسفة في قوة إسرائيلية راجلة.", "المنطقة نفسها")
    assert places == ["Jabalia"], places


# --- "في البلدتين": the two towns named before ------------------------------------------------------------------

def test_raids_in_the_two_towns_are_one_event_at_each() -> None:
    rows = _rows("هجومان على نقاط لقسد شرقي دير الزور",
                 "هاجم مسلحون نقطة لقوات سوريا الديمقراطية في بلدة ذيبان، ليل الثلاثاء.\n"
                 "وبالتزامن، استهدف مسلحون حاجزاً لقسد عند مدخل بلدة العشارة.\n"
                 "وفي اليوم التالي، نفذت قسد حملة مداهمات في البلدتين، واعتقلت عشرة أشخاص.")
    assert _at(rows, "Arrests") == ["Ashara", "Thiban"], rows


def test_dual_after_a_dual_name_and_the_day_of_the_naming_sentence() -> None:
    # guard of the dual rule (the old code merged the sentence into the first town's record): "بلدتي X وY" … a
    # background sentence of yesterday at a city … "في البلدتين" with no time of its own: the two towns (not the city
    # between), on the day of the shelling, so one event at each
    rows = _rows("قصف على ريف إدلب",
                 "قصفت قوات الجيش، اليوم الخميس، بالمدفعية مواقع الفصائل في بلدتي سرمين وآفس بريف إدلب.\n"
                 "وكانت الفصائل قد استهدفت، مساء أمس، أحياء في مدينة حلب بطائرات مسيّرة.\n"
                 "وأفاد مراسلنا بأن القصف أسفر عن تدمير مقار للفصائل في البلدتين.")
    shelled = sorted((p, d) for s, p, d in rows if s == "Shelling/artillery/missile attack")
    assert shelled == [("Afis", "2025-06-12"), ("Sarmin", "2025-06-12")], rows


def test_between_the_two_towns_is_no_dual_reference() -> None:
    # pure guard: "بين البلدتين" is a front, not two acts
    rows = _rows("اشتباكات في ريف درعا",
                 "اندلعت اشتباكات، مساء الأربعاء، بين مسلحين من بلدة الحراك وآخرين من بلدة ناحتة.\n"
                 "وتواصل التوتر بين البلدتين حتى صباح اليوم.")
    assert len(_at(rows, "Arrests")) == 0, rows


# --- "في الليلة نفسها": the day just named --------------------------------------------------------------------

def test_same_night_is_the_day_just_named() -> None:
    text = "قُتل شاب مساء الأربعاء 11 حزيران في طفس.\nوفي الليلة نفسها، انفجرت عبوة ناسفة قرب المزيريب."
    doc = time_doc(text, DAY)
    s = doc.layer("sentences")[1]
    date, hist = event_date(doc, [s])
    assert date is not None and date.date == dt.date(2025, 6, 11) and not hist


def test_that_night_and_the_same_night_reversed() -> None:
    for phrase in ("ذات الليلة", "الليلة ذاتها", "تلك الليلة"):
        text = f"اعتقلت الشرطة شاباً يوم 3 أيار 2024 في حمص.\nوفي {phrase}، أطلق مسلحون النار على حاجز."
        doc = time_doc(text, DAY)
        date, _ = event_date(doc, [doc.layer("sentences")[1]])
        assert date is not None and date.date == dt.date(2024, 5, 3), phrase


# --- a definite "البلدة" and a town called so only later ---------------------------------------------------------

def test_the_town_is_not_one_called_so_only_after_the_sentence() -> None:
    rows = _rows("توتر أمني في جاسم وانخل بريف درعا",
                 "قُتل شاب برصاص مسلحين مجهولين، مساء الاثنين، في بلدة انخل بريف درعا الشمالي.\n"
                 "وفي صباح اليوم التالي، داهمت دورية للأمن العام عدداً من المنازل في البلدة، واعتقلت شخصين.\n"
                 "من جهة أخرى، عقد وجهاء بلدة جاسم اجتماعاً لبحث الأوضاع الخدمية، وطالب أهالي جاسم بتحسين "
                 "الكهرباء، فيما أعلنت بلدية جاسم عن مشروع لتأهيل الطرق في جاسم.", dt.date(2025, 3, 12))
    assert _at(rows, "Arrests") == ["Inkhil"], rows

