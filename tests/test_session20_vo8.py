"""Session 20 (vo8): other writers' voices — a monitor's daily round-up toll in the headline or the lead is no act's
dead; a headline's second act opened by its weapon or act noun ("ومسيّرة تستهدف …", "وقصف مجهول يستهدف …") is read
apart from the first; the side right after a headline's present verb of an act is the side hit; the interior
ministry's men and the SDF's local military councils are sides."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.output.records import records

DAY = dt.date(2025, 6, 18)


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return records(article_doc(text, on))


def test_monitor_round_up_toll_is_no_acts_dead() -> None:
    text = ("حصيلة يوم أمس: 11 قتيلاً على امتداد الأراضي السورية\n"
            "وثّق المرصد مقتل 11 شخصاً في مختلف المحافظات السورية يوم أمس، وجاءت الحصيلة على النحو التالي:\n"
            "في درعا، قُتل 4 مدنيين برصاص مسلحين مجهولين في مدينة نوى.\n"
            "في دير الزور، قُتل 5 عناصر من قسد بهجوم لخلايا التنظيم على حاجز في بلدة الشحيل.\n"
            "في حماة، قُتل رجلان بانفجار لغم أرضي قرب مدينة السقيلبية.\n")
    rows = _rows(text)
    assert rows and all(r["fatalities"] != 11 for r in rows)
    assert any(r["location"] == "Nawa" and r["fatalities"] == 4 for r in rows)


def test_round_up_in_a_lead_with_other_words() -> None:
    text = ("مقتل 7 أشخاص في سوريا خلال الساعات الماضية\n"
            "قُتل 7 أشخاص خلال الساعات الـ24 الماضية في مناطق سورية متفرقة، بحسب ما وثّقه المرصد.\n"
            "فقد قُتل 3 عناصر من الأمن العام بهجوم مسلح على حاجز قرب مدينة السخنة.\n"
            "كما قُتل مدنيان برصاص مجهولين في بلدة المزيريب، وقُتل شاب بطلق ناري في مدينة جاسم.\n")
    rows = _rows(text)
    assert rows and all(r["fatalities"] != 7 for r in rows)


def test_headline_toll_of_one_act_stays() -> None:
    # guard: a headline count that no later act exceeds or equals alone is that act's own toll
    text = ("مقتل 6 عناصر من قسد بهجوم في ريف دير الزور\n"
            "قُتل 6 عناصر من قسد بهجوم شنّه مسلحون على حاجز في بلدة ذيبان فجر اليوم.\n"
            "وكان مسلحون قد قتلوا عنصرين من قسد في بلدة البصيرة الشهر الماضي.\n")
    rows = _rows(text)
    assert any(r["location"] == "Thiban" and r["fatalities"] == 6 for r in rows)


def test_headline_drone_clause_is_an_act_of_its_own() -> None:
    text = ("فصائل موالية لتركيا تقصف قرى ريف تل تمر ومسيّرة تستهدف سيارة قرب عين عيسى\n"
            "نص إخباري قصير بلا حدث.\n")
    rows = [r for r in _rows(text, dt.date(2024, 11, 5)) if r["event_type"] == "Explosions/Remote violence"]
    assert any(r["location"] == "Ein Issa" and r["sub_event_type"] == "Air/drone strike" and not r["actor1"]
               for r in rows)
    assert any(r["location"] == "Tal Tamer" and r["actor1"] == "Syrian National Army" for r in rows)


def test_headline_unknown_shelling_clause_takes_no_sides_of_the_first() -> None:
    text = ("أبناء العشائر يهاجمون حواجز قسد في ذيبان وقصف مجهول يستهدف الميليشيات الإيرانية في البوكمال\n"
            "نص قصير.\n")
    rows = _rows(text, dt.date(2023, 8, 28))
    shelled = [r for r in rows if r["event_type"] == "Explosions/Remote violence"]
    assert shelled and all(r["actor1"] != "Tribal Militia (Syria)" for r in shelled)
    assert any(r["actor2"] == "Militia (Pro-Iran)" for r in shelled)


def test_two_weapons_of_one_subject_are_one_act() -> None:
    # guard: "الصواريخ والمسيّرات تستهدف" is one subject, not a second act opened by "والمسيّرات"
    text = "الصواريخ والمسيّرات تستهدف قاعدة التنف الأميركية\nنص قصير.\n"
    rows = _rows(text, dt.date(2023, 10, 20))
    assert len([r for r in rows if r["event_type"] == "Explosions/Remote violence"]) == 1


def test_side_after_a_present_verb_is_the_target() -> None:
    for text, hit in (("غارة مجهولة تستهدف الميليشيات الإيرانية في مدينة البوكمال", "Militia (Pro-Iran)"),
                      ("قصف مدفعي يستهدف قسد في قرية العريمة غربي منبج", "QSD: Syrian Democratic Forces")):
        rows = record_rows(text, dt.date(2023, 8, 28))
        assert rows and rows[0]["actor2"] == hit and rows[0]["actor1"] != hit, text


def test_named_attacker_before_a_present_verb_stays_the_attacker() -> None:
    # guard: the side before the verb is still its subject
    rows = record_rows("كتائب حزب الله تستهدف القوات الأميركية المتمركزة في حقل العمر بطائرة مسيّرة",
                       dt.date(2024, 2, 6))
    assert rows and rows[0]["actor1"] == "Kataib Hezbollah"
    assert rows[0]["inter2"] == 8


def test_interior_ministry_men_ambushed() -> None:
    rows = record_rows("نفّذ مسلحون من فلول النظام البائد كميناً لعناصر وزارة الداخلية في ريف جبلة أمس، ما أسفر "
                       "عن مقتل ثلاثة منهم.", dt.date(2025, 3, 2))
    assert rows and 1 in (rows[0]["inter1"], rows[0]["inter2"])


def test_interior_ministry_patrol_in_a_clash() -> None:
    rows = record_rows("اندلعت اشتباكات بين دورية لوزارة الداخلية ومسلحين مجهولين قرب مدينة الصنمين مساء أمس.",
                       dt.date(2025, 4, 10))
    assert rows and 1 in (rows[0]["inter1"], rows[0]["inter2"])


def test_sdf_local_military_council_is_the_sdf() -> None:
    rows = record_rows("استهدفت مسيّرة تركية مساء أمس آلية تابعة لمجلس تل أبيض العسكري قرب عين عيسى.",
                       dt.date(2024, 3, 3))
    assert rows and rows[0]["actor2"] == "QSD: Syrian Democratic Forces"
