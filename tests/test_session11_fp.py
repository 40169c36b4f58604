"""Session 11 (false positives): statements, rhetoric and disasters are no events; a summary of a front's
factions as a whole at a broad place is the faction's precise report told again."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows, glue_repair_on  # noqa: F401

from rasd.pipeline import extract_text

DAY = dt.date(2024, 4, 26)


def _subs(text: str) -> list[str]:
    return [sub for _etype, sub, _a1, _a2 in event_rows(text, DAY)]


def test_deal_named_as_topic_of_talk_is_no_agreement() -> None:
    text = ("انتقد زعيم المعارضة رئيس الحكومة في خطاب ألقاه اليوم، لأنه تجاهل ملف صفقة تبادل الأسرى مع الفصائل "
            "في قطاع غزة.")
    assert "Agreement" not in _subs(text)


def test_talks_about_an_exchange_are_no_agreement() -> None:
    text = ("اتهمت عائلات الأسرى اليوم رئيس الحكومة بالتهرّب من أي التزام مع الفصائل في قطاع غزة "
            "بشأن تبادل الأسرى.")
    assert "Agreement" not in _subs(text)


def test_preventing_a_deal_is_no_agreement() -> None:
    text = "قالت والدة أحد الأسرى اليوم إن رئيس الحكومة يمنع تنفيذ صفقة تبادل الأسرى مع الفصائل في قطاع غزة."
    assert "Agreement" not in _subs(text)


def test_agreement_reached_is_still_an_agreement() -> None:
    text = "أعلنت الحكومة والفصائل في قطاع غزة اليوم التوصل إلى اتفاق بشأن تبادل الأسرى بعد أسابيع من المفاوضات."
    assert "Agreement" in _subs(text)


def test_deterrence_formula_is_no_shelling() -> None:
    text = 'أكد المتحدث باسم الحركة اليوم في غزة أن "الفصائل ترسّخ معادلة القصف بالقصف في وجه الاحتلال".'
    assert _subs(text) == []


def test_shelling_beside_the_formula_word_is_still_an_event() -> None:
    text = "قصفت الفصائل الفلسطينية اليوم مستوطنة سديروت برشقة صاروخية، وقالت إنها ترسّخ بذلك معادلة جديدة."
    assert "Shelling/artillery/missile attack" in _subs(text)


def test_deaths_in_wildfires_are_no_attack() -> None:
    text = ("أودت الحرائق التي اجتاحت الغابات في 12 ولاية منذ مساء الأحد بحياة 20 شخصاً، بينهم 6 جنود، "
            "وأصيب العشرات بحروق.")
    assert _subs(text) == []


def test_front_summary_at_a_territory_joins_the_faction_report() -> None:
    text = ("المقاومة الفلسطينية تقصف مواقع جيش الاحتلال في قطاع غزة اليوم.\n"
            "وأعلنت كتائب القسام، الجناح العسكري لحركة حماس، قصف موقع مستحدث لجيش الاحتلال شرقي جحر الديك "
            "وسط قطاع غزة بقذائف الهاون.")
    doc = extract_text(text, published=DAY)
    shelling = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(shelling) == 1
    assert shelling[0].actor1 is not None and shelling[0].actor1.key == "hamas"
