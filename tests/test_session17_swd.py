"""Session 17 (SWD): southern Syria 2025-26 in the voice of local outlets and state media — an act told by its
noun after "أقدم … على", where the people counted come from ("من أبناء العشائر"), a member named after "، ومنها",
an aside about a victim's past ("، وهو عنصر سابق … عام 2018،"), a family-name initial after a full stop, and the
names of the parties ("مجموعات خارجة عن القانون", Druze armed groups)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows, sentence_triggers, violent_events

from rasd.arabic.segment import sentences

DAY = dt.date(2025, 9, 14)  # a Sunday


def _rows(text: str, on: dt.date = DAY) -> list[tuple[str, str, str, str, str, bool]]:
    return [(str(r["event_date"]), str(r["sub_event_type"]), str(r["location"]), str(r["actor1"]), str(r["actor2"]),
             bool(r["historical"])) for r in record_rows(text, on)]


def test_ventured_abduction_in_a_source_sentence() -> None:
    rows = _rows("قُتل عنصر من قوى الأمن الداخلي جراء هجوم مسلح على حاجز في بلدة عريقة فجر اليوم.\n"
                 "وأوضح مصدر في قيادة الأمن الداخلي أن المهاجمين استخدموا القذائف الصاروخية، وأن عناصر الحاجز "
                 "اشتبكوا معهم قبل أن ينسحبوا.\n"
                 "وأضاف المصدر أن مجموعة مسلحة أقدمت أمس السبت على اختطاف ثلاثة أشخاص في مدينة شهبا، ولا يزال "
                 "مصيرهم مجهولاً.")
    assert any(r[1] == "Abduction/forced disappearance" and r[2] == "Shahba" and r[0] == "2025-09-13" for r in rows)


def test_ventured_act_noun_reads_as_done() -> None:
    # "أقدم … على <noun>": the noun is the done act, as strong as its verb
    weight, verb = sentence_triggers("أقدمت مجموعة مسلحة أمس السبت على اختطاف أربعة أشخاص في مدينة شهبا.")["اختطاف"]
    assert verb and weight > 0.8


def test_habit_told_in_the_present_is_no_act() -> None:
    # guard: "يعمد … إلى" tells a habit, not a done act
    rows = _rows("ويعمد الاحتلال منذ سنوات إلى قصف المناطق الحدودية بين حين وآخر.")
    assert not any(r[1] == "Shelling/artillery/missile attack" and not r[5] for r in rows)


def test_origin_of_the_kidnapped_is_no_side() -> None:
    rows = _rows("أقدمت مجموعة مسلحة أمس على اختطاف أربعة أشخاص من أبناء العشائر في مدينة شهبا.")
    assert rows and rows[0][1] == "Abduction/forced disappearance"
    assert rows[0][3] == "Unidentified Armed Group (Syria)"


def test_origin_of_the_dead_is_no_side() -> None:
    rows = _rows("قتل ثلاثة من أبناء العشائر برصاص مسلحين مجهولين في مدينة شهبا مساء أمس.")
    assert rows and rows[0][3] == "Unidentified Armed Group (Syria)"
    assert "Tribal Militia (Syria)" not in (rows[0][3], rows[0][4])


def test_armed_men_from_a_tribe_stay_the_tribe() -> None:
    # guard: "مسلحون من أبناء العشائر" are the tribe's fighters
    rows = _rows("هاجم مسلحون من أبناء العشائر حاجزاً للأمن العام في مدينة شهبا أمس.")
    assert rows and "Tribal Militia (Syria)" in (rows[0][3], rows[0][4])


def test_member_named_after_minha_is_no_side() -> None:
    evs = violent_events(DAY, "اندلعت أمس اشتباكات عنيفة بين الفصائل المحلية في السويداء، ومنها حركة رجال الكرامة، "
                              "ومسلحي العشائر في بلدة المزرعة.")
    assert evs
    keys = {evs[0].actor1.key if evs[0].actor1 else "", evs[0].actor2.key if evs[0].actor2 else ""}
    assert "tribal" in keys


def test_year_in_a_victims_aside_is_not_the_act_day() -> None:
    rows = _rows("قُتل الشاب أحمد، وهو عنصر سابق في فصائل المعارضة انضم إلى التسوية عام 2018، برصاص مسلحين مجهولين "
                 "وسط بلدة تل شهاب مساء الخميس.", dt.date(2025, 10, 11))
    assert any(r[0] == "2025-10-09" and r[1] == "Attack" and not r[5] for r in rows)
    assert not any(r[0].startswith("2018") for r in rows)  # joining the settlement is his past, no event


def test_year_in_an_aside_about_a_number_stays() -> None:
    # guard: only an aside about who a person is ("وهو عنصر"), not one about a figure ("وهو رقم")
    rows = _rows("قصفت قوات الاحتلال مخيم جباليا عام 2014، وهو العام الأعنف، ما أدى إلى مقتل 5 مدنيين.",
                 dt.date(2024, 5, 1))
    assert all(not r[0].startswith("2024") for r in rows)


def test_initial_after_a_first_name_ends_no_sentence() -> None:
    text = "قُتل الشاب محمد. ع، وهو عنصر سابق، برصاص مجهولين. وأصيب آخر."
    assert [text[s.start:s.end] for s in sentences(text)] == [
        "قُتل الشاب محمد. ع، وهو عنصر سابق، برصاص مجهولين.", "وأصيب آخر."]


def test_outlaw_groups_name_an_armed_group() -> None:
    rows = _rows("استشهد عنصران من قوى الأمن الداخلي جراء هجوم شنته مجموعات خارجة عن القانون على حاجز أمني في بلدة "
                 "عريقة فجر اليوم.")
    assert rows and "Unidentified Armed Group (Syria)" in (rows[0][3], rows[0][4])


def test_druze_armed_groups_are_a_communal_militia() -> None:
    rows = _rows("اندلعت اشتباكات بين مسلحين دروز وقوات الأمن العام في بلدة صحنايا بريف دمشق أمس.")
    assert rows and "Communal Militia (Syria)" in (rows[0][3], rows[0][4])
