"""Session 16, wave 4 (RESB): what remained of dates and types on the outlet-style articles — yesterday's act
in a roundup paragraph that turns to another place is news, not background; "فجر" of a time ("فجر اليوم")
names no weapon beside a verb of repelling."""

from __future__ import annotations

import datetime as dt

from helpers import event_rows, record_rows

DAY = dt.date(2024, 3, 14)  # a Thursday

LEAD = ("مقتل عنصر للنظام بانفجار عبوة في ريف درعا\nمراسلنا - درعا\n\n"
        "قتل عنصر من قوات النظام صباح اليوم الخميس بانفجار عبوة ناسفة استهدفت سيارته قرب بلدة المزيريب "
        "في ريف درعا الغربي.\n\nوأفاد مراسلنا بأن دورية وصلت إلى المكان ونقلت الجثة إلى المشفى، ولم تتبن أي جهة "
        "التفجير.\n\n")


def _battles(text: str) -> list[dict[str, object]]:
    return [r for r in record_rows(text, DAY) if r["event_type"] == "Battles"]


def test_yesterday_in_a_paragraph_turning_to_another_place_is_news() -> None:
    rows = _battles(LEAD + "وفي مدينة طفس المجاورة، دارت مساء أمس الأربعاء اشتباكات بين قوات النظام ومسلحين "
                           "محليين إثر محاولة دورية اقتحام أحد الأحياء.")
    assert rows and rows[0]["event_date"] == "2024-03-13" and not rows[0]["historical"]


def test_yesterday_in_a_countryside_paragraph_with_commas_is_news() -> None:
    rows = _battles(LEAD + "وفي ريف حلب الشمالي، اندلعت مساء أمس، الأربعاء، اشتباكات بالأسلحة المتوسطة بين "
                           "\"فرقة الحمزة\" و\"الفيلق الثالث\" داخل مدينة الباب.")
    assert rows and rows[0]["event_date"] == "2024-03-13" and not rows[0]["historical"]


def test_yesterday_under_a_subheading_then_a_place_paragraph_is_news() -> None:
    rows = _battles(LEAD + "اشتباكات في الباب\n\nوفي ريف حلب الشمالي، اندلعت مساء أمس اشتباكات بين "
                           "\"فرقة الحمزة\" و\"الفيلق الثالث\" داخل مدينة الباب.")
    assert rows and rows[0]["event_date"] == "2024-03-13" and not rows[0]["historical"]


def test_far_day_in_a_place_paragraph_stays_background() -> None:
    # guard: the turn to another place does not make a day long past news
    rows = _battles(LEAD + "وفي مدينة طفس المجاورة، دارت في 2 كانون الثاني الماضي اشتباكات بين قوات النظام "
                           "ومسلحين محليين.")
    assert rows and rows[0]["historical"]


def _types(text: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in event_rows(text, DAY)]


def test_repelling_an_attack_at_dawn_is_a_fight() -> None:
    types = _types("تصدت وحدات من الجيش فجر اليوم لهجوم شنته مجموعات مسلحة على نقاطها في محيط مدينة سراقب.")
    assert ("Battles", "Armed clash") in types
    assert ("Strategic developments", "Disrupted weapons use") not in types


def test_repelling_at_dawn_with_a_named_weapon_still_disrupted() -> None:
    # guard: with a drone named, repelling is a weapon stopped
    types = _types("تصدت الدفاعات الجوية فجر اليوم لطائرة مسيّرة في أجواء مدينة حماة.")
    assert ("Strategic developments", "Disrupted weapons use") in types


POST = dt.date(2025, 5, 12)


def _sides(text: str) -> list[tuple[str, str]]:
    return [(r[2], r[3]) for r in event_rows(text, POST) if r[0] == "Battles"]


def test_armed_group_of_a_fallen_regimes_remnants_is_its_loyalists() -> None:
    sides = _sides("هاجمت مجموعة مسلحة من بقايا ميليشيات النظام البائد دورية للأمن العام قرب مدينة جبلة أمس.")
    assert sides and sides[0][0] == "syr_loyalists"


def test_gunmen_from_the_ranks_of_a_group_are_that_group() -> None:
    sides = _sides("هاجم مسلحون من صفوف قسد نقطة للجيش الوطني قرب منبج.")
    assert sides and sides[0] == ("sdf", "sna")


def test_members_of_a_named_group_unchanged() -> None:
    # guard: the older partitive ("مسلحون من حركة …") still names the group
    sides = _sides("هاجم مسلحون من تنظيم داعش حاجزاً للجيش الوطني قرب منبج.")
    assert sides and sides[0][0] == "is"
