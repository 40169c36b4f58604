"""Session 13 (precision of Battles records): a battle is fought between two armed sides on a day at a place.  The
civilians killed "during clashes" are the clash's toll, not a second clash against them; an attack that fighters
were preparing, or that an army is getting ready for, did not happen; "the areas of the clashes" and "the front
lines" name where the war is, not a fight of the day; and a toll told first, then the charge that went off and
caused it, is a remote explosive attack, not a battle."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 5, 12)


def _rows(text: str) -> list[dict[str, object]]:
    return records(Pipeline()(Document(id="t", text=text, published=DAY)))


def _battles(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return [r for r in rows if r["event_type"] == "Battles"]


def test_civilians_killed_during_clashes_are_the_clash_toll() -> None:
    rows = _rows("استشهد شابان صباح الأحد بنيران جنود الاحتلال أثناء اشتباكات دارت في مخيم نور شمس قرب طولكرم. "
                 "وقالت سرايا القدس إن عناصرها اشتبكوا مع قوات الاحتلال التي دخلت مخيم نور شمس.")
    battles = _battles(rows)
    assert len(battles) == 1
    sides = {battles[0]["actor1"], battles[0]["actor2"]}
    assert sides == {"PIJ: Palestinian Islamic Jihad", "Military Forces of Israel (2009-)"}
    assert battles[0]["fatalities"] == 2


def test_fighters_meeting_to_prepare_an_attack_is_no_battle() -> None:
    rows = _rows("قال الجيش في بيان إن وحدة من قواته استهدفت مقرا للمسلحين في قرية كفرنبل أثناء اجتماعهم للتحضير "
                 "لهجوم على مواقعه، ما أدى إلى مقتل عدد منهم.")
    assert rows and not _battles(rows)
    assert rows[0]["event_type"] == "Explosions/Remote violence"


def test_army_getting_ready_for_an_attack_is_no_battle() -> None:
    rows = _rows("ذكرت الصحيفة أن الجيش الإسرائيلي الذي يستعد لهجوم في رفح سحب لواءين من خان يونس.")
    assert not _battles(rows)


def test_reinforcements_to_the_areas_of_clashes_are_no_clash() -> None:
    rows = _rows("واستقدمت قسد تعزيزات عسكرية إلى مناطق الاشتباكات وتمركزت في بلدة الصور شمالي دير الزور.")
    assert not _battles(rows)


def test_toll_then_the_charge_that_went_off_is_an_ied() -> None:
    rows = _rows("أعلنت وزارة الداخلية السورية مقتل شرطي وإصابة ضابط من شرطة درعا أثناء أداء مهامهما في بلدة طفس. "
                 "وذكرت الوزارة أنه أثناء مرور دورية على مدخل البلدة انفجرت عبوة ناسفة في المكان.")
    assert len(rows) == 1
    assert (rows[0]["event_type"], rows[0]["sub_event_type"]) == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert rows[0]["actor2"] == "Police Forces of Syria (2000-2024)"
