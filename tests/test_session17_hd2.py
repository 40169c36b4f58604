"""Session 17 (HD2: headlines with two acts and their leaks, in Syrian local outlets' style: Enab Baladi, Syria TV,
SOHR, North Press, Suwayda 24).

- a headline joins its second act by a vertical bar before "و" as by a dash or "..": "اشتباكات في X | وقصف على Y";
- a lead that tells two acts at two places on two days ("… أمس الثلاثاء … في X، في وقت قُتل … في Y، اليوم الأربعاء"):
  the later clause is dated by the time that closes it, and takes the sides its own clause names;
- a body sentence that goes on with the first act of such a lead, with no day of its own, is that act again (not a
  second record on the last day the lead named);
- a headline that lists its acts by their nouns, one item opening on its toll ("اختطاف شاب قرب X ومقتل آخر برصاص
  مجهولين في Y"), types, counts and places each item by itself, a road being no item's place;
- "وفي حادثة منفصلة/أخرى" turns to another incident: no accident;
- "ومقتل آخر", "وإصابة آخر": one person; "مقتل رجل وابنه", "مقتله ومرافقه": one more for each kin or companion.
All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc

from rasd.arabic.segment import sentences
from rasd.output.records import records

WEDNESDAY = dt.date(2025, 2, 12)


def _rows(text: str, published: dt.date = WEDNESDAY) -> list[dict[str, object]]:
    return records(article_doc(text, published))


def _acts(text: str, published: dt.date = WEDNESDAY) -> list[tuple[object, object, object]]:
    return sorted((r["event_type"], r["location"], r["event_date"]) for r in _rows(text, published))


# --- a headline's vertical bar ------------------------------------------------------------------------------------


def test_headline_vertical_bar_before_waw_parts_two_acts_only_in_the_title() -> None:
    title = "اشتباكات بين فصيلين في عفرين | وانفجار عبوة ناسفة قرب الباب"
    got = [title[s.start:s.end] for s in sentences(title + "\nنص.", len(title))]
    assert got[:2] == ["اشتباكات بين فصيلين في عفرين |", "وانفجار عبوة ناسفة قرب الباب"]
    body = "وقال المصدر | وهو قيادي محلي | إن الوضع هادئ."
    assert len(sentences("عنوان\n" + body, len("عنوان"))) == 2  # (guard) the body's bar parts nothing


# --- a lead with two acts on two days -----------------------------------------------------------------------------


_LEAD = ("اندلعت، أمس الثلاثاء، اشتباكات عنيفة بين قوات سوريا الديمقراطية وفصائل الجيش الوطني قرب بلدة دير حافر "
         "شرقي حلب، في وقت قُتل فيه ثلاثة مدنيين بقصف لطائرة مسيّرة تركية استهدف منزلهم في مدينة عين العرب شمال "
         "شرقي حلب، اليوم الأربعاء.")


def test_later_clause_of_a_lead_is_dated_by_the_time_that_closes_it() -> None:
    rows = _rows("تصعيد في ريف حلب الشرقي\n" + _LEAD)
    by_place = {r["location"]: r for r in rows}
    drone = next(r for r in rows if r["event_type"] == "Explosions/Remote violence")
    assert drone["event_date"] == "2025-02-12"
    clash = next(r for r in rows if r["event_type"] == "Battles")
    assert clash["event_date"] == "2025-02-11"
    assert len(by_place) == 2


def test_later_clause_of_a_lead_takes_the_sides_of_its_own_clause() -> None:
    rows = _rows("تصعيد في ريف حلب الشرقي\n" + _LEAD)
    drone = next(r for r in rows if r["event_type"] == "Explosions/Remote violence")
    assert drone["actor1"].startswith("Military Forces of Turkey")
    assert drone["actor2"] == "Civilians (Syria)"
    clash = next(r for r in rows if r["event_type"] == "Battles")
    assert "Turkey" not in str(clash["actor1"]) + str(clash["actor2"])


def test_body_sentence_goes_on_with_the_first_act_of_a_two_day_lead() -> None:
    text = ("غارات على محيط طفس.. وإصابة مزارع برصاص دورية قرب الرفيد\n"
            "شنّت طائرات حربية إسرائيلية، ليل الثلاثاء، غارات على محيط مدينة طفس غربي درعا، ما أدى إلى مقتل "
            "شخصين، في حين أصيب مزارع برصاص دورية إسرائيلية قرب بلدة الرفيد صباح اليوم الأربعاء.\n"
            "وقال مصدر محلي إن الغارات استهدفت موقعاً عسكرياً سابقاً غربي طفس، ودمرت مستودعاً فيه.")
    acts = _acts(text)
    assert acts == [("Explosions/Remote violence", "Tafas", "2025-02-11"),
                    ("Violence against civilians", "Al-Rafid", "2025-02-12")]


def test_body_sentence_on_the_last_day_stays_apart_when_the_lead_names_one_day() -> None:
    """(guard) a lead with one day: the body sentence with no day of its own is no other day's act."""
    text = ("قصف على الرفيد\n"
            "شنّت طائرات حربية إسرائيلية، صباح اليوم الأربعاء، غارات على محيط بلدة الرفيد جنوبي القنيطرة.\n"
            "وقال مصدر محلي إن الغارات استهدفت تلة قرب الرفيد.")
    assert _acts(text) == [("Explosions/Remote violence", "Al-Rafid", "2025-02-12")]


