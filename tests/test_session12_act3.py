"""Session 12 (actor names outside Syria and crowd actors): "Opposition Rebels" is ACLED's collective of the
Syrian armed opposition only — a state's "terrorists" or "armed groups" in another country are an unidentified
armed group of that country (inter 3), and the enemy a nationality names after "هجوم إرهابي" is the attacker;
armed groups of Africa and Pakistan and Israel's settlers have names of their own, and a clash of police and
rioters stays a riot."""

from __future__ import annotations

import datetime as dt

from rasd.actors.lexicon import actors, validate
from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 5, 12)


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=DAY)))


def _names(rows: list[dict[str, object]]) -> set[tuple[object, object]]:
    return {(r["actor1"], r["inter1"]) for r in rows} | {(r["actor2"], r["inter2"]) for r in rows}


def test_rebels_collective_is_an_unidentified_group_abroad() -> None:
    rebels = actors()["rebels"]
    home = rebels.ref(DAY, "Syria")
    assert (home.name, home.inter) == ("Opposition Rebels (Syria)", 2)
    abroad = rebels.ref(DAY, "Russia")
    assert (abroad.name, abroad.inter) == ("Unidentified Armed Group (Russia)", 3)
    assert abroad.key == "rebels"  # still the collective, for merging with a group the report names


def test_terrorist_attack_in_russian_news_is_no_rebel_group() -> None:
    rows = _rows("أعلنت وزارة الدفاع الروسية إحباط هجوم إرهابي بطائرة مسيرة على منشأة للطاقة في مقاطعة بيلغورود "
                 "الروسية صباح اليوم.")
    names = _names(rows)
    assert rows and not any(str(n).startswith("Opposition Rebels") for n, _ in names)


def test_terrorist_attack_with_a_nationality_names_that_state() -> None:
    rows = _rows("أعلنت وزارة الدفاع الروسية إحباط هجوم إرهابي أوكراني بثلاث طائرات مسيرة فوق ضواحي موسكو.")
    assert any(r["actor1"] == "Military Forces of Ukraine (2019-)" for r in rows)


def test_armed_groups_in_the_sahel_are_unidentified() -> None:
    rows = _rows("قتل عشرة جنود في هجوم شنته جماعات مسلحة على موقع للجيش في منطقة تيلابيري غرب النيجر أمس.")
    names = _names(rows)
    assert rows and not any(str(n).startswith("Opposition Rebels") for n, _ in names)


def test_named_groups_of_africa_and_pakistan() -> None:
    table = actors()
    assert table["boko_haram"].inter == 2 and table["boko_haram"].ref(DAY, "Nigeria").name.startswith("Boko Haram")
    assert table["jnim"].ref(DAY, "Mali").name.startswith("JNIM")
    assert table["ttp"].ref(DAY, "Pakistan").name.startswith("TTP")
    rows = _rows("هاجمت جماعة بوكو حرام قرية زراعية في شمال شرق نيجيريا وقتلت اثني عشر مزارعاً.")
    assert any(r["actor1"].startswith("Boko Haram") and r["inter1"] == 2 for r in rows)


def test_settlers_are_an_identity_militia_on_israels_side() -> None:
    settlers = actors()["settlers"]
    assert (settlers.ref(DAY, "Palestine").name, settlers.inter, settlers.side) == ("Settlers (Israel)", 4, "isr")
    rows = _rows("هاجم مستوطنون قرية فلسطينية جنوب نابلس فجر اليوم وأحرقوا منزلين وثلاث مركبات.")
    assert any(r["actor1"] == "Settlers (Israel)" and r["inter1"] == 4 for r in rows)


def test_rioters_clash_with_police_stays_a_riot() -> None:
    rows = _rows("اندلعت مواجهات بين الشرطة ومثيري الشغب في مدينة مانشستر البريطانية ليلة أمس.")
    assert any(r["event_type"] == "Riots" and "Rioters (United Kingdom)" in (r["actor1"], r["actor2"]) for r in rows)


def test_actor_data_is_valid() -> None:
    assert validate() == []


def test_unnamed_gunmen_abroad_with_no_town_carry_the_armed_groups_code() -> None:
    # the event is known only at its country (no town): the renamed row takes the armed group's inter code too
    from rasd.document import Document
    from rasd.output.records import records
    from rasd.pipeline import Pipeline

    text = "هاجم إرهابيون نقطة تفتيش للجيش الباكستاني أمس وقتلوا ثلاثة جنود."
    rows = records(Pipeline()(Document(id="t", text=text, published=dt.date(2024, 3, 5))), timestamp=0)
    assert [(r["actor1"], r["inter1"]) for r in rows] == [("Unidentified Armed Group (Pakistan)", 3)]
