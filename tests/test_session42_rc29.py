"""Session 42 (rc29): acts merged away or never read.  A second fight in another town told after a fronted place
as the like of the first ("وفي بلدة X، اندلعت اشتباكات مماثلة …", "وفي قرية Y، دارت معارك مشابهة …") is an event of
its own at that town, not a mention of the first one."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

_DAY = dt.date(2023, 9, 4)


def _clash_places(text: str) -> list[str]:
    return sorted(str(r["location"]) for r in record_rows(text, _DAY) if r["event_type"] == "Battles")


def test_like_clash_in_a_fronted_town_is_its_own_event() -> None:
    text = ("مواجهات بين العشائر و\"قسد\" شرقي دير الزور\n\n"
            "هاجم مسلحون من أبناء العشائر أمس الأحد مقراً لـ\"قسد\" في بلدة الشحيل، ودارت اشتباكات بين الطرفين "
            "قتل فيها عنصر من \"قسد\".\n"
            "وفي بلدة هجين، اندلعت اشتباكات مماثلة قرب منتصف الليل واستمرت نحو ساعة، من دون أنباء عن ضحايا.")
    places = _clash_places(text)
    assert "Hajin" in places
    assert "Al-Shuhayl" in places


def test_like_battles_told_by_a_plural_noun_after_a_fronted_village() -> None:
    text = ("اشتباكات في ريف دير الزور\n\n"
            "اندلعت اشتباكات بين مقاتلين من العشائر وعناصر \"قسد\" في بلدة الشحيل مساء أمس الأحد، وقتل فيها "
            "عنصران من \"قسد\".\n"
            "وفي قرية الطيانة، دارت معارك مماثلة حتى ساعات الفجر.")
    places = _clash_places(text)
    assert "Al-Tayyana" in places
    assert "Al-Shuhayl" in places
    # a fear of the like, not a second fight: no verb of breaking out after the fronted place
    guard = ("اشتباكات في ريف دير الزور\n\n"
             "اندلعت اشتباكات بين مقاتلين من العشائر وعناصر \"قسد\" في بلدة الشحيل مساء أمس الأحد، وقتل فيها "
             "عنصران من \"قسد\".\n"
             "وفي بلدة الشحيل، يخشى الأهالي من اشتباكات مماثلة في الأيام المقبلة.")
    assert _clash_places(guard) == ["Al-Shuhayl"]


def test_strike_on_a_towns_outskirts_is_apart_from_the_capital_named_as_a_city() -> None:
    text = ("غارات على محافظة إدلب\n\n"
            "قُتل ستة مدنيين صباح اليوم الإثنين بغارات جوية روسية استهدفت سوقاً شعبياً وسط مدينة إدلب.\n"
            "وبعد الظهر، قصفت طائرات حربية تابعة لقوات النظام بغارتين أطراف بلدة بنش شرقي إدلب، ولم يبلغ عن "
            "إصابات.")
    rows = [r for r in record_rows(text, dt.date(2024, 12, 2)) if r["event_type"] == "Explosions/Remote violence"]
    assert {"Idleb", "Bennsh"} <= {str(r["location"]) for r in rows}
