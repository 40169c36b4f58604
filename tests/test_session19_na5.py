"""Session 19 (na5): "الجيش الوطني" of another state.  Bare, the phrase is the Syrian National Army; followed by the
nationality adjective of another country ("الجيش الوطني الصومالي", "الجيش الوطني الليبي") or told in an article about
a country abroad with no place in Syria, it is that state's army (Military Forces of <country>)."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 12)


def _actors(text: str) -> list[str]:
    return [str(r[k]) for r in record_rows(text, DAY) for k in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")]


def test_somali_national_army_is_somalia() -> None:
    names = _actors("قتل الجيش الوطني الصومالي 40 مسلحاً من حركة الشباب في هجوم على معسكر لهم وسط البلاد، اليوم.")
    assert any(n.startswith("Military Forces of Somalia") for n in names)
    assert "Syrian National Army" not in names


def test_libyan_national_army_is_libya() -> None:
    names = _actors("قصف الجيش الوطني الليبي مواقع لمسلحين قرب مدينة درنة الليبية صباح اليوم، ما أدى إلى مقتل 5 منهم.")
    assert any(n.startswith("Military Forces of Libya") for n in names)
    assert "Syrian National Army" not in names


def test_bare_national_army_in_an_article_abroad() -> None:
    text = ("الصومال: مقتل 20 مسلحاً من حركة الشباب\n\n"
            "أعلنت وكالة الأنباء الرسمية في مقديشو اليوم أن قوات الجيش الوطني قتلت 20 مسلحاً من حركة الشباب "
            "في اشتباكات جنوبي العاصمة الصومالية مقديشو.")
    names = _actors(text)
    assert any(n.startswith("Military Forces of Somalia") for n in names)
    assert "Syrian National Army" not in names


def test_syrian_national_army_stays() -> None:
    # guard: the adjective of Syria and a bare mention in Syria keep the SNA
    for text in ("قصف الجيش الوطني السوري مواقع لقسد في ريف منبج صباح اليوم.",
                 "قصفت فصائل الجيش الوطني بالمدفعية قرية في ريف منبج صباح اليوم، ما أدى إلى مقتل مدني.",
                 "اندلعت اشتباكات بين الجيش الوطني وقسد في محيط مدينة منبج اليوم."):
        assert "Syrian National Army" in _actors(text), text


def test_bare_national_army_in_ankara_stays() -> None:
    # guard: an article set in Turkey, the SNA's patron, keeps the bare name the SNA
    text = ("اجتماع في أنقرة\n\n"
            "اعتقلت الشرطة التركية اليوم في مدينة غازي عنتاب التركية 3 عناصر من الجيش الوطني بتهمة تهريب أسلحة.")
    names = _actors(text)
    assert "Syrian National Army" in names
