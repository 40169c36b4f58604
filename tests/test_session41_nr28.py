"""Session 41 (nr28): places narrowed or widened by the words around them.  A headline that opens on a place and a
colon names the place of its act, not the place of a clause joined after it; an Iraqi sub-district or district the
article names with its head ("ناحية X", "قضاء X") is the same place where the article names it bare (before or
after), over a Syrian namesake or its bare country; "في الناحية" points back to the sub-district named before."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

_KICKER = ("مخيم الرشيدية: ارتفاع حصيلة الاشتباكات إلى أربعة قتلى والقذائف تسقط في مدينة صور\n\n"
           "تجددت الاشتباكات مساء أمس داخل مخيم الرشيدية بين عناصر فصيلين فلسطينيين، واستخدمت فيها الأسلحة "
           "الرشاشة والقذائف.\n\n"
           "وحتى صباح اليوم ارتفع عدد القتلى إلى أربعة، نقلوا إلى مستشفيات صور.")


def test_headline_kicker_place_is_the_acts_place() -> None:
    from rasd.geo import assign
    from rasd.pipeline import extract_text

    doc = extract_text(_KICKER, published=dt.date(2023, 10, 3))
    places = sorted(doc.layer("places"), key=lambda p: p.start)
    head = doc.layer("sentences")[0]
    pivot = doc.text.index("الاشتباكات")
    best = assign._best_in_sentence(doc, assign._in(places, head.start, head.end), pivot)
    assert best is not None and best.value.name_en == "Rashidieh camp"
    clashes = [r for r in record_rows(_KICKER, dt.date(2023, 10, 3)) if r["event_type"] == "Battles"]
    assert clashes and all(r["location"] == "Rashidieh camp" for r in clashes)


def test_kicker_needs_a_joined_clause_of_another_act() -> None:
    from rasd.geo import assign

    assert assign._KICKER_TAIL.match(": مقتل ثلاثة في ")
    assert not assign._KICKER_TAIL.match(" مقتل ثلاثة في ")


_DAIR = ("قتيلان بنزاع عشائري في الدير شمالي البصرة.. والشرطة تعتقل خمسة مطلوبين\n\n"
         "أفاد مصدر في شرطة محافظة البصرة، اليوم الأحد، بمقتل شخصين بنزاع مسلح بين عشيرتين اندلع فجر اليوم في ناحية "
         "الدير، على خلفية خلاف على أرض زراعية.\n\n"
         "وأضاف أن قوة من الشرطة نفذت ظهر اليوم حملة دهم في الناحية أسفرت عن اعتقال خمسة من المشاركين في النزاع.")


def test_bare_name_of_a_subdistrict_named_with_its_head_is_that_place() -> None:
    rows = record_rows(_DAIR, dt.date(2023, 5, 7))
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests and all(r["location"] == "Al-Dair (Basra)" for r in arrests)
    assert all(r["location"] == "Al-Dair (Basra)" for r in rows)


_SINJAR = ("وقال مصدر محلي في قضاء سنجار إن طائرة مسيرة تركية قصفت اليوم سيارة على طريق ريفي، ما أدى إلى مقتل "
           "اثنين من ركابها.\n\n"
           "وأعلنت وزارة الدفاع التركية في بيان تحييد مسلحين اثنين من حزب العمال الكردستاني في منطقة سنجار شمالي "
           "العراق.")


def test_bare_district_name_is_the_district_not_its_syrian_namesake() -> None:
    from rasd.pipeline import extract_text

    doc = extract_text(_SINJAR, published=dt.date(2024, 11, 19))
    bare = [p for p in doc.layer("places") if doc.text[p.start:p.end] == "سنجار"]
    assert bare and all(p.value.name_en == "Sinjar" and p.value.country == "Iraq" for p in bare)


def test_side_is_no_subdistrict_anaphor() -> None:
    from rasd.geo import assign

    assert assign._SUBDISTRICT_ANAPHOR.search("نفذت القوات حملة في الناحية أسفرت عن اعتقال")
    assert not assign._SUBDISTRICT_ANAPHOR.search("تقدمت القوات في الناحية الشرقية من الجبل")
    assert not assign._SUBDISTRICT_ANAPHOR.search("وهو أمر مهم من الناحية الأمنية")


_KUMAIT = ("نزاع عشائري في ميسان\n\n"
           "أفاد مصدر أمني في محافظة ميسان، اليوم الأحد، بمقتل شخص وإصابة اثنين بنزاع مسلح بين عشيرتين اندلع فجر "
           "اليوم في ناحية كميت شمالي مدينة العمارة.\n\n"
           "وأضاف المصدر أن قوة من شرطة ميسان نفذت ظهر اليوم حملة دهم في الناحية أسفرت عن اعتقال أربعة من "
           "المشاركين في النزاع.")


def test_in_the_subdistrict_points_back_to_the_subdistrict() -> None:
    arrests = [r for r in record_rows(_KUMAIT, dt.date(2023, 5, 7)) if r["sub_event_type"] == "Arrests"]
    assert arrests and all(r["location"] == "Kumait (Maysan)" for r in arrests)
