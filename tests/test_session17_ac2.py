"""Session 17 (ACT2): actors of matched events in Syrian local outlets after December 2024 — "التنظيم" refers
back to the group the article named "تنظيم X" and never to a group that has become state forces; a community's
"sons" after a count of the arrested is their origin; the group of a charge is no side; a protest's counted
people are its actor; a governorate's security directorate is the General Security; an active killing verb takes
the gunmen before its object as the killer; "حادثة منفصلة" is no accident; an initial before an age in brackets
ends no sentence."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.arabic.segment import sentences
from rasd.document import Document
from rasd.pipeline import Pipeline

DAY = dt.date(2025, 8, 23)


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, on)


def _actor_keys(text: str, surface: str, on: dt.date = DAY) -> list[str]:
    doc = Pipeline()(Document(id="t", text=text, published=on))
    return [a.value.key for a in doc.layer("actors") if doc.span_text(a) == surface]


def test_the_organisation_refers_to_the_group_named_organisation() -> None:
    text = ('تبنى تنظيم "داعش" هجوماً على نقطة في ريف الرقة أمس. وقالت "قسد" في بيان إن التنظيم صعّد هجماته '
            "في المنطقة خلال الأسابيع الماضية.")
    assert _actor_keys(text, "التنظيم") == ["is"]


def test_the_organisation_after_the_group_named_later() -> None:
    text = ('قتل ثلاثة عناصر من "قسد" بهجوم لخلايا "التنظيم" في ريف دير الزور. وقال المرصد إن مسلحين من خلايا تنظيم '
            '"الدولة الإسلامية" هاجموا نقطة عسكرية لـ"قسد" في بلدة ذيبان مساء أمس.')
    assert _actor_keys(text, "التنظيم") == ["is"]


def test_state_forces_are_no_antecedent_of_the_organisation() -> None:
    text = ("أعلنت قيادة الأمن الداخلي في حمص إحباط هجوم على حاجز في البادية اليوم. "
            "وكان التنظيم قد تبنى في أيار الماضي تفجيراً في بادية تدمر.")
    assert "syr_gen_sec" not in _actor_keys(text, "التنظيم")


def test_terrorists_of_the_organisation_is_the_named_organisation() -> None:
    text = ('قصف تنظيم "بي كا كا/ي ب ك" الإرهابي قرية قرب مارع أمس. وأفادت مصادر بأن إرهابيو التنظيم '
            "استهدفوا منازل المدنيين في تل رفعت، ما أدى إلى إصابة ثلاثة مدنيين.")
    assert _actor_keys(text, "إرهابيو التنظيم", dt.date(2022, 8, 18)) == ["sdf"]


def test_arrested_sons_of_the_town_are_no_communal_militia() -> None:
    rows = _rows("اعتقلت قوى الأمن الداخلي شخصين من أبناء المدينة في مدينة داعل بريف درعا صباح اليوم.")
    assert rows and all(r["inter2"] != 4 and r["inter1"] != 4 for r in rows)


def test_people_counted_by_a_definite_number_are_no_side() -> None:
    rows = _rows("أطلق مسلحون مجهولون النار على الشبان الثلاثة من أبناء البلدة في طفس مساء أمس، "
                 "ما أدى إلى مقتل اثنين منهم.")
    assert rows and all(4 not in (r["inter1"], r["inter2"]) for r in rows)


def test_group_of_a_charge_is_no_side_of_the_arrest() -> None:
    rows = _rows('اعتقلت "قسد" خمسة أشخاص في بلدة الكسرة بريف دير الزور اليوم، بتهمة التعامل مع خلايا تنظيم "داعش".')
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["actor2"] != "Islamic State (Syria)"


def test_protest_actor_is_the_counted_trade() -> None:
    rows = _rows("نفذ عشرات المعلمين وقفة احتجاجية أمام مديرية التربية في مدينة حماة أمس، للمطالبة بصرف رواتبهم.")
    demo = [r for r in rows if r["event_type"] == "Protests"]
    assert demo and "عشرات المعلمين" in demo[0]["actor1_mentions"]


def test_protest_actor_counted_with_of() -> None:
    rows = _rows("تجمع مئات من أبناء مدينة السويداء في ساحة الكرامة ظهر اليوم، في وقفة احتجاجية للمطالبة بفتح الطريق.")
    demo = [r for r in rows if r["event_type"] == "Protests"]
    assert demo and any("أبناء مدينة السويداء" in str(m) for m in demo[0]["actor1_mentions"])


def test_governorate_security_directorate_is_general_security() -> None:
    rows = _rows("ألقت مديرية أمن حمص القبض على ثلاثة أشخاص خلال مداهمة في مدينة تلكلخ صباح اليوم.")
    assert rows and rows[0]["actor1"] == "Police Forces of Syria (2024-)"


def test_suspected_part_in_the_attack_is_no_new_attack() -> None:
    rows = _rows("أعلنت قوى الأمن الداخلي أن وحداتها ألقت القبض في مدينة القرداحة على أربعة أشخاص يشتبه بتورطهم "
                 "في الهجوم، صباح اليوم.")
    assert [r["sub_event_type"] for r in rows] == ["Arrests"]


def test_active_killing_verb_takes_gunmen_as_killers() -> None:
    rows = _rows("قتل مسلحون مجهولون الصيدلاني سامر خليل أمام صيدليته في مدينة نوى بريف درعا مساء الخميس.")
    assert rows and rows[0]["event_type"] == "Violence against civilians"
    assert rows[0]["inter1"] == 3 and rows[0]["inter2"] == 7


def test_passive_killing_of_gunmen_unchanged() -> None:
    # guard: with no people after them, "قتل مسلحون" stays the passive (the gunmen were killed)
    rows = _rows("قتل مسلحون في اشتباكات مع قوات الأمن العام في بلدة طفس مساء الخميس.")
    assert rows and rows[0]["event_type"] == "Battles"


def test_separate_incident_is_no_accident() -> None:
    rows = _rows("وفي حادثة منفصلة، قتل مسلحون مجهولون شاباً في بلدة طفس مساء الخميس.")
    assert rows and rows[0]["event_type"] == "Violence against civilians"


def test_road_accident_unchanged() -> None:
    # guard: a road accident stays no event
    assert _rows("قتل شاب في حادث سير على طريق طفس مساء الخميس.") == []


def test_initial_before_an_age_ends_no_sentence() -> None:
    text = "قتل مسلحون الشاب سامر. خ (45 عاماً) أمام منزله مساء الخميس."
    assert len(sentences(text)) == 1
