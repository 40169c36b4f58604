"""Session 20 (ar8): arrests — an arrest whose own sentence names no arrester is made by the force of the incursion or
raid told just before it: the verb of entering or raiding has the force after it, its subject ("توغلت دورية للجيش
الإسرائيلي …", "اقتحمت قوة من الأمن العام …"), and the arrest's sentence names that force again by a definite
noun ("إن القوة … اعتقلت", "واعتقلت الدورية") or tells the arrest as the operation's result ("وأسفرت عملية
التوغل عن اعتقال …")."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 6, 18)


def _arrests(text: str) -> list[tuple[object, object]]:
    return [(r["actor1"], r["actor2"]) for r in record_rows(text, DAY) if r["sub_event_type"] == "Arrests"]


def test_patrol_named_again_after_an_incursion_verb_made_the_arrest() -> None:
    rows = _arrests("توغلت دورية للجيش الإسرائيلي صباح الاثنين في قرية الرفيد بريف القنيطرة.\n"
                    "واعتقلت الدورية ثلاثة رعاة من أبناء القرية قبل أن تنسحب.")
    assert rows and rows[0][0] == "Military Forces of Israel (2009-)"


def test_force_named_again_in_a_reported_clause_after_a_storming_verb() -> None:
    rows = _arrests("اقتحمت قوة من الأمن العام مساء الأحد بلدة الكرك الشرقي في ريف درعا.\n"
                    "وقالت مصادر محلية إن القوة فتشت عدة منازل واعتقلت شابين.")
    assert rows and rows[0][0] not in ("", None)


def test_arrest_as_the_result_of_the_incursion_told_before() -> None:
    rows = _arrests("توغلت قوة تابعة للجيش الإسرائيلي فجر الأحد في بلدة جباتا الخشب بريف القنيطرة.\n"
                    "وأسفرت عملية التوغل عن اعتقال ثلاثة شبان.")
    assert rows and rows[0][0] == "Military Forces of Israel (2009-)"


def test_guard_a_campaign_noun_keeps_its_force_named_before_it() -> None:
    """Pure guard: the force named before a campaign noun still makes the arrest told as its result."""
    rows = _arrests("شنّت قوات سوريا الديمقراطية حملة دهم وتفتيش فجر الثلاثاء في بلدة ذيبان شرقي دير الزور.\n"
                    "وأسفرت الحملة عن اعتقال أربعة أشخاص.")
    assert rows and rows[0][0] == "QSD: Syrian Democratic Forces"


def test_guard_the_people_after_a_campaign_noun_are_not_the_arrester() -> None:
    """Pure guard: a group named after a campaign noun is of the people it held, not the force."""
    rows = _arrests("طالت حملة الاعتقالات أمس قيادات من حركة حماس في مدينة نابلس.\n"
                    "وأسفرت الحملة عن اعتقال خمسة أشخاص.")
    assert all(a1 != "Hamas Movement" for a1, _ in rows)


def _types(text: str) -> list[tuple[object, object]]:
    return [(r["event_type"], r["sub_event_type"]) for r in record_rows(text, DAY)]


def test_gunmen_who_lead_people_to_an_unknown_place_abduct_them() -> None:
    types = _types("اعترض مسلحون يُعتقد أنهم من خلايا التنظيم أمس سيارة مدنية قرب بلدة السخنة بريف حمص، "
                   "واقتادوا سائقها إلى جهة مجهولة.")
    assert ("Strategic developments", "Arrests") not in types
    assert any(t[0] == "Violence against civilians" for t in types)


def test_attack_and_taking_away_by_gunmen_make_no_arrest_record() -> None:
    types = _types("هاجم مسلحون أمس رعاة أغنام في بادية القريتين بريف حمص، واقتادوا اثنين منهم إلى جهة مجهولة.")
    assert ("Strategic developments", "Arrests") not in types


def test_guard_a_force_that_takes_people_to_an_unknown_place_still_arrests() -> None:
    """Pure guard: a named force's detention stays an arrest, wherever it takes them."""
    types = _types("اعتقلت قوات الاحتلال الإسرائيلي أمس شابين في قرية الرفيد بريف القنيطرة واقتادتهما إلى جهة مجهولة.")
    assert ("Strategic developments", "Arrests") in types
