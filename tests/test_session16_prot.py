"""Session 16 (protests and Suwayda's incidents, Syrian local outlets 2020-2025).

- "جهاز الأمن العام" is HTS's General Security in Idlib until December 2024 and the state's General Security (Ministry
  of the Interior) after it: an actors.tsv row whose ``name_after`` is another row's key becomes that actor (name,
  inter code, side) after ``until``.
- A crowd that storms, burns or stones is a violent demonstration even where the force it attacks, or the one that
  stops it, is named after it; "أقدم المحتجون على إحراق/اقتحام …" names the act by its noun; burning a flag or a
  picture is a symbolic act of a peaceful protest, not a riot.
- A protest and the riot its crowd turned into (same day and place) are one riot of rioters.
- "الخطف" (kidnapping) is no place name without a place cue.
"""

from __future__ import annotations

import datetime as dt

from rasd.actors.lexicon import actors
from rasd.pipeline import extract_text


def _rows(text: str, day: dt.date) -> list[tuple[str, str, str, int, str]]:
    doc = extract_text(text, published=day)
    return [(e.event_type, e.sub_event_type, e.actor1.key if e.actor1 else "", e.actor1.inter if e.actor1 else 0,
             e.actor2.key if e.actor2 else "") for e in doc.events]


def test_general_security_after_december_2024_is_the_state() -> None:
    rows = _rows("قُتل شاب برصاص عناصر جهاز الأمن العام على حاجز قرب بلدة المسمية أمس.", dt.date(2025, 4, 10))
    assert rows and rows[0][0] == "Violence against civilians" and rows[0][3] == 1, rows


def test_general_security_tied_to_the_interior_ministry_is_no_second_side() -> None:
    rows = _rows("قُتل شاب، مساء أمس، برصاص عناصر من جهاز الأمن العام التابع لوزارة الداخلية في الحكومة السورية "
                 "على حاجز قرب بلدة الصنمين.", dt.date(2025, 4, 10))
    assert rows and all(t != "Battles" for t, *_ in rows), rows


def test_general_security_before_december_2024_is_hts() -> None:
    """Guard (passes on the old code too): in Idlib before the fall of the regime it is HTS's service."""
    rows = _rows("قُتل شاب برصاص عناصر جهاز الأمن العام على حاجز قرب مدينة سرمدا أمس.", dt.date(2023, 4, 10))
    assert rows and rows[0][3] == 2, rows
    assert actors()["hts_gen_sec"].ref(dt.date(2023, 1, 1)).name.startswith("HTS")
    assert actors()["hts_gen_sec"].ref(dt.date(2025, 3, 1)).inter == 1


def test_crowd_attacking_with_the_police_named_after_it_riots() -> None:
    rows = _rows("خرجت مظاهرة في مدينة الباب اليوم، وهاجم المحتجون مقر المجلس المحلي قبل أن تتدخل الشرطة العسكرية.",
                 dt.date(2022, 8, 12))
    assert any(s == "Violent demonstration" for _, s, *_ in rows), rows


def test_aqdama_ala_burning_is_a_riot() -> None:
    rows = _rows("وخلال الاحتجاجات في مدينة عامودا اليوم، أقدم المتظاهرون على إحراق مركز التجنيد.",
                 dt.date(2022, 5, 20))
    assert any(s == "Violent demonstration" for _, s, *_ in rows), rows


def test_aqdama_ala_storming_is_a_riot() -> None:
    rows = _rows("أقدم محتجون غاضبون خلال مظاهرة في مدينة السويداء اليوم على اقتحام مقر حزب البعث.",
                 dt.date(2023, 9, 1))
    assert any(s == "Violent demonstration" for _, s, *_ in rows), rows


def test_burning_a_flag_is_a_peaceful_protest() -> None:
    rows = _rows("وخلال المظاهرة في مدينة إدلب اليوم، أحرق المتظاهرون العلم الروسي.", dt.date(2024, 3, 8))
    assert rows and all(t == "Protests" for t, *_ in rows), rows


def test_protest_and_its_riot_on_one_day_and_place_are_one_riot_of_rioters() -> None:
    rows = _rows("تظاهر مئات المحتجين في مدينة شهبا اليوم الجمعة. وأشعل المحتجون الإطارات في شوارع مدينة شهبا "
                 "ورشقوا مبنى البلدية بالحجارة.", dt.date(2023, 9, 1))
    assert len(rows) == 1 and rows[0][1] == "Violent demonstration" and rows[0][3] == 5, rows


def test_kidnapping_word_is_no_place() -> None:
    doc = extract_text("اختطف مسلحون شاباً في بلدة عريقة أمس، في ظل انتشار عصابات الخطف في المحافظة.",
                       published=dt.date(2022, 7, 25))
    assert "الخطف" not in [doc.span_text(s) for s in doc.layer("places")]
