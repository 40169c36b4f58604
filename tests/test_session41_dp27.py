"""Session 41 (dp27): one act told twice is one record.  A city's quarter listed with words the gazetteer does
not know and then located by its city ("غارات على حي X ومحيط دوار Y في مدينة Z") is one act at the quarter, not a
list of two targets, the quarter and the city."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

_ALEPPO = ("قُتل ثلاثة مدنيين، صباح اليوم، بغارات جوية استهدفت حي الجميلية ومحيط دوار الصخرة في مدينة حلب، "
           "بحسب ما أفاد الدفاع المدني.")


def _remote(text: str, day: dt.date) -> list[dict[str, object]]:
    return [r for r in record_rows(text, day) if r["event_type"] == "Explosions/Remote violence"]


def test_quarter_then_city_after_unknown_words_is_one_strike() -> None:
    rows = _remote(_ALEPPO, dt.date(2024, 12, 2))
    assert len(rows) == 1
    assert rows[0]["location"] in ("Al-Jamiliyah", "Aleppo")


def test_quarter_then_city_needs_a_locating_word() -> None:
    from rasd.geo import assign

    assert assign._QUARTER_CITY_TAIL.search(" ومحيط دوار الصخرة في مدينة ")
    assert assign._QUARTER_CITY_TAIL.search(" وسوقه الشعبي وسط مدينة ")
    assert not assign._QUARTER_CITY_TAIL.search(" ثم قصفت المدفعية أطراف ")



def test_warplane_raid_read_as_a_factions_is_the_states_strike_again() -> None:
    text = ("مراسلنا: ارتفاع عدد الضحايا جراء الغارات الروسية على حي الجميلية في مدينة حلب إلى خمسة قتلى.\n\n"
            "الدفاع المدني: ثلاثة قتلى مدنيين بغارات جوية قال إنها روسية استهدفت حي الجميلية وسط مدينة حلب، وهي "
            "الأولى منذ دخول الفصائل إليها.")
    rows = _remote(text, dt.date(2024, 12, 1))
    assert len(rows) == 1
    assert "Russia" in str(rows[0]["actor1"])


def test_warplane_words_and_drone_words() -> None:
    from rasd.arabic.normalize import normalize
    from rasd.events import stage

    assert stage._WARPLANE_WORDS.search(normalize("أن طائرات حربية أغارت على مبنى").norm)
    assert stage._WARPLANE_WORDS.search(normalize("بغارات جوية قال إنها روسية").norm)
    assert stage._WARPLANE_WORDS.search(normalize("أن ضربة جوية أصابت موقعاً").norm)
    assert not stage._WARPLANE_WORDS.search(normalize("أطلقت طائرة مسيّرة صاروخاً").norm)
    assert stage._DRONE_WORDS.search(normalize("أطلقت طائرة مسيّرة صاروخاً").norm)