# --- a headline's items, one opening on its toll -------------------------------------------------------------------


def test_headline_item_opening_on_its_toll_is_an_act_of_its_own_type_and_place() -> None:
    rows = _rows("اختطاف طبيب على طريق دمشق – درعا ومقتل آخر برصاص مجهولين في نوى\nنص.")
    got = sorted((r["event_type"], r["location"], r["fatalities"]) for r in rows)
    assert len(got) == 2
    assert ("Violence against civilians", "Nawa", 1) in got or ("Battles", "Nawa", 1) in got
    assert any(t == "Violence against civilians" and f == 0 for t, _p, f in got)


def test_headline_items_keep_their_own_tolls() -> None:
    rows = _rows("مقتل طفل بانفجار لغم في ذيبان وإصابة شاب برصاص قناص في الشحيل\nنص.")
    tolls = {r["location"]: (r["sub_event_type"], r["fatalities"]) for r in rows}
    assert tolls["Thiban"] == ("Remote explosive/landmine/IED", 1)
    assert tolls["Al-Shuhayl"][1] == 0
    assert tolls["Al-Shuhayl"][0] != "Remote explosive/landmine/IED"


def test_another_one_after_a_toll_word_counts_one() -> None:
    rows = _rows("مقتل آخر برصاص مجهولين في بلدة المزيريب\nنص.")
    assert [r["fatalities"] for r in rows] == [1]
    rows = _rows("عنوان\nقصف مدفعي على بلدة المزيريب أدى إلى مقتل آخرين، مساء الثلاثاء.")
    assert [r["fatalities"] for r in rows] == [3]  # (guard) the plural tells no number


# --- another incident --------------------------------------------------------------------------------------------


def test_another_incident_is_no_accident() -> None:
    text = ("عنوان\nوفي حادثة أخرى، قُتل رجل في الخمسينيات من عمره برصاص مسلحين مجهولين قرب منزله في بلدة "
            "المزيريب، مساء الثلاثاء، ولم تُعرف دوافع الجريمة حتى الآن.")
    assert _acts(text) == [("Violence against civilians", "Mzeireb", "2025-02-11")]
    # (guard) a road accident is still none
    assert _acts("عنوان\nتوفي شاب في حادث سير على طريق درعا، مساء الثلاثاء.") == []
    assert _acts("عنوان\nتوفي شاب في حادث سير آخر على طريق درعا، مساء الثلاثاء.") == []



# --- kin named with the dead ------------------------------------------------------------------------------------


def test_kin_named_by_a_possessive_after_the_dead_count_one_each() -> None:
    rows = _rows("عنوان\nاستهدفت طائرة مسيّرة سيارة مدنية قرب بلدة المزيريب مساء الثلاثاء، ما أدى إلى مقتل رجل وابنه.")
    assert [r["fatalities"] for r in rows] == [2]
    rows = _rows("عنوان\nانفجرت عبوة ناسفة بسيارة قيادي سابق في بلدة طفس مساء الثلاثاء، ما أدى إلى مقتله ومرافقه.")
    assert [r["fatalities"] for r in rows] == [2]
