"""Session 18 (ACT5): actors, second pass — people arrested "who belong to" a group ("يتبعون لـ", "مرتبطين بـ",
"ينتمون إلى") are that group's, the group the side held; an arrest told as the result of a campaign ("وأسفرت الحملة
عن …") takes the force that runs the campaign named in the sentence before; the owner of a strike's weapon after
"بضربة من طائرة …" or a hedge ("يرجح أنها تابعة لـ") is the attacker; a blast recalled after "وتزامن" does not
type the act the sentence tells; a group's generic attack on a side that a drone strike of another side never hit
keeps its own type."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 5, 6)


def _rows(text: str, on: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, on)


def test_people_belonging_to_remnants_are_the_side_held() -> None:
    rows = _rows("ألقت قوات الأمن العام يوم الأحد القبض على ثلاثة أشخاص يتبعون لفلول النظام في مدينة القصير.")
    assert rows and rows[0]["sub_event_type"] == "Arrests"
    assert rows[0]["inter1"] == 1 and rows[0]["actor2"] == "Former Regime Loyalists (Syria)"


def test_people_linked_to_a_group_are_no_civilians() -> None:
    rows = _rows("اعتقلت وحدات الأمن الداخلي أمس خمسة شبان مرتبطين بخلايا تنظيم داعش في مدينة الميادين.")
    assert rows and rows[0]["inter2"] == 2 and rows[0]["inter1"] == 1


def test_arrest_after_a_campaign_takes_the_campaign_force() -> None:
    rows = _rows("أطلقت قوى الأمن الداخلي حملة أمنية واسعة في مدينة القصير يوم الإثنين بحثا عن مطلوبين. "
                 "وأسفرت الحملة عن اعتقال خمسة أشخاص من فلول النظام البائد.")
    assert rows and rows[0]["inter1"] == 1
    assert rows[0]["actor2"] == "Former Regime Loyalists (Syria)"


def test_arrest_after_a_cordon_told_in_a_statement() -> None:
    rows = _rows("وقالت قيادة الأمن الداخلي في بيان إن قواتها طوقت المنطقة بعد الهجوم.\n"
                 "وأسفرت العملية صباح الأربعاء عن اعتقال أربعة أشخاص ينتمون إلى فلول النظام في بلدة بيت ياشوط.")
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["inter1"] == 1 and arrests[0]["inter2"] == 3


def test_group_of_those_held_is_no_campaign_force() -> None:
    # guard: a group named after the campaign word is the side of the people it held, never the arrester
    rows = _rows("وقالت مصادر إن حملة الاعتقالات طالت قيادات من حركة الجهاد الإسلامي. "
                 "وشملت الاعتقالات خمسة طلاب في مدينة الخليل أمس.")
    assert not any(r["actor1"] == "Palestinian Islamic Jihad" for r in rows)


def test_hedged_owner_of_a_drone_is_the_attacker() -> None:
    rows = _rows('قُتل قيادي في تنظيم "حراس الدين" مساء الأحد بضربة من طائرة مسيّرة يُرجّح أنها تابعة للتحالف الدولي '
                 "استهدفت سيارته قرب بلدة الدانا.", dt.date(2024, 10, 21))
    assert rows and rows[0]["inter1"] == 8 and rows[0]["inter2"] == 2


def test_owner_of_the_drone_of_a_strike_from_it() -> None:
    rows = _rows("قتل شاب مساء السبت بغارة من طائرة مسيرة تابعة لقوات النظام في بلدة سرمين.", dt.date(2024, 10, 21))
    assert rows and rows[0]["actor1"] == "Military Forces of Syria (2000-2024)"


def test_drone_that_carried_out_a_strike_belongs_to_its_owner() -> None:
    rows = _rows("قتل عنصران من قسد يوم الجمعة بضربة نفذتها طائرة مسيرة يرجح أنها تابعة للجيش التركي قرب عين عيسى.",
                 dt.date(2024, 10, 21))
    assert rows and rows[0]["actor1"] == "Military Forces of Turkey (2016-)"


def test_recalled_blast_does_not_type_the_concurrent_shelling() -> None:
    rows = _rows("انفجرت سيارة مفخخة صباح الاثنين وسط مدينة الباب، ما أسفر عن مقتل ثلاثة مدنيين.\n"
                 "وتزامن التفجير مع قصف مدفعي وصاروخي مكثف شنّته قوات الحكومة السورية على بلدة سرمين، أدى إلى "
                 "إصابة طفلين، وفق الدفاع المدني.", dt.date(2024, 10, 21))
    sarmin = [r for r in rows if r["location"] == "Sarmin"]
    assert sarmin and sarmin[0]["sub_event_type"] == "Shelling/artillery/missile attack"
    bab = [r for r in rows if r["location"] == "Al Bab"]
    assert bab and bab[0]["inter1"] != 1


def test_group_attack_beside_a_drone_strike_on_another_side_keeps_its_type() -> None:
    rows = _rows('وفي اليوم ذاته، قُتل مقاتل من "قسد" بهجوم شنّه مسلحون على نقطة عسكرية قرب بلدة الكسرة.\n'
                 "إلى ذلك، قالت القيادة المركزية الأمريكية إن طائرة مسيّرة تابعة لقواتها استهدفت مساء الثلاثاء "
                 'قياديًا في تنظيم "الدولة" قرب مدينة الميادين، ما أدى إلى مقتله.', dt.date(2025, 6, 18))
    kasra = [r for r in rows if r["location"] == "Kisreh"]
    assert kasra and kasra[0]["event_type"] == "Battles"


def test_owner_of_the_drone_glued_to_la_after_a_strike_noun() -> None:
    rows = _rows("قتل قيادي في تنظيم داعش بغارة لطائرة مسيرة تابعة للتحالف الدولي قرب بلدة الشحيل يوم الأحد.",
                 dt.date(2024, 10, 21))
    assert rows and rows[0]["inter1"] == 8 and rows[0]["actor2"] == "Islamic State (Syria)"
