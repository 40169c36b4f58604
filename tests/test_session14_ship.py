"""Session 14 (acts at sea): "البحرين" followed by a sea's adjective is the dual "the two seas" ("في البحرين
الأحمر والعربي"), read as the first sea named (``regions.tsv`` aliases), not the kingdom of Bahrain; and a
state's naval forces ("القوات البحرية اليمنية", "القوات البحرية الأميركية") name that state's forces, like its
air force ("قوات جوية", ``force_nouns.tsv``).  A ship hit "بصاروخ يمني" was fired on by the missile's state (a
weapon glued to "بـ" of means after a word of hurt is the attacker, not the victim), and a command or agency that
reports that a ship was hit ("أعلنت القيادة المركزية … أنّ سفينة … أصيبت بصاروخ يمني") is the source, also when
its short name stands in apposition ("… "سنتكوم""); a merchant ship names no target actor."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 20)
HOUTHI = "Military Forces of Yemen (2017-) Houthi"


def _rows(text: str) -> list[dict[str, object]]:
    return record_rows(text, DAY)


def test_two_seas_red_and_arabian_are_not_bahrain() -> None:
    rows = _rows("أعلنت القوات المسلحة اليمنية اليوم أنها ضربت سفينة إسرائيلية في البحرين الأحمر والعربي "
                 "بصواريخ مجنحة.")
    assert rows
    assert all(r["country"] == "Yemen" and r["location"] == "Red Sea (off Yemen)" for r in rows)
    assert all("Bahrain" not in str(r["actor2"]) for r in rows)


def test_two_seas_arabian_first_is_the_arabian_sea() -> None:
    rows = _rows("استهدفت القوات المسلحة اليمنية اليوم ثلاث سفن تجارية في البحرين العربي والأحمر بطائرات مسيرة.")
    assert rows and all(r["location"] == "Arabian Sea (off Yemen)" for r in rows)


def test_two_seas_red_and_mediterranean() -> None:
    rows = _rows("قال الحوثيون إنهم ضربوا أمس سفينة شحن في البحرين الأحمر والمتوسط بصواريخ بالستية.")
    assert rows and all(r["country"] == "Yemen" for r in rows)


def test_yemeni_naval_forces_are_the_houthi_forces() -> None:
    rows = _rows("استهدفت القوات البحرية اليمنية اليوم سفينة النفط البريطانية في خليج عدن بعدد من الصواريخ البحرية.")
    assert rows and all(r["actor1"] == HOUTHI for r in rows)
    assert all(r["actor2"] != HOUTHI for r in rows)


def test_the_kingdom_of_bahrain_is_still_read() -> None:
    rows = _rows("فرقت قوات الأمن اليوم تظاهرة في البحرين بالغاز المسيل للدموع.")
    assert rows and all(r["country"] == "Bahrain" for r in rows)


def test_a_ship_hit_by_a_states_missile_that_a_navy_reports() -> None:
    # the command that reports the hit is the source; the missile's state fired it; a merchant ship is no force
    rows = _rows("أعلن الجيش الأميركي اليوم أن سفينة شحن أصيبت بصاروخ يمني في البحر الأحمر.")
    assert rows and all(r["actor1"] == HOUTHI and r["actor2"] == "" for r in rows)


def test_a_tanker_hit_reported_by_the_central_command() -> None:
    rows = _rows("أعلنت القيادة المركزية الأميركية اليوم أن ناقلة نفط أصيبت بصاروخ يمني في خليج عدن.")
    assert rows and all(r["actor1"] == HOUTHI for r in rows)


def test_a_shell_of_a_state_that_wounded_people_names_its_forces() -> None:
    rows = _rows("أصيب ثلاثة مدنيين بقذيفة إسرائيلية في بلدة عيترون.")
    assert rows and all(r["actor1"] == "Military Forces of Israel (2009-)" for r in rows)


def test_a_claim_of_a_ship_hit_keeps_its_claimant() -> None:
    rows = _rows("أعلنت القوات المسلحة اليمنية أن سفينة إسرائيلية استهدفت اليوم بصواريخ في البحر الأحمر.")
    assert rows and all(r["actor1"] == HOUTHI for r in rows)


def test_a_reporting_command_named_twice_in_apposition_is_the_source() -> None:
    rows = _rows('أعلنت القيادة المركزية الأميركية "سنتكوم"، اليوم، أنّ ناقلة نفط أصيبت بصاروخ يمني في خليج عدن.')
    assert rows and all(r["actor1"] == HOUTHI and r["actor2"] == "" for r in rows)
